/**
 * Commands that delete or edit files (rm, find -delete, truncate, sed -i, tee, cp…), other
 * formatters (clang-format, shfmt), and make targets judged by their names.
 */
import { effectByName, NAME_EFFECT_WORDS } from './names.js'
import {
  destroys,
  formats,
  has,
  hasShort,
  operands,
  refuse,
  type Refusal,
  type RuleTable
} from './rule.js'
import { copyTarget, deletes, pathWrites, writeEffect } from './writes.js'

export const FILE_RULES: RuleTable = {
  rm: deletes('rm'),
  rmdir: () => destroys('rmdir', 'deletes directories'),
  unlink: () => destroys('unlink', 'deletes a file'),
  shred: () => destroys('shred', 'overwrites and deletes files'),
  truncate: () => destroys('truncate', 'cuts files down'),
  // `find … -exec CMD ;` is read through as a wrapper (wrappers.ts); -delete is find's own.
  find: findEffect,
  sed: (w) =>
    has(w, '--in-place') || w.some((x) => /^-[A-Za-z]*i/.test(x))
      ? refuse('rewrite', "'sed -i' edits files in place")
      : null,
  perl: (w) => (perlEditsInPlace(w) ? refuse('rewrite', "'perl -i' edits files in place") : null),
  awk: (w) =>
    awkIncludesInplace(w) ? refuse('rewrite', "'awk -i inplace' edits files in place") : null,
  gawk: (w) =>
    awkIncludesInplace(w) ? refuse('rewrite', "'gawk -i inplace' edits files in place") : null,
  tee: (w) => {
    const files = w.slice(1).filter((x) => !x.startsWith('-'))
    for (const file of files) {
      const effect = writeEffect(file)
      if (effect !== null)
        return { effect: effect.effect, reason: `'tee ${file}' writes a file in the project` }
    }
    return null
  },
  touch: (w) =>
    pathWrites(
      'touch',
      operands(w, TOUCH_VALUE_OPTIONS),
      'creates or touches files in the project'
    ),
  cp: (w) => pathWrites('cp', copyTarget(w), 'writes files in the project'),
  mv: () => destroys('mv', 'moves files'),
  ln: (w) => pathWrites('ln', copyTarget(w), 'creates links in the project'),
  chmod: (w) => pathWrites('chmod', chmodFiles(w), 'changes file modes in the project'),
  make: makeEffect,
  // LLVM options take one or two dashes and never cluster: `-i`, `--i`, `-i=true`; `-version` is not -i.
  'clang-format': (w) =>
    w.some((x) => /^--?i(?:=(?:true|1))?$/i.test(x))
      ? formats('clang-format -i', 'clang-format --dry-run --Werror')
      : null,
  shfmt: (w) => (hasShort(w, 'w') || has(w, '--write') ? formats('shfmt -w', 'shfmt -d') : null)
}

/** make's options whose value is no target (`make -f format.mk test` runs target test). */
const MAKE_VALUE_OPTIONS = [
  '-f',
  '--file',
  '--makefile',
  '-C',
  '--directory',
  '-I',
  '--include-dir',
  '-o',
  '--old-file',
  '--assume-old',
  '-W',
  '--what-if',
  '--new-file',
  '--assume-new',
  '-E',
  '--eval'
]

/** Make targets are judged by their names only: the Makefile is not read. */
function makeEffect(w: readonly string[]): Refusal | null {
  const targets = operands(w, MAKE_VALUE_OPTIONS).filter((x) => !x.includes('='))
  for (const target of targets) {
    const kind = effectByName(target)
    if (kind !== null)
      return refuse(
        kind,
        `'make ${target}' ${NAME_EFFECT_WORDS[kind]}, by its target name (the Makefile is not read)`
      )
  }
  return null
}

/** `find … -delete` deletes; `-fprint FILE` (`-fprint0`, `-fprintf`, `-fls`) writes FILE. */
function findEffect(w: readonly string[]): Refusal | null {
  if (w.includes('-delete')) return destroys('find … -delete', 'deletes files')
  const at = w.findIndex((x) => ['-fprint', '-fprint0', '-fprintf', '-fls'].includes(x))
  if (at === -1) return null
  return pathWrites(`find … ${w[at]!}`, [w[at + 1] ?? ''], 'writes a file in the project')
}

/**
 * perl's switches before its script (or after `-e CODE`): `-i` alone, with a backup suffix
 * (`-i.bak`) or in a cluster (`-pi`, `-lpi`). A switch that takes the rest of its word as a value
 * ends the cluster: `-Ilib`, `-Mstrict`, `-e'…'` hold no -i.
 */
function perlEditsInPlace(w: readonly string[]): boolean {
  for (let i = 1; i < w.length; i++) {
    const word = w[i]!
    if (word === '--' || !word.startsWith('-')) return false
    for (let at = 1; at < word.length; at++) {
      const letter = word[at]!
      if (letter === 'i') return true
      if ('MmIxdDFCVeE'.includes(letter)) {
        // `-e CODE`, `-I DIR`: the value is the next word.
        if (at === word.length - 1 && 'eEI'.includes(letter)) i++
        break
      }
    }
  }
  return false
}

/** gawk's in-place extension, loaded by `-i inplace`, `-iinplace`, `--include=inplace` or `inplace.awk`. */
function awkIncludesInplace(w: readonly string[]): boolean {
  const inplace = (name: string | undefined): boolean =>
    name !== undefined && /^(?:.*\/)?inplace(?:\.awk)?$/.test(name)
  return w.some(
    (x, i) =>
      ((x === '-i' || x === '--include') && inplace(w[i + 1])) ||
      (x.startsWith('--include=') && inplace(x.slice('--include='.length))) ||
      (/^-i./.test(x) && inplace(x.slice(2)))
  )
}

/** touch's options whose value is not a file it touches (`-r REF` is only read). */
const TOUCH_VALUE_OPTIONS = ['-d', '--date', '-t', '-r', '--reference']

/**
 * The files chmod changes: its operands but the first, the mode (`755`, `u+x`, `-x`), unless
 * `--reference=FILE` gives the mode. Options are -c, -f, -v, -R and the long ones.
 */
function chmodFiles(w: readonly string[]): string[] {
  const operands = w.slice(1).filter((x) => !/^-[cfvR]+$/.test(x) && !x.startsWith('--'))
  return w.some((x) => x.startsWith('--reference')) ? operands : operands.slice(1)
}
