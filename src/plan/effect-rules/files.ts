/**
 * Commands that delete or edit files (rm, find -delete, truncate, sed -i, tee, cp…), other
 * formatters (clang-format, shfmt), and make targets judged by their names.
 */
import { effectByName, NAME_EFFECT_WORDS } from './names.js'
import { destroys, formats, has, hasShort, refuse, type Refusal, type RuleTable } from './rule.js'
import { deletes, lastOperand, pathWrites, writeEffect } from './writes.js'

export const FILE_RULES: RuleTable = {
  rm: deletes('rm'),
  rmdir: () => destroys('rmdir', 'deletes directories'),
  unlink: () => destroys('unlink', 'deletes a file'),
  shred: () => destroys('shred', 'overwrites and deletes files'),
  truncate: () => destroys('truncate', 'cuts files down'),
  // `find … -exec CMD ;` is read through as a wrapper (wrappers.ts); -delete is find's own.
  find: (w) => (w.includes('-delete') ? destroys('find … -delete', 'deletes files') : null),
  sed: (w) =>
    has(w, '--in-place') || w.some((x) => /^-[A-Za-z]*i/.test(x) && !x.startsWith('--'))
      ? refuse('rewrite', "'sed -i' edits files in place")
      : null,
  perl: (w) =>
    w.some((x) => /^-[A-Za-z]*i/.test(x))
      ? refuse('rewrite', "'perl -i' edits files in place")
      : null,
  awk: (w) =>
    w.some((x, i) => x === '-i' && w[i + 1] === 'inplace')
      ? refuse('rewrite', "'awk -i inplace' edits files in place")
      : null,
  gawk: (w) =>
    w.some((x, i) => x === '-i' && w[i + 1] === 'inplace')
      ? refuse('rewrite', "'gawk -i inplace' edits files in place")
      : null,
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
      w.slice(1).filter((x) => !x.startsWith('-')),
      'creates or touches files in the project'
    ),
  cp: (w) => pathWrites('cp', lastOperand(w), 'writes files in the project'),
  mv: () => destroys('mv', 'moves files'),
  ln: (w) => pathWrites('ln', lastOperand(w), 'creates links in the project'),
  chmod: (w) =>
    pathWrites(
      'chmod',
      w.slice(2).filter((x) => !x.startsWith('-')),
      'changes file modes in the project'
    ),
  make: makeEffect,
  'clang-format': (w) =>
    hasShort(w, 'i') ? formats('clang-format -i', 'clang-format --dry-run --Werror') : null,
  shfmt: (w) => (hasShort(w, 'w') || has(w, '--write') ? formats('shfmt -w', 'shfmt -d') : null)
}

/** Make targets are judged by their names only: the Makefile is not read. */
function makeEffect(w: readonly string[]): Refusal | null {
  const targets = w.slice(1).filter((x) => !x.startsWith('-') && !x.includes('='))
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
