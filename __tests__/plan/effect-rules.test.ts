/**
 * The effect policy's building blocks and the arguments passed to a package script it cannot
 * read, each with its exact reason: written from the mutants that survived effects.test.ts,
 * plan.test.ts and claims.test.ts (docs/mutation-testing.md). A refusal the policy misses is a
 * command that changes the user's tree.
 */
import { refusalOf } from '../../src/plan/effects.js'
import { has, hasShort, subcommand, subcommandDeploy } from '../../src/plan/effect-rules/rule.js'
import { withoutOptionValues } from '../../src/plan/effect-rules/index.js'

// No package.json here: the policy sees only the script's name and the arguments passed to it.
const refusal = (command: string): { effect: string; reason: string } | null =>
  refusalOf(command, { cwd: '.' })

describe('arguments passed to a script whose package.json cannot be read', () => {
  test.each([
    [
      'npm run lint -- --fix',
      'rewrite',
      "'npm run lint -- --fix' passes --fix to script 'lint', which then rewrites files with its fixes"
    ],
    [
      'npm run style -- --write',
      'rewrite',
      "'npm run style -- --write' passes --write to script 'style', which then writes files"
    ],
    [
      'npm run check -- --write --cache',
      'rewrite',
      "'npm run check -- --write --cache' passes --write --cache to script 'check', which then writes files"
    ],
    ...['-u', '--updateSnapshot', '--update', '--update-snapshots'].map((flag) => [
      `npm test -- ${flag}`,
      'snapshot-update',
      `'npm test -- ${flag}' passes ${flag} to script 'test', which then updates test snapshots`
    ])
  ])('%s is refused: %s', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each(['npm run style -- --check', 'npm test -- --verbose', 'npm test -- -x'])(
    '%s runs',
    (command) => {
      expect(refusal(command)).toBeNull()
    }
  )

  test('long commands are clipped to 120 characters in the reason', () => {
    const long = `npm run lint -- --fix ${'a'.repeat(200)}`
    const reason = refusal(long)!.reason
    const quoted = /^'([^']*)' passes/.exec(reason)![1]!
    expect(quoted).toHaveLength(120)
    expect(quoted.endsWith('…')).toBe(true)
    expect(quoted.startsWith('npm run lint -- --fix aaa')).toBe(true)
    // 120 characters exactly are not clipped.
    const exact = `npm run lint -- --fix ${'a'.repeat(120 - 'npm run lint -- --fix '.length)}`
    expect(refusal(exact)!.reason.startsWith(`'${exact}' passes`)).toBe(true)
  })
})

describe('a program named by a variable', () => {
  test('names the command and the word it cannot know', () => {
    expect(refusal('"$LINTER" --check src')).toEqual({
      effect: 'dynamic',
      reason:
        "'\"$LINTER\" --check src' runs a program named by a variable or command substitution ('$LINTER'): what it runs cannot be known"
    })
  })
})

describe('the rule helpers', () => {
  test('has: a flag alone or, for long flags, with =value; short flags never take =', () => {
    expect(has(['x', '--fix'], '--write', '--fix')).toBe(true)
    expect(has(['x', '--fix=safe'], '--write', '--fix')).toBe(true)
    expect(has(['x', '--write=all'], '--fix', '--write')).toBe(true)
    expect(has(['x', '-w=1'], '-w')).toBe(false)
    expect(has(['x', '--fixes'], '--fix')).toBe(false)
    expect(has(['x', '--check'], '--fix', '--write')).toBe(false)
  })

  test('hasShort: a letter alone or in a cluster of letters only', () => {
    expect(hasShort(['jest', '-u'], 'u')).toBe(true)
    expect(hasShort(['jest', '-ciu'], 'u')).toBe(true)
    expect(hasShort(['jest', '-u1'], 'u')).toBe(false)
    expect(hasShort(['jest', '--u'], 'u')).toBe(false)
    expect(hasShort(['jest', 'u'], 'u')).toBe(false)
    // The program itself is a word too: a `-u` program name is not a flag of another.
    expect(hasShort(['-u'], 'u')).toBe(true)
  })

  test('subcommand: the first word that is not an option nor a +toolchain', () => {
    expect(subcommand(['cargo', '+nightly', '--locked', 'publish', '-p', 'x'])).toEqual({
      name: 'publish',
      index: 3
    })
    expect(subcommand(['tool', 'run-', 'x'])).toEqual({ name: 'run-', index: 1 })
    expect(subcommand(['tool', '--flag'])).toBeNull()
    expect(subcommand(['a', 'b', 'c'], 2)).toEqual({ name: 'c', index: 2 })
  })

  test('subcommandDeploy: only the listed subcommands, and none when there is none', () => {
    const rule = subcommandDeploy('fly', ['deploy', 'scale'])
    expect(rule(['fly', '--app', 'deploy'])).toEqual({
      effect: 'deploy',
      reason: "'fly deploy' deploys or changes live resources"
    })
    expect(rule(['fly', 'status'])).toBeNull()
    expect(rule(['fly', '--verbose'])).toBeNull()
    expect(rule(['fly'])).toBeNull()
  })
})

