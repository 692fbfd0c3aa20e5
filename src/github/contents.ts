/**
 * The checklist at the base commit through the repository contents API
 * (GET /repos/{owner}/{repo}/contents/{path}?ref=SHA), for checkouts whose git history lacks the
 * base (a shallow clone, the default of actions/checkout). Errors are values.
 */
import { errorMessage } from '../errors.js'
import type { BaseRead } from '../compare/read-base.js'
import type { GitHubClient } from './client.js'
import type { GitHubContext } from './context.js'

/** The file's text at `ref`; missing on a 404 (the file, or the commit, is not there). */
export async function readFileAtRef(
  octokit: GitHubClient,
  ctx: Pick<GitHubContext, 'owner' | 'repo'>,
  file: string,
  ref: string
): Promise<BaseRead> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: ctx.owner,
      repo: ctx.repo,
      path: file,
      ref,
      // One attempt: the base is worth one call, not the retries' back-off while validations run.
      request: { retries: 0 }
    })
    if (Array.isArray(data) || data.type !== 'file') {
      return { kind: 'unavailable', reason: `${file} at ${ref} is not a file` }
    }
    if (!('content' in data) || data.encoding !== 'base64') {
      // Files over 1 MB come without content; a checklist that big is read from git or not at all.
      return {
        kind: 'unavailable',
        reason: `the contents API gave no content for ${file} (over 1 MB?)`
      }
    }
    return {
      kind: 'found',
      text: Buffer.from(data.content, 'base64').toString('utf8'),
      source: 'api'
    }
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (status === 404) return { kind: 'missing', source: 'api' }
    return { kind: 'unavailable', reason: `the contents API failed: ${errorMessage(error)}` }
  }
}
