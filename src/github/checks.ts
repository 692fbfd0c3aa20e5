/**
 * The check run: started while validations run, completed with the verdict, the report and its
 * annotations. GitHub takes a limited number of annotations per request (limits.ts) and appends them
 * across updates, so N annotations travel in ceil(N / ANNOTATIONS_PER_REQUEST) requests, the last of which also completes the run.
 */
import type { Annotation, RenderedReport } from '../report/surfaces.js'
import { identifiedObject, type ApiAnswer } from './answers.js'
import { callOptions, type CallOptions, type GitHubClient } from './client.js'
import type { GitHubContext } from './context.js'
import type { SurfaceOutcome } from './publish-failures.js'
import {
  ANNOTATIONS_PER_REQUEST,
  ANNOTATION_TEXT_MAX_BYTES,
  ANNOTATION_TITLE_MAX_CHARS
} from './limits.js'

export interface CompletedCheckRun {
  id: number
  /** The check run's page on GitHub. */
  url: string | null
  /**
   * Slug of the GitHub App that owns the check run, i.e. the app the token belongs to
   * ("github-actions" for the workflow's GITHUB_TOKEN). The sticky comment uses it to know
   * which bot its own comments come from.
   */
  appSlug: string | null
}

/**
 * Creates the check run, in progress, on the context's commit; returns its id. Throws an
 * UnexpectedAnswerError when GitHub's 201 does not carry a check run (no numeric id).
 */
export async function startCheckRun(
  octokit: GitHubClient,
  ctx: GitHubContext,
  name: string,
  call: CallOptions = {}
): Promise<number> {
  return (await startCheckRunAnswer(octokit, ctx, name, call)).id
}

/** startCheckRun, with the app GitHub says owns the run (the sticky comment's author). */
export async function startCheckRunAnswer(
  octokit: GitHubClient,
  ctx: GitHubContext,
  name: string,
  call: CallOptions = {}
): Promise<CompletedCheckRun> {
  const response = await octokit.rest.checks.create({
    owner: ctx.owner,
    repo: ctx.repo,
    name,
    head_sha: ctx.sha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
    ...(ctx.runUrl ? { details_url: ctx.runUrl } : {}),
    ...callOptions(call)
  })
  return checkRunAnswer(response, CREATED)
}

/**
 * What publish.ts' tryStartCheckRun settles to: the started run's id (and the app GitHub says
 * owns it), or the check run's failed outcome.
 */
export type CheckRunStart =
  { checkRunId: number; appSlug?: string | null } | { failure: SurfaceOutcome }

/** Sends a report to a check run that exists (by id), all its annotation batches as updates. */
export type CheckRunUpdate = (
  octokit: GitHubClient,
  ctx: GitHubContext,
  id: number,
  rendered: RenderedReport,
  call?: CallOptions
) => Promise<CompletedCheckRun>

function updatesEndingWith(last: 'complete' | 'output only'): CheckRunUpdate {
  return (octokit, ctx, id, rendered, call = {}) =>
    sendBatches(octokit, ctx, id, rendered, annotationBatches(rendered.annotations), call, last)
}

/**
 * Puts the report on the job's own check run (input check-run-id, `${{ job.check_run_id }}`):
 * the output and the annotations, batched like completeCheckRun, and never a status or a
 * conclusion. GitHub completes that run when the job ends, with the conclusion the step's exit
 * code gives; an action cannot set it (the runner owns it).
 */
export const updateJobCheckRun = updatesEndingWith('output only')

/**
 * Completes a started check run: all annotation batches but the last as updates, then one
 * update that carries the last batch, the full output and the conclusion.
 */
export const completeCheckRun = updatesEndingWith('complete')

/**
 * Creates an already finished check run when none was started: the first annotation batch goes
 * with the create (completed at once when it is the only batch), the rest as updates.
 */
export async function createCompletedCheckRun(
  octokit: GitHubClient,
  ctx: GitHubContext,
  name: string,
  rendered: RenderedReport,
  call: CallOptions = {}
): Promise<CompletedCheckRun> {
  const [first = [], ...rest] = annotationBatches(rendered.annotations)
  const isOnlyBatch = rest.length === 0
  const response = await octokit.rest.checks.create({
    owner: ctx.owner,
    repo: ctx.repo,
    name,
    head_sha: ctx.sha,
    ...(ctx.runUrl ? { details_url: ctx.runUrl } : {}),
    ...(isOnlyBatch ? completion(rendered) : { status: 'in_progress' as const }),
    output: output(rendered, first, isOnlyBatch),
    ...callOptions(call)
  })
  const created = checkRunAnswer(response, CREATED)
  if (isOnlyBatch) return created
  return sendBatches(octokit, ctx, created.id, rendered, rest, call, 'complete')
}

