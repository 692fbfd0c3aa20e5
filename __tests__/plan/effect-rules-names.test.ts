/**
 * What a package script or make target does by its name alone (src/plan/effect-rules/names.ts),
 * the words a refusal uses for each effect, and the lookup that picks a program's rule
 * (src/plan/effect-rules/index.ts): own rule first, else --fix / --write on an unknown program.
 */
import { refusal } from './effect-cases.js'
import { effectByName } from '../../src/plan/effect-rules/names.js'
import { withoutOptionValues, wordsEffect } from '../../src/plan/effect-rules/index.js'

describe('a name with an effect', () => {
  test.each([
    // Deleting wins over every other word, checks included.
    ['clean', 'destructive'],
    ['distclean', 'destructive'],
    ['clear', 'destructive'],
    ['purge', 'destructive'],
    ['cache:clear', 'destructive'],
    ['clean:check', 'destructive'],
    ['clean-format', 'destructive'],
    ['Clean', 'destructive'],
    // Formatting, unless the name also says it checks.
    ['format', 'format'],
    ['fmt', 'format'],
    ['prettier', 'format'],
    ['prettify', 'format'],
    ['beautify', 'format'],
    ['FORMAT', 'format'],
    ['format:all', 'format'],
    // …and a check word does not count beside fix, write, update or u.
    ['format:check:fix', 'format'],
    ['lint:format:write', 'format'],
    ['format:diff:update', 'format'],
    ['format:ci:u', 'format'],
    // Fixing, whatever else the name says.
    ['fix', 'rewrite'],
    ['autofix', 'rewrite'],
    ['write', 'rewrite'],
    ['lint:fix', 'rewrite'],
    ['lint-write', 'rewrite'],
    ['lint_autofix', 'rewrite'],
    ['lint.fix', 'rewrite'],
    ['test:fix', 'rewrite'],
    ['release:fix', 'rewrite'],
    // Snapshots: a snapshot word and an update word, or test first and an update word.
    ['snapshot:update', 'snapshot-update'],
    ['snapshots-update', 'snapshot-update'],
    ['snap:u', 'snapshot-update'],
    ['update-snapshots', 'snapshot-update'],
    ['update:snap', 'snapshot-update'],
    ['test:update', 'snapshot-update'],
    ['test:u', 'snapshot-update'],
    ['test-u', 'snapshot-update'],
    ['test:e2e:update', 'snapshot-update'],
    // Releasing, unless the name says it checks.
    ['release', 'release'],
    ['publish', 'release'],
    ['version', 'release'],
    ['bump', 'release'],
    ['publish:npm', 'release'],
    ['version:bump', 'release'],
    ['release:u', 'release'],
    // Deploying, even beside a check word: `deploy:test` deploys to a test environment.
    ['deploy', 'deploy'],
    ['deploy:prod', 'deploy'],
    ['deploy:test', 'deploy'],
    ['deploy:check', 'deploy'],
    // Dependencies, unless the name says it checks.
    ['install', 'dependency-change'],
    ['upgrade', 'dependency-change'],
    ['deps', 'dependency-change'],
    ['update:deps', 'dependency-change'],
    ['deps:update', 'dependency-change'],
    ['upgrade:fix', 'rewrite']
  ])('%s → %s', (name, effect) => {
    expect(effectByName(name)).toBe(effect)
  })

  test.each([
    'build',
    'test',
    'lint',
    'check',
    'start',
    'dev',
    'typecheck',
    'preinstall',
    'postinstall',
    'update',
    'u',
    'snapshot',
    'test:snapshot',
    'tests:update',
    'unit:update',
    'lint:update',
    'check:u',
    // A check word beside format, release or dependencies: a check.
    'format:check',
    'format:verify',
    'lint:format',
    'format:diff',
    'format:ci',
    'prettier:dry',
    'format:test',
    'fmt-check',
    'release:check',
    'version:verify',
    'publish:dry',
    'bump:lint',
    'release:ci',
    'deps:check',
    'install:ci',
    'upgrade:dry',
    'deps:diff',
    'install:test',
    // Separators are : . _ -; other characters keep the words together.
    'format/check',
    'reformat',
    'cleanup',
    'deployment',
    'fixtures',
    'prefix',
    'versions',
    'snapupdate'
  ])('%s has no effect by its name', (name) => {
    expect(effectByName(name)).toBeNull()
  })
})

