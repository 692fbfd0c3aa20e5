/**
 * The Assessment: what the checklist claims set against what the validations proved, and the
 * verdict that follows. Produced by assess(); plain JSON-safe data that carries everything the
 * renderers need (they never look at the Checklist or the raw results again).
 */
import type { Placeholder, Priority, PriorityLevel, SignatureField } from '../checklist/model.js'
import type {
  BaseSourceKind,
  CommandChange,
  ItemChange,
  ScriptStepChange,
  TickChange
} from '../compare/model.js'
import type { WaiverProblem, WaiverState } from './waivers.js'
import type {
  CapturedOutput,
  Finding,
  RefusedCommand,
  UnverifiedClaim,
  ValidationKind,
  ValidationSource,
  ValidationStatus
} from '../validations/model.js'

export type { RefusedCommand, UnverifiedClaim } from '../validations/model.js'

/** Which checks gate readiness. Both on by default; each can be switched off in the config. */
export interface GateRules {
  /** Every critical validation must pass. */
  requireValidations: boolean
  /** No item of a critical-priority phase may be left unchecked. */
  requireItems: boolean
}

export const DEFAULT_GATE_RULES: GateRules = { requireValidations: true, requireItems: true }

/**
 * ready: every gating rule held. not-ready: at least one blocker. unassessed: no rule had anything
 * to check (nothing critical at all, or rules switched off), or the verdict requires critical
 * validations that were not run (--no-run, run-validations: false, refused commands) and nothing
 * else blocks. Only 'ready' passes the gate (see src/verdict-outputs.ts).
 */
export type Verdict = 'ready' | 'not-ready' | 'unassessed'

/** 'not-run' when validations were not run, or when the run returned no result for this one. */
export type AssessedStatus = ValidationStatus | 'not-run'

export interface AssessedValidation {
  id: string
  name: string
  command: string
  cwd: string
  critical: boolean
  tool: string | null
  /** What it does (type check, lint, tests…); null when the plan did not say. */
  kind: ValidationKind | null
  /** For an existence check (kind paths-exist): the paths it looks up; otherwise null. */
  paths: string[] | null
  /** Checklist lines of the items this validation proves. */
  verifies: number[]
  source: ValidationSource
  status: AssessedStatus
  exitCode: number | null
  signal: string | null
  durationMs: number | null
  /** The tool's one-line summary ("clippy: 29 errors"); for not-run, why. */
  summary: string
  counts: Record<string, number>
  findings: Finding[]
  droppedFindings: number
  hint: string | null
  output: CapturedOutput | null
}

/** A critical validation that did not pass. */
export interface ValidationBlocker {
  kind: 'validation'
  /** One self-contained line: "Clippy linting — clippy: 29 errors". */
  text: string
  validationId: string
  validationName: string
  status: AssessedStatus
  /** The key finding: the tool's summary ("RUSTSEC-2024-0437 in protobuf", "cargo-audit not installed"). */
  keyFinding: string
  /** Checklist line the validation came from (script step or Verify item), when known. */
  line: number | null
  hint: string | null
}

/** Unchecked items of a critical phase, grouped under their root item. */
export interface UncheckedItemsBlocker {
  kind: 'unchecked-items'
  /** "Fix all clippy errors (29 errors) — 4 of 4 unchecked". */
  text: string
  /** The root item's text (Markdown source as written). */
  itemText: string
  /** Line of the root item. */
  line: number
  phase: string
  /** Items in the group (the root and all its descendants) and how many are unchecked. */
  totalCount: number
  uncheckedCount: number
  /** Lines of every unchecked item in the group, root first, in document order. */
  uncheckedLines: number[]
}

/** A ticked item of a critical phase that GitHub contradicts (its issue is open, its check failed…). */
export interface GitHubContradictionBlocker {
  kind: 'github-contradiction'
  /** "Fix #13 — ticked, contradicted by GitHub: issue #13 is open". */
  text: string
  itemText: string
  line: number
  /** What GitHub says, each contradiction joined with "; ". */
  evidence: string
}

/** A critical item whose waiver does not hold (readiness/waivers.ts says why). */
export interface WaiverBlocker {
  kind: 'waiver'
  /** "Load test at 1k rps — waiver does not hold: expired on 2026-01-31". */
  text: string
  itemText: string
  line: number
  problems: WaiverProblem[]
  /** What is wrong, in words: "expired on 2026-01-31; no reason given". */
  why: string
}

