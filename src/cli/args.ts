/**
 * The CLI's arguments → typed options, defaults filled in, every mistake a ConfigurationError
 * that names the flag. Where each path is resolved:
 *   --cwd                  against the shell's directory
 *   --checklist, --config  against --cwd: they are project files, as the action's `checklist`
 *                          and `config` inputs are relative to `working-directory`
 *   --json, --markdown     against the shell's directory, like any CLI's output files
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { isSafeRef } from '../compare/refs.js'
import { DEFAULT_CHECKLIST_PATH, DEFAULT_CONFIG_PATH } from '../default-paths.js'
import { ConfigurationError, errorMessage, quoteValue } from '../errors.js'
import { parseConcurrency, parseFailOn, type FailOn } from '../settings.js'
import { parsePlatform, parseShard, type ShardSpec } from '../shards/spec.js'

/** The flags `check` and `merge` share: the project, its checklist and config, the reports, --fail-on. */
export interface ProjectOptions {
  /** Absolute project root the validations run in (--cwd). */
  root: string
  /** Absolute path of the checklist (--checklist, relative to --cwd). */
  checklistPath: string
  /** Absolute path of the config (--config, relative to --cwd). */
  configPath: string
  /** --config was given: then a missing file is an error. */
  configRequired: boolean
  /** Absolute path for the JSON report (--json), or null. */
  jsonPath: string | null
  /** Absolute path for the Markdown report (--markdown), or null. */
  markdownPath: string | null
  failOn: FailOn
}

export interface CheckOptions extends ProjectOptions {
  concurrency: number | null
  runValidations: boolean
  /** --shard i/n: run only this share of the plan and write a partial report to --json. */
  shard: ShardSpec | null
  /** --durations-from FILE (relative to the shell's directory): balances the shard split. */
  durationsFrom: string | null
  /** --platform NAME: the shard's platform label ('' = the runner's OS). */
  platform: string
  /**
   * --repo owner/name (with --pr N and --sha SHA): items and sign-offs are checked against that
   * repository on GitHub, with the token in GITHUB_TOKEN or GH_TOKEN. Null: GitHub is not asked.
   */
  github: CliGitHubTarget | null
  /** --base REF: compare the checklist with its version at this local git ref; null: none. */
  base: string | null
}

export interface MergeOptions extends ProjectOptions {
  /** The shards' reports: files, directories or globs as typed (relative to the shell's directory). */
  reports: string[]
}

export interface CliGitHubTarget {
  owner: string
  repo: string
  /** --pr N: the pull request whose reviews sign-offs are checked against; null without one. */
  pullRequest: number | null
  /** --sha: the commit checks are looked up on; null: the checkout's HEAD. */
  sha: string | null
}

export interface ParseOptions {
  /** Absolute path of the checklist (relative to the shell's directory). */
  checklistPath: string
  /** The path as the user typed it, for messages. */
  displayName: string
  json: boolean
}

/** 'help' when --help was asked for. `cwd` is the shell's directory. */
export function parseCheckArgs(argv: string[], cwd: string): CheckOptions | 'help' {
  const { values, positionals } = parseCliArgs(argv, {
    ...PROJECT_FLAGS,
    concurrency: { type: 'string', default: '' },
    'no-run': { type: 'boolean', default: false },
    shard: { type: 'string' },
    'durations-from': { type: 'string' },
    platform: { type: 'string', default: '' },
    repo: { type: 'string' },
    pr: { type: 'string' },
    sha: { type: 'string' },
    base: { type: 'string' }
  })
  if (values.help === true) return 'help'
  if (positionals.length > 0) {
    throw new ConfigurationError(
      `check takes no positional arguments (got ${quoteValue(positionals[0] ?? '')}); use --checklist FILE.`
    )
  }
  const project = projectOptions(values, cwd)
  const shard = typeof values.shard === 'string' ? parseShard(values.shard, '--shard') : null
  const durationsFrom = optionalString(values['durations-from'], '--durations-from')
  if (shard !== null && (project.jsonPath === null || project.markdownPath !== null)) {
    throw new ConfigurationError(
      '--shard writes a partial report for the merge, not a verdict: give --json FILE (and no --markdown).'
    )
  }
  if (shard === null && durationsFrom !== null) {
    throw new ConfigurationError(
      '--durations-from balances a shard split: use it with --shard i/n.'
    )
  }
  return {
    ...project,
    concurrency: parseConcurrency(String(values.concurrency), '--concurrency'),
    runValidations: values['no-run'] !== true,
    shard,
    durationsFrom: durationsFrom === null ? null : path.resolve(cwd, durationsFrom),
    platform: parsePlatform(String(values.platform), '--platform'),
    github: gitHubTarget(values),
    base: parseBase(values.base)
  }
}

/** merge <reports…>: the shards' partial reports, checked against the checklist at --cwd. */
export function parseMergeArgs(argv: string[], cwd: string): MergeOptions | 'help' {
  const { values, positionals } = parseCliArgs(argv, PROJECT_FLAGS)
  if (values.help === true) return 'help'
  if (positionals.length === 0) {
    throw new ConfigurationError(
      "merge needs the shards' reports: readiness-gate merge <file|directory|glob>… [--json FILE]"
    )
  }
  return { ...projectOptions(values, cwd), reports: positionals }
}

