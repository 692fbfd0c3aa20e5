/**
 * The overview a reviewer in a hurry reads: verdict and blockers first, then the validations,
 * the phase progress and where the checklist and the run disagree. Pure Markdown rendering.
 */
import type {
  Assessment,
  AssessedValidation,
  Blocker,
  ChecklistChangeBlocker,
  WaiverBlocker
} from '../readiness/model.js'
import { lineRef, linesRef, linkDestination, type RenderContext } from './render-context.js'
import { formatDuration } from '../duration.js'
import { capList, EFFECT_LABEL, MAX_CELL, STATUS_LABEL } from './format.js'
import { plural } from '../wording.js'
import type { DetailLevel } from './levels.js'
import { codeSpan, escapeMarkdown, escapeMarkdownKeepingCode } from './inert-markdown.js'
import { truncate } from '../linear-text.js'
import { reconciliationSection } from './reconciliation.js'
import type { RunHistory } from '../history/model.js'
import { sinceLastRunSection, trendSection } from './since-last-run.js'
import { comparisonSection } from './comparison.js'

export function renderOverview(
  assessment: Assessment,
  context: RenderContext,
  level: DetailLevel,
  history: RunHistory | null = null
): string {
  return [
    headline(assessment, context),
    sinceLastRunSection(history, context, level),
    gateLine(assessment),
    notes(assessment),
    agreementCallout(assessment, context),
    blockersSection(assessment, context, level),
    comparisonSection(assessment, context, level),
    validationsSection(assessment, context, level),
    progressSection(assessment, level),
    trendSection(history, level),
    reconciliationSection(assessment, context, level, history)
  ]
    .filter((block) => block !== '')
    .join('\n\n')
}

/** "Not ready: 5 blockers" — the check run's title and the first words of every surface. */
export function verdictTitle(assessment: Assessment): string {
  switch (assessment.verdict) {
    case 'ready':
      return 'Ready'
    case 'not-ready':
      return `Not ready: ${plural(assessment.blockers.length, 'blocker')}`
    case 'unassessed':
      return assessment.validationsRun
        ? 'Not assessed: nothing gates readiness'
        : 'Not assessed: validations were not run'
  }
}

const VERDICT_MARK = { ready: '✅', 'not-ready': '❌', unassessed: '➖' } as const

function headline(assessment: Assessment, context: RenderContext): string {
  const facts = [`**${escapeMarkdown(context.checkName)}**`]
  facts.push(`checklist ${codeSpan(context.checklistPath)}`)
  if (context.sha !== null) facts.push(`commit ${codeSpan(context.sha.slice(0, 7))}`)
  if (context.ref !== null && context.sha === null) facts.push(`ref ${codeSpan(context.ref)}`)
  if (context.runUrl !== null) facts.push(`[workflow run](${linkDestination(context.runUrl)})`)
  const title = verdictTitle(assessment).replace(': ', ' — ')
  return `## ${VERDICT_MARK[assessment.verdict]} ${title}\n\n${facts.join(' · ')}`
}

/** What the verdict rests on, in one sentence. */
function gateLine(assessment: Assessment): string {
  const parts: string[] = []
  if (assessment.basis.validations) {
    const critical = assessment.validations.filter((v) => v.critical)
    const passed = critical.filter((v) => v.status === 'passed').length
    parts.push(`${passed} of ${plural(critical.length, 'critical validation')} passed`)
  }
  if (assessment.basis.items) {
    const critical = assessment.priorities.find((p) => p.level === 'critical')
    const ticked = critical?.checked ?? 0
    parts.push(`${ticked} of ${plural(critical?.total ?? 0, 'critical checklist item')} ticked`)
  }
  return parts.length === 0 ? '' : `Gate: ${parts.join('; ')}.`
}

function notes(assessment: Assessment): string {
  if (assessment.notes.length === 0) return ''
  return assessment.notes.map((note) => `> ${escapeMarkdown(note)}`).join('\n>\n')
}

function agreementCallout(assessment: Assessment, context: RenderContext): string {
  const { declared, agreement } = assessment.reconciliation.declared
  if (declared === null) return ''
  const said = `**${escapeMarkdown(declared.overallReadiness ?? '')}** (${lineRef(context, declared.line)})`
  if (agreement === 'declared-ready-but-not-ready') {
    return `> **Claim and evidence disagree:** the checklist declares ${said}, but the gate finds it **not ready**.`
  }
  if (agreement === 'declared-not-ready-but-ready') {
    return `> **Claim and evidence disagree:** the checklist declares ${said}, but every gating check passes now: update its status.`
  }
  return ''
}

function blockersSection(
  assessment: Assessment,
  context: RenderContext,
  level: DetailLevel
): string {
  if (assessment.blockers.length === 0) return ''
  const { shown, more } = capList(assessment.blockers, level.listItems)
  const lines = shown.map((blocker, i) => `${i + 1}. ${blockerLine(blocker, context, level)}`)
  if (more > 0) lines.push(`\n…and ${plural(more, 'more blocker')}.`)
  return `### Blockers\n\n${lines.join('\n')}`
}