/**
 * A critical item the change removed, or moved out of the critical phase (compare/), without a
 * waiver that holds.
 */
export interface ChecklistChangeBlocker {
  kind: 'checklist-change'
  /** "Critical item removed (base line 12): Load test at 1k rps". */
  text: string
  change: 'removed' | 'demoted'
  /** The item's text at the base. */
  itemText: string
  /** The head line the change is shown on: the item, or for a removed one the nearest line. */
  line: number
  baseLine: number
  /** Why the waiver found for it does not hold; null when there is none. */
  waiverProblems: WaiverProblem[] | null
}

export type Blocker =
  | ValidationBlocker
  | UncheckedItemsBlocker
  | GitHubContradictionBlocker
  | WaiverBlocker
  | ChecklistChangeBlocker

export interface PhaseProgress {
  number: number | null
  title: string
  heading: string
  line: number
  priority: Priority
  checked: number
  total: number
  /** floor(checked / total * 100); 100 for a phase without items. */
  percent: number
}

export interface PriorityCount {
  level: PriorityLevel
  phases: number
  checked: number
  total: number
}

export interface LinkedValidation {
  id: string
  name: string
  status: AssessedStatus
  summary: string
}

/** An item whose tick disagrees with what its validations show now. */
export interface ItemMismatch {
  line: number
  text: string
  checked: boolean
  phase: string | null
  validations: LinkedValidation[]
}

export interface SignOffState {
  role: string
  line: number
  signed: SignatureField
  date: SignatureField
  itemsChecked: number
  itemsTotal: number
  /**
   * signed: a name was written on the Signed line (a date alone does not sign) and, when it names
   * a GitHub login, that user's latest review of the pull request is an approval. claimed: it names
   * a login who has not approved. unverified: it names a login but there is no pull request, or
   * its reviews could not be read.
   */
  state: SignOffVerdict
  /** The GitHub login the signature names (`@jdoe`), lower-cased; null when it names none. */
  login?: string | null
}

export type SignOffVerdict = 'signed' | 'unsigned' | 'claimed' | 'unverified'

export interface SignOffSummary {
  signed: number
  total: number
  roles: SignOffState[]
}

/**
 * still-holds: matches a computed blocker. resolved: the validations for its topic pass now (or
 * its advisory is no longer reported). unknown: nothing the gate ran or read speaks to it.
 */
export type DeclaredBlockerState = 'still-holds' | 'resolved' | 'unknown'

export interface DeclaredBlockerAssessment {
  text: string
  line: number
  state: DeclaredBlockerState
  /** Why: "Security audit — cargo-audit not installed", "Rust tests passed". Null for unknown. */
  evidence: string | null
}

/** A computed blocker no declared blocker speaks to. */
export interface NewBlocker {
  text: string
  line: number | null
  validationId: string | null
}

/**
 * agrees: both say ready or both say not ready. declared-ready-not-ready: the document claims
 * READY but the gate says not ready (and the opposite). not-comparable: no declared readiness,
 * or nothing was assessed.
 */
export type DeclaredAgreement =
  'agrees' | 'declared-ready-but-not-ready' | 'declared-not-ready-but-ready' | 'not-comparable'

export interface DeclaredComparison {
  /** Null when the checklist has no status section. */
  declared: {
    line: number
    overallReadiness: string | null
    ready: boolean | null
    lastValidation: string | null
    nextSteps: string | null
  } | null
  agreement: DeclaredAgreement
  blockers: DeclaredBlockerAssessment[]
  newBlockers: NewBlocker[]
}

/**
 * confirmed: ticked, and GitHub agrees. contradicted: ticked, GitHub says otherwise. tick-it:
 * unticked, and GitHub says it is done. open: unticked, and GitHub agrees it is not done.
 * unverified: GitHub could not say (not consulted, not readable, not found, still running).
 */
export type ReferenceState = 'confirmed' | 'contradicted' | 'tick-it' | 'open' | 'unverified'

