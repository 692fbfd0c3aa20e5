/**
 * The per-program effect rules, one file per family, and the lookup the policy uses.
 */
import { baseName } from '../wrappers.js'
import { FILE_RULES } from './files.js'
import { GO_RULES } from './go.js'
import { JAVASCRIPT_RULES } from './javascript.js'
import { PYTHON_RULES } from './python.js'
import { fixes, refuse, type Refusal, type RuleTable } from './rule.js'
import { RUST_RULES } from './rust.js'
import { VCS_AND_DEPLOY_RULES } from './vcs-and-deploy.js'
import { ownEntry } from '../../own-entry.js'

const RULES: RuleTable = {
  ...JAVASCRIPT_RULES,
  ...PYTHON_RULES,
  ...GO_RULES,
  ...RUST_RULES,
  ...VCS_AND_DEPLOY_RULES,
  ...FILE_RULES
}

/**
 * Programs whose rules read the words as they are, which the reading without option values would
 * get wrong: the file tools and rimraf/del read their operands (`rimraf -v dist` deletes only
 * dist), rustfmt an option's value (`--emit stdout` writes no file), and git, gh, vercel and aws
 * skip their own options' values (`git -C repo`, `gh -R owner/repo`), so the second reading
 * would only take an argument for a subcommand (`git --no-pager log -1 src` is not `git src`,
 * `gh api -X GET x` does not send the method `x`).
 */
const READS_OWN_OPTIONS = new Set([
  ...Object.keys(FILE_RULES),
  ...['rimraf', 'del', 'del-cli', 'rustfmt', 'git', 'gh', 'vercel', 'aws']
])

/**
 * The words' own effect (no redirections, no hops). A rule reads a subcommand as the first word
 * that is not an option, but an option may take the next word as its value (`fly --app web
 * deploy`, `kubectl --context prod apply`, `docker --context prod push`), which hides the
 * subcommand behind it. Which options take a value differs by program, so both readings are tried
 * for the programs with subcommands (but READS_OWN_OPTIONS): the words as they are, and the words
 * without each option's possible value; either refusing refuses.
 */
export function wordsEffect(words: readonly string[]): Refusal | null {
  const program = words[0]
  if (program === undefined) return null
  const name = ruleName(baseName(program))
  // Own keys only: a program named `constructor` or `toString` has no rule.
  const rule = ownEntry(RULES, name)
  if (rule !== undefined)
    return rule(words) ?? (READS_OWN_OPTIONS.has(name) ? null : rule(withoutOptionValues(words)))
  if (words.includes('--fix')) return fixes(`${name} --fix`, `${name} without --fix`)
  if (words.includes('--write')) return refuse('rewrite', `'${name} --write' writes files`)
  return null
}

/** The rule a program goes by: a versioned pip (`pip3.12`, as Python installs it) is pip. */
function ruleName(name: string): string {
  return /^pip\d+\.\d+$/.test(name) ? 'pip' : name
}

/**
 * The words with the word after each bare option (`--app web`, `-C repo`) left out, up to `--`
 * (after which every word is an argument). `--opt=value` keeps its value in one word.
 */
export function withoutOptionValues(words: readonly string[]): string[] {
  const kept: string[] = [words[0]!]
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    if (word === '--') return [...kept, ...words.slice(i)]
    kept.push(word)
    const next = words[i + 1]
    if (
      /^--?[A-Za-z]/.test(word) &&
      !word.includes('=') &&
      next !== undefined &&
      !next.startsWith('-')
    )
      i++
  }
  return kept
}
