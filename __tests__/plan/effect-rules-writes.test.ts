/**
 * Where a command may write (src/plan/effect-rules/writes.ts): a redirection's target, tee's and
 * touch's files, cp's and ln's destination, and the paths rm may clean. Inside the project is
 * refused; /dev, /tmp, $TMPDIR-like variables and build output directories are not.
 */
import { refusal } from './effect-cases.js'
import {
  copyTarget,
  deletesOnlyBuildOutput,
  writeEffect
} from '../../src/plan/effect-rules/writes.js'

const inProject = (target: string): { effect: string; reason: string } => ({
  effect: 'rewrite',
  reason: `'> ${target}' writes a file in the project (write to /dev/null or $TMPDIR instead)`
})

const unlocated = (target: string): { effect: string; reason: string } => ({
  effect: 'rewrite',
  reason: `'> ${target}' writes a file the gate cannot locate (write to /dev/null or $TMPDIR instead)`
})

describe('a write target', () => {
  test.each([
    '/dev/null',
    '/dev/stderr',
    '/tmp',
    '/tmp/out.log',
    '/var/tmp/out.log',
    '/proc/self/fd/2',
    '$TMPDIR/out.log',
    '"$TMPDIR/out.log"',
    '${TMPDIR}/out.log',
    '${TMPDIR:-/tmp}/out.log',
    '$TMP/out.log',
    '$TEMP/out.log',
    '$RUNNER_TEMP/out.log',
    '"${RUNNER_TEMP}/out.log"',
    '$XDG_RUNTIME_DIR/out.log',
    '${XDG_RUNTIME_DIR}/out.log',
    '"$XDG_RUNTIME_DIR/out.log"',
    '$(mktemp)',
    '"$(mktemp -d)/out.log"',
    '"$( mktemp -d )/out.log"',
    '$mytmp/out.log',
    '${work_tmp}/out.log',
    '"$BUILD_TEMP_DIR/out.log"',
    '$tmpdir2/out.log',
    // A descriptor, or nothing (bash refuses an empty name and writes nothing).
    '&1',
    '&2',
    '&-',
    '&12',
    '',
    // Build output a build writes by design.
    'target/x',
    'node_modules/.cache/x',
    './node_modules/.cache/x',
    'coverage',
    'coverage/lcov.info',
    'dist',
    'dist/stamp',
    './dist/stamp',
    'build/files.txt',
    'out/x',
    '.cache/x',
    '.nyc_output/x'
  ])('%s may be written', (target) => {
    expect([target, writeEffect(target)]).toEqual([target, null])
  })

  test.each([
    'report.txt',
    './report.txt',
    'docs/out.md',
    '/tmpfoo',
    '/tmpfoo/x',
    '/var/tmpx/a',
    '/dev',
    '/etc/hosts',
    '/proc/1/fd/1',
    // Safe names only at the start.
    'logs/tmp/x',
    'logs/tmp',
    'x/dev/null',
    'x$TMPDIR/a',
    'x$(mktemp)',
    'x$mytmp/a',
    'src/dist/x',
    'distx/a',
    'dist2/a',
    'build/../src/a.ts',
    './dist/../src/a.ts',
    '../outside.txt',
    // was run: a bare number or - is a file name (`2>1` is the typo for `2>&1`).
    '1',
    '2',
    '-',
    '1-',
    // A name with $ inside is still a name in the project.
    'a$b'
  ])('%s is in the project', (target) => {
    expect([target, writeEffect(target)]).toEqual([target, inProject(target)])
  })

  test.each([
    '$HOME/out.log',
    '"$HOME/out.log"',
    '`pwd`/out.log',
    '$(pwd)/out.log',
    '$OUT',
    '${OUTPUT_DIR}/x',
    // was run: a variable named for templates is no temporary place.
    '$TEMPLATE_DIR/index.html',
    '${templates}/a',
    '$OUTDIR/a'
  ])('%s cannot be located', (target) => {
    expect([target, writeEffect(target)]).toEqual([target, unlocated(target)])
  })
})

