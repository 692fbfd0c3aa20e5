/**
 * Whether a waiver holds. Rule (one home for it): a waiver — written on the item
 * (checklist/waivers.ts) or in the config's `waivers:` — holds when it has a reason, an
 * approver whose latest review on the pull request is an approval (readiness/approvals.ts),
 * and an expiry date that has not passed (it holds through that day, UTC; the clock is given).
 * Without a pull request, or when the reviews could not be read, the approval is unverified and
 * the waiver does not hold: the gate never guesses. A waiver that does not hold waives nothing,
 * and the report says why. Pure.
 */
import type { TaskItem } from '../checklist/model.js'
import { isCalendarDate, readWaiver, type WrittenWaiver } from '../checklist/waivers.js'
import { approvalState, type Approvals } from './approvals.js'
import { itemWords } from '../compare/similarity.js'

/** A waiver of the config's `waivers:` section, as read (config.ts). */
export interface ConfiguredWaiver {
  /** Part of the waived item's text (case-insensitive, compared word by word). */
  item: string
  reason: string | null
  approver: string | null
  expires: string | null
  /** Line of the entry in the config file. */
  line: number
}

export type WaiverProblem =
  | 'no-reason'
  | 'no-approver'
  | 'no-expiry'
  | 'bad-expiry'
  | 'expired'
  | 'not-approved'
  | 'approval-unverified'

export interface WaiverJudgement {
  valid: boolean
  problems: WaiverProblem[]
  /** One sentence for the report: "approved by @lead until 2027-01-31", or what is wrong. */
  why: string
}

/** A waiver found for an item of the head checklist, or for a removed item of the base. */
export interface WaiverState extends WaiverJudgement {
  source: 'checklist' | 'config'
  /** The waived item's line in the head checklist; null for a removed item. */
  line: number | null
  /** The config entry's line, for a config waiver. */
  configLine: number | null
  subject: string
  reason: string | null
  approver: string | null
  expires: string | null
}

export interface WaiverEvidence {
  approvals: Approvals
  now: Date
}

export function judgeWaiver(written: WrittenWaiver, evidence: WaiverEvidence): WaiverJudgement {
  const problems: WaiverProblem[] = []
  if (written.reason === null) problems.push('no-reason')
  if (written.expires === null) problems.push('no-expiry')
  else if (!isCalendarDate(written.expires)) problems.push('bad-expiry')
  else if (evidence.now.getTime() > endOfDayUtc(written.expires)) problems.push('expired')
  if (written.approver === null) {
    problems.push('no-approver')
  } else {
    const state = approvalState(evidence.approvals, written.approver)
    if (state === 'not-approved') problems.push('not-approved')
    if (state === 'unverified') problems.push('approval-unverified')
  }
  const valid = problems.length === 0
  return {
    valid,
    problems,
    why: valid
      ? `approved by @${written.approver} until ${written.expires}`
      : problems.map((problem) => PROBLEM_TEXT[problem](written, evidence.approvals)).join('; ')
  }
}

const PROBLEM_TEXT: Record<WaiverProblem, (w: WrittenWaiver, a: Approvals) => string> = {
  'no-reason': () => 'no reason given',
  'no-approver': () => 'no approver named ("approved by @login")',
  'no-expiry': () => 'no expiry date ("until YYYY-MM-DD")',
  'bad-expiry': (w) => `expiry '${w.expires}' is not a date (YYYY-MM-DD)`,
  expired: (w) => `expired on ${w.expires}`,
  'not-approved': (w) => `@${w.approver} has not approved this pull request`,
  'approval-unverified': (w, a) =>
    `@${w.approver}'s approval could not be verified (${a.kind === 'unreadable' ? a.reason : 'no pull request'})`
}

function endOfDayUtc(date: string): number {
  return Date.parse(`${date}T23:59:59.999Z`)
}

/**
 * The waiver for each item of the head checklist that has one: written on the item, else the
 * first config waiver whose `item` words appear in the item's words, in order.
 */
export function itemWaivers(
  items: readonly TaskItem[],
  configured: readonly ConfiguredWaiver[],
  evidence: WaiverEvidence
): Map<number, WaiverState> {
  const waivers = new Map<number, WaiverState>()
  for (const item of items) {
    const written = readWaiver(item.text)
    if (written !== null) {
      waivers.set(item.line, {
        source: 'checklist',
        line: item.line,
        configLine: null,
        ...written,
        ...judgeWaiver(written, evidence)
      })
      continue
    }
    const entry = configuredFor(item.text, configured)
    if (entry !== null) waivers.set(item.line, configState(entry, item.text, item.line, evidence))
  }
  return waivers
}

/** The config waiver for an item's text (a removed item's base text too), or null. */
export function configuredFor(
  text: string,
  configured: readonly ConfiguredWaiver[]
): ConfiguredWaiver | null {
  const words = ` ${itemWords(text).join(' ')} `
  return (
    configured.find((entry) => {
      const wanted = itemWords(entry.item).join(' ')
      return wanted !== '' && words.includes(` ${wanted} `)
    }) ?? null
  )
}

export function configState(
  entry: ConfiguredWaiver,
  text: string,
  line: number | null,
  evidence: WaiverEvidence
): WaiverState {
  const written: WrittenWaiver = {
    subject: text,
    reason: entry.reason,
    approver: entry.approver,
    expires: entry.expires
  }
  return {
    source: 'config',
    line,
    configLine: entry.line,
    ...written,
    ...judgeWaiver(written, evidence)
  }
}
