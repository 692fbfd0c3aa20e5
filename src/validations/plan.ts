/**
 * The planner: which validations to run, decided from the checklist (its validation script,
 * else its `Verify:` items) and adjusted by the optional config. Pure: Checklist + config in,
 * Plan out.
 *
 *   checklist ──base plan──▶ drafts ──config──▶ drafts ──finalise──▶ Validation[]
 *
 * Fix commands (`cargo fmt`, `npm audit fix`, `cargo clean`, whatever the checklist lists under
 * "Run:") are never planned: a readiness check must not rewrite the tree it judges. They are
 * dropped from the plan and reported in Plan.refused.
 */
import { allItems, phaseItems, type Checklist, type TaskItem } from '../checklist/model.js'
import { findValidationScript } from '../checklist/script.js'
import { ConfigurationError } from '../errors.js'
import type { ReadinessConfig, ValidationConfig } from './config.js'
import {
  commandForms,
  equalsLine,
  fixReason,
  lineForms,
  namesLine,
  normaliseWhitespace,
  programOf,
  resourceOf,
  runsBuiltBinary,
  runsCargoBuild,
  splitChain,
  type ChecklistFix,
  type CommandForms
} from './match.js'
import type { Validation, ValidationSource } from './model.js'
import { logicalLines, readScript, stepScript, type ScriptStep } from './script.js'
import { toolIdFor } from './tools/commands.js'
import { trimRuns } from '../text.js'

export interface Plan {
  validations: Validation[]
  refused: RefusedCommand[]
  /** Where the plan came from: the checklist's script, its Verify items, the config, or nothing. */
  source: 'script' | 'verify-items' | 'config' | 'none'
  /** Line of the validation script's opening fence when the plan came from it. */
  scriptLine: number | null
}

/** A command the checklist asks for that the gate will not run, and why. */
export interface RefusedCommand {
  command: string
  /** Checklist line of the command; null when unknown. */
  line: number | null
  reason: string
}

export interface PlanOptions {
  /** Timeout of a validation the config gives none (default 20 minutes). */
  defaultTimeoutMs?: number
}

export const DEFAULT_TIMEOUT_MS = 20 * 60 * 1000

/** A validation being planned; finalised into a Validation once the config has had its say. */
interface Draft {
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
  /** Set by the config; null → computed from the checklist items the command matches. */
  verifies: number[] | null
  /** The config entry that adjusted or added this draft, for error lines. */
  entry: ValidationConfig | null
}

interface BasePlan {
  drafts: Draft[]
  refused: RefusedCommand[]
  source: Plan['source']
  scriptLine: number | null
}

export function planValidations(
  checklist: Checklist,
  config: ReadinessConfig | null,
  options: PlanOptions = {}
): Plan {
  const fixes = checklistFixes(checklist)
  const base = basePlan(checklist, config, fixes)
  const drafts = config === null ? base.drafts : applyConfig(base.drafts, config, checklist, fixes)
  const timeoutMs = config?.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
  const validations = finalise(drafts, checklist, timeoutMs)
  if (config !== null) checkNeeds(drafts, config)
  const source = base.source === 'none' && drafts.length > 0 ? 'config' : base.source
  return { validations, refused: base.refused, source, scriptLine: base.scriptLine }
}

/** The commands the checklist lists under "Run:" items: fixes, never to be run. */
function checklistFixes(checklist: Checklist): ChecklistFix[] {
  return allItems(checklist).flatMap((item) =>
    item.commands
      .filter((command) => command.role === 'fix')
      .map((command) => ({ command: command.text, line: command.line }))
  )
}

function basePlan(
  checklist: Checklist,
  config: ReadinessConfig | null,
  fixes: ChecklistFix[]
): BasePlan {
  const setting = config?.source ?? 'auto'
  if (setting === 'config') return { drafts: [], refused: [], source: 'config', scriptLine: null }
  const block = findValidationScript(checklist)
  if (setting === 'script' && block === null) {
    throw configError(
      config!,
      config!.keyLines?.source,
      `'source: script' but ${checklist.file} has no validation script (a fenced bash block under a "Validation" heading)`
    )
  }
  if (setting === 'verify-items' || block === null) return verifyItemsPlan(checklist, fixes)
  const ids = new IdAllocator()
  const refused: RefusedCommand[] = []
  const drafts = readScript(block, checklist.file).flatMap((step) => {
    const draft = stepDraft(step, checklist.file, fixes, refused, ids)
    return draft === null ? [] : [draft]
  })
  return { drafts, refused, source: 'script', scriptLine: block.line }
}

