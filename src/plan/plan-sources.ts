/**
 * The base plan, before the config: the checklist's validation script read into steps, else its
 * `Verify:` items — each command through the effect policy, refused ones recorded instead.
 */
import { phaseItems, type TaskItem } from '../checklist/model.js'
import { findValidationScript } from '../checklist/validation-script.js'
import { directoryAfterLine } from './command-resolution.js'
import type { ReadinessConfig } from './config.js'
import { IdAllocator } from './ids.js'
import { ItemLinker } from './item-links.js'
import type { RefusedCommand } from '../validations/model.js'
import { pathCheckDescription, pathCheckName, pathClaimsOf } from './path-claims.js'
import {
  configError,
  emptyDraft,
  refusalIn,
  type Draft,
  type PlanningContext
} from './plan-draft.js'
import { readScript, stepScript, type ScriptStep } from './script-steps.js'
import { normaliseWhitespace, programOf, splitChain } from './shell-words.js'

export interface BasePlan {
  drafts: Draft[]
  refused: RefusedCommand[]
  source: 'script' | 'verify-items' | 'config' | 'none'
  scriptLine: number | null
}

export function basePlan(context: PlanningContext, config: ReadinessConfig | null): BasePlan {
  const { checklist } = context
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
  if (setting === 'verify-items' || block === null) return verifyItemsPlan(context)
  const ids = new IdAllocator()
  const refused: RefusedCommand[] = []
  const drafts = readScript(block, checklist.file).flatMap((step) => {
    const draft = stepDraft(step, context, refused, ids)
    return draft === null ? [] : [draft]
  })
  return { drafts, refused, source: 'script', scriptLine: block.line }
}

/** One script step as a draft, without its refused commands; null when nothing runnable is left. */
function stepDraft(
  step: ScriptStep,
  context: PlanningContext,
  refused: RefusedCommand[],
  ids: IdAllocator
): Draft | null {
  let cwd = step.cwd
  const kept = step.commands.filter((command) => {
    const refusal = refusalIn(context, command.text, cwd)
    cwd = directoryAfterLine(command.text, cwd)
    if (refusal !== null) refused.push({ command: command.text, line: command.line, ...refusal })
    return refusal === null
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
    source: { kind: 'script', line: first.line, file: context.checklist.file }
  }
}

/**
 * Without a script, the Verify commands of the critical phases are the plan, one validation per
 * distinct command, and one existence check per item naming files. A checklist that marks no
 * phase critical has its Verify commands planned from every phase, none of them critical: the
 * document did not say any of them gates readiness.
 */
function verifyItemsPlan(context: PlanningContext): BasePlan {
  const { checklist } = context
  const critical = checklist.phases.filter((phase) => phase.priority.level === 'critical')
  const phases = critical.length > 0 ? critical : checklist.phases
  const planner = new VerifyItemPlanner(context, new IdAllocator())
  for (const phase of phases) {
    for (const item of phaseItems(phase)) planner.add(item, phase.priority.level === 'critical')
  }
  const found = planner.drafts.length > 0 || planner.refused.length > 0
  return {
    drafts: planner.drafts,
    refused: planner.refused,
    source: found ? 'verify-items' : 'none',
    scriptLine: null
  }
}

/** Turns Verify items into drafts: distinct commands once each, paths as one check per item. */
export class VerifyItemPlanner {
  readonly drafts: Draft[] = []
  readonly refused: RefusedCommand[] = []
  private readonly seen = new Set<string>()
  private readonly linker: ItemLinker

  constructor(
    private readonly context: PlanningContext,
    private readonly ids: IdAllocator
  ) {
    this.linker = new ItemLinker(context.checklist)
  }

  /**
   * The item's Verify commands and path claims, as (critical) drafts or refusals. With `only`,
   * just the commands (or the path check's description) it names: the claims `claims: plan` adds.
   */
  add(item: TaskItem, critical: boolean, only?: ReadonlySet<string>): void {
    const paths = pathClaimsOf(item)
    if (paths.length > 0 && (only === undefined || only.has(pathCheckDescription(paths)))) {
      this.addPaths(item, critical, paths)
    }
    const pathSet = new Set(paths)
    for (const command of item.commands.filter((c) => c.role === 'verify')) {
      const text = normaliseWhitespace(command.text)
      if (text === '' || pathSet.has(command.text.trim()) || this.seen.has(text)) continue
      if (only !== undefined && !only.has(text)) continue
      this.seen.add(text)
      const refusal = refusalIn(this.context, text, '.')
      if (refusal !== null) {
        this.refused.push({ command: text, line: command.line, ...refusal })
        continue
      }
      this.drafts.push({
        ...emptyDraft(this.ids.take(text), text),
        command: text,
        lines: [text],
        critical,
        source: { kind: 'verify-item', line: item.line, file: this.context.checklist.file }
      })
    }
  }

  private addPaths(item: TaskItem, critical: boolean, paths: string[]): void {
    const key = `\0paths\0${paths.join('\0')}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    const name = pathCheckName(paths)
    this.drafts.push({
      ...emptyDraft(this.ids.take(name), name),
      command: pathCheckDescription(paths),
      lines: [],
      critical,
      verifies: this.linker.itemWithAncestors(item),
      check: { kind: 'paths-exist', paths },
      source: { kind: 'verify-item', line: item.line, file: this.context.checklist.file }
    })
  }
}

function isDirectoryChange(line: string): boolean {
  const program = programOf(line)
  return (
    (program === 'cd' || program === 'pushd' || program === 'popd') && splitChain(line).length === 1
  )
}
