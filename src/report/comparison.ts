/**
 * "Changes since the base" and "Waivers": what the change did to the checklist's claims (the
 * base comparison) and every waiver with whether it holds. Lines on both sides: the head line is
 * linked, the base line named. Pure Markdown rendering; every checklist text is escaped.
 */
import { plural } from '../wording.js'
import type { Assessment, ComparisonAssessment } from '../readiness/model.js'
import type { WaiverState } from '../readiness/waivers.js'
import { lineRef, type RenderContext } from './render-context.js'
import { capList, MAX_CELL } from './format.js'
import type { DetailLevel } from './levels.js'
import { codeSpan, escapeMarkdown, escapeMarkdownKeepingCode } from './inert-markdown.js'
import { truncate } from '../linear-text.js'

export function comparisonSection(
  assessment: Assessment,
  context: RenderContext,
  level: DetailLevel
): string {
  return [
    changesBlock(assessment.comparison, context, level),
    waiversBlock(assessment, context, level)
  ]
    .filter((block) => block !== '')
    .join('\n\n')
}

const ITEM_CHANGE_LABEL = {
  removed: 'Critical item removed',
  demoted: 'Critical item moved out of the critical phase',
  reworded: 'Critical item reworded'
} as const

function changesBlock(
  comparison: ComparisonAssessment | undefined,
  context: RenderContext,
  level: DetailLevel
): string {
  if (comparison === undefined) return ''
  const ref = codeSpan(shortRef(comparison.ref ?? ''))
  const from = comparison.source === 'api' ? ' (read through the GitHub API)' : ''
  if (comparison.state === 'skipped') {
    return `### Changes since the base\n\nNot compared: ${escapeMarkdown(comparison.reason ?? '')}.`
  }
  if (comparison.state === 'new') {
    return `### Changes since the base\n\nThe checklist does not exist at ${ref}${from}: it is new, so nothing was removed.`
  }
  const lines: string[] = []
  for (const change of comparison.items) {
    const base = `base line ${change.base.line}: ${text(change.base.text)}`
    const head =
      change.head === null
        ? `near ${lineRef(context, change.anchorLine)}`
        : `now ${lineRef(context, change.head.line)}: ${text(change.head.text)}`
    const waiver =
      change.waiver === null
        ? ''
        : change.waiver.valid
          ? ` — waived (${escapeMarkdown(change.waiver.why)})`
          : ` — waiver does not hold: ${escapeMarkdown(change.waiver.why)}`
    lines.push(
      `- **${ITEM_CHANGE_LABEL[change.kind]}** (${escapeMarkdown(change.detail)}): ${base}; ${head}${waiver}`
    )
  }
  for (const command of comparison.commands) {
    const label = command.kind === 'removed' ? 'Verify command removed' : 'Verify command weakened'
    const now =
      command.head === null
        ? `gone (${text(command.item.text)})`
        : `now ${codeSpan(command.head.text)} at ${lineRef(context, command.head.line)}`
    const lost =
      command.kind === 'weakened'
        ? ` — lost ${command.lost.map((flag) => codeSpan(flag)).join(', ')}`
        : ''
    lines.push(
      `- **${label}**: base line ${command.base.line} ${codeSpan(command.base.text)}; ${now}${lost}`
    )
  }
  for (const step of comparison.scriptSteps) {
    lines.push(
      `- **Validation script step removed**: base line ${step.base.line} ${codeSpan(step.base.text)} (script now at ${lineRef(context, step.anchorLine)})`
    )
  }
  for (const tick of comparison.ticks) {
    if (tick.kind === 'ticked' && (tick.evidence === 'proven' || tick.evidence === 'waived'))
      continue
    const label =
      tick.kind === 'unticked'
        ? 'Unticked here'
        : tick.evidence === 'failing'
          ? 'Ticked here, its validation fails'
          : 'Ticked here, unproven'
    lines.push(
      `- **${label}**: ${text(tick.text)} — ${lineRef(context, tick.headLine)} (base line ${tick.baseLine})`
    )
  }
  const proven = comparison.ticks.filter(
    (tick) => tick.kind === 'ticked' && tick.evidence === 'proven'
  ).length
  if (lines.length === 0) {
    return `### Changes since the base\n\nCompared with ${ref}${from}: no critical item, Verify command or script step was removed or weakened.${provenNote(proven)}`
  }
  const { shown, more } = capList(lines, level.listItems)
  const rest =
    more > 0 ? `\n\n…and ${plural(more, 'more change')} (the JSON report has them all).` : ''
  return `### Changes since the base\n\nCompared with ${ref}${from}:\n\n${shown.join('\n')}${rest}${provenNote(proven)}`
}

function provenNote(proven: number): string {
  return proven === 0
    ? ''
    : `\n\n${plural(proven, 'item')} ticked here with a validation that passes now.`
}

function waiversBlock(assessment: Assessment, context: RenderContext, level: DetailLevel): string {
  const waivers = assessment.waivers ?? []
  if (waivers.length === 0) return ''
  const { shown, more } = capList(waivers, level.listItems)
  const lines = shown.map((waiver) => waiverLine(waiver, context))
  const rest = more > 0 ? `\n\n…and ${plural(more, 'more waiver')}.` : ''
  return `### Waivers\n\n${lines.join('\n')}${rest}`
}

function waiverLine(waiver: WaiverState, context: RenderContext): string {
  const mark = waiver.valid ? '✅ holds' : '❌ does not hold'
  const where =
    waiver.line !== null
      ? lineRef(context, waiver.line)
      : waiver.configLine !== null
        ? `config line ${waiver.configLine} (removed item)`
        : 'removed item'
  const from = waiver.source === 'config' ? ' (config)' : ''
  const reason =
    waiver.reason === null ? '' : ` — ${escapeMarkdown(truncate(waiver.reason, MAX_CELL))}`
  return `- ${mark}: ${text(waiver.subject)}${reason}${from} · ${where} — ${escapeMarkdown(waiver.why)}`
}

function text(value: string): string {
  return `“${escapeMarkdownKeepingCode(truncate(value, MAX_CELL))}”`
}

/** A 40-character SHA shortened as GitHub shows it; a tag or branch as is. */
function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref
}
