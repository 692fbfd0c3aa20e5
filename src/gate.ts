import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Checklist } from './checklist/model.js'
import { loadChecklist } from './checklist/load.js'
import { errorMessage } from './errors.js'
import type { ReadinessConfig } from './plan/config.js'
import { planValidations, type Plan } from './plan/plan.js'
import { maskResult } from './report/secrets.js'
import type { Validation, ValidationResult } from './validations/model.js'
import { assess, type AssessInput, type Assessment, type GateRules } from './readiness/assess.js'
import type { TreeProof } from './run/tree-watch.js'
import type { Approvals } from './readiness/approvals.js'
import { allItems } from './checklist/model.js'
import { findItemReferences } from './checklist/github-references.js'
import { signatureLogin } from './checklist/signoffs.js'
import { readWaiver } from './checklist/waivers.js'
import type { GitHubEvidenceSource } from './github/evidence-source.js'
import type { BaseComparison, CompareOptions } from './compare/index.js'

/**
 * The engine both entry points share: checklist → plan → run → assess.
 * Rendering and publishing stay with the callers (the action and the CLI differ there).
 */
export interface GateOptions {
  checklistPath: string
  configPath: string | null
  configRequired: boolean
  /** Absolute project root the validations run in. */
  root: string
  runValidations: boolean
  /** Why commands are not run although runValidations is set (e.g. pull_request_target). */
  refuseCommands: string | null
  concurrency: number | null
  /** Values to mask wherever command output is reported (the token); secret shapes are masked too. */
  secrets?: readonly string[]
  progress?: GateProgress
  /**
   * What the user sets to choose the checklist and the config, as error messages name it: the
   * action's inputs by default, the CLI's flags ('--checklist', '--config').
   */
  settingNames?: { checklist: string; config: string }
  /** Runs only these of the plan's validations (a shard's share); default: all of them. */
  select?: (validations: Validation[]) => Validation[]
  /**
   * Who approved the pull request (the reviews API): sign-offs and waivers naming a login are
   * checked against it. When absent, read from `github` (while the validations run); without
   * either: no pull request.
   */
  approvals?: Approvals
  /** Where items that point at GitHub are checked (null or absent: GitHub is not consulted). */
  github?: GitHubEvidenceSource | null
  /** Compare the checklist with its base (compare/); absent: no comparison (a local run without --base). */
  compare?: CompareOptions
  /** The clock waivers expire by; default: now. */
  now?: Date
}

export interface GateProgress {
  planned?: (plan: Plan) => void
  started?: (validation: Validation) => void
  finished?: (validation: Validation, result: ValidationResult) => void
}

export interface GateOutcome {
  checklist: Checklist
  plan: Plan
  results: ValidationResult[]
  assessment: Assessment
  rules: GateRules
  /** Why validations were not run, when they were not. */
  notRunReason: string | null
  /** The tree proof's notes (also in the assessment's notes). */
  runNotes: string[]
}

/** The checklist, the config and the plan: what a run and a merge both start from. */
export interface PlannedGate {
  checklist: Checklist
  config: ReadinessConfig | null
  plan: Plan
  rules: GateRules
}

/** checklist + config → plan. Throws ConfigurationError naming the file for a bad one. */
export async function planReadiness(
  options: Pick<
    GateOptions,
    'checklistPath' | 'configPath' | 'configRequired' | 'root' | 'settingNames'
  >
): Promise<PlannedGate> {
  const names = options.settingNames
  const checklist = loadChecklist(options.checklistPath, options.checklistPath, names?.checklist)
  const config =
    options.configPath === null
      ? null
      : await readConfig(options.configPath, options.configRequired, names?.config)
  const plan = planValidations(checklist, config, {
    readPackageScripts: packageScriptsReader(options.root)
  })
  const rules: GateRules = {
    requireValidations: config?.gate?.requireValidations ?? true,
    requireItems: config?.gate?.requireItems ?? true
  }
  return { checklist, config, plan, rules }
}

/** The one assess of a plan's results: a single run's and a merge of shards' alike. */
export function assessReadiness(
  planned: PlannedGate,
  results: ValidationResult[],
  validationsRun: boolean,
  evidence: Pick<AssessInput, 'approvals' | 'github' | 'base' | 'now'> = {}
): Assessment {
  return assess({
    ...evidence,
    checklist: planned.checklist,
    validations: planned.plan.validations,
    results,
    rules: planned.rules,
    refused: planned.plan.refused,
    unverifiedClaims: planned.plan.unverifiedClaims,
    validationsRun,
    ...(planned.config?.waivers === undefined ? {} : { waivers: planned.config.waivers })
  })
}

