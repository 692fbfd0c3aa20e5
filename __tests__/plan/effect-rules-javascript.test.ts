/**
 * The JavaScript family of effect rules (src/plan/effect-rules/javascript.ts), table-driven:
 * every formatter, fixer, snapshot flag, package-manager subcommand and release tool the policy
 * refuses, with its exact effect and reason, next to the check-only forms that must run, and the
 * edges the rules read — clustered short flags (`-lw`, `-ciu`), `--flag=value` (and npm's
 * `--dry-run=false`), options and their values before the subcommand (`npm --prefix web
 * publish`, `yarn --cwd web`), subcommands that look alike (`dprint fmt-check`), npm's aliases,
 * and which operands rimraf/del may delete.
 */
import { refusal } from './effect-cases.js'

const PRETTIER =
  "'prettier --write' rewrites files with its formatting (the check is 'prettier --check')"
const ESLINT =
  "'eslint --fix' rewrites source files with its fixes (the check is 'eslint --fix-dry-run')"
const BIOME_CHECK =
  "'biome check --write' rewrites source files with its fixes (the check is 'biome ci')"
const BIOME_LINT =
  "'biome lint --write' rewrites source files with its fixes (the check is 'biome lint')"
const BIOME_FORMAT =
  "'biome format --write' rewrites files with its formatting (the check is 'biome format')"
const DPRINT = "'dprint fmt' rewrites files with its formatting (the check is 'dprint check')"

