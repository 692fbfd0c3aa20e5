/**
 * The GitHub edge of the evidence: reads what the checklist's items and sign-offs point at, in
 * few calls — the pull request's reviews (one paginated call), every referenced issue and pull
 * request (one GraphQL query per 100), each named check once (its latest run on the head commit),
 * and linked files in the checked-out tree (no call). Never throws: what cannot be read is said
 * once in `unreadable` and its items stay unverified.
 *
 * Budget (README "Evidence from GitHub"): 1 call for the reviews (+1 per 100 reviews beyond the
 * first 100), ⌈issues / 100⌉ GraphQL calls, 1 call per distinct check name.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Approvals } from '../readiness/approvals.js'
import { referenceKey, type GitHubReference } from '../checklist/github-references.js'
import type { CheckLookup, IssueLookup } from '../readiness/github-evidence.js'
import type { GitHubClient } from './client.js'
import { readIssues } from './graphql-issues.js'
import { readFailureReason } from './publish-failures.js'
import { readApprovals, REVIEWS_WHAT, type CallCounter } from './reviews.js'
import { errorMessage } from '../errors.js'
import {
  referenceScope,
  type EvidenceTarget,
  type GitHubEvidenceSource
} from './evidence-source.js'

/**
 * `client` is called only when there is something to ask (a pull request, a reference), so a run
 * without either loads no octokit.
 */
export function gitHubEvidenceSource(
  client: () => Promise<GitHubClient>,
  target: EvidenceTarget
): GitHubEvidenceSource {
  const counter: CallCounter = { calls: 0 }
  const unreadable: string[] = []
  // lookUp's count covers the reviews too: it waits for a reading of them already under way
  // (the gate starts it first), else a lookUp that asks nothing would count 0 calls.
  let readingApprovals: Promise<unknown> = Promise.resolve()
  const scope = referenceScope(target)
  return {
    scope,
    readApprovals() {
      const reading = approvalsOf(client, target, counter, unreadable)
      readingApprovals = reading.catch(() => undefined)
      return reading
    },
    async lookUp(items) {
      const references = distinct(items.flatMap((item) => item.references))
      const asksGitHub = references.some((reference) => reference.kind !== 'file')
      const loaded = asksGitHub ? await clientOrReason(client) : null
      if (typeof loaded === 'string') {
        unreadable.push(
          `GitHub could not be asked (${loaded}): items that point at it are unverified.`
        )
      }
      const octokit = typeof loaded === 'string' ? null : loaded
      const [issues, checks] = await Promise.all([
        lookUpIssues(octokit, references, counter, unreadable),
        lookUpChecks(octokit, target, references, counter, unreadable),
        readingApprovals
      ])
      return {
        issues,
        checks,
        files: lookUpFiles(target.workspace, references),
        headSha: target.sha,
        unreadable,
        apiCalls: counter.calls,
        repository: { owner: target.owner, repo: target.repo }
      }
    }
  }
}

/** Who approved the pull request; what could not be read is said in `unreadable`. */
async function approvalsOf(
  client: () => Promise<GitHubClient>,
  target: EvidenceTarget,
  counter: CallCounter,
  unreadable: string[]
): Promise<Approvals> {
  if (target.pullRequest === null) return { kind: 'no-pull-request' }
  const octokit = await clientOrReason(client)
  const approvals =
    typeof octokit === 'string'
      ? ({
          kind: 'unreadable',
          reason: `${REVIEWS_WHAT} could not be read (${octokit})`
        } as const)
      : await readApprovals(octokit, target, counter)
  if (approvals.kind === 'unreadable') {
    unreadable.push(`${approvals.reason}: sign-offs and approvals are unverified.`)
  }
  return approvals
}

/** The client, or why it could not be made (one line). */
async function clientOrReason(client: () => Promise<GitHubClient>): Promise<GitHubClient | string> {
  try {
    return await client()
  } catch (error) {
    return errorMessage(error)
  }
}

