/**
 * Check-run annotations: one per finding that has a file and a line, plus the checklist's own
 * problems at their checklist lines. Not capped here: the publisher sends them 50 per request.
 *
 * Levels (a documented decision):
 * - findings: error → failure, warning → warning, notice → notice;
 * - a critical validation that did not pass → failure at its checklist line;
 * - a ticked item whose validation fails now → failure (the document claims something false);
 * - unchecked critical items → warning, one per root item with the count (the checklist is
 *   unfinished, not wrong: failure would drown the real failures, one per item would be noise);
 * - an unticked item whose validations pass, an unfilled placeholder → notice;
 * - a declared status that contradicts the computed one → warning at the status line.
 */
import * as path from 'node:path'
import type { Assessment, AssessedValidation } from '../readiness/model.js'
import type { Finding, FindingSeverity } from '../validations/model.js'
import type { RenderContext } from './context.js'
import { cleanText, truncate } from './markdown.js'
import type { Annotation } from './surfaces.js'

const LEVEL: Readonly<Record<FindingSeverity, Annotation['annotation_level']>> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice'
}

/** GitHub accepts 64 KiB per message; a reviewer reads far less. */
const MAX_MESSAGE = 4000
const MAX_TITLE = 255

export function buildAnnotations(assessment: Assessment, context: RenderContext): Annotation[] {
  return [
    ...assessment.validations.flatMap((v) => findingAnnotations(v, context)),
    ...checklistAnnotations(assessment, context)
  ]
}

function findingAnnotations(v: AssessedValidation, context: RenderContext): Annotation[] {
  return v.findings.flatMap((finding) => {
    if (finding.file === undefined || finding.line === undefined || finding.line < 1) return []
    const file = repositoryPath(finding.file, v.cwd, context)
    if (file === null) return []
    return [findingAnnotation(finding, file, finding.line, v.name)]
  })
}

function findingAnnotation(
  finding: Finding,
  file: string,
  line: number,
  validationName: string
): Annotation {
  const endLine = finding.endLine !== undefined && finding.endLine >= line ? finding.endLine : line
  const annotation: Annotation = {
    path: file,
    start_line: line,
    end_line: endLine,
    annotation_level: LEVEL[finding.severity],
    message: plain(finding.message, MAX_MESSAGE),
    title: plain(
      finding.code === undefined ? validationName : `${validationName}: ${finding.code}`,
      MAX_TITLE
    )
  }
  // GitHub only takes columns on single-line annotations.
  if (finding.column !== undefined && endLine === line && finding.column >= 1) {
    annotation.start_column = finding.column
    annotation.end_column = finding.column
  }
  return annotation
}

function checklistAnnotations(assessment: Assessment, context: RenderContext): Annotation[] {
  const file = normalisedRepositoryPath(context.checklistPath)
  if (file === null) return []
  const at = (
    line: number,
    level: Annotation['annotation_level'],
    title: string,
    message: string
  ): Annotation => ({
    path: file,
    start_line: line,
    end_line: line,
    annotation_level: level,
    title: plain(title, MAX_TITLE),
    message: plain(message, MAX_MESSAGE)
  })
  const { reconciliation } = assessment
  const annotations: Annotation[] = []
  for (const blocker of assessment.blockers) {
    if (blocker.kind === 'validation') {
      if (blocker.line === null) continue
      const source = assessment.validations.find((v) => v.id === blocker.validationId)?.source
      if (source?.kind === 'config') continue
      const hint = blocker.hint === null ? '' : `\n${blocker.hint}`
      annotations.push(
        at(
          blocker.line,
          'failure',
          `${blocker.validationName} did not pass`,
          `${blocker.keyFinding}${hint}`
        )
      )
    } else {
      annotations.push(
        at(
          blocker.line,
          'warning',
          'Critical item unchecked',
          `${blocker.text} (lines ${blocker.uncheckedLines.join(', ')})`
        )
      )
    }
  }
  for (const item of reconciliation.claimedDoneFailing) {
    const failing = item.validations.filter((v) => v.status !== 'passed')
    const evidence = failing.map((v) => `${v.name}: ${v.summary}`).join('\n')
    annotations.push(
      at(item.line, 'failure', 'Ticked, but its validation fails now', `${item.text}\n${evidence}`)
    )
  }
  for (const item of reconciliation.passesTickIt) {
    const names = item.validations.map((v) => v.name).join(', ')
    annotations.push(
      at(item.line, 'notice', 'Validation passes: tick this item', `${item.text}\nPassed: ${names}`)
    )
  }
  for (const placeholder of reconciliation.placeholders) {
    annotations.push(
      at(
        placeholder.line,
        'notice',
        'Placeholder not filled in',
        `${placeholder.text} in: ${placeholder.context}`
      )
    )
  }
  const { declared, agreement } = reconciliation.declared
  if (
    declared !== null &&
    (agreement === 'declared-ready-but-not-ready' || agreement === 'declared-not-ready-but-ready')
  ) {
    const computed = assessment.ready ? 'ready' : 'not ready'
    annotations.push(
      at(
        declared.line,
        'warning',
        'Declared status contradicts the evidence',
        `The checklist declares ${declared.overallReadiness ?? '?'}; the gate finds it ${computed}.`
      )
    )
  }
  return annotations
}

/**
 * The repository-relative path of a finding's file. Tools print paths relative to the step's cwd
 * (under validationRoot) or absolute: absolute ones are made relative to the workspace, or cut
 * at the "<validationRoot>/<cwd>/" they contain; anything left outside the repository → null
 * (GitHub rejects annotations on paths it does not know).
 */
export function repositoryPath(file: string, cwd: string, context: RenderContext): string | null {
  const slashed = file.replace(/\\/g, '/')
  if (!isAbsolute(slashed)) {
    return normalisedRepositoryPath(path.posix.join(context.validationRoot, cwd, slashed))
  }
  const workspace = context.workspace?.replace(/\\/g, '/')
  if (workspace !== undefined && workspace !== '' && isAbsolute(workspace)) {
    const relative = path.posix.relative(workspace, slashed)
    const inside = normalisedRepositoryPath(relative)
    if (inside !== null && !isAbsolute(relative)) return inside
  }
  const anchor = path.posix.normalize(path.posix.join(context.validationRoot, cwd))
  if (anchor === '.' || anchor.startsWith('..')) return null
  const at = slashed.lastIndexOf(`/${anchor}/`)
  return at < 0 ? null : normalisedRepositoryPath(slashed.slice(at + 1))
}

/** "a/./b/../c" → "a/c"; null for paths that leave the repository or name nothing. */
function normalisedRepositoryPath(file: string): string | null {
  const normal = path.posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\/+/, '')
  if (normal === '.' || normal === '' || normal.endsWith('/')) return null
  if (normal === '..' || normal.startsWith('../') || isAbsolute(normal)) return null
  return normal
}

function isAbsolute(file: string): boolean {
  return file.startsWith('/') || /^[A-Za-z]:\//.test(file)
}

/** Annotations are plain text: no Markdown to escape, but no control characters either. */
function plain(text: string, max: number): string {
  return truncate(cleanText(text), max)
}
