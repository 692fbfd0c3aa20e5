/**
 * Items that point at GitHub, judged against what GitHub answered: a ticked item whose issue is
 * still open, whose pull request is not merged, whose named check did not succeed or whose linked
 * file is missing is "ticked, contradicted by GitHub"; an unticked item whose every reference is
 * satisfied is "done on GitHub — tick it". What could not be read is "unverified", never guessed.
 * Pure: the GitHub edge (src/github/evidence-lookups.ts) fetches, this decides.
 */
import {
  referenceKey,
  referenceLabel,
  type GitHubReference,
  type ItemReferences
} from '../checklist/github-references.js'
import type {
  GitHubContradictionBlocker,
  GitHubEvidenceSummary,
  ReferenceCheck,
  ReferenceState
} from './model.js'

/** What GitHub said about one issue or pull request. */
export type IssueLookup =
  | { kind: 'issue'; state: 'open' | 'closed'; stateReason: string | null; url: string }
  | { kind: 'pull-request'; state: 'open' | 'closed' | 'merged'; url: string }
  | { kind: 'not-found' }

/** The latest check run of a name on the head commit; `none` when there is no such run. */
export type CheckLookup =
  { kind: 'run'; status: string; conclusion: string | null; url: string | null } | { kind: 'none' }

/**
 * Everything read from GitHub for the references, keyed by referenceKey(). A reference whose key
 * is missing was not read (no token, no permission, an error): it is unverified.
 */
export interface GitHubLookups {
  issues: ReadonlyMap<string, IssueLookup>
  checks: ReadonlyMap<string, CheckLookup>
  /** Whether each linked file exists at the head. */
  files: ReadonlyMap<string, boolean>
  /** The commit checks were looked up on (the pull request's head), for the evidence lines. */
  headSha: string | null
  /** One line per kind of evidence that could not be read, saying why and what to change. */
  unreadable: string[]
  /** Requests made to the GitHub API for the evidence (reviews included). */
  apiCalls: number
  /** owner/repo the short references (#12) are to. */
  repository: { owner: string; repo: string }
}

interface Judged {
  state: ReferenceState
  evidence: string
  url: string | null
}

/**
 * One ReferenceCheck per reference of every item. `critical` tells which item lines are in a
 * critical phase: a contradicted critical item is a blocker.
 */
export function judgeReferences(
  items: readonly ItemReferences[],
  lookups: GitHubLookups | null,
  critical: ReadonlySet<number>
): GitHubEvidenceSummary {
  const checks: ReferenceCheck[] = []
  for (const item of items) {
    for (const reference of item.references) {
      const judged = judge(reference, item.checked, lookups)
      checks.push({
        line: item.line,
        itemText: item.text,
        checked: item.checked,
        critical: critical.has(item.line),
        reference: {
          kind: reference.kind,
          target:
            lookups === null
              ? fallbackLabel(reference)
              : referenceLabel(reference, lookups.repository)
        },
        state: judged.state,
        evidence: judged.evidence,
        url: judged.url
      })
    }
  }
  return {
    consulted: lookups !== null,
    apiCalls: lookups?.apiCalls ?? 0,
    unreadable: lookups?.unreadable ?? [],
    references: checks,
    tickIt: tickItLines(checks)
  }
}

/** Critical items that GitHub contradicts, one blocker per item with every contradiction. */
export function contradictionBlockers(
  summary: GitHubEvidenceSummary
): GitHubContradictionBlocker[] {
  const byLine = new Map<number, ReferenceCheck[]>()
  for (const check of summary.references) {
    if (!check.critical || check.state !== 'contradicted') continue
    byLine.set(check.line, [...(byLine.get(check.line) ?? []), check])
  }
  return [...byLine.entries()].map(([line, contradicted]) => {
    const evidence = contradicted.map((check) => check.evidence).join('; ')
    return {
      kind: 'github-contradiction',
      text: `${contradicted[0]!.itemText} — ticked, contradicted by GitHub: ${evidence}`,
      itemText: contradicted[0]!.itemText,
      line,
      evidence
    }
  })
}