/** One script step as a draft, without its fix commands; null when nothing runnable is left. */
function stepDraft(
  step: ScriptStep,
  file: string,
  fixes: ChecklistFix[],
  refused: RefusedCommand[],
  ids: IdAllocator
): Draft | null {
  const kept = step.commands.filter((command) => {
    const reason = fixReason(command.text, fixes)
    if (reason !== null) refused.push({ command: command.text, line: command.line, reason })
    return reason === null
  })
  const first = kept.find((command) => !isDirectoryChange(command.text))
  if (first === undefined) return null
  // An unlabelled step is named by its command's first line (a whole `if` block is one command).
  const name = step.label ?? normaliseWhitespace(first.text.split('\n')[0]!)
  return {
    ...emptyDraft(ids.take(name), name),
    command: stepScript(kept, step.pipefail),
    lines: kept.map((command) => command.text),
    cwd: step.cwd,
    critical: true,
    source: { kind: 'script', line: first.line, file }
  }
}

/**
 * Without a script, the Verify commands of the critical phases are the plan, one validation per
 * distinct command. A checklist that marks no phase critical has its Verify commands planned
 * from every phase, none of them critical: the document did not say any of them gates readiness.
 */
function verifyItemsPlan(checklist: Checklist, fixes: ChecklistFix[]): BasePlan {
  const critical = checklist.phases.filter((phase) => phase.priority.level === 'critical')
  const phases = critical.length > 0 ? critical : checklist.phases
  const ids = new IdAllocator()
  const drafts: Draft[] = []
  const refused: RefusedCommand[] = []
  const seen = new Set<string>()
  for (const phase of phases) {
    for (const item of phaseItems(phase)) {
      for (const command of item.commands.filter((c) => c.role === 'verify')) {
        const text = normaliseWhitespace(command.text)
        if (text === '' || seen.has(text)) continue
        seen.add(text)
        const reason = fixReason(text, fixes)
        if (reason !== null) {
          refused.push({ command: text, line: command.line, reason })
          continue
        }
        drafts.push({
          ...emptyDraft(ids.take(text), text),
          command: text,
          lines: [text],
          critical: phase.priority.level === 'critical',
          source: { kind: 'verify-item', line: item.line, file: checklist.file }
        })
      }
    }
  }
  const found = drafts.length > 0 || refused.length > 0
  return { drafts, refused, source: found ? 'verify-items' : 'none', scriptLine: null }
}

function emptyDraft(id: string, name: string): Draft {
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
    entry: null
  }
}

/**
 * The config's entries, in order: an entry matching a planned validation (by id, else by name,
 * case-insensitively) adjusts it or, with `disabled: true`, removes it; any other entry adds a
 * validation. With `source: config` every entry adds one.
 */
function applyConfig(
  planned: Draft[],
  config: ReadinessConfig,
  checklist: Checklist,
  fixes: ChecklistFix[]
): Draft[] {
  const drafts = [...planned]
  // Ids the entries give are taken first, so an id made from a name never collides with them.
  const entryIdList = config.validations.flatMap((entry) =>
    entry.id === undefined ? [] : [entry.id]
  )
  const ids = new IdAllocator([...drafts.map((draft) => draft.id), ...entryIdList])
  const disabled = new Set<string>()
  const claimed = new Map<Draft, ValidationConfig>()
  const entryIds = new Map<string, ValidationConfig>()
  for (const entry of config.validations) {
    checkUniqueId(entry, entryIds, config)
    const match = config.source === 'config' ? undefined : findMatch(drafts, entry)
    if (match !== undefined) {
      const earlier = claimed.get(match)
      if (earlier !== undefined) {
        throw configError(
          config,
          entry.lines?.entry,
          `this entry and the one at line ${earlier.lines?.entry ?? '?'} both match validation '${match.id}'; merge them`
        )
      }
      claimed.set(match, entry)
    }
    if (entry.disabled === true) {
      if (match !== undefined) disabled.add(match.id)
      else if (config.source !== 'config') throw unmatched(entry, drafts, config, 'is disabled')
      continue
    }
    if (match !== undefined) adjust(match, entry, { config, checklist, fixes, drafts, ids })
    else drafts.push(added(entry, { config, checklist, fixes, drafts, ids }))
  }
  const kept = drafts.filter((draft) => !disabled.has(draft.id))
  for (const draft of kept) draft.needs = draft.needs?.filter((id) => !disabled.has(id)) ?? null
  return kept
}

