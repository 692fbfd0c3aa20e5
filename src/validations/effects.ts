/**
 * The effect policy: what a command does to the project before the gate runs it. Only checks
 * run; every other effect — formatting, fixing, snapshot updates, dependency changes, releases,
 * deploys, repository writes, deletions — is refused with its own precise reason, and so is a
 * command whose program cannot be known. A readiness check must not rewrite what it judges (the
 * scheduler's before/after tree comparison is the backstop for what no rule here knows).
 *
 * Commands are classified after resolution (command-resolution.ts): through wrappers, command
 * substitutions and package.json scripts, so `npm run format` is judged by the `prettier --write`
 * its script runs. Pure.
 */
import {
  resolveLine,
  type Hop,
  type ResolutionContext,
  type ResolvedCommand
} from './command-resolution.js'
import type { RefusedEffect } from './model.js'
import { normaliseWhitespace, splitChain } from './shell-words.js'
import { baseName } from './wrappers.js'

/** What a refused command would do; documented on RefusedEffect (model.ts). */
export type EffectKind = RefusedEffect

export const EFFECT_KINDS: readonly EffectKind[] = [
  'format',
  'rewrite',
  'snapshot-update',
  'dependency-change',
  'release',
  'deploy',
  'vcs-write',
  'destructive',
  'dynamic',
  'listed-fix'
]

/** Why a command is not run: its effect and a sentence naming the part that has it. */
export interface Refusal {
  effect: EffectKind
  reason: string
}

/** A command the checklist itself lists as a fix (a `Run: \`…\`` item), with its line. */
export interface ChecklistFix {
  command: string
  line: number
}

export interface EffectContext extends ResolutionContext {
  checklistFixes?: readonly ChecklistFix[]
}

/**
 * Why this command line must not be run, or null when it only checks: the first simple command
 * it runs — through wrappers, substitutions and package scripts — whose effect is not a check,
 * else a "Run:" command of the checklist (compared as a whole chain, and against each simple
 * command).
 */
export function refusalOf(line: string, context: EffectContext): Refusal | null {
  for (const command of resolveLine(line, context)) {
    const effect = effectOf(command)
    if (effect !== null)
      return { effect: effect.effect, reason: effect.reason + viaText(command.hops) }
  }
  return listedFix(line, context.checklistFixes ?? [])
}

function listedFix(line: string, fixes: readonly ChecklistFix[]): Refusal | null {
  const candidates = new Set([line, ...splitChain(line)].map(normaliseWhitespace))
  const listed = fixes.find((fix) => {
    const wanted = normaliseWhitespace(fix.command)
    return wanted !== '' && candidates.has(wanted)
  })
  if (listed === undefined) return null
  return {
    effect: 'listed-fix',
    reason: `the checklist lists '${normaliseWhitespace(listed.command)}' as a fix ("Run:" at line ${listed.line})`
  }
}

/** " — reached through 'npm run format' (package.json script 'format': `…`)". */
function viaText(hops: readonly Hop[]): string {
  const parts = hops.flatMap((hop) => {
    if (hop.kind === 'script') {
      return [`'${clip(hop.command)}' (package.json script '${hop.script}': \`${clip(hop.body)}\`)`]
    }
    if (hop.kind === 'wrapper') return [`'${hop.wrapper}'`]
    return ['a command substitution']
  })
  return parts.length === 0 ? '' : ` — run through ${parts.join(', then ')}`
}

function clip(text: string): string {
  const flat = normaliseWhitespace(text)
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat
}

/** The effect of one resolved command, or null for a check. */
export function effectOf(command: ResolvedCommand): Refusal | null {
  if (command.dynamic) {
    return {
      effect: 'dynamic',
      reason: `'${clip(command.text)}' runs a program named by a variable or command substitution ('${clip(command.words[0] ?? '')}'): what it runs cannot be known`
    }
  }
  for (const target of command.writes) {
    const written = redirectionEffect(target)
    if (written !== null) return written
  }
  if (command.unreadScript !== null) return unreadScriptEffect(command.unreadScript)
  return wordsEffect(command.words)
}

