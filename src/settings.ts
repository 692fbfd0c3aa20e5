import * as path from 'node:path'
import * as fs from 'node:fs'
import { ConfigurationError, quoteValue } from './errors.js'
import {
  DEFAULT_CHECKLIST_PATH,
  DEFAULT_CONFIG_PATH,
  DEFAULT_REPORT_PATH
} from './default-paths.js'
import { DEFAULT_MAX_ANNOTATIONS, MAX_ANNOTATIONS_LIMIT } from './report/annotations.js'
import { confinedTargetProblem } from './report/confined-file.js'
import { parsePlatform, parseShard, type ShardSpec } from './shards/spec.js'
import { isSafeRef } from './compare/refs.js'
import type { SurfaceSelection } from './report/surfaces.js'

/**
 * Every choice a run makes, read once from the action's inputs (or the CLI's flags) and checked
 * up front: a bad value is a ConfigurationError naming the input and the fix, never a
 * "warn and carry on".
 */
export interface Settings {
  /** Absolute repository root (GITHUB_WORKSPACE); annotations are relative to it. */
  workspace: string
  /** Absolute project root the validations run in (working-directory). */
  root: string
  /** Absolute path of the checklist. */
  checklistPath: string
  /** Absolute path of the YAML config, or null when none is used. */
  configPath: string | null
  /** True when the user set the config input explicitly: then a missing file is an error. */
  configRequired: boolean
  failOn: FailOn
  runValidations: boolean
  surfaces: SurfaceSelection
  checkName: string
  token: string
  /**
   * Absolute path of the JSON report, inside `root` (the working directory): never a link, a
   * directory or outside it (write it with report/confined-file.ts writeFileConfined, boundary `root`).
   */
  reportPath: string
  concurrency: number | null
  /** Login the token comments as when no check run tells it (other apps' installation tokens). */
  commentAuthor: string
  /** Run the checkout's commands even where github/trust.ts refuses them. */
  allowUntrustedCommands: boolean
  /** Annotations per check run at most (the rest are counted on the surfaces). */
  maxAnnotations: number
  /**
   * Publish-only mode: the absolute path of a JSON report another run wrote (inside `root`), or
   * null. Read it with readFileConfined and report/read-json.ts assessmentFromReport.
   */
  reportFrom: string | null
  /**
   * The previous run's JSON report (absolute, inside `root`), or null: where the previous record
   * comes from when there is no sticky comment to carry it (history/previous-report.ts).
   */
  previousReport: string | null
  /**
   * The job's own check run (`${{ job.check_run_id }}`) to put the output and annotations on
   * instead of creating a check run; null: create one as before.
   */
  checkRunId: number | null
  /** Shard mode (input `shard`, "i/n"): run this share of the plan, write a partial report, publish no verdict. */
  shard: ShardSpec | null
  /** Absolute path of an earlier report whose durations balance the shard split, or null. */
  durationsFrom: string | null
  /** The shard's platform label ('' = RUNNER_OS). */
  platform: string
  /**
   * Merge mode: the shards' partial reports (a directory, a file or a glob, relative to
   * working-directory), or null. Read with shards/run.ts mergeShardReports.
   */
  mergeReports: string | null
  /**
   * compare-ref: what to compare the checklist with outside pull requests (e.g. the last release
   * tag); null: the config's compare.ref, else no comparison. Pull requests compare with their base.
   */
  compareRef: string | null
}

export type FailOn = 'not-ready' | 'never'

/** Reads one input: the raw string, '' when not set. */
export type InputReader = (name: string) => string

const INPUT_DEFAULTS: Record<string, string> = {
  checklist: DEFAULT_CHECKLIST_PATH,
  'working-directory': '.',
  config: DEFAULT_CONFIG_PATH,
  'fail-on': 'not-ready',
  'run-validations': 'true',
  'check-run': 'true',
  'commit-status': 'false',
  comment: 'true',
  'job-summary': 'true',
  'check-name': 'Readiness Gate',
  'report-path': DEFAULT_REPORT_PATH,
  concurrency: '',
  'comment-author': '',
  'allow-untrusted-commands': 'false',
  'max-annotations': String(DEFAULT_MAX_ANNOTATIONS),
  'report-from': '',
  'previous-report': '',
  'check-run-id': '',
  shard: '',
  'durations-from': '',
  platform: '',
  'merge-reports': '',
  'compare-ref': ''
}

