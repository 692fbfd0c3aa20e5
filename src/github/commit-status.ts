/**
 * The commit status: for branch protection rules that require a status context, and for tokens
 * that may not create check runs (personal access tokens cannot use the Checks API).
 */
import type { Conclusion } from '../report/surfaces.js'
import { identifiedObject } from './answers.js'
import { callOptions, type CallOptions, type GitHubClient } from './client.js'
import type { GitHubContext } from './context.js'
import { STATUS_DESCRIPTION_MAX_CHARS } from './limits.js'

export type CommitState = 'success' | 'failure' | 'error' | 'pending'

export interface CommitStatusRequest {
  /** The status context: the check name, so status and check run read the same. */
  context: string
  state: CommitState
  description: string
}

/** The status says what the check run concludes; a run that crashed reports `error` explicitly. */
export function commitStateFor(conclusion: Conclusion): CommitState {
  return conclusion
}

/** One line within GitHub's description limit (cut with "…"). */
export function statusDescription(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  const characters = Array.from(oneLine)
  if (characters.length <= STATUS_DESCRIPTION_MAX_CHARS) return oneLine
  return `${characters.slice(0, STATUS_DESCRIPTION_MAX_CHARS - 1).join('')}…`
}

/** Sets the status on the context's commit, linking to the workflow run. Returns that link. */
export async function publishCommitStatus(
  octokit: GitHubClient,
  ctx: GitHubContext,
  request: CommitStatusRequest,
  call: CallOptions = {}
): Promise<{ url: string | null }> {
  const response = await octokit.rest.repos.createCommitStatus({
    owner: ctx.owner,
    repo: ctx.repo,
    sha: ctx.sha,
    state: request.state,
    context: request.context,
    description: statusDescription(request.description),
    ...(ctx.runUrl ? { target_url: ctx.runUrl } : {}),
    ...callOptions(call)
  })
  identifiedObject(response, 'the commit status', [201])
  return { url: ctx.runUrl }
}
