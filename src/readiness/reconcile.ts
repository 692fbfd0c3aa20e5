/** Ticks against validations, placeholders and sign-offs: where the document and the run disagree. */
import { allItems, phaseItems, type Checklist, type SignOff } from '../checklist/model.js'
import { signatureLogin } from '../checklist/signoffs.js'
import { approvalState, type Approvals } from './approvals.js'
import { phaseLabel } from './blockers.js'
import type {
  AssessedValidation,
  ItemMismatch,
  LinkedValidation,
  SignOffState,
  SignOffSummary,
  SignOffVerdict
} from './model.js'
import { ranAndDidNotPass } from './validations.js'

export interface ItemMismatches {
  claimedDoneFailing: ItemMismatch[]
  passesTickIt: ItemMismatch[]
}

/**
 * claimed done, fails: ticked, and a linked validation (one whose `verifies` holds the item's
 * line) ran and did not pass. passes, tick it: unticked, and every linked validation passed.
 * Validations that were skipped or not run prove nothing and leave the item alone.
 */
export function itemMismatches(
  checklist: Checklist,
  validations: AssessedValidation[]
): ItemMismatches {
  const linkedByLine = new Map<number, AssessedValidation[]>()
  for (const validation of validations) {
    for (const line of new Set(validation.verifies)) {
      linkedByLine.set(line, [...(linkedByLine.get(line) ?? []), validation])
    }
  }
  const phaseByLine = phaseNamesByItemLine(checklist)
  const claimedDoneFailing: ItemMismatch[] = []
  const passesTickIt: ItemMismatch[] = []
  for (const item of allItems(checklist)) {
    const linked = linkedByLine.get(item.line) ?? []
    if (linked.length === 0) continue
    const mismatch: ItemMismatch = {
      line: item.line,
      text: item.text,
      checked: item.checked,
      phase: phaseByLine.get(item.line) ?? null,
      validations: linked.map(toLinked)
    }
    if (item.checked && linked.some((v) => ranAndDidNotPass(v.status))) {
      claimedDoneFailing.push(mismatch)
    } else if (!item.checked && linked.every((v) => v.status === 'passed')) {
      passesTickIt.push(mismatch)
    }
  }
  return { claimedDoneFailing, passesTickIt }
}

/**
 * Sign-offs against the approvals: one that names a login is signed only when that user's latest
 * review is an approval; "claimed" when it is not; "unverified" without a pull request or when
 * the reviews could not be read. One that names no login is signed by its filled Signed line.
 */
export function signOffSummary(
  signOffs: SignOff[],
  approvals: Approvals = { kind: 'no-pull-request' }
): SignOffSummary {
  const roles = signOffs.map((signOff) => signOffState(signOff, approvals))
  return {
    signed: roles.filter((role) => role.state === 'signed').length,
    total: roles.length,
    roles
  }
}

function signOffState(signOff: SignOff, approvals: Approvals): SignOffState {
  const login = signOff.signed.filled ? signatureLogin(signOff.signed.value) : null
  return {
    role: signOff.role,
    line: signOff.line,
    signed: { ...signOff.signed },
    date: { ...signOff.date },
    itemsChecked: signOff.items.filter((item) => item.checked).length,
    itemsTotal: signOff.items.length,
    state: signOffVerdict(signOff, login, approvals),
    login
  }
}

function signOffVerdict(
  signOff: SignOff,
  login: string | null,
  approvals: Approvals
): SignOffVerdict {
  if (!signOff.signed.filled) return 'unsigned'
  if (login === null) return 'signed'
  const state = approvalState(approvals, login)
  return state === 'approved' ? 'signed' : state === 'not-approved' ? 'claimed' : 'unverified'
}

function toLinked(validation: AssessedValidation): LinkedValidation {
  return {
    id: validation.id,
    name: validation.name,
    status: validation.status,
    summary: validation.summary
  }
}

function phaseNamesByItemLine(checklist: Checklist): Map<number, string> {
  const names = new Map<number, string>()
  for (const phase of checklist.phases) {
    for (const item of phaseItems(phase)) names.set(item.line, phaseLabel(phase))
  }
  return names
}