/** Unticked items whose every reference GitHub confirms: "done on GitHub — tick it". */
function tickItLines(checks: readonly ReferenceCheck[]): number[] {
  const lines = new Map<number, boolean>()
  for (const check of checks) {
    if (check.checked) continue
    lines.set(check.line, (lines.get(check.line) ?? true) && check.state === 'tick-it')
  }
  return [...lines.entries()].filter(([, all]) => all).map(([line]) => line)
}

function judge(
  reference: GitHubReference,
  checked: boolean,
  lookups: GitHubLookups | null
): Judged {
  if (lookups === null) {
    return {
      state: 'unverified',
      evidence: 'GitHub was not consulted (no token or repository)',
      url: null
    }
  }
  const key = referenceKey(reference)
  const label = referenceLabel(reference, lookups.repository)
  switch (reference.kind) {
    case 'issue': {
      const found = lookups.issues.get(key)
      if (found === undefined) return unread(`${label} could not be read`)
      return outcome(checked, issueSatisfied(found), issueEvidence(label, found), found)
    }
    case 'check': {
      const found = lookups.checks.get(key)
      if (found === undefined) return unread(`check '${label}' could not be read`)
      const sha = lookups.headSha === null ? 'the head commit' : lookups.headSha.slice(0, 7)
      if (found.kind === 'none') return unread(`no check run named '${label}' on ${sha}`)
      if (found.status !== 'completed') {
        return {
          ...unread(`check '${label}' is ${found.status.replace(/_/g, ' ')} on ${sha}`),
          url: found.url
        }
      }
      const conclusion = found.conclusion ?? 'no conclusion'
      const judged = outcome(
        checked,
        found.conclusion === 'success',
        `check '${label}' concluded ${conclusion} on ${sha}`,
        null
      )
      return { ...judged, url: found.url }
    }
    case 'file': {
      const exists = lookups.files.get(key)
      if (exists === undefined) return unread(`${label} could not be looked up`)
      return outcome(
        checked,
        exists,
        exists ? `${label} exists at the head` : `${label} does not exist at the head`,
        null
      )
    }
  }
}

function issueSatisfied(found: IssueLookup): boolean | null {
  if (found.kind === 'not-found') return null
  if (found.kind === 'issue') return found.state === 'closed'
  return found.state === 'merged'
}

function issueEvidence(label: string, found: IssueLookup): string {
  if (found.kind === 'not-found') return `${label} was not found (or the token cannot see it)`
  if (found.kind === 'pull-request') {
    const state = { open: 'is open', closed: 'was closed without merging', merged: 'is merged' }[
      found.state
    ]
    return `pull request ${label} ${state}`
  }
  if (found.state === 'open') return `issue ${label} is open`
  const reason = found.stateReason === 'NOT_PLANNED' ? ' as not planned' : ''
  return `issue ${label} is closed${reason}`
}

/** satisfied null: GitHub answered, but nothing to judge by (not found). */
function outcome(
  checked: boolean,
  satisfied: boolean | null,
  evidence: string,
  found: IssueLookup | null
): Judged {
  const url = found !== null && found.kind !== 'not-found' ? found.url : null
  if (satisfied === null) return { state: 'unverified', evidence, url }
  if (checked) return { state: satisfied ? 'confirmed' : 'contradicted', evidence, url }
  return { state: satisfied ? 'tick-it' : 'open', evidence, url }
}

function unread(evidence: string): Judged {
  return { state: 'unverified', evidence, url: null }
}

function fallbackLabel(reference: GitHubReference): string {
  return reference.kind === 'issue'
    ? `${reference.owner}/${reference.repo}#${reference.number}`
    : reference.kind === 'check'
      ? reference.name
      : reference.path
}
