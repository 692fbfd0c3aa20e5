/**
 * The previous run's record, read from the sticky comment before this run renders. Only the
 * comment the gate owns counts — the marker on its first line AND the token's own identity as
 * its author (comment.ts isOwnStickyComment): a record pasted into anyone else's comment is
 * never read. The listing is handed on to the comment step, so reading costs no extra request,
 * and a listing that failed is the comment step's failure (its one warning), not a second try.
 */
import { errorMessage } from '../errors.js'
import { readStateBlock, type StateReading } from '../history/state-block.js'
import type { CallOptions, GitHubClient } from './client.js'
import {
  commentMarker,
  listAllComments,
  planStickyComment,
  resolveCommentAuthor,
  type CommentAuthor,
  type PostedComment
} from './comment.js'
import type { GitHubContext } from './context.js'
import type { CheckRunStart } from './checks.js'

/** The pull request's comments and whose are the gate's; or why they could not be listed. */
export type CommentListing =
  { comments: PostedComment[]; author: CommentAuthor } | { error: unknown }

export interface CommentStateRead {
  /** The record in the gate's own comment: none (no comment, none in it), read, or ignored. */
  reading: StateReading
  /** Absent when nothing was requested (GitHub could not be reached to start the check run). */
  listing?: CommentListing
}

export interface CommentStateOptions {
  checkName: string
  /** The check run's start: its answer names the app whose bot writes the comment. */
  checkRunStart: Promise<CheckRunStart> | null
  /** The comment-author input ('' when not set). */
  commentAuthor: string
  /** Logs why the comments could not be listed (the comment step warns once). */
  debug: (message: string) => void
}

/** Never throws. */
export async function readOwnCommentState(
  octokit: GitHubClient,
  ctx: GitHubContext,
  pullRequest: number,
  options: CommentStateOptions,
  call: CallOptions = {}
): Promise<CommentStateRead> {
  const started = options.checkRunStart === null ? null : await options.checkRunStart
  // GitHub could not be reached: like publishing, attempt nothing more.
  if (started !== null && 'failure' in started && started.failure.unreachable !== undefined) {
    return { reading: { kind: 'none' } }
  }
  const hints = {
    appSlug: started !== null && 'appSlug' in started ? (started.appSlug ?? null) : null,
    ...(options.commentAuthor === '' ? {} : { configuredLogin: options.commentAuthor })
  }
  try {
    const author = await resolveCommentAuthor(octokit, hints, call)
    const comments = await listAllComments(octokit, ctx, pullRequest, call)
    const { keep } = planStickyComment(comments, commentMarker(options.checkName), author)
    const reading: StateReading = keep === null ? { kind: 'none' } : readStateBlock(keep.body ?? '')
    return { reading, listing: { comments, author } }
  } catch (error) {
    options.debug(`The previous run's record was not read: ${errorMessage(error)}`)
    return { reading: { kind: 'none' }, listing: { error } }
  }
}
