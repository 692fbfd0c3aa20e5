/**
 * The previous run's record, read from the sticky comment before this run renders. Only the
 * comment the gate owns counts — the marker on its first line AND the token's own identity as
 * its author (comment.ts isOwnStickyComment): a record pasted into anyone else's comment is
 * never read. The listing is handed on to the comment step, so reading costs no extra request.
 */
import { readStateBlock, type StateReading } from '../history/state-block.js'
import type { CallOptions, GitHubClient } from './client.js'
import {
  commentMarker,
  listAllComments,
  planStickyComment,
  resolveCommentAuthor,
  type AuthorHints,
  type CommentAuthor,
  type PostedComment
} from './comment.js'
import type { GitHubContext } from './context.js'

export interface CommentStateRead {
  /** Every comment on the pull request, as listed. */
  comments: PostedComment[]
  /** Whose comments are the gate's. */
  author: CommentAuthor
  /** The record in the gate's own comment: none (no comment, or none in it), read, or ignored. */
  reading: StateReading
}

export async function readCommentState(
  octokit: GitHubClient,
  ctx: GitHubContext,
  pullRequest: number,
  checkName: string,
  hints: AuthorHints,
  call: CallOptions = {}
): Promise<CommentStateRead> {
  const author = await resolveCommentAuthor(octokit, hints, call)
  const comments = await listAllComments(octokit, ctx, pullRequest, call)
  const { keep } = planStickyComment(comments, commentMarker(checkName), author)
  const reading: StateReading = keep === null ? { kind: 'none' } : readStateBlock(keep.body ?? '')
  return { comments, author, reading }
}
