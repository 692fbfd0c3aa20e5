/**
 * Publishing a rendered report as a pull request run does, through the real octokit
 * (createOctokit) to the local GitHub server: the pull_request.opened payload seeded, the check
 * run started early and then completed, a commit status and the sticky comment.
 */
import { createOctokit } from '../../src/github/client.js'
import { githubContextFrom } from '../../src/github/context.js'
import { startCheckRun } from '../../src/github/checks.js'
import { publishReport, type PublishOutcome } from '../../src/github/publish.js'
import type { RenderedReport } from '../../src/report/surfaces.js'
import { actionsEnvironment, loadEvent } from './github-events.js'
import { TOKENS } from './github-identities.js'
import type { GitHubServer } from './github-server.js'

export async function publishAsPullRequestRun(
  server: GitHubServer,
  rendered: RenderedReport,
  eventName: 'pull_request' | 'pull_request_target' = 'pull_request'
): Promise<PublishOutcome> {
  const payload = loadEvent('pull_request.opened')
  server.seedFromEvent(payload)
  const ctx = githubContextFrom(
    actionsEnvironment(eventName, { GITHUB_API_URL: server.url }),
    payload
  )
  const octokit = createOctokit(TOKENS.actions, server.url, {
    log: { warning: () => undefined, debug: () => undefined },
    maxWaitMs: 10
  })
  const checkRunId = await startCheckRun(octokit, ctx, 'Readiness Gate')
  return publishReport(octokit, ctx, rendered, {
    checkRun: true,
    status: true,
    comment: true,
    checkName: 'Readiness Gate',
    checkRunId
  })
}
