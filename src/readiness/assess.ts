/**
 * assess: the checklist's claims against what the validations proved → a verdict with its
 * blockers and the reconciliation between the two. Pure: data in, data out.
 */
import { posix } from 'node:path'
import { allItems, phaseItems, subtree, type Checklist, type TaskItem } from '../checklist/model.js'
import type { Validation, ValidationResult } from '../validations/model.js'
import {
  criticalPhases,
  criticalValidationsPassed,
  uncheckedItemBlockers,
  validationBlockers
} from './blockers.js'
import { advisoriesOf, compareDeclared, type SubjectBlocker } from './declared.js'
import type {
  Assessment,
  AssessedValidation,
  Blocker,
  GateRules,
  RefusedCommand,
  UncheckedItemsBlocker,
  UnverifiedClaim,
  ValidationBlocker,
  Verdict
} from './model.js'
import { phaseProgress, priorityCounts } from './progress.js'
import { itemMismatches, signOffSummary } from './reconcile.js'
import { mergeSubjects, subjectOfText, subjectOfValidation, type Subject } from './topics.js'
import { joinResults } from './validations.js'
import type { Approvals } from './approvals.js'
import type { ItemReferences } from '../checklist/github-references.js'
import { contradictionBlockers, judgeReferences, type GitHubLookups } from './github-evidence.js'
import type { BaseComparison } from '../compare/model.js'
import { assessChanges } from './comparison.js'
import type { ConfiguredWaiver } from './waivers.js'

export type { Assessment, GateRules } from './model.js'
export { DEFAULT_GATE_RULES } from './model.js'

export interface AssessInput {
  checklist: Checklist
  validations: Validation[]
  results: ValidationResult[]
  rules: GateRules
  refused?: RefusedCommand[]
  /** Ticked Verify items no planned validation covers (Plan.unverifiedClaims). */
  unverifiedClaims?: UnverifiedClaim[]
  /**
   * False when validations were switched off or refused: they prove nothing, so the verdict is
   * never ready when it requires them (else it rests on the items).
   */
  validationsRun: boolean
  /** Who approved the pull request: what sign-offs naming a login are checked against. */
  approvals?: Approvals
  /**
   * The items that point at GitHub and what GitHub answered (lookups null: not consulted). A
   * ticked critical item GitHub contradicts blocks, like an unchecked one.
   */
  github?: { items: readonly ItemReferences[]; lookups: GitHubLookups | null }
  /** The checklist against its base (compare/); absent or null: no comparison was asked for. */
  base?: BaseComparison | null
  /** The config's `waivers:` entries. */
  waivers?: readonly ConfiguredWaiver[]
  /** The clock waivers expire by; default: now. */
  now?: Date
}

/**
 * Ready only when every gating rule holds: every critical validation passed (requireValidations;
 * failed, timed-out, missing-tool, unassessable, modified-tree, error, skipped and a missing
 * result all count as not passed —
 * the checklist demands the validation, so not proving it is not passing it) and no item of a
 * critical-priority phase is unchecked (requireItems). A rule gates only when it is on and has
 * something to check; when no rule does, the verdict is 'unassessed'. Validations the verdict
 * requires but that were not run make it 'unassessed' too (unless something already blocks).
 */