describe('the words a refusal by name uses', () => {
  test.each([
    ['make clean', 'destructive', 'deletes files'],
    ['make format', 'format', 'formats files in place'],
    ['make fix', 'rewrite', 'rewrites files with fixes'],
    ['make test-update', 'snapshot-update', 'updates test snapshots'],
    ['make release', 'release', 'releases or bumps the version'],
    ['make deploy', 'deploy', 'deploys'],
    ['make install', 'dependency-change', 'changes dependencies']
  ])('%s: %s', (command, effect, words) => {
    const target = command.slice('make '.length)
    expect(refusal(command)).toEqual({
      effect,
      reason: `'${command}' ${words}, by its target name (the Makefile is not read)`
    })
    // The same words when a package script cannot be read (no package.json here).
    expect(refusal(`npm run ${target}`)).toEqual({
      effect,
      reason: `'npm run ${target}' runs script '${target}', which by its name ${words} (package.json could not be read to see what it runs)`
    })
  })
})

describe("a program's rule", () => {
  test('no words, no effect', () => {
    expect(wordsEffect([])).toBeNull()
  })

  test('a program with a rule is judged by it alone, by its base name', () => {
    expect(wordsEffect(['./node_modules/.bin/shfmt', '-w', '.'])).toEqual({
      effect: 'format',
      reason: "'shfmt -w' rewrites files with its formatting (the check is 'shfmt -d')"
    })
    expect(wordsEffect(['/usr/bin/terraform', 'fmt'])).toEqual({
      effect: 'format',
      reason:
        "'terraform fmt' rewrites files with its formatting (the check is 'terraform fmt -check')"
    })
    // Its rule says it only checks: a --fix or --write it does not know changes nothing.
    expect(wordsEffect(['terraform', 'validate', '--fix'])).toBeNull()
    expect(wordsEffect(['tee', '/tmp/log', '--write'])).toBeNull()
    expect(wordsEffect(['/usr/bin/terraform', 'validate'])).toBeNull()
  })

  test('a program without a rule is refused for --fix or --write, and runs otherwise', () => {
    expect(wordsEffect(['stylelint', 'src', '--fix'])).toEqual({
      effect: 'rewrite',
      reason:
        "'stylelint --fix' rewrites source files with its fixes (the check is 'stylelint without --fix')"
    })
    expect(wordsEffect(['./bin/tidy', '--write', 'src'])).toEqual({
      effect: 'rewrite',
      reason: "'tidy --write' writes files"
    })
    // --fix first when both are given.
    expect(wordsEffect(['tidy', '--write', '--fix'])?.reason).toBe(
      "'tidy --fix' rewrites source files with its fixes (the check is 'tidy without --fix')"
    )
    expect(wordsEffect(['stylelint', 'src'])).toBeNull()
    expect(wordsEffect(['stylelint', '--fix=false'])).toBeNull()
  })

  test('the second reading, without option values, is tried only when the first runs', () => {
    // First reading: 'web' is the subcommand; second: deploy.
    expect(wordsEffect(['netlify', '--site', 'web', 'deploy'])).toEqual({
      effect: 'deploy',
      reason: "'netlify deploy' deploys or changes live resources"
    })
    // Rules that read their own options never get the second reading.
    expect(wordsEffect(['git', '--no-pager', 'log', '-1', 'src'])).toBeNull()
    expect(wordsEffect(['gh', 'api', '-X', 'GET', 'repos/o/r'])).toBeNull()
    expect(wordsEffect(['vercel', '--cwd', 'web', 'ls'])).toBeNull()
    expect(wordsEffect(['aws', '--region', 'eu-west-1', 's3', 'ls'])).toBeNull()
    expect(wordsEffect(['rm', '-rf', 'dist', 'build'])).toBeNull()
  })

  test('an option is a word that starts with - or -- and a letter', () => {
    expect(withoutOptionValues(['fly', 'my-app', 'deploy'])).toEqual(['fly', 'my-app', 'deploy'])
    expect(withoutOptionValues(['fly', '-1', 'deploy'])).toEqual(['fly', '-1', 'deploy'])
    expect(withoutOptionValues(['fly', '--', 'deploy'])).toEqual(['fly', '--', 'deploy'])
    expect(withoutOptionValues(['fly', '-a', 'web', '--', '-x', 'y'])).toEqual([
      'fly',
      '-a',
      '--',
      '-x',
      'y'
    ])
    expect(withoutOptionValues(['fly', '-a'])).toEqual(['fly', '-a'])
  })
})