describe('a subcommand behind an option that takes a value', () => {
  // Found by writing these tests: every one of these but `git -C repo push` was run, though it
  // deploys, pushes or publishes — an option's value hid the subcommand from the rule.
  test.each([
    ['fly --app web deploy', 'deploy', "'fly deploy' deploys or changes live resources"],
    ['flyctl -a web deploy', 'deploy', "'flyctl deploy' deploys or changes live resources"],
    ['pulumi --cwd infra up', 'deploy', "'pulumi up' deploys or changes live resources"],
    ['docker --context prod push app:1', 'deploy', "'docker push' pushes an image to a registry"],
    [
      'kubectl --context prod apply -f app.yaml',
      'deploy',
      "'kubectl apply' deploys or changes live resources"
    ],
    [
      'helm --namespace prod upgrade app ./chart',
      'deploy',
      "'helm upgrade' deploys or changes live resources"
    ],
    ['git -C repo push', 'deploy', "'git push' pushes to a remote repository"],
    ['npm --prefix web publish', 'release', "'npm publish' publishes the package to the registry"],
    [
      'cargo --config net.offline=true publish',
      'release',
      "'cargo publish' publishes the crate to crates.io"
    ],
    [
      'npx wrangler --env prod deploy',
      'deploy',
      "'wrangler deploy' deploys or changes live resources — run through 'npx'"
    ]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'fly --app web status',
    'docker --context prod build .',
    'pulumi --cwd infra preview',
    'npm --prefix web test'
  ])('%s still runs', (command) => {
    expect(refusal(command)).toBeNull()
  })

  test('the second reading drops the word after each bare option, up to --', () => {
    expect(withoutOptionValues(['fly', '--app', 'web', 'deploy'])).toEqual([
      'fly',
      '--app',
      'deploy'
    ])
    expect(withoutOptionValues(['git', '-C', 'repo', 'push', '--force'])).toEqual([
      'git',
      '-C',
      'push',
      '--force'
    ])
    expect(withoutOptionValues(['x', '--a=1', 'sub'])).toEqual(['x', '--a=1', 'sub'])
    expect(withoutOptionValues(['x', '-v', '-q', 'sub'])).toEqual(['x', '-v', '-q'])
    expect(withoutOptionValues(['npm', 'test', '--', '--watch', 'x'])).toEqual([
      'npm',
      'test',
      '--',
      '--watch',
      'x'
    ])
  })

  test('file tools keep their operands: rm of a build directory still runs', () => {
    expect(refusal('rm -rf ./dist/esm')).toBeNull()
    expect(refusal('rm -rf dist/../src')?.effect).toBe('destructive')
  })
})

describe('program names that are names of Object.prototype', () => {
  test.each(['constructor --help', 'toString', 'valueOf x', 'hasOwnProperty a'])(
    '%s has no rule: it runs as a check',
    (command) => {
      expect(refusal(command)).toBeNull()
    }
  )
})
