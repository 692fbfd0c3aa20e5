/**
 * Real webhook payloads (from @octokit/webhooks-examples, saved by
 * scripts/extract-github-fixtures.mjs) and the environment GitHub Actions sets next to them.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export type EventFixture =
  | 'pull_request.opened'
  | 'pull_request.synchronize'
  | 'release.published'
  | 'push.tag'
  | 'push.branch'
  | 'workflow_dispatch'
  | 'workflow_run.completed'
  | 'issue_comment.created'

export function eventPath(name: EventFixture): string {
  return fileURLToPath(new URL(`../fixtures/github/events/${name}.json`, import.meta.url))
}

/** The payload fields the tests read; the rest is there, untyped. */
export interface EventPayload extends Record<string, unknown> {
  repository: { full_name: string }
  pull_request?: { number: number; head: { sha: string; repo: { full_name: string } } }
}

export function loadEvent(name: EventFixture): EventPayload {
  return JSON.parse(readFileSync(eventPath(name), 'utf8')) as EventPayload
}

/** The merge commit GitHub checks out for a pull_request run: GITHUB_SHA, never the PR head. */
export const MERGE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9001122334'
/** GITHUB_SHA for non-PR runs in tests. */
export const PUSHED_SHA = '6113728f27ae82c7b1a177c8d03f9e96e0adf246'

/** The environment of a workflow run for `eventName`, as the runner sets it. */
export function actionsEnvironment(
  eventName: string,
  overrides: Record<string, string | undefined> = {}
): Record<string, string | undefined> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: eventName.startsWith('pull_request') ? MERGE_SHA : PUSHED_SHA,
    GITHUB_REF: eventName.startsWith('pull_request') ? 'refs/pull/2/merge' : 'refs/heads/master',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    ...overrides
  }
}
