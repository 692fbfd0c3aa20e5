import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Checklist } from './checklist/model.js'
import { loadChecklist } from './checklist/load.js'
import { errorMessage } from './errors.js'
import type { ReadinessConfig } from './validations/config.js'
import { planValidations, type Plan } from './validations/plan.js'
import { maskResult } from './validations/secrets.js'
import type { Validation, ValidationResult } from './validations/model.js'
import { assess, type Assessment, type GateRules } from './readiness/assess.js'
import type { TreeProof } from './validations/tree-watch.js'
import type { Approvals } from './readiness/approvals.js'
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
  /** Compare the checklist with its base (compare/); absent: no comparison (a local run without --base). */
  compare?: CompareOptions
  /** Who approved the pull request, for waivers; default: no pull request. */
  approvals?: Approvals
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
}

export async function evaluateReadiness(options: GateOptions): Promise<GateOutcome> {
  const names = options.settingNames
  const checklist = loadChecklist(options.checklistPath, options.checklistPath, names?.checklist)
  const config =
    options.configPath === null
      ? null
      : await readConfig(options.configPath, options.configRequired, names?.config)
  const plan = planValidations(checklist, config, {
    readPackageScripts: packageScriptsReader(options.root)
  })
  options.progress?.planned?.(plan)
  // Read while the validations run: git or the API, never the tree the validations use.
  const comparing = compareIfAsked(checklist, options, config)

  const notRunReason = !options.runValidations
    ? 'validations are switched off (run-validations: false)'
    : options.refuseCommands
  const secrets = options.secrets ?? []
  const finished = options.progress?.finished
  let results: ValidationResult[] = []
  let treeProof: TreeProof | null = null
  if (notRunReason === null) {
    // Loaded only when commands run: child_process and streams cost a run that runs none.
    const [{ runValidations }, { ProcessRunner }, { TreeWatch }] = await Promise.all([
      import('./validations/scheduler.js'),
      import('./validations/runner.js'),
      import('./validations/tree-watch.js')
    ])
    // The proof that the run left the tree as it found it: recorded before anything runs.
    const tree = await TreeWatch.start(options.root)
    results = await runValidations(plan.validations, {
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
  const base = await comparing

  const rules: GateRules = {
    requireValidations: config?.gate?.requireValidations ?? true,
    requireItems: config?.gate?.requireItems ?? true
  }
  const assessment = assess({
    checklist,
    validations: plan.validations,
    results,
    rules,
    refused: plan.refused,
    unverifiedClaims: plan.unverifiedClaims,
    validationsRun: notRunReason === null,
    base,
    ...(config?.waivers === undefined ? {} : { waivers: config.waivers }),
    ...(options.approvals === undefined ? {} : { approvals: options.approvals }),
    ...(options.now === undefined ? {} : { now: options.now })
  })
  if (options.runValidations && options.refuseCommands !== null) {
    refusedCommands(assessment, options.refuseCommands)
  }
  if (treeProof !== null) assessment.notes.push(...treeProofNotes(treeProof))
  return { checklist, plan, results, assessment, rules, notRunReason }
}

/** The comparison with the base when the caller asked for one (the module is loaded only then). */
async function compareIfAsked(
  checklist: Checklist,
  options: GateOptions,
  config: ReadinessConfig | null
): Promise<BaseComparison | null> {
  if (options.compare === undefined) return null
  const compare = options.compare
  const configRef = config?.compare?.ref ?? null
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
  const { loadConfig } = await import('./validations/config.js')
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
