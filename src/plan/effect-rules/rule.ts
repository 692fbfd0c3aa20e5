/**
 * What every effect rule shares: the Refusal it returns and the small readers of a command's
 * words (flags, clustered short flags, the subcommand) and the sentences refusals are made of.
 */
import type { RefusedEffect } from '../../validations/model.js'

/** What a refused command would do; documented on RefusedEffect (model.ts). */
export type EffectKind = RefusedEffect

/** Why a command is not run: its effect and a sentence naming the part that has it. */
export interface Refusal {
  effect: EffectKind
  reason: string
}

/** A program's rule: its effect for these words (program first), or null for a check. */
export type Rule = (words: readonly string[]) => Refusal | null

/** A family's rules, by program name (its base name: `./node_modules/.bin/x` is `x`). */
export type RuleTable = Readonly<Record<string, Rule>>

export function has(words: readonly string[], ...flags: string[]): boolean {
  return words.some(
    (word) =>
      flags.includes(word) || flags.some((f) => f.startsWith('--') && word.startsWith(`${f}=`))
  )
}

/** A short flag given alone or in a cluster: `-w`, `-lw`. */
export function hasShort(words: readonly string[], letter: string): boolean {
  return words.some((word) => /^-[A-Za-z]+$/.test(word) && word.slice(1).includes(letter))
}

/** The first word after the program that is not an option (and not a +toolchain). */
export function subcommand(
  words: readonly string[],
  from = 1
): { name: string; index: number } | null {
  for (let i = from; i < words.length; i++) {
    const word = words[i]!
    if (!word.startsWith('-') && !word.startsWith('+')) return { name: word, index: i }
  }
  return null
}

/**
 * The words after the program that are not options, leaving out the word each of `valueOptions`
 * takes as its value (`make -f format.mk test` → `test`, `vercel --cwd web ls` → `ls`).
 */
export function operands(words: readonly string[], valueOptions: readonly string[]): string[] {
  const found: string[] = []
  for (let i = 1; i < words.length; i++) {
    if (valueOptions.includes(words[i]!)) i++
    else if (!words[i]!.startsWith('-')) found.push(words[i]!)
  }
  return found
}

export function refuse(effect: EffectKind, reason: string): Refusal {
  return { effect, reason }
}

export function formats(tool: string, check: string): Refusal {
  return refuse('format', `'${tool}' rewrites files with its formatting (the check is '${check}')`)
}

export function fixes(tool: string, check: string): Refusal {
  return refuse(
    'rewrite',
    `'${tool}' rewrites source files with its fixes (the check is '${check}')`
  )
}

export function release(tool: string, what: string): Refusal {
  return refuse('release', `'${tool}' ${what}`)
}

export function deploy(tool: string, what: string): Refusal {
  return refuse('deploy', `'${tool}' ${what}`)
}

export function destroys(tool: string, what: string): Refusal {
  return refuse('destructive', `'${tool}' ${what}`)
}

export function dependencies(tool: string, what: string): Refusal {
  return refuse('dependency-change', `'${tool}' changes ${what}`)
}

export function subcommandDeploy(tool: string, subcommands: readonly string[]): Rule {
  return (w) => {
    const sub = subcommand(w)?.name
    return sub !== undefined && subcommands.includes(sub)
      ? deploy(`${tool} ${sub}`, 'deploys or changes live resources')
      : null
  }
}

/** Values that turn an update flag off: `--updateSnapshot=false`, `--update-snapshots=none` (Playwright). */
const OFF_VALUES = new Set(['false', '0', 'none'])

export function snapshotFlags(tool: string, flags: string[]): Rule {
  const updates = (word: string): boolean =>
    flags.some(
      (flag) =>
        word === flag ||
        (word.startsWith(`${flag}=`) && !OFF_VALUES.has(word.slice(flag.length + 1)))
    )
  return (w) =>
    w.some(updates) || hasShort(w, 'u')
      ? refuse(
          'snapshot-update',
          `'${tool} -u' rewrites stored snapshots, so snapshot tests pass by definition (the check is '${tool}' without -u)`
        )
      : null
}
