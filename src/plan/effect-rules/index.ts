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

const RULES: RuleTable = {
  ...JAVASCRIPT_RULES,
  ...PYTHON_RULES,
  ...GO_RULES,
  ...RUST_RULES,
  ...VCS_AND_DEPLOY_RULES,
  ...FILE_RULES
}

/** The words' own effect (no redirections, no hops). */
export function wordsEffect(words: readonly string[]): Refusal | null {
  const program = words[0]
  if (program === undefined) return null
  const name = baseName(program)
  const rule = RULES[name]
  const own = rule === undefined ? null : rule(words)
  if (own !== null || rule !== undefined) return own
  if (words.includes('--fix')) return fixes(`${name} --fix`, `${name} without --fix`)
  if (words.includes('--write')) return refuse('rewrite', `'${name} --write' writes files`)
  return null
}