/** Builds Settings from action inputs. `workspace` is GITHUB_WORKSPACE (or the cwd). */
export function settingsFromInputs(readRaw: InputReader, workspace: string): Settings {
  const read = (name: string): string => {
    const value = readRaw(name).trim()
    return value === '' ? (INPUT_DEFAULTS[name] ?? '') : value
  }
  const root = insideWorkspace(workspace, read('working-directory'), 'working-directory')
  const configInput = readRaw('config').trim()
  return {
    workspace,
    root,
    checklistPath: insideWorkspace(root, read('checklist'), 'checklist', workspace),
    configPath: insideWorkspace(root, read('config'), 'config', workspace),
    configRequired: configInput !== '' && configInput !== INPUT_DEFAULTS.config,
    failOn: parseFailOn(read('fail-on')),
    runValidations: parseBoolean(read('run-validations'), 'run-validations'),
    surfaces: {
      checkRun: parseBoolean(read('check-run'), 'check-run'),
      commitStatus: parseBoolean(read('commit-status'), 'commit-status'),
      comment: parseBoolean(read('comment'), 'comment'),
      jobSummary: parseBoolean(read('job-summary'), 'job-summary')
    },
    checkName: parseCheckName(read('check-name')),
    token: readRaw('github-token').trim(),
    reportPath: reportPathInside(root, read('report-path')),
    concurrency: parseConcurrency(read('concurrency'), 'concurrency'),
    commentAuthor: read('comment-author'),
    allowUntrustedCommands: parseBoolean(
      read('allow-untrusted-commands'),
      'allow-untrusted-commands'
    ),
    maxAnnotations: parseMaxAnnotations(read('max-annotations')),
    reportFrom: parseReportFrom(root, read('report-from'), read('run-validations')),
    previousReport: parsePreviousReport(root, read('previous-report')),
    checkRunId: parseCheckRunId(read('check-run-id')),
    compareRef: parseCompareRef(read('compare-ref')),
    ...shardSettings(read, root, workspace)
  }
}

/** The shard and merge inputs: one mode at a time, paths inside the workspace. */
function shardSettings(
  read: (name: string) => string,
  root: string,
  workspace: string
): Pick<Settings, 'shard' | 'durationsFrom' | 'platform' | 'mergeReports'> {
  const shard = read('shard') === '' ? null : parseShard(read('shard'), 'shard')
  const merge = read('merge-reports')
  const durations = read('durations-from')
  const modes = [
    shard === null ? null : 'shard',
    merge === '' ? null : 'merge-reports',
    read('report-from') === '' ? null : 'report-from'
  ].filter((mode) => mode !== null)
  if (modes.length > 1) {
    throw new ConfigurationError(
      `Inputs ${modes.map((m) => `'${m}'`).join(' and ')} are different modes (run a shard, merge shards, publish a report); set only one of them in a step.`
    )
  }
  if (durations !== '' && shard === null) {
    throw new ConfigurationError(
      "Input 'durations-from' balances a shard split; set 'shard' too, or remove 'durations-from'."
    )
  }
  if (merge !== '') {
    // The part before the first wildcard must stay inside the workspace, like every path read.
    const fixed = merge.split(/[\\/]/).findIndex((segment) => /[*?]/.test(segment))
    const prefix = fixed === -1 ? merge : merge.split(/[\\/]/).slice(0, fixed).join('/') || '.'
    insideWorkspace(root, prefix, 'merge-reports', workspace)
  }
  return {
    shard,
    durationsFrom:
      durations === '' ? null : insideWorkspace(root, durations, 'durations-from', workspace),
    platform: parsePlatform(read('platform'), 'platform'),
    mergeReports: merge === '' ? null : merge
  }
}

/** Read like report-from: a file inside the working directory, never through a link. */
function parsePreviousReport(root: string, value: string): string | null {
  if (value === '') return null
  const file = path.resolve(root, value)
  const problem = confinedTargetProblem({ boundary: root, file, input: 'previous-report' })
  if (problem !== null) throw new ConfigurationError(problem)
  return file
}

export function parseCheckRunId(value: string): number | null {
  if (value === '') return null
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new ConfigurationError(
      `Input 'check-run-id' must be a check run's id, a whole number (got ${quoteValue(value)}); set it to \${{ job.check_run_id }} or leave it empty.`
    )
  }
  return n
}

function parseCompareRef(value: string): string | null {
  if (value === '') return null
  if (isSafeRef(value)) return value
  throw new ConfigurationError(
    `Input 'compare-ref' ${quoteValue(value)} is not a git ref; set it to a tag, branch or commit SHA such as v1.2.0.`
  )
}

/**
 * report-from publishes a report made by another run: nothing of the checkout is read or run, so
 * run-validations must say so (a run that validates and publishes someone else's report would
 * have two verdicts).
 */