/** One reference an item makes to GitHub, and what GitHub said about it. */
export interface ReferenceCheck {
  /** The item's line. */
  line: number
  itemText: string
  checked: boolean
  /** The item is in a critical phase: contradicted, it blocks. */
  critical: boolean
  reference: {
    kind: 'issue' | 'check' | 'file'
    /** "#12", "octo/lib#45", the check's name, the file's path from the repository root. */
    target: string
  }
  state: ReferenceState
  /** What GitHub said, one line: "issue #13 is open", "check 'build' concluded failure on 1a2b3c4". */
  evidence: string
  /** The issue, pull request or check run on GitHub, when known. */
  url: string | null
}

export interface GitHubEvidenceSummary {
  /** GitHub was asked (a token and a repository were there). */
  consulted: boolean
  /** Requests made to the GitHub API for the evidence (reviews, issues, checks). */
  apiCalls: number
  /** Evidence that could not be read, one line each; said once, its items are unverified. */
  unreadable: string[]
  references: ReferenceCheck[]
  /** Lines of unticked items whose every reference GitHub confirms: "done on GitHub — tick it". */
  tickIt: number[]
}

/** The summary when GitHub was not asked (a report of schema version 1 has none either). */
export function noGitHubEvidence(): GitHubEvidenceSummary {
  return { consulted: false, apiCalls: 0, unreadable: [], references: [], tickIt: [] }
}

export interface Reconciliation {
  /** Ticked items whose linked validation did not pass now. */
  claimedDoneFailing: ItemMismatch[]
  /** Unticked items whose every linked validation passed. */
  passesTickIt: ItemMismatch[]
  placeholders: Placeholder[]
  signOffs: SignOffSummary
  declared: DeclaredComparison
  /** Ticked items whose Verify command no planned validation covers (not run, or refused). */
  unverifiedClaims: UnverifiedClaim[]
  /** Items that point at GitHub, checked against GitHub. */
  github: GitHubEvidenceSummary
}

export interface Assessment {
  verdict: Verdict
  /** verdict === 'ready'. */
  ready: boolean
  /**
   * Validations were run, at least one is critical, and no critical one failed, timed out, missed
   * its tool, errored or was skipped. False when validations were not run or none is critical:
   * nothing was proven (blockers.ts criticalValidationsPassed).
   */
  criticalValidationsPassed: boolean
  /** Which rules contributed to the verdict (a rule is off, or had nothing to check). */
  basis: { validations: boolean; items: boolean }
  /** Plain sentences a reader must know to trust the verdict ("Validations were not run…"). */
  notes: string[]
  rules: GateRules
  validationsRun: boolean
  checklist: {
    file: string
    title: string | null
    lineCount: number
    items: number
    checked: number
  }
  blockers: Blocker[]
  validations: AssessedValidation[]
  refused: RefusedCommand[]
  phases: PhaseProgress[]
  priorities: PriorityCount[]
  reconciliation: Reconciliation
  /** Only for a merge of shards' reports (shards/merge.ts): what was merged, or why not. */
  merge?: MergeSummary
  /** Every waiver found (on items, in the config, for removed items) and whether it holds. */
  waivers?: WaiverState[]
  /** The checklist against its base; absent when no comparison was asked for (a local run without --base). */
  comparison?: ComparisonAssessment
}

/** What a newly ticked item's evidence says now. */
export type TickEvidence = 'proven' | 'failing' | 'unproven' | 'waived'

export interface ComparisonAssessment {
  state: 'compared' | 'new' | 'skipped'
  /** The base ref or SHA compared with; null when there was none. */
  ref: string | null
  source: BaseSourceKind | null
  /** Why the comparison was skipped; null otherwise. */
  reason: string | null
  items: (ItemChange & { waiver: WaiverState | null })[]
  commands: CommandChange[]
  ticks: (TickChange & { evidence: TickEvidence })[]
  scriptSteps: ScriptStepChange[]
}

/** What the JSON report says about a merge of shards' reports (shards/merge.ts; report field `merge`). */
export interface MergeSummary {
  /** Shards per platform (n of i/n); 0 when no report could be read. */
  shardCount: number
  /** Platforms merged, sorted. */
  platforms: string[]
  /** Partial reports read. */
  reports: number
  /** Why the reports could not be merged: each one line; [] when they were. */
  refusals: string[]
  /** Only when more than one platform was merged: every validation's status on each. */
  byPlatform: {
    id: string
    platform: string
    status: ValidationStatus
    summary: string
  }[]
}