// ── words → effect ───────────────────────────────────────────────────────────────────────────

type Rule = (words: readonly string[]) => Refusal | null

function has(words: readonly string[], ...flags: string[]): boolean {
  return words.some(
    (word) =>
      flags.includes(word) || flags.some((f) => f.startsWith('--') && word.startsWith(`${f}=`))
  )
}

/** A short flag given alone or in a cluster: `-w`, `-lw`. */
function hasShort(words: readonly string[], letter: string): boolean {
  return words.some((word) => /^-[A-Za-z]+$/.test(word) && word.slice(1).includes(letter))
}

/** The first word after the program that is not an option (and not a +toolchain). */
function subcommand(words: readonly string[], from = 1): { name: string; index: number } | null {
  for (let i = from; i < words.length; i++) {
    const word = words[i]!
    if (!word.startsWith('-') && !word.startsWith('+')) return { name: word, index: i }
  }
  return null
}

function refuse(effect: EffectKind, reason: string): Refusal {
  return { effect, reason }
}

function formats(tool: string, check: string): Refusal {
  return refuse('format', `'${tool}' rewrites files with its formatting (the check is '${check}')`)
}

function fixes(tool: string, check: string): Refusal {
  return refuse(
    'rewrite',
    `'${tool}' rewrites source files with its fixes (the check is '${check}')`
  )
}

