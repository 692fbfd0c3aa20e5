/**
 * The document's own "Current Status" against the computed one: is each declared blocker still
 * real, resolved, or something nothing checks? Which computed blockers did the document not know?
 */
import type { Checklist } from '../checklist/model.js'
import type {
  AssessedValidation,
  Blocker,
  DeclaredAgreement,
  DeclaredBlockerAssessment,
  DeclaredComparison,
  NewBlocker,
  Verdict
} from './model.js'
import {
  advisoriesIn,
  ecosystemsCompatible,
  matchSubjects,
  subjectOfText,
  type Subject
} from './topics.js'
import { provesNothing, ranAndDidNotPass } from './validations.js'

/** A computed blocker with what it is about. */
export interface SubjectBlocker {
  blocker: Blocker
  subject: Subject
}

/** A validation with what it is about and the advisory ids its findings name. */
export interface SubjectValidation {
  validation: AssessedValidation
  subject: Subject
}

export function compareDeclared(
  checklist: Checklist,
  verdict: Verdict,
  blockers: SubjectBlocker[],
  validations: SubjectValidation[]
): DeclaredComparison {
  const status = checklist.status
  if (status === null) {
    return { declared: null, agreement: 'not-comparable', blockers: [], newBlockers: [] }
  }
  const declaredSubjects = status.blockers.map((declared) => subjectOfText(declared.text))
  const assessed = status.blockers.map((declared, i): DeclaredBlockerAssessment => ({
    text: declared.text,
    line: declared.line,
    ...declaredBlockerState(declaredSubjects[i]!, blockers, validations)
  }))
  const newBlockers: NewBlocker[] = blockers
    .filter(({ subject }) => !declaredSubjects.some((d) => matchSubjects(d, subject) !== null))
    .map(({ blocker }) => ({
      text: blocker.text,
      line: blocker.line,
      validationId: blocker.kind === 'validation' ? blocker.validationId : null
    }))
  return {
    declared: {
      line: status.line,
      overallReadiness: status.overallReadiness,
      ready: status.ready,
      lastValidation: status.lastValidation,
      nextSteps: status.nextSteps
    },
    agreement: agreementOf(status.ready, verdict),
    blockers: assessed,
    newBlockers
  }
}

function agreementOf(declaredReady: boolean | null, verdict: Verdict): DeclaredAgreement {
  if (declaredReady === null || verdict === 'unassessed') return 'not-comparable'
  const computedReady = verdict === 'ready'
  if (declaredReady === computedReady) return 'agrees'
  return declaredReady ? 'declared-ready-but-not-ready' : 'declared-not-ready-but-ready'
}

/**
 * In this order: a failing validation on the topic (a computed validation blocker, or a
 * non-critical validation that ran and failed) → still holds; the topic's validations all pass
 * (or the audit ran and no longer reports the declared advisory) → resolved; an unchecked critical
 * item on the topic → still holds (the document itself says it is not done); else unknown.
 * Validation evidence comes before items because a run is stronger proof than a missing tick.
 */
function declaredBlockerState(
  declared: Subject,
  blockers: SubjectBlocker[],
  validations: SubjectValidation[]
): Pick<DeclaredBlockerAssessment, 'state' | 'evidence'> {
  const failing = blockers.find(
    ({ blocker, subject }) => blocker.kind === 'validation' && matchSubjects(declared, subject)
  )
  if (failing !== undefined) return { state: 'still-holds', evidence: failing.blocker.text }

  const onTopic = validations.filter(
    ({ validation, subject }) =>
      !provesNothing(validation.status) &&
      declared.topic !== null &&
      subject.topic === declared.topic &&
      ecosystemsCompatible(declared, subject)
  )
  const failingOnTopic = onTopic.find(
    ({ validation }) => ranAndDidNotPass(validation.status) && stillReports(validation, declared)
  )
  if (failingOnTopic !== undefined) {
    const v = failingOnTopic.validation
    return { state: 'still-holds', evidence: `${v.name} — ${v.summary}` }
  }
  if (onTopic.length > 0)
    return { state: 'resolved', evidence: resolvedEvidence(declared, onTopic) }

  // The items' blockers: an unchecked group first, then a removed or demoted critical item, a
  // waiver that does not hold, or a tick GitHub contradicts — each still holds what it names.
  const itemBlocker =
    blockers.find(
      ({ blocker, subject }) =>
        blocker.kind === 'unchecked-items' && matchSubjects(declared, subject)
    ) ??
    blockers.find(
      ({ blocker, subject }) => blocker.kind !== 'validation' && matchSubjects(declared, subject)
    )
  if (itemBlocker !== undefined) {
    const { blocker } = itemBlocker
    return {
      state: 'still-holds',
      evidence:
        blocker.kind === 'unchecked-items'
          ? `unchecked: ${blocker.itemText} (line ${blocker.line})`
          : blocker.text
    }
  }
  return { state: 'unknown', evidence: null }
}

function resolvedEvidence(declared: Subject, onTopic: SubjectValidation[]): string {
  const failing = onTopic.filter(({ validation }) => validation.status !== 'passed')
  if (failing.length > 0 && declared.advisories.length > 0) {
    const names = failing.map(({ validation }) => validation.name).join(', ')
    return `${names} no longer reports ${declared.advisories.join(', ')}`
  }
  return `${onTopic.map(({ validation }) => validation.name).join(', ')} passed`
}

/**
 * Whether a failing validation still speaks for the declared blocker: always, unless the blocker
 * names advisories and the validation reported advisories, none of them the declared ones (then
 * that advisory was fixed and the failure is a different, new problem).
 */
function stillReports(validation: AssessedValidation, declared: Subject): boolean {
  if (declared.advisories.length === 0) return true
  const reported = advisoriesOf(validation)
  return reported.length === 0 || declared.advisories.some((id) => reported.includes(id))
}

/** Advisory ids a validation reported: finding codes and anything id-like in its summary. */
export function advisoriesOf(validation: AssessedValidation): string[] {
  const fromFindings = validation.findings.flatMap((finding) =>
    finding.code === undefined ? [] : advisoriesIn(finding.code)
  )
  return [...new Set([...fromFindings, ...advisoriesIn(validation.summary)])]
}