interface ConfigContext {
  config: ReadinessConfig
  checklist: Checklist
  fixes: ChecklistFix[]
  drafts: Draft[]
  ids: IdAllocator
}

function findMatch(drafts: Draft[], entry: ValidationConfig): Draft | undefined {
  const byId = entry.id === undefined ? undefined : drafts.find((d) => d.id === entry.id)
  if (byId !== undefined || entry.name === undefined) return byId
  const name = entry.name.toLowerCase()
  return drafts.find((draft) => draft.name.toLowerCase() === name)
}

function checkUniqueId(
  entry: ValidationConfig,
  seen: Map<string, ValidationConfig>,
  config: ReadinessConfig
): void {
  if (entry.id === undefined) return
  const earlier = seen.get(entry.id)
  if (earlier !== undefined) {
    throw configError(
      config,
      entry.lines?.keys.id,
      `id '${entry.id}' is already used by the entry at line ${earlier.lines?.entry ?? '?'}; ids must be unique`
    )
  }
  seen.set(entry.id, entry)
}

function unmatched(
  entry: ValidationConfig,
  drafts: Draft[],
  config: ReadinessConfig,
  what: string
): ConfigurationError {
  const label = entry.id ?? entry.name ?? '?'
  const planned = drafts.map((draft) => draft.id).join(', ') || 'none'
  return configError(
    config,
    entry.lines?.entry,
    `validation '${label}' ${what} but matches no planned validation (planned: ${planned})`
  )
}

function adjust(draft: Draft, entry: ValidationConfig, context: ConfigContext): void {
  if (entry.id !== undefined && entry.id !== draft.id) {
    // Matched by name: the entry renames the validation. The id is free: an entry whose id
    // is planned matches that validation by id first, and entry ids are unique.
    draft.id = context.ids.reserve(entry.id)
  }
  // A name that only matched (case-insensitively) keeps the checklist's spelling.
  if (entry.name !== undefined && entry.name.toLowerCase() !== draft.name.toLowerCase()) {
    draft.name = entry.name
  }
  if (entry.command !== undefined) setCommand(draft, entry, context)
  if (entry.workingDirectory !== undefined) draft.cwd = entry.workingDirectory
  if (entry.timeoutMs !== undefined) draft.timeoutMs = entry.timeoutMs
  if (entry.env !== undefined) draft.env = { ...draft.env, ...entry.env }
  if (entry.needs !== undefined) draft.needs = [...new Set(entry.needs)]
  if (entry.verifies !== undefined) draft.verifies = resolveVerifies(entry, context)
  if (entry.critical !== undefined) draft.critical = entry.critical
  draft.entry = entry
}

function added(entry: ValidationConfig, context: ConfigContext): Draft {
  if (entry.command === undefined)
    throw unmatched(entry, context.drafts, context.config, "has no 'command'")
  const firstLine = logicalLines(entry.command, 1).find((line) => line.text !== '')?.text ?? ''
  const name = entry.name ?? entry.id ?? normaliseWhitespace(firstLine)
  const id = entry.id === undefined ? context.ids.take(name) : context.ids.reserve(entry.id)
  const draft: Draft = {
    ...emptyDraft(id, name),
    source: { kind: 'config', line: entry.lines?.entry ?? null, file: context.config.file }
  }
  adjust(draft, { ...entry, id: undefined, name: undefined }, context)
  return draft
}