const RULES: Readonly<Record<string, Rule>> = {
  prettier: (w) =>
    has(w, '--write') || hasShort(w, 'w') ? formats('prettier --write', 'prettier --check') : null,
  eslint: (w) =>
    has(w, '--fix')
      ? fixes('eslint --fix', 'eslint --fix-dry-run')
      : null,
  biome: biomeEffect,
  '@biomejs/biome': biomeEffect,
  dprint: (w) => (subcommand(w)?.name === 'fmt' ? formats('dprint fmt', 'dprint check') : null),
  ruff: ruffEffect,
  black: (w) => (has(w, '--check', '--diff') ? null : formats('black', 'black --check')),
  blue: (w) => (has(w, '--check', '--diff') ? null : formats('blue', 'blue --check')),
  isort: (w) =>
    has(w, '--check-only', '--check', '--diff') || hasShort(w, 'c')
      ? null
      : formats('isort', 'isort --check-only'),
  autopep8: (w) =>
    has(w, '--in-place') || hasShort(w, 'i')
      ? formats('autopep8 --in-place', 'autopep8 --diff')
      : null,
  yapf: (w) =>
    has(w, '--in-place') || hasShort(w, 'i') ? formats('yapf --in-place', 'yapf --diff') : null,
  autoflake: (w) =>
    has(w, '--in-place') || hasShort(w, 'i')
      ? fixes('autoflake --in-place', 'autoflake --check')
      : null,
  pyupgrade: () => fixes('pyupgrade', 'pre-commit run pyupgrade on a clean tree'),
  gofmt: (w) => (hasShort(w, 'w') ? formats('gofmt -w', 'gofmt -l') : null),
  goimports: (w) => (hasShort(w, 'w') ? formats('goimports -w', 'goimports -l') : null),
  'golangci-lint': (w) =>
    has(w, '--fix') ? fixes('golangci-lint --fix', 'golangci-lint run') : null,
  go: goEffect,
  cargo: cargoEffect,
  rustfmt: (w) =>
    has(w, '--check') ||
    w.some((x, i) => x === '--emit' && w[i + 1] === 'stdout') ||
    w.includes('--emit=stdout')
      ? null
      : formats('rustfmt', 'rustfmt --check'),
  'clang-format': (w) =>
    hasShort(w, 'i') ? formats('clang-format -i', 'clang-format --dry-run --Werror') : null,
  shfmt: (w) => (hasShort(w, 'w') || has(w, '--write') ? formats('shfmt -w', 'shfmt -d') : null),
  terraform: terraformEffect,
  jest: snapshotFlags('jest', ['--updateSnapshot', '--update-snapshot', '--update-snapshots']),
  vitest: snapshotFlags('vitest', ['--update', '--updateSnapshot', '--update-snapshots']),
  ava: snapshotFlags('ava', ['--update-snapshots']),
  playwright: snapshotFlags('playwright', ['--update-snapshots']),
  pytest: (w) =>
    has(
      w,
      '--snapshot-update',
      '--force-regen',
      '--inline-snapshot=fix',
      '--inline-snapshot=create'
    )
      ? refuse(
          'snapshot-update',
          "'pytest --snapshot-update' rewrites stored snapshots, so snapshot tests pass by definition"
        )
      : null,
  npm: npmEffect,
  pnpm: packageManagerEffect('pnpm'),
  yarn: yarnEffect,
  bun: packageManagerEffect('bun'),
  pip: pipEffect('pip'),
  pip3: pipEffect('pip3'),
  poetry: poetryEffect,
  uv: uvEffect,
  pipenv: (w) =>
    ['install', 'uninstall', 'update', 'lock', 'upgrade'].includes(subcommand(w)?.name ?? '')
      ? dependencies(`pipenv ${subcommand(w)!.name}`, 'Pipfile.lock and the environment')
      : null,
  twine: (w) =>
    subcommand(w)?.name === 'upload'
      ? release('twine upload', 'uploads the package to PyPI')
      : null,
  git: gitEffect,
  gh: ghEffect,
  docker: (w) =>
    subcommand(w)?.name === 'push' ? deploy('docker push', 'pushes an image to a registry') : null,
  podman: (w) =>
    subcommand(w)?.name === 'push' ? deploy('podman push', 'pushes an image to a registry') : null,
  vercel: (w) => {
    const sub = subcommand(w)?.name
    const readOnly = [
      'ls',
      'list',
      'inspect',
      'whoami',
      'logs',
      'env',
      'help',
      'build',
      'dev',
      'pull'
    ]
    if (has(w, '--version', '--help', '-v', '-h') || (sub !== undefined && readOnly.includes(sub)))
      return null
    return deploy('vercel', 'deploys the project')
  },
  netlify: subcommandDeploy('netlify', ['deploy']),
  firebase: subcommandDeploy('firebase', ['deploy']),
  flyctl: subcommandDeploy('flyctl', ['deploy']),
  fly: subcommandDeploy('fly', ['deploy']),
  wrangler: subcommandDeploy('wrangler', ['deploy', 'publish']),
  serverless: subcommandDeploy('serverless', ['deploy', 'remove']),
  sls: subcommandDeploy('sls', ['deploy', 'remove']),
  cdk: subcommandDeploy('cdk', ['deploy', 'destroy']),
  pulumi: subcommandDeploy('pulumi', ['up', 'update', 'destroy']),
  helm: subcommandDeploy('helm', ['install', 'upgrade', 'uninstall', 'delete', 'rollback']),
  surge: () => deploy('surge', 'publishes the site'),
  'gh-pages': () => deploy('gh-pages', 'publishes to the gh-pages branch'),
  kubectl: subcommandDeploy('kubectl', [
    'apply',
    'create',
    'delete',
    'replace',
    'patch',
    'edit',
    'scale',
    'set',
    'label',
    'annotate',
    'rollout',
    'expose',
    'run',
    'drain',
    'cordon',
    'taint'
  ]),
  gcloud: (w) =>
    w.includes('deploy') ? deploy('gcloud … deploy', 'deploys to Google Cloud') : null,
  aws: (w) => {
    const writes = [
      'cp',
      'sync',
      'mv',
      'rm',
      'deploy',
      'put-object',
      'update-function-code',
      'create-deployment'
    ]
    return w.some((x) => writes.includes(x))
      ? deploy(`aws ${w.slice(1, 3).join(' ')}`, 'changes cloud resources')
      : null
  },
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
  rm: () => destroys('rm', 'deletes files'),
  rmdir: () => destroys('rmdir', 'deletes directories'),
  unlink: () => destroys('unlink', 'deletes a file'),
  shred: () => destroys('shred', 'overwrites and deletes files'),
  truncate: () => destroys('truncate', 'cuts files down'),
  rimraf: () => destroys('rimraf', 'deletes files'),
  del: () => destroys('del', 'deletes files'),
  'del-cli': () => destroys('del-cli', 'deletes files'),
  find: (w) => {
    if (w.includes('-delete')) return destroys('find … -delete', 'deletes files')
    const exec = w.findIndex((x) => x === '-exec' || x === '-execdir' || x === '-ok')
    if (exec !== -1) {
      const inner = w.slice(
        exec + 1,
        w.findIndex((x, i) => i > exec && (x === ';' || x === '+')) >>> 0
      )
      const effect = wordsEffect(inner)
      if (effect !== null)
        return { effect: effect.effect, reason: `${effect.reason} (run by 'find -exec')` }
    }
    return null
  },
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
      const effect = redirectionEffect(file)
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
  make: makeEffect
}