export function assess(input: AssessInput): Assessment {
  const { checklist, rules, validationsRun } = input
  const validations = joinResults(input.validations, input.results, validationsRun)
  const criticalValidations = validations.filter((v) => v.critical)
  const criticalItemCount = criticalPhases(checklist).flatMap(phaseItems).length

  const validationsRequired = rules.requireValidations && criticalValidations.length > 0
  const gatesOnValidations = validationsRequired && validationsRun
  const failedValidations = validationsRun ? validationBlockers(validations) : []
  const criticalLines = new Set(
    criticalPhases(checklist)
      .flatMap(phaseItems)
      .map((item) => item.line)
  )
  const items = allItems(checklist)
  const changes = assessChanges({
    items,
    criticalLines,
    configured: input.waivers ?? [],
    evidence: {
      approvals: input.approvals ?? { kind: 'no-pull-request' },
      now: input.now ?? new Date()
    },
    base: input.base ?? null,
    validations
  })
  const uncheckedItems = uncheckedItemBlockers(checklist, changes.waivedLines)
  const github = judgeReferences(
    input.github?.items ?? [],
    input.github?.lookups ?? null,
    criticalLines
  )
  // Removing or demoting a critical item is the items rule broken another way: it gates even
  // when the change left no critical item at all.
  const gatesOnItems =
    rules.requireItems && (criticalItemCount > 0 || changes.changeBlockers.length > 0)
  const blockers: Blocker[] = [
    ...(gatesOnValidations ? failedValidations : []),
    ...(gatesOnItems
      ? [
          ...changes.changeBlockers,
          ...uncheckedItems,
          ...changes.waiverBlockers,
          ...contradictionBlockers(github)
        ]
      : [])
  ]
  const verdict = verdictOf({ gatesOnValidations, gatesOnItems, validationsRequired, blockers })

  const phases = phaseProgress(checklist)
  const itemsByLine = new Map(items.map((item) => [item.line, item]))
  const subjectBlockers = blockers.map((blocker) => withSubject(blocker, itemsByLine, validations))
  const subjectValidations = validations.map((validation) => ({
    validation,
    subject: validationSubject(validation)
  }))
  return {
    verdict,
    ready: verdict === 'ready',
    criticalValidationsPassed: criticalValidationsPassed(validationsRun, validations),
    basis: { validations: gatesOnValidations, items: gatesOnItems },
    notes: [
      ...verdictNotes({
        rules,
        validationsRun,
        validationsRequired,
        criticalValidations: criticalValidations.length,
        criticalItems: criticalItemCount,
        verdict
      }),
      ...claimsNote(input.unverifiedClaims ?? []),
      ...github.unreadable,
      ...evidenceNotes(validations),
      ...changes.notes
    ],
    rules: { ...rules },
    validationsRun,
    checklist: {
      file: checklist.file,
      title: checklist.title,
      lineCount: checklist.lineCount,
      items: items.length,
      checked: items.filter((item) => item.checked).length
    },
    blockers,
    validations,
    refused: (input.refused ?? []).map((refused) => ({ ...refused })),
    phases,
    priorities: priorityCounts(phases),
    reconciliation: {
      ...itemMismatches(checklist, validations),
      placeholders: checklist.placeholders.map((placeholder) => ({ ...placeholder })),
      signOffs: signOffSummary(checklist.signOffs, input.approvals),
      declared: compareDeclared(checklist, verdict, subjectBlockers, subjectValidations),
      unverifiedClaims: (input.unverifiedClaims ?? []).map((claim) => ({ ...claim })),
      github
    },
    ...(changes.waivers.length === 0 ? {} : { waivers: changes.waivers }),
    ...(changes.comparison === null ? {} : { comparison: changes.comparison })
  }
}

interface VerdictFacts {
  gatesOnValidations: boolean
  gatesOnItems: boolean
  /** requireValidations is on and the plan has critical validations. */
  validationsRequired: boolean
  blockers: Blocker[]
}

/**
 * not-ready as soon as anything blocks. Otherwise ready only when every rule that applies was
 * checked: validations the verdict requires but that were not run (--no-run, run-validations:
 * false, refused commands) proved nothing, so ticked boxes alone make it 'unassessed', never
 * 'ready'.
 */
function verdictOf(facts: VerdictFacts): Verdict {
  if (!facts.gatesOnValidations && !facts.gatesOnItems) return 'unassessed'
  if (facts.blockers.length > 0) return 'not-ready'
  if (facts.validationsRequired && !facts.gatesOnValidations) return 'unassessed'
  return 'ready'
}

interface NoteFacts {
  rules: GateRules
  validationsRun: boolean
  validationsRequired: boolean
  criticalValidations: number
  criticalItems: number
  verdict: Verdict
}

/** The sentences a reader needs to trust (or distrust) the verdict, in plain words. */
function verdictNotes(facts: NoteFacts): string[] {
  const { rules, validationsRun } = facts
  const notes: string[] = []
  if (!validationsRun) {
    notes.push(
      facts.validationsRequired
        ? 'Validations were not run: the verdict requires the critical validations to pass, so it cannot be ready.'
        : rules.requireItems && facts.criticalItems > 0
          ? 'Validations were not run: the verdict rests on the checklist items only.'
          : 'Validations were not run and no checklist item gates readiness: nothing was assessed.'
    )
  } else if (rules.requireValidations && facts.criticalValidations === 0) {
    notes.push('No critical validation was planned: no command proves the checklist.')
  }
  if (!rules.requireValidations) {
    notes.push('Validation results do not gate readiness (requireValidations is off).')
  }
  if (!rules.requireItems) {
    notes.push('Unchecked items do not gate readiness (requireItems is off).')
  } else if (facts.criticalItems === 0) {
    notes.push('The checklist has no critical-priority phase: no item gates readiness.')
  }
  if (facts.verdict === 'unassessed' && validationsRun) {
    notes.push('Nothing gated readiness, so no verdict was given.')
  }
  return notes
}