function blockerLine(blocker: Blocker, context: RenderContext, level: DetailLevel): string {
  if (blocker.kind === 'validation') {
    const where = blocker.line === null ? '' : ` · ${lineRef(context, blocker.line)}`
    const finding = escapeMarkdownKeepingCode(truncate(blocker.keyFinding, MAX_CELL))
    const hint =
      blocker.hint === null
        ? ''
        : `<br>Hint: ${escapeMarkdownKeepingCode(truncate(blocker.hint, MAX_CELL))}`
    return `${STATUS_LABEL[blocker.status]}: **${escapeMarkdown(blocker.validationName)}** — ${finding}${where}${hint}`
  }
  if (blocker.kind === 'github-contradiction') {
    const text = escapeMarkdownKeepingCode(truncate(blocker.itemText, MAX_CELL))
    const evidence = escapeMarkdown(truncate(blocker.evidence, MAX_CELL))
    return `☑ **${text}** — ticked, contradicted by GitHub: ${evidence} · ${lineRef(context, blocker.line)}`
  }
  if (blocker.kind !== 'unchecked-items') return changeBlockerLine(blocker, context)
  const count =
    blocker.totalCount === 1
      ? 'unchecked'
      : `${blocker.uncheckedCount} of ${blocker.totalCount} unchecked`
  const text = escapeMarkdownKeepingCode(truncate(blocker.itemText, MAX_CELL))
  return `☐ **${text}** — ${count} · ${escapeMarkdown(blocker.phase)} · ${linesRef(context, blocker.uncheckedLines, level.listItems)}`
}

/** A critical item removed or demoted by the change, or waived by a waiver that does not hold. */
function changeBlockerLine(
  blocker: WaiverBlocker | ChecklistChangeBlocker,
  context: RenderContext
): string {
  const text = escapeMarkdownKeepingCode(truncate(blocker.itemText, MAX_CELL))
  if (blocker.kind === 'waiver') {
    const why = escapeMarkdown(truncate(blocker.why, MAX_CELL))
    return `⚠️ Waiver does not hold: **${text}** — ${why} · ${lineRef(context, blocker.line)}`
  }
  const what = blocker.change === 'removed' ? 'removed' : 'moved out of the critical phase'
  const waiver = blocker.waiverProblems === null ? ' — no waiver' : ' — its waiver does not hold'
  return `➖ Critical item ${what}: **${text}** (base line ${blocker.baseLine})${waiver} · ${lineRef(context, blocker.line)}`
}

function validationsSection(
  assessment: Assessment,
  context: RenderContext,
  level: DetailLevel
): string {
  const all = assessment.validations
  if (all.length === 0 && assessment.refused.length === 0) {
    return '### Validations\n\nThe checklist plans no validation: no command proves it.'
  }
  const passed = all.filter((v) => v.status === 'passed').length
  const { shown, more } = capList(all, level.listItems)
  const rows = shown.map((v) => validationRow(v))
  if (more > 0) rows.push(`| | …and ${plural(more, 'more validation')} | | |`)
  const table =
    all.length === 0
      ? ''
      : ['| Result | Validation | Time | Key finding |', '| :-- | :-- | --: | :-- |', ...rows].join(
          '\n'
        )
  const parts = [`### Validations · ${passed} of ${all.length} passed`, table]
  parts.push(refusedList(assessment, context, level))
  return parts.filter((part) => part !== '').join('\n\n')
}

function validationRow(v: AssessedValidation): string {
  const name = escapeMarkdown(truncate(v.name, 120)) + (v.critical ? '' : ' _(not critical)_')
  const summary = escapeMarkdownKeepingCode(truncate(v.summary, MAX_CELL), { inTable: true })
  return `| ${STATUS_LABEL[v.status]} | ${name} | ${formatDuration(v.durationMs)} | ${summary} |`
}

function refusedList(assessment: Assessment, context: RenderContext, level: DetailLevel): string {
  if (assessment.refused.length === 0) return ''
  const { shown, more } = capList(assessment.refused, level.listItems)
  const lines = shown.map((refused) => {
    const where = refused.line === null ? '' : ` (${lineRef(context, refused.line)})`
    const command = codeSpan(truncate(refused.command, MAX_CELL))
    return `- ${command}${where} — _${EFFECT_LABEL[refused.effect]}_: ${escapeMarkdownKeepingCode(truncate(refused.reason, MAX_CELL))}`
  })
  if (more > 0) lines.push(`- …and ${more} more`)
  return `Not run, by design (${assessment.refused.length}):\n\n${lines.join('\n')}`
}

function progressSection(assessment: Assessment, level: DetailLevel): string {
  const { checklist, phases, priorities } = assessment
  const heading = `### Checklist progress · ${checklist.checked} of ${plural(checklist.items, 'item')} ticked`
  if (phases.length === 0) return `${heading}\n\nThe checklist has no phases.`
  const { shown, more } = capList(phases, level.listItems)
  const rows = shown.map((phase) => {
    const name = escapeMarkdown(
      truncate(phase.number === null ? phase.title : `Phase ${phase.number}: ${phase.title}`, 120)
    )
    const label = phase.priority.label === null ? '' : ` (${escapeMarkdown(phase.priority.label)})`
    return `| ${name} | ${phase.priority.level}${label} | ${phase.checked} / ${phase.total} | ${phase.percent} % |`
  })
  if (more > 0) rows.push(`| …and ${plural(more, 'more phase')} | | | |`)
  const byPriority = priorities.map((p) => `${p.level} ${p.checked} / ${p.total}`).join(' · ')
  return [
    heading,
    ['| Phase | Priority | Ticked | Done |', '| :-- | :-- | --: | --: |', ...rows].join('\n'),
    `By priority: ${byPriority}.`
  ].join('\n\n')
}