function release(tool: string, what: string): Refusal {
  return refuse('release', `'${tool}' ${what}`)
}

function deploy(tool: string, what: string): Refusal {
  return refuse('deploy', `'${tool}' ${what}`)
}

function destroys(tool: string, what: string): Refusal {
  return refuse('destructive', `'${tool}' ${what}`)
}

function dependencies(tool: string, what: string): Refusal {
  return refuse('dependency-change', `'${tool}' changes ${what}`)
}

function subcommandDeploy(tool: string, subcommands: readonly string[]): Rule {
  return (w) => {
    const sub = subcommand(w)?.name
    return sub !== undefined && subcommands.includes(sub)
      ? deploy(`${tool} ${sub}`, 'deploys or changes live resources')
      : null
  }
}

function snapshotFlags(tool: string, flags: string[]): Rule {
  return (w) =>
    has(w, ...flags) || hasShort(w, 'u')
      ? refuse(
          'snapshot-update',
          `'${tool} -u' rewrites stored snapshots, so snapshot tests pass by definition (the check is '${tool}' without -u)`
        )
      : null
}

function lastOperand(words: readonly string[]): string[] {
  const operands = words.slice(1).filter((x) => !x.startsWith('-'))
  return operands.length === 0 ? [] : [operands.at(-1)!]
}

function pathWrites(tool: string, paths: readonly string[], what: string): Refusal | null {
  return paths.some((p) => redirectionEffect(p) !== null)
    ? refuse('rewrite', `'${tool}' ${what}`)
    : null
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

// ── per tool ─────────────────────────────────────────────────────────────────────────────────

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

function ruffEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  if (sub === 'format')
    return has(w, '--check', '--diff') ? null : formats('ruff format', 'ruff format --check')
  if (has(w, '--fix', '--unsafe-fixes', '--add-noqa') && !w.includes('--no-fix')) {
    return fixes('ruff check --fix', 'ruff check')
  }
  return null
}

function goEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  const next = subcommand(w, sub.index + 1)?.name
  switch (sub.name) {
    case 'fmt':
      return formats('go fmt', 'gofmt -l .')
    case 'generate':
      return refuse('rewrite', "'go generate' regenerates source files")
    case 'fix':
      return fixes('go fix', 'go vet')
    case 'get':
      return dependencies('go get', 'go.mod and go.sum')
    case 'mod':
      if (next === 'tidy')
        return has(w, '-diff', '--diff')
          ? null
          : dependencies('go mod tidy', "go.mod and go.sum (the check is 'go mod tidy -diff')")
      if (next === 'vendor') return dependencies('go mod vendor', 'the vendor directory')
      if (next === 'edit')
        return has(w, '-json', '-print') ? null : dependencies('go mod edit', 'go.mod')
      if (next === 'init') return refuse('rewrite', "'go mod init' creates go.mod")
      return null
    case 'work':
      return next === 'sync' || next === 'use' || next === 'edit'
        ? dependencies(`go work ${next}`, 'go.work')
        : null
    case 'install':
      return null
    default:
      return null
  }
}

