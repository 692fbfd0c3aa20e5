/**
 * Check-run annotations: one per finding that has a file and a line, plus the checklist's own
 * problems at their checklist lines, capped per check run (selectAnnotations): the publisher
 * sends every annotation it is given, 50 per request, with the workflow's write token, so a
 * checklist of 20,000 placeholders must not become 40,000 annotations and 800 API writes.
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
import type { RenderContext } from './render-context.js'
import { cleanText } from './inert-markdown.js'
import { truncate } from '../linear-text.js'
import type { Annotation } from './surfaces.js'
import { MASK } from './secrets.js'
import { ANNOTATION_TITLE_MAX_CHARS, ANNOTATIONS_PER_REQUEST } from '../github/limits.js'

/** Annotations per check run unless the workflow sets `max-annotations`: 4 API requests. */
export const DEFAULT_MAX_ANNOTATIONS = 200
/** The most `max-annotations` may ask for: 20 requests. */
export const MAX_ANNOTATIONS_LIMIT = 20 * ANNOTATIONS_PER_REQUEST

const LEVEL: Readonly<Record<FindingSeverity, Annotation['annotation_level']>> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice'
}

/** GitHub accepts ANNOTATION_TEXT_MAX_BYTES per message; a reviewer reads far less. */
const MAX_MESSAGE = 4000

/**
 * Which annotations survive the cap, most important first (lower is kept first):
 * failures before warnings before notices; within a level, what decides the verdict (critical
 * validations) before the rest; the checklist's placeholders last of all.
 */
const PRIORITY = {
  criticalValidationFailed: 0,
  changeBlocker: 0,
  criticalFindingError: 1,
  tickedButFailing: 2,
  findingError: 3,
  declaredStatusContradicted: 10,
  criticalFindingWarning: 11,
  criticalItemsUnchecked: 12,
  findingWarning: 13,
  criticalFindingNotice: 20,
  findingNotice: 21,
  passesTickIt: 22,
  placeholder: 23,
  /** What the change weakened without blocking: Verify commands, script steps, new ticks. */
  comparison: 14
} as const

type At = (
  line: number,
  level: 'failure' | 'warning' | 'notice',
  title: string,
  message: string,
  priority: number
) => Ranked

/**
 * The base comparison's entries that do not block, each on its head line (a removed one on the
 * nearest line, naming its base line in the text). Blocking ones come with the blockers.
 */
function comparisonAnnotations(assessment: Assessment, at: At): Ranked[] {
  const comparison = assessment.comparison
  if (comparison === undefined) return []
  const out: Ranked[] = []
  for (const change of comparison.items) {
    if (change.kind !== 'reworded') continue
    out.push(
      at(
        change.anchorLine,
        'warning',
        'Critical item reworded',
        `Base line ${change.base.line}: ${change.base.text}\nNow: ${change.head?.text ?? ''}\n${change.detail}`,
        PRIORITY.comparison
      )
    )
  }
  for (const command of comparison.commands) {
    const now = command.head === null ? 'removed' : `now: ${command.head.text}`
    out.push(
      at(
        command.anchorLine,
        'warning',
        command.kind === 'removed' ? 'Verify command removed' : 'Verify command weakened',
        `Base line ${command.base.line}: ${command.base.text}\n${now}\nLost: ${command.lost.join(', ')}`,
        PRIORITY.comparison
      )
    )
  }
  for (const step of comparison.scriptSteps) {
    out.push(
      at(
        step.anchorLine,
        'warning',
        'Validation script step removed',
        `Base line ${step.base.line}: ${step.base.text}`,
        PRIORITY.comparison
      )
    )
  }
  for (const tick of comparison.ticks) {
    if (tick.kind === 'ticked' && (tick.evidence === 'proven' || tick.evidence === 'waived'))
      continue
    out.push(
      at(
        tick.headLine,
        tick.kind === 'unticked' ? 'notice' : 'warning',
        tick.kind === 'unticked' ? 'Unticked in this change' : 'Ticked in this change, unproven',
        tick.kind === 'unticked'
          ? `${tick.text} (ticked at the base, line ${tick.baseLine})`
          : `${tick.text}\n${tick.evidence === 'failing' ? 'Its validation does not pass now.' : 'Nothing the gate ran proves it.'}`,
        PRIORITY.comparison
      )
    )
  }
  return out
}

interface Ranked {
  annotation: Annotation
  priority: number
}

/** Every annotation the assessment gives, uncapped, in report order. */
export function buildAnnotations(assessment: Assessment, context: RenderContext): Annotation[] {
  return rankedAnnotations(assessment, context).map((ranked) => ranked.annotation)
}

export interface AnnotationSelection {
  /** At most `max`, in report order. */
  annotations: Annotation[]
  /** How many were left out by the cap. */
  omitted: number
}

/**
 * The `max` most important annotations (PRIORITY), kept in report order, and how many were left
 * out: the cap is decided here, where each annotation's kind is known, so the publisher's API
 * writes are bounded by it (ceil(max / ANNOTATIONS_PER_REQUEST) requests carry annotations).
 */
export function selectAnnotations(
  assessment: Assessment,
  context: RenderContext,
  max: number
): AnnotationSelection {
  const all = rankedAnnotations(assessment, context)
  const limit = Math.max(0, Math.trunc(max))
  if (all.length <= limit) return { annotations: all.map((r) => r.annotation), omitted: 0 }
  const kept = all
    .map((ranked, index) => ({ ...ranked, index }))
    .sort((a, b) => a.priority - b.priority || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index)
  return { annotations: kept.map((r) => r.annotation), omitted: all.length - kept.length }
}