function parseReportFrom(root: string, value: string, runValidations: string): string | null {
  if (value === '') return null
  if (parseBoolean(runValidations, 'run-validations')) {
    throw new ConfigurationError(
      "Input 'report-from' publishes a report another run made, so it needs run-validations: false; fix the inputs: set run-validations: false, or remove report-from."
    )
  }
  const file = path.resolve(root, value)
  const problem = confinedTargetProblem({ boundary: root, file, input: 'report-from' })
  if (problem !== null) throw new ConfigurationError(problem)
  return file
}

/**
 * The annotation cap is the workflow's (an input), not the checklist's or the config's: under
 * pull_request_target those may come from the pull request, and the cap protects the write token.
 */
export function parseMaxAnnotations(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n > MAX_ANNOTATIONS_LIMIT) {
    throw new ConfigurationError(
      `Input 'max-annotations' must be a whole number from 0 to ${MAX_ANNOTATIONS_LIMIT} (got ${quoteValue(value)}); fix the 'max-annotations' input.`
    )
  }
  return n
}

/**
 * How an error names a setting: an action input ('fail-on') or, for the CLI, its flag
 * ('--fail-on'), so a CLI user never reads about an "input".
 */
function settingWords(name: string): { subject: string; fix: string; cli: boolean } {
  return name.startsWith('--')
    ? { subject: `Flag ${name}`, fix: `fix ${name}`, cli: true }
    : { subject: `Input '${name}'`, fix: `fix the '${name}' input`, cli: false }
}

export function parseFailOn(value: string, name = 'fail-on'): FailOn {
  if (value === 'not-ready' || value === 'never') return value
  const { subject, fix } = settingWords(name)
  throw new ConfigurationError(
    `${subject} must be 'not-ready' or 'never' (got ${quoteValue(value)}); ${fix}.`
  )
}

/** The YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
export function parseBoolean(value: string, name: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new ConfigurationError(
    `Input '${name}' must be 'true' or 'false' (got ${quoteValue(value)}); fix the '${name}' input.`
  )
}

export function parseConcurrency(value: string, name: string): number | null {
  if (value === '') return null
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    const { subject, cli } = settingWords(name)
    throw new ConfigurationError(
      `${subject} must be a whole number from 1 to 64 (got ${quoteValue(value)}); ${cli ? 'omit it' : 'leave it empty'} for the CPU count.`
    )
  }
  return n
}

function parseCheckName(value: string): string {
  if (value.length > 100 || /[\r\n]/.test(value)) {
    throw new ConfigurationError(
      `Input 'check-name' must be one line of at most 100 characters; shorten the 'check-name' input.`
    )
  }
  return value
}

/**
 * Resolves `value` against `base` and refuses paths that leave `boundary` (the workspace): the
 * action reads and writes only inside the checked-out repository.
 */
export function insideWorkspace(
  base: string,
  value: string,
  name: string,
  boundary: string = base
): string {
  if (value.includes('\0')) {
    throw new ConfigurationError(`Input '${name}' contains a NUL byte; fix the '${name}' input.`)
  }
  const resolved = path.resolve(base, value)
  const outside = (target: string, root: string): boolean => {
    const relative = path.relative(root, target)
    return relative.startsWith('..') || path.isAbsolute(relative)
  }
  if (outside(resolved, boundary)) {
    throw new ConfigurationError(
      `Input '${name}' (${quoteValue(value)}) points outside the workspace '${boundary}'; use a path inside the repository.`
    )
  }
  // A symlink in the checkout (a pull request can add one) must not lead out of it either.
  const real = realPathOrNull(resolved)
  const realBoundary = realPathOrNull(boundary)
  if (real !== null && realBoundary !== null && outside(real, realBoundary)) {
    throw new ConfigurationError(
      `Input '${name}' (${quoteValue(value)}) is a symlink to '${real}', outside the workspace; point it at a file inside the repository.`
    )
  }
  return resolved
}

/**
 * The report is written, so its boundary is the working directory (not the workspace: in a
 * two-checkout layout the workspace also holds the trusted checkout), and a link at the path is
 * refused whether or not its target exists — there is no "the target does not exist, so check its
 * parent instead".
 */
function reportPathInside(root: string, value: string): string {
  const file = path.resolve(root, value)
  const problem = confinedTargetProblem({ boundary: root, file, input: 'report-path' })
  if (problem !== null) throw new ConfigurationError(problem)
  return file
}

/** The real path of `file`, or of its nearest existing ancestor plus the rest (files to be written). */
function realPathOrNull(file: string): string | null {
  const rest: string[] = []
  for (let current = file; ; current = path.dirname(current)) {
    try {
      return path.join(fs.realpathSync(current), ...rest)
    } catch {
      if (path.dirname(current) === current) return null
      rest.unshift(path.basename(current))
    }
  }
}
