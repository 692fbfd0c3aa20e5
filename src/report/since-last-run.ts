/**
 * Memory across runs on the surfaces: the "Since the last run" block at the top, the trend chart
 * (Mermaid xychart-beta, with a plain-text line for surfaces that do not draw Mermaid), stale
 * ticks for the reconciliation section, and the short delta on the check run's title. Pure
 * Markdown rendering of a RunHistory (history/model.ts).
 *
 * The previous record is untrusted data (anyone who can edit a comment of the gate's could have
 * written it, though the reader only takes the gate's own): its commits are checked hex, its
 * validation ids are escaped, and nothing else of it is shown.
 */
import { plural } from '../wording.js'
import type { AssessedStatus, Verdict } from '../readiness/model.js'
import type { ItemChange, RunDelta, RunHistory, StaleTick, TrendPoint } from '../history/model.js'
import { lineRef, type RenderContext } from './render-context.js'
import { capList, MAX_CELL, STATUS_LABEL } from './format.js'
import type { DetailLevel } from './levels.js'
import { codeSpan, escapeMarkdown, escapeMarkdownKeepingCode } from './inert-markdown.js'
import { truncate } from '../linear-text.js'

const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  ready: '✅ ready',
  'not-ready': '❌ not ready',
  unassessed: '➖ not assessed'
}

/** "abc1234"; "an earlier run" when the record has no commit. */
function shortCommit(commit: string | null): string {
  return commit === null ? 'an earlier run' : commit.slice(0, 7)
}

/** U+2212 for minus: "−3", "+2", "±0". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '±0'
}

/** " (−3 since abc1234)" for the check run's title; '' on a first run. */
export function titleDelta(history: RunHistory | null): string {
  const delta = history?.delta ?? null
  if (delta === null) return ''
  const moved = delta.blockers.to - delta.blockers.from
  return ` (${signed(moved)} since ${shortCommit(delta.since)})`
}

/** The block at the top of the comment and the summary; '' on a first run with nothing to say. */
export function sinceLastRunSection(
  history: RunHistory | null,
  context: RenderContext,
  level: DetailLevel
): string {
  if (history === null) return ''
  const notes = history.notes.map((note) => `> ${escapeMarkdown(note)}`).join('\n>\n')
  const delta = history.delta
  if (delta === null) return notes
  const since = codeSpan(shortCommit(delta.since))
  if (delta.unchanged) {
    return [`**Since the last run** (${since}): nothing changed.`, notes]
      .filter((part) => part !== '')
      .join('\n\n')
  }
  const lines = [
    verdictLine(delta),
    blockersLine(delta),
    validationLine('Newly failing', delta.newlyFailing, level),
    validationLine('Newly passing', delta.newlyPassing, level),
    countsLine(delta, level),
    itemsLine('Ticked', '☑', delta.ticked, context, level),
    itemsLine('Unticked', '☐', delta.unticked, context, level)
  ].filter((line) => line !== '')
  return [`### Since the last run · compared with ${since}`, lines.join('\n'), notes]
    .filter((part) => part !== '')
    .join('\n\n')
}

function verdictLine(delta: RunDelta): string {
  const { from, to } = delta.verdict
  return from === to ? '' : `- Verdict: ${VERDICT_WORDS[from]} → **${VERDICT_WORDS[to]}**`
}

function blockersLine(delta: RunDelta): string {
  const { from, to } = delta.blockers
  return from === to ? '' : `- Blockers: ${from} → **${to}** (${signed(to - from)})`
}

function validationLine(
  title: string,
  changes: RunDelta['newlyFailing'],
  level: DetailLevel
): string {
  if (changes.length === 0) return ''
  const { shown, more } = capList(changes, level.listItems)
  const parts = shown.map((c) => {
    const from = c.from === null ? 'new' : statusWords(c.from)
    return `**${escapeMarkdown(truncate(c.name, 120))}** (${from} → ${statusWords(c.to)})`
  })
  if (more > 0) parts.push(`…and ${more} more`)
  return `- ${title}: ${parts.join('; ')}`
}

