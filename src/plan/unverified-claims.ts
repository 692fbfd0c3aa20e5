/**
 * No silent claims: a ticked item with a `Verify:` command that no planned validation covers —
 * the script never runs it, or the effect policy refused it — is an unverified claim, listed in
 * every report. Pure: the checklist and the plan in, the claims out.
 */
import { allItems, type Checklist, type TaskItem } from '../checklist/model.js'
import { commandForms, lineForms, namesLine } from './item-links.js'
import type { RefusedCommand, UnverifiedClaim, Validation } from '../validations/model.js'
import { pathCheckDescription, pathClaimsOf } from './path-claims.js'
import { normaliseWhitespace } from './shell-words.js'

/** A planned validation as the claim check sees it. */
export interface CoveringValidation {
  lines: readonly string[]
  verifies: readonly number[]
  check: Validation['check']
  /** The config linked it to items explicitly (`verifies:`): it covers every claim of those items. */
  explicit: boolean
}

/** A claim: one item's Verify command (or the paths it names), before it is judged. */
export interface Claim {
  item: TaskItem
  /** The command as compared and reported; for paths, the existence check's description. */
  command: string
  line: number
  paths: string[] | null
}

/** Every Verify command (and path group) of every ticked item. */
export function claimsOf(checklist: Checklist): Claim[] {
  return allItems(checklist)
    .filter((item) => item.checked)
    .flatMap((item) => {
      const paths = pathClaimsOf(item)
      const pathSet = new Set(paths)
      const claims: Claim[] = []
      if (paths.length > 0) {
        const line = item.commands.find((c) => pathSet.has(c.text.trim()))?.line ?? item.line
        claims.push({ item, command: pathCheckDescription(paths), line, paths })
      }
      const seen = new Set<string>()
      for (const command of item.commands) {
        const text = normaliseWhitespace(command.text)
        if (command.role !== 'verify' || text === '' || pathSet.has(command.text.trim())) continue
        if (seen.has(text)) continue
        seen.add(text)
        claims.push({ item, command: text, line: command.line, paths: null })
      }
      return claims
    })
}

/** Whether a planned validation checks this claim. */
export function covers(validation: CoveringValidation, claim: Claim): boolean {
  if (!validation.verifies.includes(claim.item.line)) return false
  if (validation.explicit) return true
  if (claim.paths !== null) {
    const check = validation.check
    return check?.kind === 'paths-exist' && claim.paths.every((p) => check.paths.includes(p))
  }
  const forms = commandForms(claim.command)
  return validation.lines.some((line) => namesLine(forms, lineForms(line)))
}

/** The claims no validation covers, each with why: refused by the policy, or not planned. */
export function unverifiedClaims(
  checklist: Checklist,
  validations: readonly CoveringValidation[],
  refused: readonly RefusedCommand[],
  refusalOf: (command: string) => Pick<RefusedCommand, 'effect' | 'reason'> | null,
  notPlanned: (claim: Claim) => string
): UnverifiedClaim[] {
  const refusedByText = new Map(refused.map((r) => [normaliseWhitespace(r.command), r]))
  // Only validations linked to an item can cover its claims: index them by item line.
  const byLine = new Map<number, CoveringValidation[]>()
  for (const validation of validations) {
    for (const line of new Set(validation.verifies)) {
      const linked = byLine.get(line)
      if (linked === undefined) byLine.set(line, [validation])
      else linked.push(validation)
    }
  }
  return claimsOf(checklist)
    .filter((claim) => !(byLine.get(claim.item.line) ?? []).some((v) => covers(v, claim)))
    .map((claim) => {
      const refusal =
        claim.paths === null ? (refusedByText.get(claim.command) ?? refusalOf(claim.command)) : null
      return {
        line: claim.item.line,
        text: claim.item.text,
        command: claim.command,
        why: refusal === null ? 'not-planned' : 'refused',
        effect: refusal?.effect ?? null,
        reason: refusal === null ? notPlanned(claim) : refusal.reason
      }
    })
}
