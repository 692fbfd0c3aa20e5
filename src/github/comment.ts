/**
 * The sticky pull request comment: one per pull request and check name, edited in place on every
 * run. It is found by a hidden marker on its first line AND by its author being the token's own
 * identity: anyone can paste the marker into a comment, and a token with write access may edit
 * anyone's comment, so the marker alone would let a stranger's comment be taken over.
 */
import { identifiedObject, jsonArray, UnexpectedAnswerError, type ApiAnswer } from './answers.js'
import { outsideApi } from './api-origin.js'
import { callOptions, type CallOptions, type GitHubClient } from './client.js'
import type { GitHubContext } from './context.js'
import { COMMENT_BODY_MAX_CHARS, PAGE_SIZE_MAX } from './limits.js'
import { isNotAccessibleByIntegration } from './publish-failures.js'
import { slug } from '../wording.js'

/** The bot the workflow's GITHUB_TOKEN comments as. */
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]'

export interface CommentAuthor {
  /** The login the token's comments carry: a user's login, or `<app-slug>[bot]`. */
  login: string
  /**
   * A GitHub App's bot: its comments also say user.type "Bot". Logins ending in "[bot]" cannot
   * be registered by people, so a Bot with that login is the app itself.
   */
  isBot: boolean
  /** How the identity was learned, for the debug log. */
  source: 'GET /user' | 'check run app' | 'comment-author setting' | 'default bot'
}

export interface AuthorHints {
  /** Slug of the app that owns this run's check run (`app.slug` in GitHub's answer). */
  appSlug?: string | null
  /** Login to assume for an installation token when no check run revealed the app. */
  configuredLogin?: string
}

/**
 * Who the token comments as, in as few calls as possible:
 * - an installation token (`ghs_…`: the workflow's GITHUB_TOKEN or a GitHub App's token) is not a
 *   user (GET /user answers 403) and cannot ask which app it is (GET /app needs the app's JWT);
 *   but the check run created this run names its app, free of any extra call. Without one, the
 *   `comment-author` setting, else github-actions[bot], the GITHUB_TOKEN's bot;
 * - any other token: GET /user gives its login (one call); if GitHub answers "Resource not
 *   accessible by integration" it was an installation token after all, handled as above.
 */
export async function resolveCommentAuthor(
  octokit: GitHubClient,
  hints: AuthorHints,
  call: CallOptions = {}
): Promise<CommentAuthor> {
  // @octokit/auth-token tells the token type from its prefix, without a request.
  const { tokenType } = (await octokit.auth()) as { tokenType?: string }
  if (tokenType === 'installation') return botAuthor(hints)
  try {
    const response = await octokit.rest.users.getAuthenticated(callOptions(call))
    const { record } = identifiedObject(response, 'the user', [200])
    if (typeof record.login !== 'string' || record.login === '') {
      throw new UnexpectedAnswerError(
        `GitHub answered ${response.status} without the user's login`,
        response.status
      )
    }
    return { login: record.login, isBot: record.type === 'Bot', source: 'GET /user' }
  } catch (error) {
    if (isNotAccessibleByIntegration(error)) return botAuthor(hints)
    throw error
  }
}

function botAuthor(hints: AuthorHints): CommentAuthor {
  if (hints.appSlug) return { login: `${hints.appSlug}[bot]`, isBot: true, source: 'check run app' }
  if (hints.configuredLogin) {
    return { login: hints.configuredLogin, isBot: true, source: 'comment-author setting' }
  }
  return { login: DEFAULT_BOT_LOGIN, isBot: true, source: 'default bot' }
}

/** "Readiness Gate" → "readiness-gate". */
export function checkNameSlug(checkName: string): string {
  return slug(checkName, 'default')
}

/** The hidden first line that marks a comment as this check's sticky comment. */
export function commentMarker(checkName: string): string {
  return `<!-- readiness-gate:${checkNameSlug(checkName)} -->`
}

/** The marker line, then the report; cut to GitHub's limit if the report overran its budget. */
export function stickyCommentBody(checkName: string, report: string): string {
  const body = `${commentMarker(checkName)}\n${report}`
  const characters = Array.from(body)
  if (characters.length <= COMMENT_BODY_MAX_CHARS) return body
  return `${characters.slice(0, COMMENT_BODY_MAX_CHARS - 1).join('')}…`
}

/** The fields of a listed comment the sticky logic reads. */
export interface ListedComment {
  id: number
  body?: string | null
  user: { login: string; type: string } | null
  created_at: string
}

/** A listed comment with its link, as the API returns it. */
export type PostedComment = ListedComment & { html_url: string }

