/**
 * The optional YAML config (.github/readiness.yml): adjust, add, disable or replace the
 * validations planned from the checklist, and set timeouts, concurrency and gate rules.
 *
 * Every mistake is a ConfigurationError of one line, `file:line: what is expected (got what)`.
 * The same rules are written as a JSON Schema in schema/readiness.schema.json (for editors);
 * a test keeps the two in agreement. Checks that need the checklist (which ids exist, which
 * items `verifies` names, fix commands) are made by the planner.
 */
import * as fs from 'node:fs'
import { ConfigurationError } from '../errors.js'
import { isMapping, parseYamlDocument, type YamlNode } from './yaml-nodes.js'
import type { ConfiguredWaiver } from '../readiness/waivers.js'
import { isCalendarDate } from '../checklist/waivers.js'
import { isSafeRef } from '../compare/refs.js'

/** Where the plan comes from: auto = the checklist's script, else its Verify items. */
export type PlanSourceSetting = 'auto' | 'script' | 'verify-items' | 'config'

export const PLAN_SOURCES: readonly PlanSourceSetting[] = [
  'auto',
  'script',
  'verify-items',
  'config'
]

/**
 * What becomes of a ticked `Verify:` item no planned validation covers: report = listed as an
 * unverified claim; plan = planned as a validation too (through the effect policy).
 */
export type ClaimsSetting = 'report' | 'plan'

export const CLAIMS_SETTINGS: readonly ClaimsSetting[] = ['report', 'plan']

export interface ValidationConfig {
  id?: string
  name?: string
  command?: string
  /** Relative to the project root, normalised ("." for the root). */
  workingDirectory?: string
  timeoutMs?: number
  env?: Record<string, string>
  needs?: string[]
  /** Checklist line numbers, or substrings of an item's text (case-insensitive). */
  verifies?: (number | string)[]
  critical?: boolean
  disabled?: boolean
  allowMutation?: boolean
  /** Report files the command writes (JUnit XML, SARIF, Checkstyle, ESLint JSON, TAP), relative to its working directory. */
  reports?: string[]
  /** Where the entry and its keys are in the config file, for error messages. */
  lines?: ValidationConfigLines
}

export interface ValidationConfigLines {
  /** Line of the entry's first key. */
  entry: number
  /** Line of each key as written in YAML ("working-directory", "allow-mutation", …). */
  keys: Partial<Record<string, number>>
  /** Line of each `needs` element, in order. */
  needs: number[]
  /** Line of each `verifies` element, in order. */
  verifies: number[]
}

export interface ReadinessConfig {
  /** The config file's path as given, for messages. */
  file: string
  source?: PlanSourceSetting
  timeoutMs?: number
  concurrency?: number
  validations: ValidationConfig[]
  gate?: { requireValidations?: boolean; requireItems?: boolean }
  /** Ticked Verify items no validation covers: reported (default) or planned too. */
  claims?: ClaimsSetting
  /** What to compare the checklist with outside pull requests (e.g. the last release tag). */
  compare?: { ref: string }
  /** Waivers of checklist items (or of items a change removes), judged in readiness/waivers.ts. */
  waivers?: ConfiguredWaiver[]
  /** Line of each top-level key, for messages. */
  keyLines?: Partial<Record<string, number>>
}

const TOP_KEYS = [
  'version',
  'source',
  'timeout',
  'concurrency',
  'gate',
  'claims',
  'compare',
  'waivers',
  'validations'
]
const GATE_KEYS = ['require-validations', 'require-items']
const COMPARE_KEYS = ['ref']
const WAIVER_KEYS = ['item', 'reason', 'approver', 'expires']
const ENTRY_KEYS = [
  'id',
  'name',
  'command',
  'working-directory',
  'timeout',
  'env',
  'needs',
  'verifies',
  'critical',
  'disabled',
  'allow-mutation',
  'reports'
]

/** Timeouts above this are refused: far beyond any CI job, and Node timers overflow near 24.8 days. */
export const MAX_TIMEOUT_SECONDS = 86_400
const DURATION_UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 }