describe('redirections', () => {
  test.each([
    ['cargo test > results.txt', inProject('results.txt')],
    ['cargo test >> results.txt', inProject('results.txt')],
    ['cargo test 2> err.log', inProject('err.log')],
    ['cargo test &> all.log', inProject('all.log')],
    // was run: `>|` (write even under noclobber) was read as a pipe into a program `results.txt`.
    ['cargo test >| results.txt', inProject('results.txt')],
    ['cargo test 2>|err.log', inProject('err.log')],
    // An escaped > is an argument: the | after it is a pipe into cargo fmt.
    [
      'echo \\>|cargo fmt',
      {
        effect: 'format',
        reason:
          "'cargo fmt' rewrites files with its formatting (the check is 'cargo fmt -- --check')"
      }
    ],
    ['cargo test >results.txt', inProject('results.txt')],
    // was run: the redirection writes a file named 1.
    ['cargo test 2>1', inProject('1')],
    ['echo x > 1', inProject('1')],
    ['echo x > "$HOME/x"', unlocated('$HOME/x')],
    ['echo x > $HOME/x', unlocated('$HOME/x')],
    ['echo x > $TEMPLATE_DIR/x', unlocated('$TEMPLATE_DIR/x')],
    // The first write refused names the refusal.
    ['cargo test > /tmp/a 2> b.log', inProject('b.log')]
  ])('%s is refused', (command, expected) => {
    expect(refusal(command)).toEqual(expected)
  })

  test.each([
    'cargo test > /dev/null',
    'cargo test >| /dev/null',
    'cargo test | tee /tmp/a || echo ">|"',
    'cargo test 2>&1',
    'cargo test >&2',
    'cargo test 2>&-',
    'cargo test > /tmp/results.txt 2>&1',
    'cargo test > "$RUNNER_TEMP/results.txt"',
    'npx tsc --listFiles > build/files.txt',
    'grep -c ">" CHANGELOG.md',
    'wc -l < README.md'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('the target of cp, ln and mv', () => {
  test.each([
    [['cp', 'a', 'b'], ['b']],
    [['cp', '-r', 'a', 'b', 'dest/'], ['dest/']],
    [['cp', 'a'], ['a']],
    [['cp'], []],
    [['cp', '-r', '-v'], []],
    [['cp', '-t', 'dest', 'a', 'b'], ['dest']],
    [['cp', 'a', 'b', '-t', 'dest'], ['dest']],
    [['cp', 'a', '-t'], []],
    [['cp', '--target-directory', 'dest', 'a'], ['dest']],
    [['cp', '--target-directory=dest', 'a'], ['dest']],
    [['cp', '-tdest', 'a'], ['dest']],
    [['ln', '-s', '-T', 'a', 'b'], ['b']]
  ])('%j writes into %j', (words, target) => {
    expect(copyTarget(words)).toStrictEqual(target)
  })
})

describe('what rm may clean', () => {
  test.each([
    [['rm', '-rf', 'dist'], true],
    [['rm', '-rf', 'dist/'], true],
    [['rm', '-rf', './dist/esm'], true],
    [['rm', '-rf', 'build', 'out', 'coverage', '.cache', '.nyc_output'], true],
    [['rm', '-f', 'tsconfig.tsbuildinfo'], true],
    [['rm', '-f', 'tsconfig.build.tsbuildinfo'], true],
    [['rm', '-rf'], false],
    [['rm'], false],
    [['rm', '-rf', 'dist', 'src'], false],
    [['rm', '-rf', 'src', 'dist'], false],
    [['rm', '-rf', 'target'], false],
    [['rm', '-rf', 'node_modules'], false],
    [['rm', '-rf', 'src/dist'], false],
    [['rm', '-rf', 'dist.bak'], false],
    [['rm', '-rf', 'dist/../src'], false],
    [['rm', '-f', 'src/a.tsbuildinfo'], false],
    [['rm', '-rf', '/'], false]
  ])('%j deletes only build output: %s', (words, expected) => {
    expect(deletesOnlyBuildOutput(words)).toBe(expected)
  })

  test('rm of anything else is refused with the reason naming the tool', () => {
    expect(refusal('rm -rf src')).toEqual({
      effect: 'destructive',
      reason: "'rm' deletes files (only build output such as dist/ may be cleaned)"
    })
    expect(refusal('npx rimraf src')).toEqual({
      effect: 'destructive',
      reason:
        "'rimraf' deletes files (only build output such as dist/ may be cleaned) — run through 'npx'"
    })
    expect(refusal('npx rimraf dist coverage')).toBeNull()
  })
})
