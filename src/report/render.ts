/**
 * renderReport: one Assessment → every GitHub surface, each within its size limit. Each surface
 * takes the richest detail level that fits (levels.ts) and is trimmed only past the last one.
 */
import type { Assessment } from '../readiness/model.js'
import { BUDGETS, fitLine, fits, trimToBudget, type Budget } from './budget.js'
import type { RenderContext } from './context.js'
import { renderDetails } from './details.js'
import { buildAnnotations } from './annotations.js'
import { DETAIL_LEVELS, type DetailLevel } from './levels.js'
import { cleanText } from './markdown.js'
import { renderOverview, verdictTitle } from './overview.js'
import type { RenderedReport, SurfaceSelection } from './surfaces.js'
import { conclusionOf } from '../verdict-outputs.js'

export type { RenderContext } from './context.js'
export { COMMENT_BUDGET } from './budget.js'

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
  assessment: Assessment,
  context: RenderContext,
  surfaces: SurfaceSelection = ALL_SURFACES
): RenderedReport {
  const cache = new Map<DetailLevel, Parts>()
  const partsAt = (level: DetailLevel): Parts => {
    let parts = cache.get(level)
    if (parts === undefined) {
      parts = {
        overview: renderOverview(assessment, context, level),
        details: renderDetails(assessment.validations, context, level)
      }
      cache.set(level, parts)
    }
    return parts
  }
  const whole = (parts: Parts): string => `${parts.overview}\n\n${parts.details}\n`
  return {
    conclusion: conclusionOf(assessment),
    title: verdictTitle(assessment),
    checkSummary: surfaces.checkRun
      ? fitSurface(partsAt, (p) => `${p.overview}\n`, BUDGETS.checkSummary)
      : '',
    checkText: surfaces.checkRun
      ? fitSurface(partsAt, (p) => `${p.details}\n`, BUDGETS.checkText)
      : '',
    comment: surfaces.comment ? fitSurface(partsAt, whole, BUDGETS.comment) : '',
    jobSummary: surfaces.jobSummary ? fitSurface(partsAt, whole, BUDGETS.jobSummary) : '',
    statusDescription: surfaces.commitStatus ? statusDescription(assessment) : '',
    annotations: surfaces.checkRun ? buildAnnotations(assessment, context) : []
  }
}

/**
 * "Not ready: 5 blockers — clippy: 29 errors; cargo-audit not installed; …", at most 140
 * characters (GitHub rejects longer commit status descriptions).
 */
export function statusDescription(assessment: Assessment): string {
  const reasons = assessment.blockers.map((blocker) =>
    blocker.kind === 'validation'
      ? blocker.keyFinding
      : `${blocker.uncheckedCount} unchecked: ${blocker.itemText}`
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