/** `600`, `0.5`, `"600"`, `"90s"`, `"20m"`, `"1h"` → milliseconds; null when not a positive duration ≤ 24h. */
export function parseDuration(value: unknown): number | null {
  let seconds: number
  if (typeof value === 'number') {
    seconds = value
  } else if (typeof value === 'string') {
    const match = /^([1-9][0-9]*)([smh]?)$/.exec(value)
    if (match === null) return null
    seconds = Number(match[1]) * DURATION_UNITS[match[2]!]!
  } else {
    return null
  }
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) return null
  return Math.max(1, Math.round(seconds * 1000))
}

/**
 * Reads the config file; null when it does not exist and was not asked for explicitly.
 * `setting` names what chose the file in messages: the action's input (default) or '--config'.
 */
export function loadConfig(
  path: string,
  { required, setting = "the 'config' input" }: { required: boolean; setting?: string }
): ReadinessConfig | null {
  let stat: fs.Stats
  try {
    stat = fs.statSync(path)
  } catch {
    if (!required) return null
    throw new ConfigurationError(
      `Config file '${path}' does not exist; create it or point ${setting} at your readiness config.`
    )
  }
  if (!stat.isFile()) {
    throw new ConfigurationError(`Config '${path}' is not a file; point ${setting} at a YAML file.`)
  }
  if (stat.size > 1024 * 1024) {
    throw new ConfigurationError(
      `Config file '${path}' is larger than 1 MiB; a readiness config is a few lines of YAML.`
    )
  }
  return parseConfig(fs.readFileSync(path, 'utf8'), path)
}

/** Parses and checks the config's YAML text. `file` names it in error messages. */
export function parseConfig(text: string, file: string): ReadinessConfig {
  const root = parseYamlDocument(text, file)
  const reader = new ConfigReader(file)
  if (root === null || !isMapping(root.value)) {
    throw new ConfigurationError(
      `${file}: must be a mapping of settings such as 'version: 1' and 'validations:' (got ${describe(root?.value)}); see schema/readiness.schema.json`
    )
  }
  return reader.readRoot(root)
}

/** A short description of a YAML value for "(got …)". */
export function describe(value: unknown): string {
  if (value === undefined || value === null) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (isMapping(value)) return 'a mapping'
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value
    return JSON.stringify(shown)
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return typeof value
}

class ConfigReader {
  constructor(private readonly file: string) {}

  readRoot(root: YamlNode): ReadinessConfig {
    this.checkKeys(root, TOP_KEYS, '')
    const config: ReadinessConfig = { file: this.file, validations: [], keyLines: keyLines(root) }
    const field = (key: string): YamlNode | undefined => valueAt(root, key)

    const version = field('version')
    if (version !== undefined && version.value !== 1) {
      this.fail(version.line, `'version' must be 1 (got ${describe(version.value)})`)
    }
    const source = field('source')
    if (source !== undefined) config.source = this.readChoice(source, 'source', PLAN_SOURCES)
    const timeout = field('timeout')
    if (timeout !== undefined) config.timeoutMs = this.readDuration(timeout, 'timeout')
    const concurrency = field('concurrency')
    if (concurrency !== undefined) config.concurrency = this.readConcurrency(concurrency)
    const gate = field('gate')
    if (gate !== undefined) config.gate = this.readGate(gate)
    const claims = field('claims')
    if (claims !== undefined) config.claims = this.readChoice(claims, 'claims', CLAIMS_SETTINGS)
    const compare = field('compare')
    if (compare !== undefined) config.compare = this.readCompare(compare)
    const waivers = field('waivers')
    if (waivers !== undefined) {
      config.waivers = this.readList(waivers, 'waivers', (item) => this.readWaiver(item))
    }
    const validations = field('validations')
    if (validations !== undefined) {
      config.validations = this.readValidations(validations, config.source === 'config')
    }
    return config
  }

  /** A key whose value is one of a fixed list of words ('source', 'claims'). */
  private readChoice<T extends string>(node: YamlNode, key: string, choices: readonly T[]): T {
    const found = choices.find((choice) => choice === node.value)
    if (found !== undefined) return found
    return this.fail(
      node.line,
      `'${key}' must be one of: ${choices.join(', ')} (got ${describe(node.value)})`
    )
  }