export async function evaluateReadiness(options: GateOptions): Promise<GateOutcome> {
  const planned = await planReadiness(options)
  const { checklist, config, plan, rules } = planned
  options.progress?.planned?.(plan)
  // Looked up while the validations run: the answers are awaited only to assess.
  const evidence = startEvidence(planned, options)

  const notRunReason = !options.runValidations
    ? 'validations are switched off (run-validations: false)'
    : options.refuseCommands
  const secrets = options.secrets ?? []
  const finished = options.progress?.finished
  let results: ValidationResult[] = []
  let treeProof: TreeProof | null = null
  if (notRunReason === null) {
    // Loaded only when commands run: child_process and streams cost a run that runs none.
    const { runValidations, ProcessRunner, TreeWatch } = await import('./run/start-validations.js')
    // The proof that the run left the tree as it found it: recorded before anything runs.
    const tree = await TreeWatch.start(options.root)
    results = await runValidations(options.select?.(plan.validations) ?? plan.validations, {
      tree,
      root: options.root,
      concurrency: options.concurrency ?? config?.concurrency ?? os.availableParallelism(),
      runner: new ProcessRunner(),
      onStart: options.progress?.started,
      onEnd:
        finished === undefined
          ? undefined
          : (validation, result) => {
              finished(validation, maskResult(result, secrets))
            }
    })
    treeProof = await tree.finish()
  }
  results = results.map((result) => maskResult(result, secrets))

  const assessment = assessReadiness(planned, results, notRunReason === null, await evidence())
  if (options.runValidations && options.refuseCommands !== null) {
    refusedCommands(assessment, options.refuseCommands)
  }
  const runNotes = treeProof === null ? [] : treeProofNotes(treeProof)
  assessment.notes.push(...runNotes)
  return { checklist, plan, results, assessment, rules, notRunReason, runNotes }
}

/** What a plan's claims are checked against besides the validations (issue 13's evidence). */
export type EvidenceOptions = Pick<
  GateOptions,
  'checklistPath' | 'compare' | 'approvals' | 'github' | 'now'
>

/**
 * Starts reading the evidence beyond the validations — the base checklist, the reviews, what
 * GitHub says of referenced issues and checks — and returns how to await it, for a single run
 * and a merge of shards alike. Never rejects.
 */
export function startEvidence(
  planned: PlannedGate,
  options: EvidenceOptions
): () => Promise<Pick<AssessInput, 'approvals' | 'github' | 'base' | 'now'>> {
  const { checklist, config } = planned
  const source = options.github ?? null
  const approvalsRead =
    options.approvals !== undefined || source === null || !needsApprovals(checklist, config)
      ? Promise.resolve(options.approvals)
      : source.readApprovals()
  approvalsRead.catch(() => undefined)
  const referencing = source === null ? [] : findItemReferences(allItems(checklist), source.scope)
  const lookups = source === null ? Promise.resolve(null) : source.lookUp(referencing)
  // lookUp never rejects; this keeps a bug in it from being an unhandled rejection mid-run.
  lookups.catch(() => undefined)
  // Read while the validations run: git or the API, never the tree the validations use.
  const comparing = compareIfAsked(checklist, options, config)
  return async () => ({
    ...approvalsOption(await approvalsRead),
    github: { items: referencing, lookups: await lookups },
    base: await comparing,
    ...(options.now === undefined ? {} : { now: options.now })
  })
}

/**
 * The reviews are read only when something is checked against them: a sign-off that names a
 * login, or a waiver (on an item or in the config). A pull request run without either costs no
 * call.
 */
function needsApprovals(checklist: Checklist, config: ReadinessConfig | null): boolean {
  return (
    checklist.signOffs.some(
      (signOff) => signOff.signed.filled && signatureLogin(signOff.signed.value) !== null
    ) ||
    (config?.waivers?.length ?? 0) > 0 ||
    allItems(checklist).some((item) => readWaiver(item.text) !== null)
  )
}

function approvalsOption(approvals: Approvals | undefined): { approvals?: Approvals } {
  return approvals === undefined ? {} : { approvals }
}