/** The comment carries the marker on its first line and was written by `author`. */
export function isOwnStickyComment(
  comment: ListedComment,
  marker: string,
  author: CommentAuthor
): boolean {
  const user = comment.user
  if (!user || user.login.toLowerCase() !== author.login.toLowerCase()) return false
  if (author.isBot && user.type !== 'Bot') return false
  const firstLine = (comment.body ?? '').split(/\r?\n/, 1)[0] ?? ''
  return firstLine.trim() === marker
}

export interface StickyCommentPlan<T extends ListedComment> {
  /** Our oldest comment, to edit in place; null → create one. */
  keep: T | null
  /** Our other comments (left by concurrent runs): deleted. */
  duplicates: T[]
}

/** Which of the listed comments are ours, which one to keep (the oldest), which to delete. */
export function planStickyComment<T extends ListedComment>(
  comments: readonly T[],
  marker: string,
  author: CommentAuthor
): StickyCommentPlan<T> {
  const ours = comments
    .filter((comment) => isOwnStickyComment(comment, marker, author))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id)
  const [keep = null, ...duplicates] = ours
  return { keep, duplicates }
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged'
  id: number
  url: string
  /** Duplicates deleted. */
  deleted: number
}

/**
 * Creates or edits this check's comment on the pull request and deletes duplicates: one list
 * (every page, 100 a page), one create or edit (none when the text is unchanged), one delete per
 * duplicate. A run that creates the comment lists once more: two runs that both listed before
 * either created would otherwise leave two comments.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  ctx: GitHubContext,
  issueNumber: number,
  request: {
    checkName: string
    report: string
    author: CommentAuthor
    /** The comments as listed earlier in this run (readCommentState): not listed again. */
    listed?: PostedComment[]
  },
  call: CallOptions = {}
): Promise<StickyCommentResult> {
  const target = { owner: ctx.owner, repo: ctx.repo, ...callOptions(call) }
  const marker = commentMarker(request.checkName)
  const body = stickyCommentBody(request.checkName, request.report)
  const list = (): Promise<PostedComment[]> => listAllComments(octokit, ctx, issueNumber, call)
  const plan = planStickyComment(request.listed ?? (await list()), marker, request.author)
  const deleted = await deleteDuplicates(octokit, ctx, plan.duplicates, call)
  if (!plan.keep) {
    const response = await octokit.rest.issues.createComment({
      ...target,
      issue_number: issueNumber,
      body
    })
    const created = postedComment(response, CREATED)
    return settleRace(
      octokit,
      ctx,
      created,
      body,
      planStickyComment(await list(), marker, request.author),
      deleted,
      call
    )
  }
  const kept = plan.keep
  if (kept.body === body) return { action: 'unchanged', id: kept.id, url: kept.html_url, deleted }
  const response = await octokit.rest.issues.updateComment({
    ...target,
    comment_id: kept.id,
    body
  })
  const updated = postedComment(response, UPDATED)
  return { action: 'updated', id: updated.id, url: updated.html_url, deleted }
}

const CREATED = [201]
const UPDATED = [200]
/** 300 full pages: far more comments than a pull request has; a loop beyond it is a fault. */
const MAX_COMMENT_PAGES = 300

/**
 * Every comment on the issue, a full page at a time. GitHub says where the next page is (the Link header);
 * that URL is followed only inside the API the client was made for, because octokit sends the
 * token to whatever URL it requests: a `next` elsewhere ends the listing with an error instead.
 */
export async function listAllComments(
  octokit: GitHubClient,
  ctx: GitHubContext,
  issueNumber: number,
  call: CallOptions = {}
): Promise<PostedComment[]> {
  const apiBase = octokit.request.endpoint.DEFAULTS.baseUrl
  const comments: PostedComment[] = []
  let response: ApiAnswer = await octokit.rest.issues.listComments({
    owner: ctx.owner,
    repo: ctx.repo,
    issue_number: issueNumber,
    per_page: PAGE_SIZE_MAX,
    ...callOptions(call)
  })
  for (let page = 1; ; page++) {
    for (const item of jsonArray(response, 'a page of comments', [200])) {
      comments.push(listedComment(item, response.status))
    }
    const next = nextPageUrl(response.headers.link, apiBase)
    if (next === null) return comments
    const outside = outsideApi(next, apiBase)
    if (outside !== null) {
      throw new UnexpectedAnswerError(
        `GitHub's answer put the next page of comments at ${outside}, outside the API at ${apiBase}; the token was not sent there and the listing stopped after ${page} page${page === 1 ? '' : 's'}`,
        response.status
      )
    }
    if (page >= MAX_COMMENT_PAGES) {
      throw new UnexpectedAnswerError(
        `GitHub's answer still had a next page of comments after ${MAX_COMMENT_PAGES} pages; the listing stopped there`,
        response.status
      )
    }
    response = await octokit.request({ method: 'GET', url: next.href, ...callOptions(call) })
  }
}