/** "passed", "failed": the status label without its mark. */
function statusWords(status: AssessedStatus): string {
  return STATUS_LABEL[status].replace(/^\S+\s/, '')
}

function countsLine(delta: RunDelta, level: DetailLevel): string {
  if (delta.counts.length === 0) return ''
  const { shown, more } = capList(delta.counts, level.listItems)
  const parts = shown.map(
    (c) =>
      `${escapeMarkdown(truncate(c.name, 120))}: ${c.from} → ${c.to} ${escapeMarkdown(c.count)}`
  )
  if (more > 0) parts.push(`…and ${more} more`)
  return `- Counts: ${parts.join('; ')}`
}

function itemsLine(
  title: string,
  mark: string,
  changes: ItemChange[] | null,
  context: RenderContext,
  level: DetailLevel
): string {
  if (changes === null || changes.length === 0) return ''
  const { shown, more } = capList(changes, level.listItems)
  const parts = shown.map((c) =>
    c.text === null
      ? `${mark} an item no longer in the checklist`
      : `${mark} ${escapeMarkdownKeepingCode(truncate(c.text, MAX_CELL))}${c.line === null ? '' : ` (${lineRef(context, c.line)})`}`
  )
  if (more > 0) parts.push(`…and ${more} more`)
  return `- ${title} (${changes.length}): ${parts.join('; ')}`
}

/**
 * The trend of the last runs, from the second run on: a Mermaid chart (from the richest detail
 * levels down to the fourth) and always the plain-text line, which every surface shows.
 */
export function trendSection(history: RunHistory | null, level: DetailLevel): string {
  if (history === null || history.trend.length < 2) return ''
  const points = history.trend
  const heading = `### Trend · last ${plural(points.length, 'run')}`
  const parts = [heading]
  if (level.index <= 3) parts.push(trendChart(points))
  parts.push(trendLine(points))
  return parts.join('\n\n')
}

/** x: the runs' commits; two lines: critical validations passed, critical items ticked. */
export function trendChart(points: readonly TrendPoint[]): string {
  // Commits are checked hex (or null): safe inside the chart's quotes.
  const labels = points.map(
    (p, i) => `"${p.commit === null ? `run ${i + 1}` : p.commit.slice(0, 7)}"`
  )
  const top = Math.max(1, ...points.map((p) => Math.max(p.validationsTotal, p.itemsTotal)))
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Critical validations passed (first line) and critical items ticked (second line)"',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "Count" 0 --> ${top}`,
    `  line [${points.map((p) => p.validationsPassed).join(', ')}]`,
    `  line [${points.map((p) => p.itemsTicked).join(', ')}]`,
    '```'
  ].join('\n')
}

/** "Critical validations passed: 3/9 → 5/9 → 8/9 · critical items ticked: 10/40 → 12/40 → 12/40." */
export function trendLine(points: readonly TrendPoint[]): string {
  const validations = points.map((p) => `${p.validationsPassed}/${p.validationsTotal}`).join(' → ')
  const items = points.map((p) => `${p.itemsTicked}/${p.itemsTotal}`).join(' → ')
  return `Oldest to newest — critical validations passed: ${validations} · critical items ticked: ${items}.`
}

/** The stale ticks, for the reconciliation section; '' when none. */
export function staleTicksList(
  history: RunHistory | null,
  context: RenderContext,
  level: DetailLevel
): string {
  const stale: readonly StaleTick[] = history?.staleTicks ?? []
  if (stale.length === 0) return ''
  const { shown, more } = capList(stale, level.listItems)
  const lines = shown.map((tick) => {
    const text = escapeMarkdownKeepingCode(truncate(tick.text, MAX_CELL))
    const why =
      tick.kind === 'regressed'
        ? `regressed since ${codeSpan(shortCommit(tick.since))}`
        : 'never proven: its validation has not passed in the recorded runs'
    const ids = tick.validationIds.map((id) => codeSpan(truncate(id, 120))).join(', ')
    return `- ☑ ${text} (${lineRef(context, tick.line)}) — ${why} (${ids})`
  })
  if (more > 0) lines.push(`- …and ${more} more`)
  return `**Ticked, but the history does not support it**\n\n${lines.join('\n')}`
}