/**
 * One update per batch; the last carries the full output and, with 'complete', the conclusion
 * (never on the job's own run: the runner completes it). `batches` has at least one entry.
 */
async function sendBatches(
  octokit: GitHubClient,
  ctx: GitHubContext,
  id: number,
  rendered: RenderedReport,
  batches: Annotation[][],
  call: CallOptions,
  last: 'complete' | 'output only'
): Promise<CompletedCheckRun> {
  const target = { owner: ctx.owner, repo: ctx.repo, check_run_id: id, ...callOptions(call) }
  for (const batch of batches.slice(0, -1)) {
    const response = await octokit.rest.checks.update({
      ...target,
      output: output(rendered, batch, false)
    })
    checkRunAnswer(response, UPDATED)
  }
  const completes = last === 'complete'
  const response = await octokit.rest.checks.update({
    ...target,
    ...(completes && ctx.runUrl ? { details_url: ctx.runUrl } : {}),
    ...(completes ? completion(rendered) : {}),
    output: output(rendered, batches.at(-1) ?? [], true)
  })
  return checkRunAnswer(response, UPDATED)
}

/** Splits annotations into request-sized batches; always at least one (possibly empty) batch. */
export function annotationBatches(annotations: readonly Annotation[]): Annotation[][] {
  const batches: Annotation[][] = []
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(toGitHubAnnotation))
  }
  return batches.length > 0 ? batches : [[]]
}

/**
 * Keeps an annotation within what GitHub accepts: columns only on a single line (GitHub rejects
 * start_column/end_column across lines), lines from 1, title and texts within their limits.
 */
export function toGitHubAnnotation(annotation: Annotation): Annotation {
  const startLine = Math.max(1, Math.trunc(annotation.start_line))
  const endLine = Math.max(startLine, Math.trunc(annotation.end_line))
  const result: Annotation = {
    path: annotation.path,
    start_line: startLine,
    end_line: endLine,
    annotation_level: annotation.annotation_level,
    message: truncateBytes(annotation.message, ANNOTATION_TEXT_MAX_BYTES)
  }
  if (startLine === endLine && annotation.start_column !== undefined) {
    result.start_column = Math.max(1, Math.trunc(annotation.start_column))
    if (annotation.end_column !== undefined) {
      result.end_column = Math.max(result.start_column, Math.trunc(annotation.end_column))
    }
  }
  if (annotation.title)
    result.title = truncateCharacters(annotation.title, ANNOTATION_TITLE_MAX_CHARS)
  if (annotation.raw_details) {
    result.raw_details = truncateBytes(annotation.raw_details, ANNOTATION_TEXT_MAX_BYTES)
  }
  return result
}

function completion(rendered: RenderedReport): {
  status: 'completed'
  conclusion: RenderedReport['conclusion']
  completed_at: string
} {
  return {
    status: 'completed',
    conclusion: rendered.conclusion,
    completed_at: new Date().toISOString()
  }
}

/**
 * The output sent with a request. Title and summary are required on every request that carries
 * output; the long text goes only with the final one.
 */
function output(
  rendered: RenderedReport,
  annotations: Annotation[],
  isFinal: boolean
): { title: string; summary: string; text?: string; annotations?: Annotation[] } {
  return {
    title: rendered.title,
    summary: rendered.checkSummary,
    ...(isFinal && rendered.checkText !== '' ? { text: rendered.checkText } : {}),
    ...(annotations.length > 0 ? { annotations } : {})
  }
}

const CREATED = [201]
const UPDATED = [200]

/** The check run GitHub answered with, or an UnexpectedAnswerError when it is not one. */
function checkRunAnswer(answer: ApiAnswer, statuses: readonly number[]): CompletedCheckRun {
  const { id, html_url: url, record } = identifiedObject(answer, 'the check run', statuses)
  const app = record.app as { slug?: unknown } | null | undefined
  const slug = typeof app?.slug === 'string' && app.slug !== '' ? app.slug : null
  return { id, url, appSlug: slug }
}

/** At most `limit` characters (code points, so no surrogate pair is split), ending in "…" when cut. */
function truncateCharacters(text: string, limit: number): string {
  const characters = Array.from(text)
  return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('')}…`
}

/** At most `limit` UTF-8 bytes, cut on a character boundary, ending in "…" when cut. */
function truncateBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text
  const ellipsisBytes = 3
  let bytes = 0
  let kept = ''
  for (const character of text) {
    bytes += Buffer.byteLength(character)
    if (bytes > limit - ellipsisBytes) break
    kept += character
  }
  return `${kept}…`
}
