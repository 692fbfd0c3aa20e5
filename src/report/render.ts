/**
 * renderReport: one Assessment → every GitHub surface, each within its size limit. Each surface
 * takes the richest detail level that fits (levels.ts) and is trimmed only past the last one.
 * It takes only masked input (maskForSurfaces): every string it publishes went through the one
 * masking pass, whichever field it came from.
 */
import type { Assessment } from '../readiness/model.js'
import { assertMasked, type Masked } from './secrets.js'
import { BUDGETS, fitLine, fits, trimToBudget, type Budget } from './budget.js'
import type { RenderContext } from './render-context.js'
import { renderDetails } from './details.js'
import { DEFAULT_MAX_ANNOTATIONS, selectAnnotations } from './annotations.js'
import { DETAIL_LEVELS, type DetailLevel } from './levels.js'
import { cleanText } from './inert-markdown.js'
import { plural } from '../wording.js'
import { renderOverview, verdictTitle } from './overview.js'
import type { RenderedReport, SurfaceSelection } from './surfaces.js'
import { conclusionOf } from '../verdict-outputs.js'
import type { RunHistory } from '../history/model.js'
import { titleDelta } from './since-last-run.js'
import { encodeStateBlock } from '../history/state-block.js'

export type { RenderContext } from './render-context.js'
export { COMMENT_BUDGET } from './budget.js'
export { DEFAULT_MAX_ANNOTATIONS } from './annotations.js'

export interface RenderOptions {
  /** Annotations on the check run at most (default DEFAULT_MAX_ANNOTATIONS). */
  maxAnnotations?: number
  /**
   * The runs before this one (history/record.ts runHistory), masked like the assessment: the
   * "Since the last run" block, the trend, stale ticks and the title's short delta. Without it
   * every surface renders as a first run.
   */
  history?: Masked<RunHistory> | null
}

interface Parts {
  overview: string
  details: string
}

const ALL_SURFACES: SurfaceSelection = {
  checkRun: true,
  commitStatus: true,
  comment: true,
  jobSummary: true
}

/**
 * Renders the surfaces selected (all by default); the others are left empty, since rendering a
 * large report for every surface is a good part of a short run.
 */
export function renderReport(
  assessment: Masked<Assessment>,
  context: Masked<RenderContext>,
  surfaces: SurfaceSelection = ALL_SURFACES,
  options: RenderOptions = {}
): RenderedReport {
  assertMasked(assessment, 'The assessment')
  assertMasked(context, 'The render context')
  const history = options.history ?? null
  if (history !== null) assertMasked(history, 'The run history')
  const { annotations, omitted } = surfaces.checkRun
    ? selectAnnotations(assessment, context, options.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS)
    : { annotations: [], omitted: 0 }
  const note = omittedAnnotationsNote(omitted, options.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS)
  const cache = new Map<DetailLevel, Parts>()
  const partsAt = (level: DetailLevel): Parts => {
    let parts = cache.get(level)
    if (parts === undefined) {
      parts = {
        overview: renderOverview(assessment, context, level, history),
        details: renderDetails(assessment.validations, context, level)
      }
      cache.set(level, parts)
    }
    return parts
  }
  const whole = (parts: Parts): string => `${parts.overview}\n\n${parts.details}\n`
  return {
    conclusion: conclusionOf(assessment),
    title: `${verdictTitle(assessment)}${titleDelta(history)}`,
    checkSummary: surfaces.checkRun
      ? fitSurface(partsAt, (p) => `${p.overview}\n${note}`, BUDGETS.checkSummary)
      : '',
    checkText: surfaces.checkRun
      ? fitSurface(partsAt, (p) => `${p.details}\n`, BUDGETS.checkText)
      : '',
    comment: surfaces.comment ? commentWithState(partsAt, whole, history) : '',
    jobSummary: surfaces.jobSummary
      ? fitSurface(partsAt, (p) => `${whole(p)}${note}`, BUDGETS.jobSummary)
      : '',
    statusDescription: surfaces.commitStatus ? statusDescription(assessment) : '',
    annotations
  }
}

/**
 * The comment, and after it the run's hidden record for the next run (history/state-block.ts):
 * the report gets the budget the record leaves.
 */
function commentWithState(
  partsAt: (level: DetailLevel) => Parts,
  compose: (parts: Parts) => string,
  history: RunHistory | null
): string {
  if (history === null) return fitSurface(partsAt, compose, BUDGETS.comment)
  const { block } = encodeStateBlock(history.state)
  const budget: Budget = { ...BUDGETS.comment, limit: BUDGETS.comment.limit - block.length - 2 }
  return `${fitSurface(partsAt, compose, budget)}\n${block}\n`
}

/**
 * Said on the check run's summary and the job summary (the run's page lists the annotations)
 * when the cap left some out; '' otherwise.
 */
function omittedAnnotationsNote(omitted: number, max: number): string {
  if (omitted === 0) return ''
  return `\n> **Note:** ${plural(omitted, 'more annotation')} left out (at most ${max} per check run); the JSON report has every finding, item and placeholder.\n`
}

/**
 * "Not ready: 5 blockers — clippy: 29 errors; cargo-audit not installed; …", within GitHub's
 * limit (STATUS_DESCRIPTION_MAX_CHARS: GitHub rejects longer commit status descriptions).
 */
export function statusDescription(assessment: Assessment): string {
  const reasons = assessment.blockers.map((blocker) =>
    blocker.kind === 'validation'
      ? blocker.keyFinding
      : blocker.kind === 'github-contradiction'
        ? blocker.evidence
        : blocker.kind === 'unchecked-items'
          ? `${blocker.uncheckedCount} unchecked: ${blocker.itemText}`
          : blocker.kind === 'waiver'
            ? `waiver does not hold: ${blocker.itemText}`
            : `critical item ${blocker.change}: ${blocker.itemText}`
  )
  const text =
    reasons.length === 0
      ? verdictTitle(assessment)
      : `${verdictTitle(assessment)} — ${reasons.join('; ')}`
  return fitLine(cleanText(text), BUDGETS.statusDescription.limit)
}

function fitSurface(
  partsAt: (level: DetailLevel) => Parts,
  compose: (parts: Parts) => string,
  budget: Budget
): string {
  for (const level of DETAIL_LEVELS) {
    const text = compose(partsAt(level))
    if (fits(text, budget)) return text
  }
  const poorest = DETAIL_LEVELS[DETAIL_LEVELS.length - 1]!
  return trimToBudget(compose(partsAt(poorest)), budget)
}