/** The `rel="next"` target of a Link header, resolved against the API's URL; null when none. */
export function nextPageUrl(link: unknown, base: string): URL | null {
  if (typeof link !== 'string') return null
  for (const [target, parameters] of linkEntries(link)) {
    const rel = /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(parameters)?.[1] ?? ''
    if (!rel.toLowerCase().split(/\s+/).includes('next')) continue
    try {
      return new URL(target, `${base}/`)
    } catch {
      return null
    }
  }
  return null
}

/**
 * A Link header's entries as [target, parameters]: `<target>` then everything up to the next `<`
 * (what /<([^>]*)>([^<]*)/g matches, in one pass: the regex retries each `<` of a long run).
 */
function linkEntries(link: string): [string, string][] {
  const entries: [string, string][] = []
  let at = link.indexOf('<')
  while (at !== -1) {
    const close = link.indexOf('>', at + 1)
    if (close === -1) break
    const next = link.indexOf('<', close + 1)
    entries.push([link.slice(at + 1, close), link.slice(close + 1, next === -1 ? undefined : next)])
    at = next
  }
  return entries
}

/** A listed comment, checked: the sticky logic reads its id, author, date and body. */
function listedComment(item: unknown, status: number): PostedComment {
  const comment = item as Partial<Record<keyof PostedComment, unknown>> | null
  const user = comment?.user as { login?: unknown; type?: unknown } | null | undefined
  const valid =
    typeof comment === 'object' &&
    comment !== null &&
    typeof comment.id === 'number' &&
    typeof comment.created_at === 'string' &&
    typeof comment.html_url === 'string' &&
    (comment.body === undefined || comment.body === null || typeof comment.body === 'string') &&
    (user === null || (typeof user?.login === 'string' && typeof user.type === 'string'))
  if (!valid) {
    throw new UnexpectedAnswerError(
      `GitHub answered ${status} with a page of comments that holds something other than comments`,
      status
    )
  }
  return comment as PostedComment
}

/** The created or edited comment's id and link, checked. */
function postedComment(
  answer: ApiAnswer,
  statuses: readonly number[]
): { id: number; html_url: string } {
  const { id, html_url: url } = identifiedObject(answer, 'the comment', statuses)
  if (url === null) {
    throw new UnexpectedAnswerError(
      `GitHub answered ${answer.status} without the comment's html_url`,
      answer.status
    )
  }
  return { id, html_url: url }
}

/**
 * After creating: when racing runs created comments too, every run keeps the oldest. The run whose
 * comment is the oldest deletes the others; a run whose comment is not writes its report into the
 * oldest (the last writer wins, as with runs one after another) and deletes its own.
 */
async function settleRace(
  octokit: GitHubClient,
  ctx: GitHubContext,
  created: { id: number; html_url: string },
  body: string,
  plan: StickyCommentPlan<PostedComment>,
  deletedBefore: number,
  call: CallOptions
): Promise<StickyCommentResult> {
  const keep = plan.keep
  if (!keep || keep.id === created.id) {
    const deleted = await deleteDuplicates(octokit, ctx, plan.duplicates, call)
    return {
      action: 'created',
      id: created.id,
      url: created.html_url,
      deleted: deletedBefore + deleted
    }
  }
  let url = keep.html_url
  if (keep.body !== body) {
    const response = await octokit.rest.issues.updateComment({
      owner: ctx.owner,
      repo: ctx.repo,
      comment_id: keep.id,
      body,
      ...callOptions(call)
    })
    url = postedComment(response, UPDATED).html_url
  }
  const deleted = await deleteDuplicates(octokit, ctx, plan.duplicates, call)
  return { action: 'updated', id: keep.id, url, deleted: deletedBefore + deleted }
}

async function deleteDuplicates(
  octokit: GitHubClient,
  ctx: GitHubContext,
  duplicates: readonly ListedComment[],
  call: CallOptions
): Promise<number> {
  let deleted = 0
  for (const duplicate of duplicates) {
    try {
      await octokit.rest.issues.deleteComment({
        owner: ctx.owner,
        repo: ctx.repo,
        comment_id: duplicate.id,
        ...callOptions(call)
      })
      deleted++
    } catch (error) {
      // A concurrent run may have deleted it first: gone is what we wanted.
      if ((error as { status?: unknown }).status !== 404) throw error
    }
  }
  return deleted
}