/** A command from the config: analysed like a script step, refused if it is a fix command. */
function setCommand(draft: Draft, entry: ValidationConfig, context: ConfigContext): void {
  const command = entry.command!
  const lines = logicalLines(command, 1)
    .map((line) => line.text)
    .filter((text) => text !== '' && !text.startsWith('#'))
  if (entry.allowMutation !== true) {
    for (const line of lines) {
      const reason = fixReason(line, context.fixes)
      if (reason === null) continue
      throw configError(
        context.config,
        entry.lines?.keys.command,
        `'${normaliseWhitespace(line)}' is a fix command (${reason.replace(/; fix commands are never run$/, '')}); the gate only runs checks — set 'allow-mutation: true' on this entry if it must run`
      )
    }
  }
  draft.command = command.trimEnd()
  draft.lines = lines
}

/** The checklist items an entry's `verifies` names: line numbers of items, or a unique text match. */
function resolveVerifies(entry: ValidationConfig, context: ConfigContext): number[] {
  const items = allItems(context.checklist)
  const file = context.checklist.file
  const lines = (entry.verifies ?? []).map((ref, index) => {
    const at = entry.lines?.verifies[index] ?? entry.lines?.keys.verifies
    if (typeof ref === 'number') {
      if (items.some((item) => item.line === ref)) return ref
      throw configError(
        context.config,
        at,
        `'verifies' names line ${ref}, which is not a task item in ${file}`
      )
    }
    const wanted = ref.toLowerCase()
    const exact = items.filter((item) => item.text.toLowerCase() === wanted)
    const found =
      exact.length > 0 ? exact : items.filter((i) => i.text.toLowerCase().includes(wanted))
    if (found.length === 1) return found[0]!.line
    if (found.length === 0) {
      throw configError(
        context.config,
        at,
        `'verifies' text ${JSON.stringify(ref)} matches no task item in ${file}`
      )
    }
    const shown = found
      .slice(0, 5)
      .map((item) => item.line)
      .join(', ')
    throw configError(
      context.config,
      at,
      `'verifies' text ${JSON.stringify(ref)} matches ${found.length} task items in ${file} (lines ${shown}${found.length > 5 ? ', …' : ''}); use a line number or more of the item's text`
    )
  })
  return [...new Set(lines)].sort((a, b) => a - b)
}

/** Drafts → Validations: links to checklist items, automatic needs, tool, lane, timeout. */
function finalise(drafts: Draft[], checklist: Checklist, timeoutMs: number): Validation[] {
  const linker = new ItemLinker(checklist)
  return drafts.map((draft, index) => ({
    id: draft.id,
    name: draft.name,
    command: draft.command,
    cwd: draft.cwd,
    timeoutMs: draft.timeoutMs ?? timeoutMs,
    env: draft.env,
    needs: draft.needs ?? automaticNeeds(draft, drafts.slice(0, index)),
    critical: draft.critical,
    verifies: draft.verifies ?? linker.linesVerifiedBy(draft.lines),
    source: draft.source,
    tool: toolIdFor(draft.command),
    lane: laneOf(draft),
    ...(draft.entry?.reports === undefined ? {} : { reports: draft.entry.reports })
  }))
}

/** A step that runs a binary cargo built needs the `cargo build` steps planned before it. */
function automaticNeeds(draft: Draft, earlier: Draft[]): string[] {
  const runsBinary = draft.lines.some((line) => splitChain(line).some(runsBuiltBinary))
  if (!runsBinary) return []
  return earlier
    .filter((other) => other.lines.some((line) => splitChain(line).some(runsCargoBuild)))
    .map((other) => other.id)
}

/**
 * Validations in one lane never overlap: every cargo command shares one target directory (and
 * its lock), and npm commands in one directory share node_modules.
 */
function laneOf(draft: Draft): string | null {
  const resources = draft.lines.flatMap((line) => splitChain(line).map(resourceOf))
  if (resources.includes('cargo')) return 'cargo'
  if (resources.includes('node')) return `npm:${draft.cwd}`
  return null
}