function rankedAnnotations(assessment: Assessment, context: RenderContext): Ranked[] {
  return [
    ...assessment.validations.flatMap((v) => findingAnnotations(v, context)),
    ...checklistAnnotations(assessment, context)
  ]
}

const FINDING_PRIORITY: Readonly<Record<FindingSeverity, readonly [number, number]>> = {
  error: [PRIORITY.criticalFindingError, PRIORITY.findingError],
  warning: [PRIORITY.criticalFindingWarning, PRIORITY.findingWarning],
  notice: [PRIORITY.criticalFindingNotice, PRIORITY.findingNotice]
}

function findingAnnotations(v: AssessedValidation, context: RenderContext): Ranked[] {
  return v.findings.flatMap((finding) => {
    if (finding.file === undefined || finding.line === undefined || finding.line < 1) return []
    const file = repositoryPath(finding.file, v.cwd, context)
    // A path that held a secret is masked: it names no file GitHub knows, so no annotation.
    if (file === null || file.includes(MASK)) return []
    const [critical, other] = FINDING_PRIORITY[finding.severity]
    return [
      {
        annotation: findingAnnotation(finding, file, finding.line, v.name),
        priority: v.critical ? critical : other
      }
    ]
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
      ANNOTATION_TITLE_MAX_CHARS
    )
  }
  // GitHub only takes columns on single-line annotations.
  if (finding.column !== undefined && endLine === line && finding.column >= 1) {
    annotation.start_column = finding.column
    annotation.end_column = finding.column
  }
  return annotation
}

function checklistAnnotations(assessment: Assessment, context: RenderContext): Ranked[] {
  const file = normalisedRepositoryPath(context.checklistPath)
  if (file === null || file.includes(MASK)) return []
  const at = (
    line: number,
    level: Annotation['annotation_level'],
    title: string,
    message: string,
    priority: number
  ): Ranked => ({
    annotation: {
      path: file,
      start_line: line,
      end_line: line,
      annotation_level: level,
      title: plain(title, ANNOTATION_TITLE_MAX_CHARS),
      message: plain(message, MAX_MESSAGE)
    },
    priority
  })
  const { reconciliation } = assessment
  const annotations: Ranked[] = []
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
          `${blocker.keyFinding}${hint}`,
          PRIORITY.criticalValidationFailed
        )
      )
    } else if (blocker.kind === 'github-contradiction') {
      annotations.push(
        at(
          blocker.line,
          'failure',
          'Ticked, contradicted by GitHub',
          `${blocker.itemText}\n${blocker.evidence}`,
          PRIORITY.tickedButFailing
        )
      )
    } else if (blocker.kind === 'waiver') {
      annotations.push(
        at(blocker.line, 'failure', 'Waiver does not hold', blocker.text, PRIORITY.changeBlocker)
      )
    } else if (blocker.kind === 'checklist-change') {
      const title =
        blocker.change === 'removed'
          ? 'Critical item removed'
          : 'Critical item moved out of the critical phase'
      annotations.push(at(blocker.line, 'failure', title, blocker.text, PRIORITY.changeBlocker))
    } else {
      annotations.push(
        at(
          blocker.line,
          'warning',
          'Critical item unchecked',
          `${blocker.text} (lines ${blocker.uncheckedLines.join(', ')})`,
          PRIORITY.criticalItemsUnchecked
        )
      )
    }
  }
  for (const item of reconciliation.claimedDoneFailing) {
    const failing = item.validations.filter((v) => v.status !== 'passed')
    const evidence = failing.map((v) => `${v.name}: ${v.summary}`).join('\n')
    annotations.push(
      at(
        item.line,
        'failure',
        'Ticked, but its validation fails now',
        `${item.text}\n${evidence}`,
        PRIORITY.tickedButFailing
      )
    )
  }
  for (const item of reconciliation.passesTickIt) {
    const names = item.validations.map((v) => v.name).join(', ')
    annotations.push(
      at(
        item.line,
        'notice',
        'Validation passes: tick this item',
        `${item.text}\nPassed: ${names}`,
        PRIORITY.passesTickIt
      )
    )
  }
  for (const check of reconciliation.github.references) {
    // Critical contradictions are annotated as blockers above.
    if (check.state === 'contradicted' && !check.critical) {
      annotations.push(
        at(
          check.line,
          'warning',
          'Ticked, contradicted by GitHub',
          `${check.itemText}\n${check.evidence}`,
          PRIORITY.tickedButFailing
        )
      )
    }
  }
  for (const line of reconciliation.github.tickIt) {
    const checks = reconciliation.github.references.filter((check) => check.line === line)
    annotations.push(
      at(
        line,
        'notice',
        'Done on GitHub: tick this item',
        `${checks[0]?.itemText ?? ''}\n${checks.map((check) => check.evidence).join('\n')}`,
        PRIORITY.passesTickIt
      )
    )
  }
  annotations.push(...comparisonAnnotations(assessment, at))
  for (const placeholder of reconciliation.placeholders) {
    annotations.push(
      at(
        placeholder.line,
        'notice',
        'Placeholder not filled in',
        `${placeholder.text} in: ${placeholder.context}`,
        PRIORITY.placeholder
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
        `The checklist declares ${declared.overallReadiness ?? '?'}; the gate finds it ${computed}.`,
        PRIORITY.declaredStatusContradicted
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
