/**
 * What the gate asks of GitHub (src/gate.ts GateOptions.github), without the code that asks it:
 * the lookups (src/github/evidence-lookups.ts, with the GraphQL, reviews and failure readers) are
 * loaded on the first question, so a run that asks GitHub nothing — no token, or no pull request
 * and no reference — never loads them (README, Performance: every file loaded costs each run).
 */
import * as path from 'node:path'
import type { Approvals } from '../readiness/approvals.js'
import type { ItemReferences, ReferenceScope } from '../checklist/github-references.js'
import type { GitHubLookups } from '../readiness/github-evidence.js'
import type { GitHubClient } from './client.js'

export interface GitHubEvidenceSource {
  /** Where short references point, and where relative links start. */
  scope: ReferenceScope
  /** Who approved the pull request (reviews API), or why that is unknown. */
  readApprovals(): Promise<Approvals>
  /** Looks up every reference of the items; never throws. */
  lookUp(items: readonly ItemReferences[]): Promise<GitHubLookups>
}

export interface EvidenceTarget {
  owner: string
  repo: string
  /** The commit assessed: the pull request's head for pull request events. */
  sha: string | null
  pullRequest: number | null
  serverUrl: string
  /** The checked-out tree (the repository root) linked files are looked for in. */
  workspace: string
  /** The checklist's directory from the repository root ('' at the root). */
  checklistDir: string
}

/** Where the target's short references point, and where its relative links start. */
export function referenceScope(target: EvidenceTarget): ReferenceScope {
  return {
    owner: target.owner,
    repo: target.repo,
    serverUrl: target.serverUrl,
    checklistDir: target.checklistDir
  }
}

/**
 * The source src/github/evidence-lookups.ts makes, loaded on the first call of either method.
 * Both methods wait for the same load, so the calls reach the source in the order they were made
 * (the gate reads the approvals before it looks up references, and lookUp counts the reviews'
 * calls only when their reading started first). The lookups come with the GitHub adapters
 * (src/github/index.ts), which a run that asks GitHub anything loads for its client anyway: an
 * import() target of their own would split the action's start-up code into more files
 * (scripts/bundle.mjs). A dist/ that cannot load them rejects here, as any lazily loaded
 * module's import() does.
 */
export function lazyGitHubEvidenceSource(
  client: () => Promise<GitHubClient>,
  target: EvidenceTarget
): GitHubEvidenceSource {
  let loading: Promise<GitHubEvidenceSource> | null = null
  const source = (): Promise<GitHubEvidenceSource> =>
    (loading ??= import('./index.js').then((lookups) =>
      lookups.gitHubEvidenceSource(client, target)
    ))
  return {
    scope: referenceScope(target),
    async readApprovals() {
      return (await source()).readApprovals()
    },
    async lookUp(items) {
      return (await source()).lookUp(items)
    }
  }
}

/** The checklist's directory from the repository root, with forward slashes ('' at the root). */
export function checklistDirectory(workspace: string, checklistPath: string): string {
  const relative = path.relative(workspace, path.dirname(checklistPath))
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? ''
    : relative.split(path.sep).join('/')
}