function distinct(references: readonly GitHubReference[]): GitHubReference[] {
  const byKey = new Map<string, GitHubReference>()
  for (const reference of references) byKey.set(referenceKey(reference), reference)
  return [...byKey.values()]
}

async function lookUpIssues(
  octokit: GitHubClient | null,
  references: readonly GitHubReference[],
  counter: CallCounter,
  unreadable: string[]
): Promise<Map<string, IssueLookup>> {
  const refs = references.filter(
    (r): r is Extract<GitHubReference, { kind: 'issue' }> => r.kind === 'issue'
  )
  const found = new Map<string, IssueLookup>()
  if (refs.length === 0 || octokit === null) return found
  try {
    const answers = await readIssues(octokit, refs, counter)
    refs.forEach((ref, i) => {
      const lookup = answers.lookups[i]
      if (lookup !== null && lookup !== undefined) found.set(referenceKey(ref), lookup)
    })
    if (answers.refused !== null) {
      unreadable.push(
        `Some referenced issues or pull requests could not be read (${answers.refused}): the token lacks "issues: read" or "pull-requests: read", or cannot see them; items that name them are unverified.`
      )
    }
  } catch (error) {
    unreadable.push(
      `${readFailureReason(error, 'The referenced issues and pull requests', 'issues: read" and "pull-requests: read')}: items that name them are unverified.`
    )
  }
  return found
}

async function lookUpChecks(
  octokit: GitHubClient | null,
  target: EvidenceTarget,
  references: readonly GitHubReference[],
  counter: CallCounter,
  unreadable: string[]
): Promise<Map<string, CheckLookup>> {
  const names = references.filter(
    (r): r is Extract<GitHubReference, { kind: 'check' }> => r.kind === 'check'
  )
  const found = new Map<string, CheckLookup>()
  if (names.length === 0 || target.sha === null || octokit === null) return found
  const sha = target.sha
  const failures: string[] = []
  await Promise.all(
    names.map(async (reference) => {
      counter.calls++
      try {
        const { data } = await octokit.rest.checks.listForRef({
          owner: target.owner,
          repo: target.repo,
          ref: sha,
          check_name: reference.name,
          filter: 'latest',
          per_page: 100
        })
        found.set(referenceKey(reference), latestRun(data.check_runs))
      } catch (error) {
        failures.push(readFailureReason(error, 'The named checks', 'checks: read'))
      }
    })
  )
  // Every name fails the same way when the permission is missing: said once.
  if (failures.length > 0) unreadable.push(`${failures[0]!}: items that name them are unverified.`)
  return found
}

interface CheckRunLike {
  status: string
  conclusion: string | null
  started_at?: string | null
  html_url?: string | null
}

/** The most recently started run of the name (several apps may use one name). */
function latestRun(runs: readonly CheckRunLike[]): CheckLookup {
  const latest = [...runs].sort((a, b) => (b.started_at ?? '').localeCompare(a.started_at ?? ''))[0]
  if (latest === undefined) return { kind: 'none' }
  return {
    kind: 'run',
    status: latest.status,
    conclusion: latest.conclusion,
    url: latest.html_url ?? null
  }
}

/**
 * Linked files are looked up in the checked-out tree the checklist itself was read from: the
 * claim and the file it points at come from the same commit. A link that resolves outside the
 * workspace (through a symbolic link) counts as missing.
 */
function lookUpFiles(
  workspace: string,
  references: readonly GitHubReference[]
): Map<string, boolean> {
  const found = new Map<string, boolean>()
  let root: string
  try {
    root = fs.realpathSync(workspace)
  } catch {
    return found
  }
  for (const reference of references) {
    if (reference.kind !== 'file') continue
    found.set(referenceKey(reference), existsInside(root, reference.path))
  }
  return found
}

function existsInside(root: string, file: string): boolean {
  try {
    const real = fs.realpathSync(path.resolve(root, file))
    const relative = path.relative(root, real)
    return !relative.startsWith('..') && !path.isAbsolute(relative)
  } catch {
    return false
  }
}
