/**
 * A validation being planned (a Draft), and what every planning stage shares: the checklist's
 * own fix commands, the effect policy's context and the config error format.
 */
import { allItems, type Checklist } from '../checklist/model.js'
import { ConfigurationError } from '../errors.js'
import type { ReadPackageScripts } from './command-resolution.js'
import type { ReadinessConfig, ValidationConfig } from './config.js'
import { refusalOf, type ChecklistFix, type Refusal } from './effects.js'
import type { ValidationCheck, ValidationSource } from '../validations/model.js'

/** A validation being planned; finalised into a Validation once the config has had its say. */
export interface Draft {
  id: string
  name: string
  command: string
  /** The command's logical lines (continuations joined), for matching, lanes and needs. */
  lines: string[]
  cwd: string
  critical: boolean
  source: ValidationSource
  timeoutMs: number | null
  env: Record<string, string>
  /** Set by the config; null → computed (built binaries need the cargo build steps before them). */
  needs: string[] | null
  /** Set by the config or a path check; null → computed from the checklist items the command matches. */
  verifies: number[] | null
  /** Command (run by bash) or paths-exist (checked in-process). */
  check: ValidationCheck
  /** The config entry that adjusted or added this draft, for error lines. */
  entry: ValidationConfig | null
}

export function emptyDraft(id: string, name: string): Draft {
  return {
    id,
    name,
    command: '',
    lines: [],
    cwd: '.',
    critical: true,
    source: { kind: 'config', line: null, file: null },
    timeoutMs: null,
    env: {},
    needs: null,
    verifies: null,
    check: { kind: 'command' },
    entry: null
  }
}

/** What the planning stages share. */
export interface PlanningContext {
  checklist: Checklist
  /** The commands the checklist lists under "Run:" items: fixes, never to be run. */
  fixes: ChecklistFix[]
  readPackageScripts?: ReadPackageScripts
}

export function planningContext(
  checklist: Checklist,
  readPackageScripts: ReadPackageScripts | undefined
): PlanningContext {
  const fixes = allItems(checklist).flatMap((item) =>
    item.commands
      .filter((command) => command.role === 'fix')
      .map((command) => ({ command: command.text, line: command.line }))
  )
  return { checklist, fixes, readPackageScripts }
}

/** The effect policy's verdict on a command line run in `cwd`: null when it only checks. */
export function refusalIn(context: PlanningContext, line: string, cwd: string): Refusal | null {
  return refusalOf(line, {
    cwd,
    readPackageScripts: context.readPackageScripts,
    checklistFixes: context.fixes
  })
}

export function configError(
  config: ReadinessConfig,
  line: number | undefined,
  message: string
): ConfigurationError {
  return new ConfigurationError(`${config.file}${line === undefined ? '' : `:${line}`}: ${message}`)
}
