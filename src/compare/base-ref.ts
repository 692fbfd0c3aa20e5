/** Which base a run compares with: the pull request's base commit, from the event payload. Pure. */
import { isPullRequestEvent } from '../github/context.js'

/** `pull_request.base.sha` of a pull request event's payload; null for other events. */
export function pullRequestBaseSha(eventName: string, payload: unknown): string | null {
  if (!isPullRequestEvent(eventName)) return null
  const sha = field(field(field(payload, 'pull_request'), 'base'), 'sha')
  return typeof sha === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(sha) ? sha : null
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}
