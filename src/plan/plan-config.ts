/**
 * The config's say on the plan: its entries adjust, add, disable or replace the validations
 * planned from the checklist. Every mistake is a ConfigurationError at the entry's line.
 */
import { allItems } from '../checklist/model.js'
import type { ConfigurationError } from '../errors.js'
import { directoryAfterLine } from './command-resolution.js'
import type { ReadinessConfig, ValidationConfig } from './config.js'
import { IdAllocator } from './ids.js'
import {
  configError,
  emptyDraft,
  refusalIn,
  type Draft,
  type PlanningContext
} from './plan-draft.js'
import { logicalLines } from './script-steps.js'
import { normaliseWhitespace } from './shell-words.js'

/**
 * The config's entries, in order: an entry matching a planned validation (by id, else by name,
 * case-insensitively) adjusts it or, with `disabled: true`, removes it; any other entry adds a
 * validation. With `source: config` every entry adds one.
 */
export function applyConfig(
  planned: Draft[],
  config: ReadinessConfig,
  planning: PlanningContext
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
    if (match !== undefined) adjust(match, entry, { config, planning, drafts, ids })
    else drafts.push(added(entry, { config, planning, drafts, ids }))
  }
  const kept = drafts.filter((draft) => !disabled.has(draft.id))
  for (const draft of kept) draft.needs = draft.needs?.filter((id) => !disabled.has(id)) ?? null
  return kept
}

interface ConfigContext {
  config: ReadinessConfig
  planning: PlanningContext
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
  const label = entry.id ?? entry.name ?? entry.command?.trim().split('\n')[0] ?? '?'
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

/** A command from the config: analysed like a script step, refused if it is not a check. */
function setCommand(draft: Draft, entry: ValidationConfig, context: ConfigContext): void {
  const command = entry.command!
  const lines = logicalLines(command, 1)
    .map((line) => line.text)
    .filter((text) => text !== '' && !text.startsWith('#'))
  const cwd = entry.workingDirectory ?? draft.cwd
  if (entry.allowMutation !== true) {
    let at = cwd
    for (const line of lines) {
      const refusal = refusalIn(context.planning, line, at)
      at = directoryAfterLine(line, at)
      if (refusal === null) continue
      throw configError(
        context.config,
        entry.lines?.keys.command,
        `'${normaliseWhitespace(line)}' is not a check (${refusal.effect}: ${refusal.reason}); the gate only runs checks — set 'allow-mutation: true' on this entry if it must run`
      )
    }
  }
  draft.command = command.trimEnd()
  draft.lines = lines
  draft.check = { kind: 'command' }
}

/** The checklist items an entry's `verifies` names: line numbers of items, or a unique text match. */
function resolveVerifies(entry: ValidationConfig, context: ConfigContext): number[] {
  const items = allItems(context.planning.checklist)
  const file = context.planning.checklist.file
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