const CARGO_EFFECTS: Readonly<Record<string, Refusal>> = {
  fix: fixes('cargo fix', 'cargo check'),
  clean: destroys('cargo clean', 'deletes the target directory'),
  update: dependencies('cargo update', 'Cargo.lock'),
  'generate-lockfile': dependencies('cargo generate-lockfile', 'Cargo.lock'),
  add: dependencies('cargo add', 'Cargo.toml'),
  remove: dependencies('cargo remove', 'Cargo.toml'),
  rm: dependencies('cargo rm', 'Cargo.toml'),
  upgrade: dependencies('cargo upgrade', 'Cargo.toml'),
  yank: release('cargo yank', 'yanks a published crate'),
  owner: release('cargo owner', 'changes the owners of a published crate'),
  release: release('cargo release', 'bumps the version, tags and publishes'),
  'set-version': release('cargo set-version', 'bumps the version in Cargo.toml'),
  bump: release('cargo bump', 'bumps the version in Cargo.toml'),
  new: refuse('rewrite', "'cargo new' creates a package"),
  init: refuse('rewrite', "'cargo init' creates a package")
}

function cargoEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  if (sub.name === 'fmt') {
    return has(w, '--check') ? null : formats('cargo fmt', 'cargo fmt -- --check')
  }
  if (sub.name === 'clippy' && has(w, '--fix'))
    return fixes('cargo clippy --fix', 'cargo clippy -- -D warnings')
  if (sub.name === 'publish') {
    return has(w, '--dry-run') || hasShort(w, 'n')
      ? null
      : release('cargo publish', 'publishes the crate to crates.io')
  }
  if (sub.name === 'insta') {
    const next = subcommand(w, sub.index + 1)?.name
    if (next === 'accept' || next === 'review' || has(w, '--accept')) {
      return refuse(
        'snapshot-update',
        `'cargo insta ${next ?? 'test --accept'}' accepts new snapshots, so snapshot tests pass by definition`
      )
    }
    return null
  }
  return CARGO_EFFECTS[sub.name] ?? null
}

function terraformEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  if (sub === 'fmt')
    return has(w, '-check', '--check') ? null : formats('terraform fmt', 'terraform fmt -check')
  if (sub === 'destroy') return destroys('terraform destroy', 'destroys infrastructure')
  if (sub === 'apply' || sub === 'import' || sub === 'taint' || sub === 'untaint') {
    return deploy(`terraform ${sub}`, 'changes infrastructure')
  }
  if (
    sub === 'state' &&
    ['rm', 'mv', 'push', 'replace-provider'].includes(w[w.indexOf('state') + 1] ?? '')
  ) {
    return deploy('terraform state', 'changes the infrastructure state')
  }
  return null
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

function pipEffect(pip: string): Rule {
  return (w) => {
    const sub = subcommand(w)?.name
    if (sub === 'install' || sub === 'uninstall') {
      return has(w, '--dry-run') ? null : dependencies(`${pip} ${sub}`, 'the installed packages')
    }
    return null
  }
}

function poetryEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  if (sub === undefined) return null
  if (['add', 'remove', 'update', 'lock', 'install', 'sync'].includes(sub)) {
    if (sub === 'lock' && has(w, '--check')) return null
    return dependencies(`poetry ${sub}`, 'poetry.lock or the environment')
  }
  if (sub === 'version')
    return subcommand(w, w.indexOf('version') + 1) === null
      ? null
      : release('poetry version', 'bumps the version in pyproject.toml')
  if (sub === 'publish')
    return has(w, '--dry-run') ? null : release('poetry publish', 'publishes the package')
  return null
}

function uvEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  if (sub.name === 'pip') return pipEffect('uv pip')(w.slice(sub.index))
  if (['add', 'remove', 'lock', 'sync'].includes(sub.name)) {
    if (has(w, '--check', '--locked', '--frozen') && (sub.name === 'lock' || sub.name === 'sync'))
      return null
    return dependencies(`uv ${sub.name}`, 'uv.lock or the environment')
  }
  if (sub.name === 'publish') return release('uv publish', 'publishes the package')
  if (sub.name === 'version' && subcommand(w, sub.index + 1) !== null)
    return release('uv version', 'bumps the version')
  if (sub.name === 'format')
    return has(w, '--check', '--diff') ? null : formats('uv format', 'uv format --check')
  return null
}

/** git subcommands that only read the repository; every other one writes to it. */
const GIT_READ_ONLY = new Set(
  (
    'status diff log show rev-parse describe ls-files ls-tree ls-remote blame grep shortlog ' +
    'cat-file rev-list merge-base name-rev for-each-ref check-ignore check-attr version help ' +
    'show-ref var count-objects fsck verify-commit verify-tag whatchanged cherry range-diff'
  ).split(' ')
)

const GIT_DISCARDS = new Set(['checkout', 'restore', 'clean', 'reset', 'switch', 'stash'])

function gitEffect(w: readonly string[]): Refusal | null {
  let i = 1
  // Global options; -C and -c take a value.
  while (i < w.length && w[i]!.startsWith('-')) i += w[i] === '-C' || w[i] === '-c' ? 2 : 1
  const sub = w[i]
  if (sub === undefined || GIT_READ_ONLY.has(sub)) return null
  const rest = w.slice(i + 1)
  const operands = rest.filter((x) => !x.startsWith('-'))
  if (
    (sub === 'branch' || sub === 'tag') &&
    (operands.length === 0 || has(rest, '--list', '-l', '--show-current', '--contains', '--merged'))
  )
    return null
  if (sub === 'remote' && (operands.length === 0 || ['show', 'get-url'].includes(operands[0]!)))
    return null
  if (
    sub === 'config' &&
    (has(rest, '--get', '--get-all', '--list', '-l', '--get-regexp') || operands.length === 1)
  )
    return null
  if (sub === 'stash' && ['list', 'show'].includes(operands[0] ?? '')) return null
  if (
    (sub === 'worktree' || sub === 'submodule') &&
    ['list', 'status', 'summary'].includes(operands[0] ?? '')
  )
    return null
  if (sub === 'notes' && ['list', 'show'].includes(operands[0] ?? '')) return null
  if (sub === 'push') return deploy('git push', 'pushes to a remote repository')
  if (GIT_DISCARDS.has(sub))
    return destroys(`git ${sub}`, 'changes or discards files in the working tree')
  return refuse('vcs-write', `'git ${sub}' changes the repository`)
}