/** Which checklist items a validation's command lines prove. */
class ItemLinker {
  /** The items' verify and mention commands, each in the forms it is compared in. */
  private readonly commands: { item: TaskItem; role: 'verify' | 'mention'; forms: CommandForms }[]
  private readonly parents = new Map<TaskItem, TaskItem>()

  constructor(checklist: Checklist) {
    const items = allItems(checklist)
    for (const item of items) for (const child of item.children) this.parents.set(child, item)
    this.commands = items.flatMap((item) =>
      item.commands.flatMap(({ role, text }) =>
        role === 'fix' ? [] : [{ item, role, forms: commandForms(text) }]
      )
    )
  }

  /**
   * Verify items whose command names one of the lines (equal, or the line's leading words),
   * with their ancestors (the task the Verify step belongs to), and items that mention exactly
   * one of the lines (Phase 4's "Dependency audit: `cargo audit`").
   */
  linesVerifiedBy(lines: readonly string[]): number[] {
    const found = new Set<number>()
    const forms = lines.map(lineForms)
    for (const { item, role, forms: command } of this.commands) {
      if (role === 'verify' && forms.some((line) => namesLine(command, line))) {
        for (let at: TaskItem | undefined = item; at !== undefined; at = this.parents.get(at)) {
          found.add(at.line)
        }
      }
      if (role === 'mention' && forms.some((line) => equalsLine(command, line))) {
        found.add(item.line)
      }
    }
    return [...found].sort((a, b) => a - b)
  }
}

/** Needs name planned validations and form no cycle. */
function checkNeeds(drafts: Draft[], config: ReadinessConfig): void {
  const byId = new Map(drafts.map((draft) => [draft.id, draft]))
  for (const draft of drafts) {
    draft.needs?.forEach((id, index) => {
      if (byId.has(id)) return
      const at = draft.entry?.lines?.needs[index] ?? draft.entry?.lines?.keys.needs
      const planned = drafts.map((d) => d.id).join(', ')
      throw configError(
        config,
        at,
        `'needs' names '${id}', which is not a planned validation (planned: ${planned})`
      )
    })
  }
  const cycle = findCycle(drafts, byId)
  if (cycle !== null) {
    const closing = byId.get(cycle[0]!)!
    throw configError(
      config,
      closing.entry?.lines?.keys.needs ?? closing.entry?.lines?.entry,
      `'needs' form a cycle: ${cycle.join(' → ')}; a validation cannot wait for itself`
    )
  }
}

/** The first cycle in the needs graph as ids [a, b, …, a], or null. */
function findCycle(drafts: Draft[], byId: Map<string, Draft>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>()
  const path: string[] = []
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id]
    state.set(id, 'visiting')
    path.push(id)
    for (const need of byId.get(id)?.needs ?? []) {
      const cycle = visit(need)
      if (cycle !== null) return cycle
    }
    path.pop()
    state.set(id, 'done')
    return null
  }
  for (const draft of drafts) {
    const cycle = visit(draft.id)
    if (cycle !== null) return cycle
  }
  return null
}

/** Unique slug ids: "Code formatting" → "code-formatting"; collisions get -2, -3… */
class IdAllocator {
  private readonly used: Set<string>

  constructor(used: Iterable<string> = []) {
    this.used = new Set(used)
  }

  take(name: string): string {
    const base = slug(name)
    let id = base
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`
    this.used.add(id)
    return id
  }

  reserve(id: string): string {
    this.used.add(id)
    return id
  }
}

export function slug(text: string): string {
  const dashed = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
  const id = trimRuns(dashed, '-')
  return id === '' ? 'validation' : id
}

function isDirectoryChange(line: string): boolean {
  const program = programOf(line)
  return (
    (program === 'cd' || program === 'pushd' || program === 'popd') && splitChain(line).length === 1
  )
}

function configError(
  config: ReadinessConfig,
  line: number | undefined,
  message: string
): ConfigurationError {
  return new ConfigurationError(`${config.file}${line === undefined ? '' : `:${line}`}: ${message}`)
}