describe('formatters and fixers', () => {
  test.each([
    ['prettier --write .', 'format', PRETTIER],
    ['prettier --write=true src', 'format', PRETTIER],
    ['prettier -w src', 'format', PRETTIER],
    ['prettier -lw src', 'format', PRETTIER],
    ['prettier src --write', 'format', PRETTIER],
    ['node_modules/.bin/prettier -w .', 'format', PRETTIER],
    ['eslint --fix .', 'rewrite', ESLINT],
    ['eslint . --fix', 'rewrite', ESLINT],
    ['eslint --fix --fix-type problem .', 'rewrite', ESLINT],
    ['biome check --write .', 'rewrite', BIOME_CHECK],
    ['biome check --fix .', 'rewrite', BIOME_CHECK],
    ['biome check --apply .', 'rewrite', BIOME_CHECK],
    ['biome check --apply-unsafe .', 'rewrite', BIOME_CHECK],
    ['biome check --unsafe .', 'rewrite', BIOME_CHECK],
    ['biome check --write=true .', 'rewrite', BIOME_CHECK],
    ['biome lint --write .', 'rewrite', BIOME_LINT],
    ['biome lint --fix src', 'rewrite', BIOME_LINT],
    ['biome format --write .', 'format', BIOME_FORMAT],
    ['biome format --fix src', 'format', BIOME_FORMAT],
    [
      'biome migrate --write',
      'rewrite',
      "'biome migrate --write' rewrites source files with its fixes (the check is 'biome ci')"
    ],
    // No subcommand: the quoted command has no double space.
    [
      'biome --write',
      'rewrite',
      "'biome --write' rewrites source files with its fixes (the check is 'biome ci')"
    ],
    ['@biomejs/biome check --write .', 'rewrite', BIOME_CHECK],
    ['node_modules/.bin/biome lint --apply', 'rewrite', BIOME_LINT],
    ['dprint fmt', 'format', DPRINT],
    ['dprint fmt src/**/*.ts', 'format', DPRINT],
    ['dprint --config dprint.json fmt', 'format', DPRINT]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'prettier --check .',
    'prettier -c src',
    'prettier -l src',
    'prettier --list-different src',
    'prettier --cache-location w src',
    'prettier src/a.ts',
    'eslint .',
    'eslint --fix-dry-run .',
    'eslint --fix-type problem .',
    'eslint --max-warnings=0 src',
    'biome ci .',
    'biome check .',
    'biome lint .',
    'biome format .',
    'biome migrate',
    'biome',
    'dprint check',
    'dprint fmt-check',
    'dprint output-file-paths',
    'dprint --config dprint.json check',
    'dprint'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('test runners: flags that rewrite stored snapshots', () => {
  const updates = (tool: string): string =>
    `'${tool} -u' rewrites stored snapshots, so snapshot tests pass by definition (the check is '${tool}' without -u)`
  test.each([
    ['jest -u', 'jest'],
    ['jest --ci -u', 'jest'],
    ['jest -ciu', 'jest'],
    ['jest --updateSnapshot', 'jest'],
    ['jest --update-snapshot', 'jest'],
    ['jest --update-snapshots', 'jest'],
    ['jest --updateSnapshot=true', 'jest'],
    ['vitest -u', 'vitest'],
    ['vitest run -u', 'vitest'],
    ['vitest --update', 'vitest'],
    ['vitest --updateSnapshot', 'vitest'],
    ['vitest run --update-snapshots', 'vitest'],
    ['ava -u', 'ava'],
    ['ava --update-snapshots', 'ava'],
    ['playwright test -u', 'playwright'],
    ['playwright test --update-snapshots', 'playwright'],
    ['playwright test --update-snapshots=all', 'playwright'],
    ['playwright test --update-snapshots=changed', 'playwright'],
    ['playwright test --update-snapshots=missing', 'playwright']
  ])('%s is refused', (command, tool) => {
    expect(refusal(command)).toEqual({ effect: 'snapshot-update', reason: updates(tool) })
  })

  test.each([
    'jest',
    'jest --ci',
    'jest -t update',
    'jest --u',
    'jest --coverage',
    'vitest',
    'vitest run',
    'vitest run --reporter=verbose',
    'ava',
    'ava --verbose',
    'playwright test',
    'playwright test --project chromium',
    // The update flags turned off.
    'jest --updateSnapshot=false',
    'jest --update-snapshot=0',
    'vitest run --update=false',
    'playwright test --update-snapshots=none'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('release tools', () => {
  test.each([
    ['semantic-release', 'release', "'semantic-release' publishes a release"],
    ['semantic-release --no-ci', 'release', "'semantic-release' publishes a release"],
    [
      'standard-version',
      'release',
      "'standard-version' bumps the version, writes the changelog and tags"
    ],
    [
      'standard-version --release-as minor',
      'release',
      "'standard-version' bumps the version, writes the changelog and tags"
    ],
    ['release-it', 'release', "'release-it' bumps the version and publishes a release"],
    ['release-it minor --ci', 'release', "'release-it' bumps the version and publishes a release"],
    ['np', 'release', "'np' publishes the package"],
    ['np patch --no-publish', 'release', "'np' publishes the package"],
    ['changeset version', 'release', "'changeset version' versions or publishes packages"],
    ['changeset publish', 'release', "'changeset publish' versions or publishes packages"],
    ['changeset tag', 'release', "'changeset tag' versions or publishes packages"],
    [
      'changeset --cwd pkg version',
      'release',
      "'changeset version' versions or publishes packages"
    ],
    ['changeset', 'rewrite', "'changeset' writes a changeset file into .changeset/"],
    [
      'changeset add --empty',
      'rewrite',
      "'changeset add' writes a changeset file into .changeset/"
    ],
    ['changeset init', 'rewrite', "'changeset init' writes .changeset/ into the project"],
    ['changeset pre enter next', 'rewrite', "'changeset pre' writes .changeset/pre.json"],
    ['lerna version', 'release', "'lerna version' versions or publishes packages"],
    ['lerna version --no-push', 'release', "'lerna version' versions or publishes packages"],
    ['lerna publish from-package', 'release', "'lerna publish' versions or publishes packages"],
    ['lerna --loglevel silent publish', 'release', "'lerna publish' versions or publishes packages"]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'semantic-release --dry-run',
    'semantic-release -d',
    'standard-version --dry-run',
    'release-it --dry-run',
    'release-it -d',
    'np --preview',
    'changeset status',
    'changeset --help',
    'changeset -h',
    'changeset --version',
    'changeset -v',
    'changeset status --since=main',
    'lerna',
    'lerna changed',
    'lerna list',
    'lerna run test'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('rimraf, del and del-cli: build output only', () => {
  test.each([
    ['rimraf src', "'rimraf' deletes files (only build output such as dist/ may be cleaned)"],
    ['rimraf dist src', "'rimraf' deletes files (only build output such as dist/ may be cleaned)"],
    ['rimraf ../dist', "'rimraf' deletes files (only build output such as dist/ may be cleaned)"],
    ['rimraf', "'rimraf' deletes files (only build output such as dist/ may be cleaned)"],
    [
      'rimraf -v node_modules',
      "'rimraf' deletes files (only build output such as dist/ may be cleaned)"
    ],
    ['del src', "'del' deletes files (only build output such as dist/ may be cleaned)"],
    [
      'del-cli "src/**/*.js"',
      "'del-cli' deletes files (only build output such as dist/ may be cleaned)"
    ]
  ])('%s is refused', (command, reason) => {
    expect(refusal(command)).toEqual({ effect: 'destructive', reason })
  })

  test.each([
    'rimraf dist',
    'rimraf ./build coverage',
    'rimraf tsconfig.tsbuildinfo',
    // An option before the path: the path is still what rimraf deletes.
    'rimraf -v dist',
    'rimraf --glob dist',
    'del dist',
    'del-cli build out'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

const NPM_DEPS = 'changes dependencies (package.json, package-lock.json, node_modules)'

describe('npm', () => {
  test.each([
    ...[
      'install',
      'i',
      'in',
      'ins',
      'inst',
      'insta',
      'instal',
      'isnt',
      'isnta',
      'isntal',
      'isntall',
      'add',
      'update',
      'up',
      'upgrade',
      'udpate',
      'uninstall',
      'un',
      'unlink',
      'remove',
      'rm',
      'r',
      'dedupe',
      'ddp',
      'prune',
      'link',
      'ln',
      'install-test',
      'it'
    ].map((sub) => [`npm ${sub}`, 'dependency-change', `'npm ${sub}' ${NPM_DEPS}`]),
    ['npm i -D jest', 'dependency-change', `'npm i' ${NPM_DEPS}`],
    ['npm --prefix web install', 'dependency-change', `'npm install' ${NPM_DEPS}`],
    // npm reads --dry-run=false as false.
    ['npm install --dry-run=false', 'dependency-change', `'npm install' ${NPM_DEPS}`],
    ['npm install --dry-run --no-dry-run', 'dependency-change', `'npm install' ${NPM_DEPS}`],
    [
      'npm version patch',
      'release',
      "'npm version' bumps the version in package.json (and commits and tags it)"
    ],
    [
      'npm --no-git-tag-version version minor',
      'release',
      "'npm version' bumps the version in package.json (and commits and tags it)"
    ],
    ['npm publish', 'release', "'npm publish' publishes the package to the registry"],
    ['npm --prefix web publish', 'release', "'npm publish' publishes the package to the registry"],
    [
      'npm publish --dry-run=false',
      'release',
      "'npm publish' publishes the package to the registry"
    ],
    [
      'npm publish --tag next --access public',
      'release',
      "'npm publish' publishes the package to the registry"
    ],
    ['npm unpublish pkg@1.0.0', 'release', "'npm unpublish' changes a published package"],
    ['npm deprecate pkg@1 "old"', 'release', "'npm deprecate' changes a published package"],
    [
      'npm dist-tag add pkg@1.0.0 beta',
      'release',
      "'npm dist-tag add' changes a published package"
    ],
    ['npm dist-tag rm pkg beta', 'release', "'npm dist-tag rm' changes a published package"],
    // An option (and its value) between the subcommand and its action.
    [
      'npm dist-tag --otp 123456 add pkg@1 beta',
      'release',
      "'npm dist-tag add' changes a published package"
    ],
    ['npm owner add alice pkg', 'release', "'npm owner add' changes a published package"],
    ['npm owner rm alice pkg', 'release', "'npm owner rm' changes a published package"],
    ['npm access set status=public', 'release', "'npm access set' changes a published package"],
    [
      'npm access grant read-only team pkg',
      'release',
      "'npm access grant' changes a published package"
    ],
    ['npm access revoke team pkg', 'release', "'npm access revoke' changes a published package"],
    ['npm pack', 'release', "'npm pack' writes a release tarball into the project"],
    [
      'npm audit fix',
      'dependency-change',
      "'npm audit fix' changes dependencies (package-lock.json and node_modules)"
    ],
    [
      'npm audit --audit-level high fix',
      'dependency-change',
      "'npm audit fix' changes dependencies (package-lock.json and node_modules)"
    ],
    ['npm pkg set name=x', 'rewrite', "'npm pkg set' edits package.json"],
    ['npm pkg delete scripts.test', 'rewrite', "'npm pkg delete' edits package.json"],
    ['npm pkg fix', 'rewrite', "'npm pkg fix' edits package.json"],
    ['npm init -y', 'rewrite', "'npm init' creates files in the project"],
    ['npm create vite@latest', 'rewrite', "'npm create' creates files in the project"]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'npm',
    'npm --version',
    'npm ci',
    // install-ci-test is `npm ci` then `npm test`: no more than npm ci.
    'npm install-ci-test',
    'npm cit',
    'npm install --dry-run',
    'npm --dry-run install',
    'npm install --dry-run=true',
    'npm update --dry-run',
    'npm version',
    'npm version --json',
    'npm publish --dry-run',
    'npm --dry-run publish',
    'npm unpublish --dry-run pkg@1.0.0',
    'npm dist-tag ls',
    'npm dist-tag',
    'npm owner ls pkg',
    'npm access list packages',
    'npm access get status',
    'npm pack --dry-run',
    'npm audit',
    'npm audit --json',
    'npm audit signatures',
    'npm audit fix --dry-run',
    'npm pkg get name',
    'npm pkg',
    'npm ls --all',
    'npm outdated',
    'npm ping',
    'npm view react version'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('pnpm and bun', () => {
  test.each([
    ...[
      'install',
      'i',
      'add',
      'update',
      'up',
      'upgrade',
      'remove',
      'rm',
      'uninstall',
      'un',
      'link',
      'ln',
      'unlink',
      'prune',
      'dedupe',
      'import'
    ].flatMap((sub) => [
      [`pnpm ${sub}`, 'dependency-change', `'pnpm ${sub}' changes dependencies and the lock file`],
      [`bun ${sub}`, 'dependency-change', `'bun ${sub}' changes dependencies and the lock file`]
    ]),
    [
      'pnpm add --frozen-lockfile x',
      'dependency-change',
      "'pnpm add' changes dependencies and the lock file"
    ],
    [
      'pnpm install --frozen-lockfile=false',
      'dependency-change',
      "'pnpm install' changes dependencies and the lock file"
    ],
    [
      'pnpm install --frozen-lockfile --no-frozen-lockfile',
      'dependency-change',
      "'pnpm install' changes dependencies and the lock file"
    ],
    [
      'pnpm --filter web install',
      'dependency-change',
      "'pnpm install' changes dependencies and the lock file"
    ],
    ['pnpm -C web add x', 'dependency-change', "'pnpm add' changes dependencies and the lock file"],
    ['pnpm publish', 'release', "'pnpm publish' publishes the package to the registry"],
    [
      'pnpm publish --dry-run=false',
      'release',
      "'pnpm publish' publishes the package to the registry"
    ],
    ['bun publish', 'release', "'bun publish' publishes the package to the registry"],
    ['pnpm version patch', 'release', "'pnpm version' bumps the version in package.json"],
    ['pnpm audit --fix', 'dependency-change', "'pnpm audit --fix' changes dependencies"],
    ['pnpm audit fix', 'dependency-change', "'pnpm audit --fix' changes dependencies"]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'pnpm install --frozen-lockfile',
    'pnpm i --frozen-lockfile',
    'pnpm install --frozen-lockfile=true',
    'pnpm install --ci',
    'pnpm --filter web install --frozen-lockfile',
    // --check only reports whether dedupe would change the lock file.
    'pnpm dedupe --check',
    'pnpm publish --dry-run',
    'pnpm audit',
    'pnpm outdated',
    // A package named fix or publish is an operand, not audit's or npm's action.
    'pnpm why fix',
    'yarn why fix',
    'yarn info publish',
    'pnpm ci',
    'pnpm ls',
    'bun install --frozen-lockfile',
    'bun i --frozen-lockfile',
    'bun publish --dry-run',
    'pnpm',
    'bun',
    'bun test',
    'bun pm ls'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('yarn', () => {
  const BARE = "'yarn' changes dependencies and yarn.lock (bare yarn installs)"
  test.each([
    ['yarn', 'dependency-change', BARE],
    ['pnpm audit --json fix', 'dependency-change', "'pnpm audit --fix' changes dependencies"],
    ['yarn --silent', 'dependency-change', BARE],
    // The directory is --cwd's value, not a subcommand: this is a bare yarn.
    ['yarn --cwd web', 'dependency-change', BARE],
    ['yarn --frozen-lockfile=false', 'dependency-change', BARE],
    ...['install', 'add', 'up', 'upgrade', 'remove', 'dedupe', 'link', 'unlink'].map((sub) => [
      `yarn ${sub}`,
      'dependency-change',
      `'yarn ${sub}' changes dependencies and the lock file`
    ]),
    [
      'yarn --cwd web install',
      'dependency-change',
      "'yarn install' changes dependencies and the lock file"
    ],
    [
      'yarn add lodash --immutable',
      'dependency-change',
      "'yarn add' changes dependencies and the lock file"
    ],
    // A workspace's own command is judged as yarn's.
    [
      'yarn workspace web add lodash',
      'dependency-change',
      "'yarn add' changes dependencies and the lock file"
    ],
    [
      'yarn workspace @scope/web npm publish',
      'release',
      "'yarn npm publish' publishes the package"
    ],
    ['yarn npm publish', 'release', "'yarn npm publish' publishes the package"],
    ['yarn npm publish --access public', 'release', "'yarn npm publish' publishes the package"],
    ['yarn --cwd web npm publish', 'release', "'yarn npm publish' publishes the package"],
    ['yarn publish', 'release', "'yarn publish' publishes the package to the registry"],
    ['yarn version patch', 'release', "'yarn version' bumps the version in package.json"],
    ['yarn version apply', 'release', "'yarn version' bumps the version in package.json"],
    [
      'yarn version --new-version 2.0.0',
      'release',
      "'yarn version' bumps the version in package.json"
    ],
    // Yarn 1 bumps with a flag and no operand.
    ['yarn version --patch', 'release', "'yarn version' bumps the version in package.json"],
    [
      'yarn version --minor --no-git-tag-version',
      'release',
      "'yarn version' bumps the version in package.json"
    ],
    ...[
      '--major',
      '--premajor',
      '--preminor',
      '--prepatch',
      '--prerelease',
      '--new-version=2.0.0'
    ].map((flag) => [
      `yarn version ${flag}`,
      'release',
      "'yarn version' bumps the version in package.json"
    ]),
    [
      'yarn version --prerelease --preid beta',
      'release',
      "'yarn version' bumps the version in package.json"
    ],
    [
      'yarn version check --interactive',
      'release',
      "'yarn version' bumps the version in package.json"
    ],
    ['yarn version check -i', 'release', "'yarn version' bumps the version in package.json"],
    ['yarn audit fix', 'dependency-change', "'yarn audit --fix' changes dependencies"],
    ['yarn audit --fix', 'dependency-change', "'yarn audit --fix' changes dependencies"],
    [
      'yarn set version stable',
      'rewrite',
      "'yarn set version' writes .yarnrc.yml and the yarn release into the project"
    ],
    ['yarn constraints --fix', 'rewrite', "'yarn constraints --fix' edits package.json files"]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'yarn --version',
    'yarn -v',
    'yarn --help',
    'yarn -h',
    'yarn --frozen-lockfile',
    'yarn --immutable',
    'yarn install --frozen-lockfile',
    'yarn install --immutable',
    'yarn --cwd web install --immutable',
    'yarn dedupe --check',
    'yarn npm publish --dry-run',
    'yarn npm info react',
    'yarn npm audit',
    'yarn publish --dry-run',
    'yarn version',
    // Yarn 2+'s check that each changed package was bumped (or declined).
    'yarn version check',
    'yarn audit',
    'yarn constraints',
    'yarn workspace web test',
    'yarn workspace web',
    'yarn workspaces list',
    'yarn why react',
    'yarn info react'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})
