/**
 * The GitHub evidence source the action uses: the lookups (src/github/evidence-lookups.ts, with
 * the GraphQL, reviews and failure readers) are loaded on the first question, so a run that asks
 * GitHub nothing — no token, or no pull request and no reference — never loads them (README,
 * Performance: every file loaded costs each run). In a file of its own so that the lookups,
 * which implement evidence-source.ts' interface, are not in an import cycle with their loader.
 */
import type { GitHubClient } from './client.js'
import {
  referenceScope,
  type EvidenceTarget,
  type GitHubEvidenceSource
} from './evidence-source.js'

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
