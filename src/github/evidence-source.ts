/**
 * What the gate asks of GitHub (src/gate.ts GateOptions.github), without the code that asks it:
 * the source's interface, where references point, and where the checklist is. The lookups
 * (src/github/evidence-lookups.ts) implement it; src/github/lazy-evidence-source.ts loads them
 * on the first question.
 */
import * as path from 'node:path'
import type { Approvals } from '../readiness/approvals.js'
import type { ItemReferences, ReferenceScope } from '../checklist/github-references.js'
import type { GitHubLookups } from '../readiness/github-evidence.js'

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

/** The checklist's directory from the repository root, with forward slashes ('' at the root). */
export function checklistDirectory(workspace: string, checklistPath: string): string {
  const relative = path.relative(workspace, path.dirname(checklistPath))
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? ''
    : relative.split(path.sep).join('/')
}