function ghEffect(w: readonly string[]): Refusal | null {
  const [group, action] = w.slice(1).filter((x) => !x.startsWith('-'))
  if (
    group === 'release' &&
    ['create', 'upload', 'edit', 'delete', 'delete-asset'].includes(action ?? '')
  ) {
    return release(`gh release ${action!}`, 'changes a GitHub release')
  }
  const readOnly = ['list', 'view', 'status', 'diff', 'checks', 'download', 'watch']
  if (
    ['pr', 'issue', 'repo', 'workflow', 'run', 'secret', 'variable', 'label', 'api'].includes(
      group ?? ''
    )
  ) {
    if (group === 'api')
      return has(w, '-X', '--method', '-f', '-F', '--field', '--raw-field', '--input')
        ? refuse('vcs-write', "'gh api' with a method or fields writes to GitHub")
        : null
    if (action !== undefined && !readOnly.includes(action))
      return refuse('vcs-write', `'gh ${group!} ${action}' changes the repository on GitHub`)
  }
  return null
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

// ── package scripts whose package.json could not be read ─────────────────────────────────────

const NAME_EFFECT_WORDS: Partial<Record<EffectKind, string>> = {
  destructive: 'deletes files',
  format: 'formats files in place',
  rewrite: 'rewrites files with fixes',
  'snapshot-update': 'updates test snapshots',
  release: 'releases or bumps the version',
  deploy: 'deploys',
  'dependency-change': 'changes dependencies'
}

/** What a script or make target does, by its name alone: `clean`, `format`, `lint:fix`, `test:update`. */
export function effectByName(name: string): EffectKind | null {
  const parts = name.toLowerCase().split(/[:._-]/)
  const checks = ['check', 'verify', 'lint', 'diff', 'ci', 'dry', 'test']
  const isCheck =
    parts.some((p) => checks.includes(p)) &&
    !parts.includes('fix') &&
    !parts.includes('write') &&
    !parts.includes('update') &&
    !parts.includes('u')
  if (parts.some((p) => p === 'clean' || p === 'distclean' || p === 'clear' || p === 'purge'))
    return 'destructive'
  if (
    parts.some((p) => ['format', 'fmt', 'prettier', 'prettify', 'beautify'].includes(p)) &&
    !isCheck
  )
    return 'format'
  if (parts.some((p) => p === 'fix' || p === 'autofix' || p === 'write')) return 'rewrite'
  if (
    parts.some((p) => ['snapshot', 'snapshots', 'snap'].includes(p)) &&
    parts.some((p) => ['update', 'u'].includes(p))
  )
    return 'snapshot-update'
  if (parts[0] === 'test' && parts.some((p) => p === 'update' || p === 'u'))
    return 'snapshot-update'
  if (parts.some((p) => ['release', 'publish', 'version', 'bump'].includes(p)) && !isCheck)
    return 'release'
  if (parts.some((p) => p === 'deploy')) return 'deploy'
  if (parts.some((p) => ['install', 'upgrade', 'deps'].includes(p)) && !isCheck)
    return 'dependency-change'
  return null
}

function unreadScriptEffect(script: {
  command: string
  script: string
  args: string[]
}): Refusal | null {
  const passes = `'${clip(script.command)}' passes ${clip(script.args.join(' '))} to script '${script.script}'`
  if (script.args.includes('--fix'))
    return refuse('rewrite', `${passes}, which then rewrites files with its fixes`)
  if (script.args.includes('--write'))
    return refuse('rewrite', `${passes}, which then writes files`)
  if (
    ['-u', '--updateSnapshot', '--update', '--update-snapshots'].some((flag) =>
      script.args.includes(flag)
    )
  ) {
    return refuse('snapshot-update', `${passes}, which then updates test snapshots`)
  }
  const kind = effectByName(script.script)
  if (kind === null) return null
  return refuse(
    kind,
    `'${clip(script.command)}' runs script '${script.script}', which by its name ${NAME_EFFECT_WORDS[kind]!} (package.json could not be read to see what it runs)`
  )
}

// ── redirections ─────────────────────────────────────────────────────────────────────────────

/** Temporary and device locations a check may write to. */
const SAFE_WRITE = /^(?:\/dev\/|\/tmp\/|\/var\/tmp\/|\/proc\/self\/fd\/)|^\/tmp$/
const TEMP_VARIABLE =
  /^"?\$\{?(?:TMPDIR|TMP|TEMP|RUNNER_TEMP|XDG_RUNTIME_DIR)\b|^"?\$\(\s*mktemp\b|^"?\$\{?[A-Za-z_]*(?:tmp|temp)[A-Za-z_0-9]*\}?/i

/** A write into the tree (`> report.txt`) is refused; /dev/null, /tmp and $TMPDIR are fine. */
function redirectionEffect(target: string): Refusal | null {
  if (SAFE_WRITE.test(target) || TEMP_VARIABLE.test(target) || /^&?\d*-?$/.test(target)) return null
  if (/^[$`]/.test(target)) {
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
