/**
 * The effect policy: what a command does to the project before the gate runs it. Only checks
 * run; every other effect — formatting, fixing, snapshot updates, dependency changes, releases,
 * deploys, repository writes, deletions — is refused with its own precise reason, and so is a
 * command whose program cannot be known. A readiness check must not rewrite what it judges (the
 * scheduler's before/after tree comparison is the backstop for what no rule here knows).
 *
 * Commands are classified after resolution (command-resolution.ts): through wrappers, command
 * substitutions and package.json scripts, so `npm run format` is judged by the `prettier --write`
 * its script runs. Pure.
 */
import {
  resolveLine,
  type Hop,
  type ResolutionContext,
  type ResolvedCommand
} from './command-resolution.js'
import { normaliseWhitespace, splitChain } from './shell-words.js'
import { truncate } from '../linear-text.js'
import { wordsEffect } from './effect-rules/index.js'
import { effectByName, NAME_EFFECT_WORDS } from './effect-rules/names.js'
import { refuse, type EffectKind, type Refusal } from './effect-rules/rule.js'
import { writeEffect } from './effect-rules/writes.js'

export type { EffectKind, Refusal } from './effect-rules/rule.js'
export { wordsEffect } from './effect-rules/index.js'
export { effectByName } from './effect-rules/names.js'

export const EFFECT_KINDS: readonly EffectKind[] = [
  'format',
  'rewrite',
  'snapshot-update',
  'dependency-change',
  'release',
  'deploy',
  'vcs-write',
  'destructive',
  'dynamic',
  'listed-fix'
]

/** A command the checklist itself lists as a fix (a `Run: \`…\`` item), with its line. */
export interface ChecklistFix {
  command: string
  line: number
}

export interface EffectContext extends ResolutionContext {
  checklistFixes?: readonly ChecklistFix[]
}

/**
 * Why this command line must not be run, or null when it only checks: the first simple command
 * it runs — through wrappers, substitutions and package scripts — whose effect is not a check,
 * else a "Run:" command of the checklist (compared as a whole chain, and against each simple
 * command).
 */
export function refusalOf(line: string, context: EffectContext): Refusal | null {
  for (const command of resolveLine(line, context)) {
    const effect = effectOf(command)
    if (effect !== null)
      return { effect: effect.effect, reason: effect.reason + viaText(command.hops) }
  }
  return listedFix(line, context.checklistFixes ?? [])
}

function listedFix(line: string, fixes: readonly ChecklistFix[]): Refusal | null {
  const candidates = new Set([line, ...splitChain(line)].map(normaliseWhitespace))
  const listed = fixes.find((fix) => {
    const wanted = normaliseWhitespace(fix.command)
    return wanted !== '' && candidates.has(wanted)
  })
  if (listed === undefined) return null
  return {
    effect: 'listed-fix',
    reason: `the checklist lists '${normaliseWhitespace(listed.command)}' as a fix ("Run:" at line ${listed.line})`
  }
}

/** " — reached through 'npm run format' (package.json script 'format': `…`)". */
function viaText(hops: readonly Hop[]): string {
  const parts = hops.flatMap((hop) => {
    if (hop.kind === 'script') {
      return [`'${clip(hop.command)}' (package.json script '${hop.script}': \`${clip(hop.body)}\`)`]
    }
    if (hop.kind === 'wrapper') return [`'${hop.wrapper}'`]
    return ['a command substitution']
  })
  return parts.length === 0 ? '' : ` — run through ${parts.join(', then ')}`
}

/** A command as a refusal quotes it: one line, at most 120 characters, never half a character. */
function clip(text: string): string {
  return truncate(normaliseWhitespace(text), 120)
}

/** The effect of one resolved command, or null for a check. */
export function effectOf(command: ResolvedCommand): Refusal | null {
  if (command.dynamic) {
    return {
      effect: 'dynamic',
      reason: `'${clip(command.text)}' runs a program named by a variable or command substitution ('${clip(command.words[0] ?? '')}'): what it runs cannot be known`
    }
  }
  for (const target of command.writes) {
    const written = writeEffect(target)
    if (written !== null) return written
  }
  if (command.unreadScript !== null) return unreadScriptEffect(command.unreadScript)
  return wordsEffect(command.words)
}

function unreadScriptEffect(script: {
  command: string
  script: string
  args: string[]
}): Refusal | null {
  const passes = `'${clip(script.command)}' passes ${clip(script.args.join(' '))} to script '${script.script}'`
  if (script.args.includes('--fix'))
    return refuse('rewrite', `${passes}, which then rewrites files with its fixes`)
  if (script.args.includes('--write'))
    return refuse('rewrite', `${passes}, which then writes files`)
  if (
    ['-u', '--updateSnapshot', '--update', '--update-snapshots'].some((flag) =>
      script.args.includes(flag)
    )
  ) {
    return refuse('snapshot-update', `${passes}, which then updates test snapshots`)
  }
  const kind = effectByName(script.script)
  if (kind === null) return null
  return refuse(
    kind,
    `'${clip(script.command)}' runs script '${script.script}', which by its name ${NAME_EFFECT_WORDS[kind]!} (package.json could not be read to see what it runs)`
  )
}
