// The GitHub adapters: everything the entry points need to publish a report.
export { createOctokit, maxWaitFromEnvironment, MAX_WAIT_ENV } from './client.js'
export type { ClientLog, ClientOptions, GitHubClient } from './client.js'
export { githubContextFrom, loadGitHubContext, readEventPayload } from './context.js'
export type { Environment, GitHubContext } from './context.js'
export {
  ANNOTATIONS_PER_REQUEST,
  annotationBatches,
  completeCheckRun,
  createCompletedCheckRun,
  startCheckRun
} from './checks.js'
export type { CompletedCheckRun } from './checks.js'
export { commitStateFor, publishCommitStatus, statusDescription } from './status.js'
export type { CommitState } from './status.js'
export {
  commentMarker,
  DEFAULT_BOT_LOGIN,
  resolveCommentAuthor,
  upsertStickyComment
} from './comment.js'
export type { CommentAuthor } from './comment.js'
export { writeJobSummary } from './summary.js'
export { failedSurface, REQUIRED_PERMISSION, unreachableWarning } from './permissions.js'
export { publishReport, tryStartCheckRun } from './publish.js'
export type { PublishOptions, PublishOutcome, SurfaceName, SurfaceOutcome } from './publish.js'
