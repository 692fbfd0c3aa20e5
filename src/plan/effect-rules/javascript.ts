/**
 * JavaScript and TypeScript tools: formatters and fixers (prettier, eslint, biome, dprint),
 * snapshot updaters (jest, vitest, ava, playwright), package managers and release tools.
 */
import {
  dependencies,
  fixes,
  formats,
  has,
  hasShort,
  refuse,
  release,
  snapshotFlags,
  subcommand,
  type Refusal,
  type Rule,
  type RuleTable
} from './rule.js'
import { deletes } from './writes.js'

export const JAVASCRIPT_RULES: RuleTable = {
  prettier: (w) =>
    has(w, '--write') || hasShort(w, 'w') ? formats('prettier --write', 'prettier --check') : null,
  eslint: (w) => (has(w, '--fix') ? fixes('eslint --fix', 'eslint --fix-dry-run') : null),
  biome: biomeEffect,
  '@biomejs/biome': biomeEffect,
  dprint: (w) => (subcommand(w)?.name === 'fmt' ? formats('dprint fmt', 'dprint check') : null),
  jest: snapshotFlags('jest', ['--updateSnapshot', '--update-snapshot', '--update-snapshots']),
  vitest: snapshotFlags('vitest', ['--update', '--updateSnapshot', '--update-snapshots']),
  ava: snapshotFlags('ava', ['--update-snapshots']),
  playwright: snapshotFlags('playwright', ['--update-snapshots']),
  npm: npmEffect,
  pnpm: packageManagerEffect('pnpm'),
  yarn: yarnEffect,
  bun: packageManagerEffect('bun'),
  'semantic-release': (w) =>
    has(w, '--dry-run', '-d') ? null : release('semantic-release', 'publishes a release'),
  'standard-version': (w) =>
    has(w, '--dry-run')
      ? null
      : release('standard-version', 'bumps the version, writes the changelog and tags'),
  'release-it': (w) =>
    has(w, '--dry-run', '-d')
      ? null
      : release('release-it', 'bumps the version and publishes a release'),
  np: (w) => (has(w, '--preview') ? null : release('np', 'publishes the package')),
  changeset: changesetEffect,
  lerna: (w) => {
    const sub = subcommand(w)?.name
    return sub === 'version' || sub === 'publish'
      ? release(`lerna ${sub}`, 'versions or publishes packages')
      : null
  },
  rimraf: deletes('rimraf'),
  del: deletes('del'),
  'del-cli': deletes('del-cli')
}

function changesetEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  if (sub === 'version' || sub === 'publish' || sub === 'tag')
    return release(`changeset ${sub}`, 'versions or publishes packages')
  if (sub === 'init')
    return refuse('rewrite', "'changeset init' writes .changeset/ into the project")
  if (sub === 'pre') return refuse('rewrite', "'changeset pre' writes .changeset/pre.json")
  // Bare `changeset` is `changeset add`.
  if ((sub === undefined && !has(w, '--help', '-h', '--version', '-v')) || sub === 'add')
    return refuse(
      'rewrite',
      `'changeset${sub === undefined ? '' : ' add'}' writes a changeset file into .changeset/`
    )
  return null
}

/**
 * A boolean option as npm, pnpm and yarn 1 read it: the last of `--flag`, `--flag=value` and
 * `--no-flag` decides, and `--flag=false` is off (`npm publish --dry-run=false` publishes).
 */
function flagOn(words: readonly string[], ...flags: string[]): boolean {
  let on = false
  for (const word of words) {
    for (const flag of flags) {
      if (word === flag) on = true
      else if (word.startsWith(`${flag}=`)) on = word.slice(flag.length + 1) !== 'false'
      else if (word === `--no-${flag.slice(2)}`) on = false
    }
  }
  return on
}

function biomeEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  const writes = has(w, '--write', '--apply', '--apply-unsafe', '--fix', '--unsafe')
  if (!writes) return null
  if (sub === 'format') return formats('biome format --write', 'biome format')
  return fixes(
    `biome ${sub ?? ''} --write`.replace('  ', ' '),
    `biome ${sub === 'lint' ? 'lint' : 'ci'}`
  )
}

/**
 * npm's subcommands (with their aliases) that change package.json, the lock file or node_modules.
 * Not ci, nor install-ci-test (`cit`: npm ci, then npm test): the policy runs npm ci.
 */
const NPM_DEPENDENCY_COMMANDS = new Set(
  (
    'install i in ins inst insta instal isnt isnta isntal isntall add update up upgrade udpate ' +
    'uninstall un unlink remove rm r dedupe ddp prune link ln install-test it'
  ).split(' ')
)

function npmEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  const rest = w.slice(sub.index + 1)
  // The subcommand's own action (`npm dist-tag add`), past any option before it.
  const action = subcommand(w, sub.index + 1)?.name
  const dryRun = flagOn(w, '--dry-run')
  switch (sub.name) {
    case 'version':
      return rest.some((x) => !x.startsWith('-'))
        ? release('npm version', 'bumps the version in package.json (and commits and tags it)')
        : null
    case 'publish':
      return dryRun ? null : release('npm publish', 'publishes the package to the registry')
    case 'unpublish':
    case 'deprecate':
      return dryRun ? null : release(`npm ${sub.name}`, 'changes a published package')
    case 'dist-tag':
    case 'owner':
    case 'access':
      return ['add', 'rm', 'set', 'grant', 'revoke'].includes(action ?? '')
        ? release(`npm ${sub.name} ${action!}`, 'changes a published package')
        : null
    case 'pack':
      return dryRun ? null : release('npm pack', 'writes a release tarball into the project')
    case 'audit':
      return action === 'fix' && !dryRun
        ? dependencies('npm audit fix', 'dependencies (package-lock.json and node_modules)')
        : null
    case 'pkg':
      return ['set', 'delete', 'fix'].includes(action ?? '')
        ? refuse('rewrite', `'npm pkg ${action!}' edits package.json`)
        : null
    case 'init':
    case 'create':
      return refuse('rewrite', `'npm ${sub.name}' creates files in the project`)
    default:
      if (NPM_DEPENDENCY_COMMANDS.has(sub.name) && !dryRun) {
        return dependencies(
          `npm ${sub.name}`,
          'dependencies (package.json, package-lock.json, node_modules)'
        )
      }
      return null
  }
}

/** Yarn 1's `yarn version` flags that bump without an operand (`yarn version --patch`). */
const YARN_1_BUMPS = [
  '--major',
  '--minor',
  '--patch',
  '--premajor',
  '--preminor',
  '--prepatch',
  '--prerelease',
  '--new-version'
]

function packageManagerEffect(manager: string): Rule {
  const dependencyCommands = new Set([
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
  ])
  return (w) => {
    const sub = subcommand(w)
    if (sub === null) return null
    const rest = w.slice(sub.index + 1)
    if (
      (sub.name === 'install' || sub.name === 'i') &&
      flagOn(w, '--frozen-lockfile', '--immutable', '--ci')
    )
      return null
    // `pnpm dedupe --check` and `yarn dedupe --check` only report what dedupe would change.
    if (sub.name === 'dedupe' && has(w, '--check')) return null
    if (dependencyCommands.has(sub.name))
      return dependencies(`${manager} ${sub.name}`, 'dependencies and the lock file')
    if (sub.name === 'publish')
      return flagOn(w, '--dry-run')
        ? null
        : release(`${manager} publish`, 'publishes the package to the registry')
    if (sub.name === 'version')
      return rest.some((x) => !x.startsWith('-')) || has(w, ...YARN_1_BUMPS)
        ? release(`${manager} version`, 'bumps the version in package.json')
        : null
    if (sub.name === 'audit' && (subcommand(w, sub.index + 1)?.name === 'fix' || has(w, '--fix')))
      return dependencies(`${manager} audit --fix`, 'dependencies')
    return null
  }
}

function yarnEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  // Bare `yarn` installs.
  if (sub === null) {
    return has(w, '--version', '-v', '--help', '-h') ||
      flagOn(w, '--frozen-lockfile', '--immutable')
      ? null
      : dependencies('yarn', 'dependencies and yarn.lock (bare yarn installs)')
  }
  const next = w[sub.index + 1]
  // `yarn workspace NAME COMMAND…` runs yarn's COMMAND in that workspace.
  if (sub.name === 'workspace')
    return sub.index + 2 < w.length ? yarnEffect(['yarn', ...w.slice(sub.index + 2)]) : null
  if (sub.name === 'npm' && next === 'publish')
    return flagOn(w, '--dry-run') ? null : release('yarn npm publish', 'publishes the package')
  // Yarn 2+'s `yarn version check` only checks that changed packages were bumped (or declined),
  // unless it is asked to record the decisions (--interactive).
  if (sub.name === 'version' && next === 'check' && !has(w, '--interactive') && !hasShort(w, 'i'))
    return null
  if (sub.name === 'set' && next === 'version')
    return refuse(
      'rewrite',
      "'yarn set version' writes .yarnrc.yml and the yarn release into the project"
    )
  if (sub.name === 'constraints' && has(w, '--fix'))
    return refuse('rewrite', "'yarn constraints --fix' edits package.json files")
  return packageManagerEffect('yarn')(w)
}