/** The comparison with the base when the caller asked for one (the module is loaded only then). */
async function compareIfAsked(
  checklist: Checklist,
  options: EvidenceOptions,
  config: ReadinessConfig | null
): Promise<BaseComparison | null> {
  if (options.compare === undefined) return null
  const compare = options.compare
  const configRef = config?.compare?.ref ?? null
  // Nothing to compare with: said without loading the comparison (most runs that are not PRs).
  if ((compare.ref ?? configRef) === null) {
    return compare.noBase === null ? null : { state: 'skipped', ref: null, reason: compare.noBase }
  }
  // Never rejects: it is awaited only after the validations, and a rejection meanwhile would be
  // unhandled. A base that cannot be read or parsed is a skipped comparison, with the reason.
  try {
    const { compareWithBase } = await import('./compare/index.js')
    return await compareWithBase(checklist, options.checklistPath, compare, configRef)
  } catch (error) {
    return {
      state: 'skipped',
      ref: compare.ref ?? configRef,
      reason: `the base checklist could not be compared: ${errorMessage(error)}`
    }
  }
}

/** Largest package.json the planner reads to see what `npm run X` runs. */
const MAX_PACKAGE_JSON_BYTES = 1024 * 1024

/**
 * The `scripts` of `<root>/<cwd>/package.json` for the effect policy, or null when there is no
 * readable one inside the project root (a link out of the root is not followed).
 */
export function packageScriptsReader(
  root: string
): (cwd: string) => Readonly<Record<string, string>> | null {
  const cache = new Map<string, Readonly<Record<string, string>> | null>()
  return (cwd) => {
    if (!cache.has(cwd)) cache.set(cwd, readPackageScripts(root, cwd))
    return cache.get(cwd)!
  }
}

function readPackageScripts(root: string, cwd: string): Readonly<Record<string, string>> | null {
  try {
    const realRoot = fs.realpathSync(root)
    const file = fs.realpathSync(path.resolve(realRoot, cwd, 'package.json'))
    const relative = path.relative(realRoot, file)
    if (relative.startsWith('..') || path.isAbsolute(relative)) return null
    const stat = fs.statSync(file)
    if (!stat.isFile() || stat.size > MAX_PACKAGE_JSON_BYTES) return null
    const json: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
    const scripts = (json as { scripts?: unknown } | null)?.scripts
    if (typeof scripts !== 'object' || scripts === null || Array.isArray(scripts)) return {}
    return Object.fromEntries(
      Object.entries(scripts).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string'
      )
    )
  } catch {
    return null
  }
}

/**
 * The config's reader brings a YAML parser (js-yaml, ~100 KB) that most runs never need: it is
 * loaded only when there is a config file to read, or a required one to complain about.
 */
async function readConfig(
  configPath: string,
  required: boolean,
  setting: string | undefined
): Promise<ReadinessConfig | null> {
  // loadConfig treats a path it cannot stat as no config, when none is required; so does this.
  if (!required && !fs.existsSync(configPath)) return null
  const { loadConfig } = await import('./plan/config.js')
  return loadConfig(configPath, setting === undefined ? { required } : { required, setting })
}

/**
 * The workflow asked for validations but they were refused (pull_request_target): nothing was
 * proven, so the run must not claim "ready" on ticked boxes alone, and the report says why.
 */
function refusedCommands(assessment: Assessment, reason: string): void {
  assessment.notes.unshift(`Validations were not run: ${reason}.`)
  if (assessment.verdict === 'ready') {
    assessment.verdict = 'unassessed'
    assessment.ready = false
  }
}

/**
 * What the tree proof could not pin on a validation, or could not cover. Changes made while no
 * validation ran (a process that outlived its validation) are named; they do not block, because
 * no validation of the checklist is known to have made them.
 */
export function treeProofNotes(proof: TreeProof): string[] {
  const notes = proof.problems.map((problem) => `Tree check incomplete: ${problem}.`)
  if (proof.unattributed.length > 0) {
    const shown = proof.unattributed.slice(0, 5).map((change) => change.description)
    const more = proof.unattributed.length > 5 ? `, and ${proof.unattributed.length - 5} more` : ''
    notes.push(
      `The tree changed while no validation was running (a process that outlived its validation?): ${shown.join('; ')}${more}; the gate did not restore it.`
    )
  }
  return notes
}
