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
  changeset: (w) => {
    const sub = subcommand(w)?.name
    return sub === 'version' || sub === 'publish' || sub === 'tag'
      ? release(`changeset ${sub}`, 'versions or publishes packages')
      : null
  },
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

/** npm's subcommands (with their aliases) that change package.json, the lock file or node_modules. */
const NPM_DEPENDENCY_COMMANDS = new Set(
  (
    'install i in ins inst insta instal isnt isnta isntal isntall add update up upgrade udpate ' +
    'uninstall un unlink remove rm r dedupe ddp prune link ln install-test it install-ci-test cit'
  ).split(' ')
)

function npmEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  const rest = w.slice(sub.index + 1)
  const dryRun = has(rest, '--dry-run') || has(w, '--dry-run')
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
      return ['add', 'rm', 'set', 'grant', 'revoke'].includes(rest[0] ?? '')
        ? release(`npm ${sub.name} ${rest[0]!}`, 'changes a published package')
        : null
    case 'pack':
      return dryRun ? null : release('npm pack', 'writes a release tarball into the project')
    case 'audit':
      return rest[0] === 'fix' && !dryRun
        ? dependencies('npm audit fix', 'dependencies (package-lock.json and node_modules)')
        : null
    case 'pkg':
      return ['set', 'delete', 'fix'].includes(rest[0] ?? '')
        ? refuse('rewrite', `'npm pkg ${rest[0]!}' edits package.json`)
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
      has(w, '--frozen-lockfile', '--immutable', '--ci')
    )
      return null
    if (dependencyCommands.has(sub.name))
      return dependencies(`${manager} ${sub.name}`, 'dependencies and the lock file')
    if (sub.name === 'publish')
      return has(w, '--dry-run')
        ? null
        : release(`${manager} publish`, 'publishes the package to the registry')
    if (sub.name === 'version')
      return rest.some((x) => !x.startsWith('-'))
        ? release(`${manager} version`, 'bumps the version in package.json')
        : null
    if (sub.name === 'audit' && (rest[0] === 'fix' || has(w, '--fix')))
      return dependencies(`${manager} audit --fix`, 'dependencies')
    return null
  }
}

function yarnEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  // Bare `yarn` installs.
  if (sub === null) {
    return has(w, '--version', '-v', '--help', '-h', '--frozen-lockfile', '--immutable')
      ? null
      : dependencies('yarn', 'dependencies and yarn.lock (bare yarn installs)')
  }
  if (sub.name === 'npm' && w[sub.index + 1] === 'publish')
    return has(w, '--dry-run') ? null : release('yarn npm publish', 'publishes the package')
  return packageManagerEffect('yarn')(w)
}