/** Ticked items nothing checks are said next to the verdict, not only in the reconciliation. */
function claimsNote(claims: readonly UnverifiedClaim[]): string[] {
  if (claims.length === 0) return []
  const items = new Set(claims.map((claim) => claim.line)).size
  return [
    `${items === 1 ? '1 ticked item claims' : `${items} ticked items claim`} a Verify command that no validation checks (see "Ticked, but nothing checks it").`
  ]
}

/**
 * Sentences for results a reader must not miss: a validation that changed the user's tree (the
 * gate's own promise was broken by a command of the checklist), and one that could not assess.
 */
function evidenceNotes(validations: readonly AssessedValidation[]): string[] {
  const notes: string[] = []
  for (const validation of validations) {
    if (validation.status === 'modified-tree') {
      const changes = validation.findings.filter((finding) => finding.kind === 'tree-change')
      // Findings name files from the validation's cwd; the note names them from the project root.
      const files = changes.flatMap((finding) =>
        finding.file === undefined
          ? []
          : [posix.normalize(posix.join(validation.cwd, finding.file))]
      )
      const other = changes.filter((finding) => finding.file === undefined)
      const listed = [
        ...other.map((finding) => finding.message),
        ...files.slice(0, MAX_NOTED_FILES)
      ].join(', ')
      const more =
        files.length > MAX_NOTED_FILES ? `, and ${files.length - MAX_NOTED_FILES} more` : ''
      const count = files.length === 1 ? '1 file' : `${files.length} files`
      notes.push(
        `Validation '${validation.name}' changed ${count}${listed === '' ? '' : `: ${listed}${more}`}; the gate did not restore ${files.length === 1 ? 'it' : 'them'}.`
      )
    } else if (validation.status === 'unassessable') {
      notes.push(
        `Validation '${validation.name}' could not assess: ${validation.summary}. It proves nothing either way${validation.critical ? ' and blocks a ready verdict' : ''}.`
      )
    }
  }
  return notes
}

const MAX_NOTED_FILES = 10

function validationSubject(validation: AssessedValidation): Subject {
  const subject = subjectOfValidation(validation)
  return { ...subject, advisories: advisoriesOf(validation) }
}

/**
 * A blocker's subject. A validation blocker: its tool's topic, the advisories it reported, the
 * words of its name and summary. An item group: its root's text and commands, falling back on
 * the validations linked to the root for the topic and ecosystem.
 */
function withSubject(
  blocker: Blocker,
  itemsByLine: Map<number, TaskItem>,
  validations: AssessedValidation[]
): SubjectBlocker {
  if (blocker.kind === 'validation') {
    return { blocker, subject: validationBlockerSubject(blocker, validations) }
  }
  if (blocker.kind === 'github-contradiction') {
    return { blocker, subject: subjectOfText(`${blocker.itemText} ${blocker.evidence}`) }
  }
  if (blocker.kind === 'unchecked-items') {
    return { blocker, subject: itemsBlockerSubject(blocker, itemsByLine, validations) }
  }
  return { blocker, subject: subjectOfText(blocker.itemText) }
}

function validationBlockerSubject(
  blocker: ValidationBlocker,
  validations: AssessedValidation[]
): Subject {
  const validation = validations.find((v) => v.id === blocker.validationId)!
  const own = validationSubject(validation)
  return mergeSubjects([own, { ...subjectOfText(blocker.keyFinding), topic: null }])
}

function itemsBlockerSubject(
  blocker: UncheckedItemsBlocker,
  itemsByLine: Map<number, TaskItem>,
  validations: AssessedValidation[]
): Subject {
  const root = itemsByLine.get(blocker.line)
  const commands = root === undefined ? '' : root.commands.map((c) => c.text).join(' ')
  const groupLines = new Set(root === undefined ? [] : subtree(root).map((item) => item.line))
  const linked = validations
    .filter((v) => v.verifies.some((line) => groupLines.has(line)))
    .map((v) => ({ ...subjectOfValidation(v), words: [] }))
  return mergeSubjects([subjectOfText(`${blocker.itemText} ${commands}`), ...linked])
}
