/**
 * Writes into the project: a redirection (`> report.txt`), `tee file`, `cp`, `touch`. Writing to
 * /dev/null, /tmp or $TMPDIR is fine; anything else changes the tree the gate judges.
 */
import { refuse, type Refusal } from './rule.js'

/** Temporary and device locations a check may write to. */
const SAFE_WRITE = /^(?:\/dev\/|\/tmp\/|\/var\/tmp\/|\/proc\/self\/fd\/)|^\/tmp$/

/** `$TMPDIR`, `$(mktemp)`, and a variable named for a temporary place (`$work_tmp`, not `$TEMPLATES`). */
const TEMP_VARIABLE =
  /^"?\$\{?(?:TMPDIR|TMP|TEMP|RUNNER_TEMP|XDG_RUNTIME_DIR)\b|^"?\$\(\s*mktemp\b|^"?\$\{?[A-Za-z_]*(?:tmp|temp(?!l))/i

/**
 * Build output a build step writes by design (`cp -r assets dist/`, `tsc > build/log`): usually
 * ignored by git. When it is tracked (a committed dist/), the scheduler's before/after
 * comparison of the tree catches the change; the policy does not refuse every build.
 */
const BUILD_OUTPUT =
  /^(?:\.\/)?(?:target|node_modules|coverage|dist|build|out|\.cache|\.nyc_output)(?:\/|$)/

/**
 * A write into the tree (`> report.txt`) is refused; /dev/null, /tmp, $TMPDIR and build output
 * directories are fine.
 */
export function writeEffect(target: string): Refusal | null {
  // `&2` and `&-` name a descriptor; a bare `1` is a file (`2>1`, the typo for `2>&1`, writes one).
  if (SAFE_WRITE.test(target) || TEMP_VARIABLE.test(target) || /^(?:&\d*-?)?$/.test(target))
    return null
  if (BUILD_OUTPUT.test(target) && !target.split('/').includes('..')) return null
  if (/^"?[$`]/.test(target)) {
    return refuse(
      'rewrite',
      `'> ${target}' writes a file the gate cannot locate (write to /dev/null or $TMPDIR instead)`
    )
  }
  return refuse(
    'rewrite',
    `'> ${target}' writes a file in the project (write to /dev/null or $TMPDIR instead)`
  )
}

/**
 * Where `cp`, `ln` or `mv` write: the directory of `-t DIR` (`--target-directory=DIR`), else the
 * last operand.
 */
export function copyTarget(words: readonly string[]): string[] {
  const at = words.findIndex((x) => x === '-t' || x === '--target-directory')
  if (at !== -1) return words[at + 1] === undefined ? [] : [words[at + 1]!]
  const glued = words.find((x) => x.startsWith('--target-directory=') || /^-t./.test(x))
  if (glued !== undefined) return [glued.slice(glued.startsWith('-t') ? 2 : glued.indexOf('=') + 1)]
  const operands = words.slice(1).filter((x) => !x.startsWith('-'))
  return operands.length === 0 ? [] : [operands.at(-1)!]
}

export function pathWrites(tool: string, paths: readonly string[], what: string): Refusal | null {
  return paths.some((p) => writeEffect(p) !== null) ? refuse('rewrite', `'${tool}' ${what}`) : null
}

/**
 * Build output a build script cleans before it builds (`rimraf dist && tsc`): dist/, build/,
 * out/, coverage/, caches and *.tsbuildinfo. node_modules/ and target/ are not: removing them
 * costs every later step a reinstall or a rebuild.
 */
const CLEANABLE_OUTPUT =
  /^(?:\.\/)?(?:(?:dist|build|out|coverage|\.cache|\.nyc_output)(?:\/.*)?|[^/]*\.tsbuildinfo)$/

/** `rm -rf dist` deletes only build output (and names at least one path); `rm -rf src` does not. */
export function deletesOnlyBuildOutput(words: readonly string[]): boolean {
  const paths = words.slice(1).filter((word) => !word.startsWith('-'))
  return (
    paths.length > 0 && paths.every((p) => CLEANABLE_OUTPUT.test(p) && !p.split('/').includes('..'))
  )
}

/** A rule for a command that deletes the paths it is given. */
export function deletes(tool: string): (words: readonly string[]) => Refusal | null {
  return (words) =>
    deletesOnlyBuildOutput(words)
      ? null
      : refuse(
          'destructive',
          `'${tool}' deletes files (only build output such as dist/ may be cleaned)`
        )
}