  private readDuration(node: YamlNode, key: string): number {
    const ms = parseDuration(node.value)
    if (ms !== null) return ms
    if (isPositiveDurationShape(node.value)) {
      // The right shape, so the only thing wrong is the size.
      return this.fail(
        node.line,
        `'${key}' must be at most 24h (86400 seconds) (got ${describe(node.value)})`
      )
    }
    return this.fail(
      node.line,
      `'${key}' must be a positive duration like 600 or "10m" (got ${describe(node.value)})`
    )
  }

  private readConcurrency(node: YamlNode): number {
    const value = node.value
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 64)
      return value
    return this.fail(
      node.line,
      `'concurrency' must be a whole number from 1 to 64 (got ${describe(value)})`
    )
  }

  private readGate(node: YamlNode): ReadinessConfig['gate'] {
    if (!isMapping(node.value)) {
      this.fail(
        node.line,
        `'gate' must be a mapping with require-validations and require-items (got ${describe(node.value)})`
      )
    }
    this.checkKeys(node, GATE_KEYS, "'gate'")
    const gate: NonNullable<ReadinessConfig['gate']> = {}
    const validations = valueAt(node, 'require-validations')
    if (validations !== undefined)
      gate.requireValidations = this.readBoolean(validations, 'gate.require-validations')
    const items = valueAt(node, 'require-items')
    if (items !== undefined) gate.requireItems = this.readBoolean(items, 'gate.require-items')
    return gate
  }

  private readCompare(node: YamlNode): { ref: string } {
    if (!isMapping(node.value)) {
      this.fail(node.line, `'compare' must be a mapping with 'ref' (got ${describe(node.value)})`)
    }
    this.checkKeys(node, COMPARE_KEYS, "'compare'")
    const ref = valueAt(node, 'ref')
    if (ref === undefined) return this.fail(node.line, `'compare' needs a 'ref', e.g. ref: v1.2.0`)
    if (typeof ref.value === 'string' && isSafeRef(ref.value)) return { ref: ref.value }
    return this.fail(
      ref.line,
      `'compare.ref' must be a tag, branch or commit SHA such as "v1.2.0" (got ${describe(ref.value)})`
    )
  }

  private readWaiver(node: YamlNode): ConfiguredWaiver {
    if (!isMapping(node.value)) {
      return this.fail(
        node.line,
        `each of 'waivers' must be a mapping with item, reason, approver and expires (got ${describe(node.value)})`
      )
    }
    this.checkKeys(node, WAIVER_KEYS, "a 'waivers' entry")
    const text = (key: string, what: string): string | null => {
      const value = valueAt(node, key)
      if (value === undefined) return null
      if (typeof value.value === 'string' && /^[^\r\n]*\S[^\r\n]*$/.test(value.value)) {
        return value.value.trim()
      }
      return this.fail(
        value.line,
        `'waivers.${key}' must be ${what} (got ${describe(value.value)})`
      )
    }
    const item = text('item', "one line of the waived item's text")
    if (item === null)
      return this.fail(
        node.line,
        `a 'waivers' entry needs an 'item' (part of the waived item's text)`
      )
    const approver = text('approver', 'a GitHub login like "@lead"')
    if (approver !== null && !/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(approver)) {
      this.fail(
        valueAt(node, 'approver')!.line,
        `'waivers.approver' must be a GitHub login like "@lead" (got ${describe(approver)})`
      )
    }
    const expires = text('expires', 'a date like "2027-01-31"')
    if (expires !== null && !isCalendarDate(expires)) {
      this.fail(
        valueAt(node, 'expires')!.line,
        `'waivers.expires' must be a date like "2027-01-31" (got ${describe(expires)})`
      )
    }
    return {
      item,
      reason: text('reason', 'one line saying why the item does not apply'),
      approver: approver === null ? null : approver.replace(/^@/, ''),
      expires,
      line: node.line
    }
  }

  private readValidations(node: YamlNode, commandRequired: boolean): ValidationConfig[] {
    if (!Array.isArray(node.value)) {
      this.fail(
        node.line,
        `'validations' must be a list of validation entries (got ${describe(node.value)})`
      )
    }
    return node.items.map((item, index) => this.readEntry(item, index + 1, commandRequired))
  }

  private readEntry(node: YamlNode, position: number, commandRequired: boolean): ValidationConfig {
    const where = `'validations' entry ${position}`
    if (!isMapping(node.value)) {
      this.fail(
        node.line,
        `${where} must be a mapping with 'id', 'name' or 'command' (got ${describe(node.value)})`
      )
    }
    this.checkKeys(node, ENTRY_KEYS, where)
    const lines: ValidationConfigLines = {
      entry: node.line,
      keys: keyLines(node),
      needs: [],
      verifies: []
    }
    const entry: ValidationConfig = { lines }
    const field = (key: string): YamlNode | undefined => valueAt(node, key)

    const id = field('id')
    if (id !== undefined) entry.id = this.readId(id, "'id'")
    const name = field('name')
    if (name !== undefined) entry.name = this.readName(name)
    const command = field('command')
    if (command !== undefined) entry.command = this.readCommand(command)
    const cwd = field('working-directory')
    if (cwd !== undefined) entry.workingDirectory = this.readDirectory(cwd)
    const timeout = field('timeout')
    if (timeout !== undefined) entry.timeoutMs = this.readDuration(timeout, 'timeout')
    const env = field('env')
    if (env !== undefined) entry.env = this.readEnv(env)
    const needs = field('needs')
    if (needs !== undefined) {
      entry.needs = this.readList(needs, 'needs', (item) => this.readId(item, "each of 'needs'"))
      lines.needs = needs.items.map((item) => item.line)
    }
    const verifies = field('verifies')
    if (verifies !== undefined) {
      entry.verifies = this.readList(verifies, 'verifies', (item) => this.readItemRef(item))
      lines.verifies = verifies.items.map((item) => item.line)
    }
    const reports = field('reports')
    if (reports !== undefined) {
      entry.reports = this.readList(reports, 'reports', (item) => this.readReportPath(item))
    }
    for (const [key, property] of [
      ['critical', 'critical'],
      ['disabled', 'disabled'],
      ['allow-mutation', 'allowMutation']
    ] as const) {
      const flag = field(key)
      if (flag !== undefined) entry[property] = this.readBoolean(flag, key)
    }
    if (entry.id === undefined && entry.name === undefined && entry.command === undefined) {
      this.fail(node.line, `${where} needs an 'id', a 'name' or a 'command'`)
    }
    if (commandRequired && entry.command === undefined) {
      this.fail(node.line, `${where} needs a 'command' when 'source' is 'config'`)
    }
    return entry
  }

  private readId(node: YamlNode, what: string): string {
    const value = node.value
    if (
      typeof value === 'string' &&
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) &&
      value.length <= 64
    ) {
      return value
    }
    return this.fail(
      node.line,
      `${what} must be an id of lower-case letters, digits and hyphens like "code-formatting" (got ${describe(value)})`
    )
  }

  private readName(node: YamlNode): string {
    const value = node.value
    if (
      typeof value === 'string' &&
      /^[^\r\n]*\S[^\r\n]*$/.test(value) &&
      codePoints(value) <= 100
    ) {
      return value
    }
    return this.fail(
      node.line,
      `'name' must be one line of text of at most 100 characters (got ${describe(value)})`
    )
  }

  private readCommand(node: YamlNode): string {
    const value = node.value
    if (typeof value === 'string' && /\S/.test(value) && !value.includes('\0')) return value
    return this.fail(
      node.line,
      `'command' must be a non-empty shell command string (got ${describe(value)})`
    )
  }

  private readDirectory(node: YamlNode): string {
    const value = node.value
    const valid =
      typeof value === 'string' &&
      value !== '' &&
      !hasControlCharacter(value) &&
      !value.startsWith('/') &&
      !value.split('/').includes('..')
    if (!valid) {
      return this.fail(
        node.line,
        `'working-directory' must be a relative path inside the project, without '..' (got ${describe(value)})`
      )
    }
    const parts = value.split('/').filter((part) => part !== '' && part !== '.')
    return parts.length === 0 ? '.' : parts.join('/')
  }

  private readReportPath(node: YamlNode): string {
    const value = node.value
    const valid =
      typeof value === 'string' &&
      value.trim() !== '' &&
      !hasControlCharacter(value) &&
      !value.startsWith('/') &&
      !value.split('/').includes('..')
    if (!valid) {
      return this.fail(
        node.line,
        `each of 'reports' must be a relative file path inside the working directory, without '..' (got ${describe(value)})`
      )
    }
    return value
  }

  private readEnv(node: YamlNode): Record<string, string> {
    if (!isMapping(node.value)) {
      return this.fail(
        node.line,
        `'env' must be a mapping of variable names to strings (got ${describe(node.value)})`
      )
    }
    const env: Record<string, string> = {}
    for (const [key, { keyLine, node: valueNode }] of node.entries) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
        this.fail(
          keyLine,
          `'env' variable names must be letters, digits and '_', not starting with a digit (got ${describe(key)})`
        )
      }
      const value = valueNode.value
      if (typeof value !== 'string' || value.includes('\0')) {
        // A number or boolean only needs quotes: say so with the value quoted.
        const quoted =
          typeof value === 'number' || typeof value === 'boolean' ? `; quote it: "${value}"` : ''
        this.fail(
          valueNode.line,
          `'env.${key}' must be a string without NUL bytes${quoted} (got ${describe(value)})`
        )
      }
      env[key] = value
    }
    return env
  }

  private readItemRef(node: YamlNode): number | string {
    const value = node.value
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value
    if (typeof value === 'string' && /\S/.test(value)) return value
    return this.fail(
      node.line,
      `each of 'verifies' must be a checklist line number or part of an item's text (got ${describe(value)})`
    )
  }

  private readBoolean(node: YamlNode, key: string): boolean {
    if (typeof node.value === 'boolean') return node.value
    return this.fail(node.line, `'${key}' must be true or false (got ${describe(node.value)})`)
  }

  private readList<T>(node: YamlNode, key: string, readItem: (item: YamlNode) => T): T[] {
    if (!Array.isArray(node.value)) {
      return this.fail(node.line, `'${key}' must be a list (got ${describe(node.value)})`)
    }
    return node.items.map(readItem)
  }

  private checkKeys(node: YamlNode, allowed: readonly string[], where: string): void {
    for (const [key, { keyLine }] of node.entries) {
      if (allowed.includes(key)) continue
      const suggestion = closest(key, allowed)
      const hint = suggestion === null ? '' : `; did you mean '${suggestion}'?`
      const inside = where === '' ? '' : ` in ${where}`
      this.fail(
        keyLine,
        `unknown key ${quoteKey(key)}${inside} (expected one of: ${allowed.join(', ')})${hint}`
      )
    }
  }

  private fail(line: number, message: string): never {
    throw new ConfigurationError(`${this.file}:${line}: ${message}`)
  }
}