/** The flags of ProjectOptions, and --help: `check` and `merge` read them alike. */
const PROJECT_FLAGS = {
  checklist: { type: 'string' },
  config: { type: 'string' },
  cwd: { type: 'string', default: '.' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  'fail-on': { type: 'string', default: 'not-ready' },
  help: { type: 'boolean', short: 'h', default: false }
} as const satisfies OptionSpec

/**
 * --cwd, --checklist, --config, --json, --markdown and --fail-on: the project files against
 * --cwd, the report files against the shell's directory `cwd`.
 */
function projectOptions(
  values: Record<string, string | boolean | undefined>,
  cwd: string
): ProjectOptions {
  const root = projectRoot(cwd, String(values.cwd))
  const checklist = optionalString(values.checklist, '--checklist')
  const config = optionalString(values.config, '--config')
  const json = optionalString(values.json, '--json')
  const markdown = optionalString(values.markdown, '--markdown')
  return {
    root,
    checklistPath: path.resolve(root, checklist ?? DEFAULT_CHECKLIST_PATH),
    configPath: path.resolve(root, config ?? DEFAULT_CONFIG_PATH),
    configRequired: config !== null,
    jsonPath: json === null ? null : path.resolve(cwd, json),
    markdownPath: markdown === null ? null : path.resolve(cwd, markdown),
    failOn: parseFailOn(String(values['fail-on']), '--fail-on')
  }
}

/** --repo, --pr and --sha; --pr and --sha mean nothing without --repo. */
function gitHubTarget(
  values: Record<string, string | boolean | undefined>
): CliGitHubTarget | null {
  const repo = optionalString(values.repo, '--repo')
  const pr = optionalString(values.pr, '--pr')
  const sha = optionalString(values.sha, '--sha')
  if (repo === null) {
    if (pr !== null || sha !== null) {
      throw new ConfigurationError(
        `${pr !== null ? '--pr' : '--sha'} needs --repo owner/name: the repository it is in.`
      )
    }
    return null
  }
  const [owner, name, ...rest] = repo.split('/')
  if (
    !owner ||
    !name ||
    rest.length > 0 ||
    !/^[A-Za-z0-9-]{1,39}$/.test(owner) ||
    !/^[A-Za-z0-9._-]{1,100}$/.test(name)
  ) {
    throw new ConfigurationError(`--repo ${quoteValue(repo)} is invalid: expected owner/name.`)
  }
  if (pr !== null && !/^[1-9][0-9]{0,9}$/.test(pr)) {
    throw new ConfigurationError(
      `--pr ${quoteValue(pr)} is invalid: expected a pull request number.`
    )
  }
  if (sha !== null && !/^[0-9a-f]{40}$/i.test(sha)) {
    throw new ConfigurationError(
      `--sha ${quoteValue(sha)} is invalid: expected a full 40-character commit SHA.`
    )
  }
  return { owner, repo: name, pullRequest: pr === null ? null : Number(pr), sha }
}

export function parseParseArgs(argv: string[], cwd: string): ParseOptions | 'help' {
  const { values, positionals } = parseCliArgs(argv, {
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (values.help === true) return 'help'
  const [file, extra] = positionals
  if (file === undefined || extra !== undefined) {
    throw new ConfigurationError(
      'parse takes exactly one checklist file: readiness-gate parse <checklist.md> [--json]'
    )
  }
  return { checklistPath: path.resolve(cwd, file), displayName: file, json: values.json === true }
}

/** --base names a git ref or SHA: never an option or a range (it is passed to git as one argument). */
function parseBase(value: string | boolean | undefined): string | null {
  if (typeof value !== 'string') return null
  if (isSafeRef(value)) return value
  throw new ConfigurationError(
    `--base ${quoteValue(value)} is not a git ref; pass a branch, tag or commit SHA such as main or v1.2.0.`
  )
}

function projectRoot(cwd: string, value: string): string {
  const root = path.resolve(cwd, value)
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new ConfigurationError(
      `--cwd ${quoteValue(value)} is not a directory; pass the project root.`
    )
  }
  return root
}

/** A string flag's value; an empty one is a mistake (it would name the directory itself). */
function optionalString(value: string | boolean | undefined, flag: string): string | null {
  if (typeof value !== 'string') return null
  if (value === '' || value.includes('\0')) {
    throw new ConfigurationError(`${flag} needs a file path (got ${quoteValue(value)}).`)
  }
  return value
}

type OptionSpec = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; default?: string | boolean }
>

function parseCliArgs(
  argv: string[],
  options: OptionSpec
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    // node:util's messages are clear ("Unknown option '--x'"); keep them on one line.
    throw new ConfigurationError(
      `${errorMessage(error).split('\n')[0] ?? ''} (see readiness-gate --help)`
    )
  }
}
