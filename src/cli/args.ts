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
import { DEFAULT_CHECKLIST_PATH, DEFAULT_CONFIG_PATH } from '../default-paths.js'
import { ConfigurationError, errorMessage, quoteValue } from '../errors.js'
import { parseConcurrency, parseFailOn, type FailOn } from '../settings.js'

export interface CheckOptions {
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
  concurrency: number | null
  runValidations: boolean
  failOn: FailOn
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
    checklist: { type: 'string' },
    config: { type: 'string' },
    cwd: { type: 'string', default: '.' },
    json: { type: 'string' },
    markdown: { type: 'string' },
    concurrency: { type: 'string', default: '' },
    'no-run': { type: 'boolean', default: false },
    'fail-on': { type: 'string', default: 'not-ready' },
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (values.help === true) return 'help'
  if (positionals.length > 0) {
    throw new ConfigurationError(
      `check takes no positional arguments (got ${quoteValue(positionals[0] ?? '')}); use --checklist FILE.`
    )
  }
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
    concurrency: parseConcurrency(String(values.concurrency), '--concurrency'),
    runValidations: values['no-run'] !== true,
    failOn: parseFailOn(String(values['fail-on']), '--fail-on')
  }
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
