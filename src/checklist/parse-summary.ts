/**
 * Plain-text summary of a parsed checklist for the CLI's `parse` command: what the document says,
 * before anything is run. Pure; checklist text is untrusted, so control characters are replaced
 * (they could move the terminal cursor or hide text) and long lists are cut with a count.
 */
import {
  allItems,
  phaseItems,
  sectionItems,
  type Checklist,
  type Phase,
  type SignOff,
  type TaskItem
} from './model.js'
import { findValidationScript } from './validation-script.js'

const MAX_LISTED = 20

export function formatChecklistSummary(checklist: Checklist): string {
  const items = allItems(checklist)
  const lines = [
    `Checklist: ${clean(checklist.file)}${checklist.title ? ` — ${clean(checklist.title)}` : ''}`,
    `${checklist.lineCount} lines, ${items.length} task items, ${countChecked(items)} checked`,
    '',
    ...phaseLines(checklist),
    ...otherSectionLines(checklist),
    '',
    ...placeholderLines(checklist),
    ...signOffLines(checklist.signOffs),
    scriptLine(checklist),
    ...statusLines(checklist)
  ]
  return `${lines.join('\n')}\n`
}

function phaseLines(checklist: Checklist): string[] {
  if (checklist.phases.length === 0) return ['Phases: none found']
  const rows = checklist.phases.map((phase) => [
    phaseName(phase),
    progress(phaseItems(phase)),
    priorityText(phase),
    `line ${phase.line}`
  ])
  return [`Phases (${checklist.phases.length}):`, ...table(rows)]
}

function otherSectionLines(checklist: Checklist): string[] {
  const withItems = checklist.sections.filter((section) => section.items.length > 0)
  if (withItems.length === 0) return []
  const rows = withItems.map((section) => {
    return [clean(section.title), progress(sectionItems(section)), `line ${section.line}`]
  })
  return ['Other sections with task items:', ...table(rows)]
}

function placeholderLines(checklist: Checklist): string[] {
  const { placeholders } = checklist
  if (placeholders.length === 0) return ['Placeholders: none']
  const byLine = new Map<number, string[]>()
  for (const placeholder of placeholders) {
    byLine.set(placeholder.line, [...(byLine.get(placeholder.line) ?? []), clean(placeholder.text)])
  }
  const rows = [...byLine].map(([line, texts]) => `  line ${line}: ${texts.join(', ')}`)
  return [`Placeholders: ${placeholders.length} unfilled on ${byLine.size} lines`, ...limited(rows)]
}

function signOffLines(signOffs: SignOff[]): string[] {
  if (signOffs.length === 0) return ['Sign-offs: none']
  const signed = signOffs.filter((signOff) => signOff.signed.filled).length
  const rows = signOffs.map((signOff) => [
    clean(signOff.role),
    `items ${progress(signOff.items)}`,
    `signed: ${fieldText(signOff.signed)}`,
    `date: ${fieldText(signOff.date)}`,
    `line ${signOff.line}`
  ])
  return [`Sign-offs: ${signed}/${signOffs.length} signed`, ...table(rows)]
}

function scriptLine(checklist: Checklist): string {
  const script = findValidationScript(checklist)
  if (script === null) return 'Validation script: none found'
  const lang = script.lang === '' ? 'unlabelled' : clean(script.lang)
  const heading = script.heading === null ? '' : ` under "${clean(script.heading)}"`
  return `Validation script: ${lang} block at line ${script.line}${heading}`
}

function statusLines(checklist: Checklist): string[] {
  const { status } = checklist
  if (status === null) return ['Declared status: none']
  const verdict = status.ready === null ? 'unclear' : status.ready ? 'ready' : 'not ready'
  const lines = [
    `Declared status (line ${status.line}): ${clean(status.overallReadiness ?? 'not stated')} (${verdict})`
  ]
  if (status.lastValidation !== null)
    lines.push(`  Last validation: ${clean(status.lastValidation)}`)
  if (status.nextSteps !== null) lines.push(`  Next steps: ${clean(status.nextSteps)}`)
  lines.push(`  Blockers: ${status.blockers.length}`)
  lines.push(
    ...limited(status.blockers.map((blocker) => `    line ${blocker.line}: ${clean(blocker.text)}`))
  )
  return lines
}

function phaseName(phase: Phase): string {
  return clean(phase.number === null ? phase.title : `Phase ${phase.number}: ${phase.title}`)
}

function priorityText(phase: Phase): string {
  const { label, level } = phase.priority
  if (level === 'none') return 'no priority'
  return label === null ? level : `${level} (${clean(label)})`
}

function fieldText(field: SignOff['signed']): string {
  if (field.line === null) return 'missing'
  return field.filled ? clean(field.value ?? '') : `blank (line ${field.line})`
}

function progress(items: TaskItem[]): string {
  return `${countChecked(items)}/${items.length}`
}

function countChecked(items: TaskItem[]): number {
  return items.filter((item) => item.checked).length
}

/** Rows of cells as aligned, two-space-indented lines. */
function table(rows: string[][]): string[] {
  const widths: number[] = []
  for (const row of rows)
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)))
  const lines = rows.map((row) =>
    `  ${row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ')}`.trimEnd()
  )
  return limited(lines)
}

function limited(lines: string[]): string[] {
  if (lines.length <= MAX_LISTED) return lines
  return [...lines.slice(0, MAX_LISTED), `  … and ${lines.length - MAX_LISTED} more`]
}

/** Control characters (C0 except tab, DEL, C1) become U+FFFD; tabs become spaces. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')
}