/**
 * A key's value, placed on the key's line: "'gate' must be a mapping" points at `gate:`, not at
 * the first line of what follows it. Elements of a list keep their own lines.
 */
/** The line each key of a mapping stands on, for messages that point at a key. */
function keyLines(mapping: YamlNode): Record<string, number> {
  const lines: Record<string, number> = {}
  for (const [key, { keyLine }] of mapping.entries) lines[key] = keyLine
  return lines
}

function valueAt(mapping: YamlNode, key: string): YamlNode | undefined {
  const entry = mapping.entries.get(key)
  return entry === undefined ? undefined : { ...entry.node, line: entry.keyLine }
}

/** "90s", 120, 1e9: the right shape for a duration, only too long. */
function isPositiveDurationShape(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0
  return typeof value === 'string' && /^[1-9][0-9]*[smh]?$/.test(value)
}

/** A key as written, in quotes; escaped like JSON when it holds anything but printable ASCII. */
function quoteKey(key: string): string {
  return /^[\x20-\x7e]+$/.test(key) ? `'${key}'` : JSON.stringify(key)
}

/** Length in Unicode code points, as JSON Schema's maxLength counts it. */
function codePoints(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    // A high surrogate and the low one after it are one code point.
    const code = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++
    count++
  }
  return count
}

/** C0 control characters (NUL, newline, tab…) have no place in a directory name. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true
  return false
}

/** The allowed key within two edits of a misspelt one, for "did you mean". */
function closest(key: string, allowed: readonly string[]): string | null {
  let best: string | null = null
  let bestDistance = 3
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution))
    }
    previous = current
  }
  return previous[b.length]!
}
