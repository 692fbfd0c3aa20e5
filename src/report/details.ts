/**
 * One collapsible <details> per validation: the command, its findings (file:line, code, message)
 * and the tail of its log in a code fence. Pure Markdown rendering.
 */
import type { AssessedValidation } from '../readiness/model.js'
import type { CapturedOutput, Finding } from '../validations/model.js'
import { fileLineUrl, lineRef, linkDestination, type RenderContext } from './render-context.js'
import { repositoryPath } from './annotations.js'
import { formatDuration } from '../duration.js'
import { capList, formatBytes, MAX_CELL, STATUS_LABEL } from './format.js'
import { plural } from '../wording.js'
import type { DetailLevel } from './levels.js'
import {
  codeFence,
  codeSpan,
  escapeHtml,
  escapeHtmlKeepingCode,
  escapeMarkdown,
  escapeMarkdownKeepingCode
} from './inert-markdown.js'
import { trimTrailing, truncate } from '../linear-text.js'

export function renderDetails(
  validations: AssessedValidation[],
  context: RenderContext,
  level: DetailLevel
): string {
  if (validations.length === 0) return '### Details\n\nNo validation was planned.'
  const shown = validations.filter((v) => level.passingDetails || v.status !== 'passed')
  const blocks = shown.map((v) => validationDetails(v, context, level))
  const omitted = validations.length - shown.length
  if (omitted > 0) {
    blocks.push(`_Details of ${plural(omitted, 'passing validation')} left out to fit._`)
  }
  if (level.index > 0) {
    blocks.push('_Some details were shortened to fit; the JSON report has everything._')
  }
  if (shown.length === 0 && omitted === 0) blocks.push('Nothing to show.')
  return `### Details\n\n${blocks.join('\n\n')}`
}

function validationDetails(
  v: AssessedValidation,
  context: RenderContext,
  level: DetailLevel
): string {
  const summaryLine = [
    `${STATUS_LABEL[v.status]} <b>${escapeHtml(truncate(v.name, 120))}</b>`,
    formatDuration(v.durationMs),
    escapeHtmlKeepingCode(truncate(v.summary, MAX_CELL))
  ].join(' · ')
  const body = [
    commandBlock(v, context),
    facts(v),
    findingsTable(v, context, level),
    logTail(v.output, level)
  ].filter((part) => part !== '')
  // The blank line after <summary> lets GitHub render the Markdown inside <details>.
  return `<details>\n<summary>${summaryLine}</summary>\n\n${body.join('\n\n')}\n\n</details>`
}

function commandBlock(v: AssessedValidation, context: RenderContext): string {
  const where = [`in ${codeSpan(v.cwd)}`]
  if (v.source.line !== null && v.source.kind !== 'config') {
    where.push(`from checklist ${lineRef(context, v.source.line)}`)
  }
  const label = v.critical ? 'critical' : 'not critical'
  return `Command (${where.join(', ')}; ${label}):\n\n${codeFence(v.command, 'sh')}`
}

function facts(v: AssessedValidation): string {
  const parts: string[] = []
  if (v.exitCode !== null) parts.push(`exit code ${v.exitCode}`)
  if (v.signal !== null) parts.push(`killed by ${escapeMarkdown(v.signal)}`)
  if (v.output !== null) parts.push(`${formatBytes(v.output.totalBytes)} of output`)
  const counts = Object.entries(v.counts)
    .map(([name, count]) => `${escapeMarkdown(name)} ${count}`)
    .join(', ')
  if (counts !== '') parts.push(counts)
  const hint =
    v.hint === null ? '' : `\n\nHint: ${escapeMarkdownKeepingCode(truncate(v.hint, MAX_CELL))}`
  return parts.length === 0 && hint === '' ? '' : `${capitalise(parts.join(' · '))}${hint}`.trim()
}

function findingsTable(v: AssessedValidation, context: RenderContext, level: DetailLevel): string {
  const total = v.findings.length + v.droppedFindings
  if (total === 0) return ''
  const { shown, more } = capList(v.findings, level.findings)
  const left = more + v.droppedFindings
  const note =
    left > 0
      ? `…and ${plural(left, 'more finding')}${v.droppedFindings > 0 ? '' : ' (the JSON report has them all)'}.`
      : ''
  if (shown.length === 0) return `${plural(total, 'finding')}; ${note}`
  const rows = shown.map((finding) => {
    const code = finding.code === undefined ? '' : codeSpan(finding.code, { inTable: true })
    const message = escapeMarkdownKeepingCode(truncate(findingMessage(finding), MAX_CELL), {
      inTable: true
    })
    return `| ${finding.severity} | ${where(finding, v.cwd, context)} | ${code} | ${message} |`
  })
  const table = ['| Level | Where | Code | Message |', '| :-- | :-- | :-- | :-- |', ...rows]
  return [`Findings (${total}):`, table.join('\n'), note].filter((p) => p !== '').join('\n\n')
}

/**
 * file:line:column (linked to the file at the commit when possible), else the package and
 * version an audit names, else the failing test.
 */
function where(finding: Finding, cwd: string, context: RenderContext): string {
  if (finding.file !== undefined) {
    const position = [finding.line, finding.column].filter((n) => n !== undefined).join(':')
    const location = position === '' ? finding.file : `${finding.file}:${position}`
    const code = codeSpan(truncate(location, 200), { inTable: true })
    const file = repositoryPath(finding.file, cwd, context)
    const url = file === null ? null : fileLineUrl(context, file, finding.line ?? 1)
    return url === null ? code : `[${code}](${linkDestination(url)})`
  }
  if (finding.package !== undefined) {
    const pkg =
      finding.version === undefined ? finding.package : `${finding.package} ${finding.version}`
    return codeSpan(truncate(pkg, 120), { inTable: true })
  }
  if (finding.test !== undefined) return codeSpan(truncate(finding.test, 200), { inTable: true })
  return ''
}

function findingMessage(finding: Finding): string {
  const extra = [finding.advisorySeverity, finding.kind].filter((x) => x !== undefined)
  return extra.length === 0 ? finding.message : `${finding.message} (${extra.join(', ')})`
}

/**
 * The last lines of what the command printed. When bytes were dropped the tail buffer's first
 * line is usually cut mid-way, so it is left out.
 */
function logTail(output: CapturedOutput | null, level: DetailLevel): string {
  if (output === null || level.logLines === 0 || output.totalBytes === 0) return ''
  const text = output.truncated ? output.tail : output.head + output.tail
  let lines = trimTrailing(text.replace(/\r\n?/g, '\n'), '\n').split('\n')
  if (output.truncated && lines.length > 1) lines = lines.slice(1)
  lines = lines.slice(-level.logLines)
  let chars = 0
  let start = lines.length
  while (start > 0 && chars + lines[start - 1]!.length + 1 <= level.logChars) {
    chars += lines[start - 1]!.length + 1
    start--
  }
  const kept =
    start === lines.length
      ? [`…${lines[lines.length - 1]!.slice(-Math.max(0, level.logChars - 1))}`]
      : lines.slice(start)
  const label = `Last ${plural(kept.length, 'line')} of output (${formatBytes(output.totalBytes)} in all):`
  return `${label}\n\n${codeFence(kept.join('\n'))}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
