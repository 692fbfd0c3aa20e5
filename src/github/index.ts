// The GitHub adapters: everything the entry points need to publish a report.
export {
  createOctokit,
  maxWaitFromEnvironment,
  MAX_RESPONSE_BYTES,
  MAX_WAIT_ENV,
  msFromEnvironment,
  REQUEST_TIMEOUT_ENV,
  REQUEST_TIMEOUT_MS
} from './client.js'
export type { CallOptions, ClientLog, ClientOptions, GitHubClient } from './client.js'
export { githubContextFrom, loadGitHubContext, readEventPayload } from './context.js'
export type { Environment, GitHubContext } from './context.js'
export { ANNOTATIONS_PER_REQUEST } from './limits.js'
export {
  annotationBatches,
  completeCheckRun,
  createCompletedCheckRun,
  startCheckRun,
  updateJobCheckRun
} from './checks.js'
export type { CompletedCheckRun } from './checks.js'
export { commitStateFor, publishCommitStatus, statusDescription } from './commit-status.js'
export type { CommitState } from './commit-status.js'
export {
  commentMarker,
  DEFAULT_BOT_LOGIN,
  resolveCommentAuthor,
  upsertStickyComment
} from './comment.js'
export type { CommentAuthor } from './comment.js'
export { readOwnCommentState } from './comment-state.js'
export type { CommentListing, CommentStateRead } from './comment-state.js'
export { writeJobSummary } from './job-summary.js'
export {
  deadlineWarning,
  failedSurface,
  REQUIRED_PERMISSION,
  unreachableWarning
} from './publish-failures.js'
export { PUBLISH_DEADLINE_MS, publishReport, tryStartCheckRun } from './publish.js'
export type { CheckRunStart } from './checks.js'
export type { PublishOptions, PublishOutcome, SurfaceName, SurfaceOutcome } from './publish.js'
// Loaded with the adapters (src/github/lazy-evidence-source.ts): a run that asks GitHub for evidence
// needs the client, and one more lazily loaded module would split the start-up chunks further.
export { gitHubEvidenceSource } from './evidence-lookups.js'
