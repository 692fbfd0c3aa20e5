/**
 * What the action compares the checklist with: a pull request's base commit (from the event),
 * else the compare-ref input (else the config's compare.ref, resolved by the gate), read from
 * git history or, when the checkout is shallow, through the contents API.
 */
import type { CompareOptions } from '../compare/index.js'
import { pullRequestBaseSha } from '../compare/base-ref.js'
import type { GitHubClient } from './client.js'
import type { GitHubContextReading } from './context.js'
import { readFileAtRef } from './contents.js'

export interface ActionBaseInput {
  reading: GitHubContextReading
  /** The compare-ref input; null when not set. */
  compareRef: string | null
  /** The checklist's path relative to the repository root (the workspace), with `/`. */
  checklistFile: string
  /** Makes the API client for the fallback; null when there is no token or no repository. */
  client: (() => Promise<GitHubClient>) | null
}

export function actionCompareOptions(input: ActionBaseInput): CompareOptions {
  const { reading } = input
  const context = reading.kind === 'read' ? reading.context : null
  const baseSha =
    reading.kind === 'read' ? pullRequestBaseSha(reading.context.eventName, reading.payload) : null
  const makeClient = input.client
  const fallback =
    context === null || makeClient === null
      ? null
      : async (ref: string) => readFileAtRef(await makeClient(), context, input.checklistFile, ref)
  return {
    ref: baseSha ?? input.compareRef,
    fallback,
    noBase:
      reading.kind === 'none'
        ? null
        : reading.kind === 'unreadable'
          ? 'the event could not be read, so there is no base commit'
          : context?.pullRequest !== null
            ? 'the pull request event names no base commit'
            : `this ${context.eventName || 'run'} is not a pull request and names no compare ref (set the compare-ref input, or compare.ref in the config)`
  }
}
