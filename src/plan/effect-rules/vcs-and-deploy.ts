/**
 * git and GitHub writes, container pushes, deploys and infrastructure changes (vercel, netlify,
 * kubectl, terraform, helm, cloud CLIs).
 */
import { writeEffect } from './writes.js'
import {
  dependencies,
  deploy,
  destroys,
  formats,
  has,
  operands,
  refuse,
  release,
  subcommand,
  subcommandDeploy,
  type Refusal,
  type RuleTable
} from './rule.js'

export const VCS_AND_DEPLOY_RULES: RuleTable = {
  git: gitEffect,
  gh: ghEffect,
  docker: (w) => imagePushEffect('docker', w),
  podman: (w) => imagePushEffect('podman', w),
  vercel: vercelEffect,
  netlify: (w) => colonCommandEffect('netlify', w),
  firebase: (w) => colonCommandEffect('firebase', w),
  flyctl: (w) => verbEffect('flyctl', w, FLY_WRITES),
  fly: (w) => verbEffect('fly', w, FLY_WRITES),
  wrangler: wranglerEffect,
  serverless: subcommandDeploy('serverless', ['deploy', 'remove']),
  sls: subcommandDeploy('sls', ['deploy', 'remove']),
  cdk: subcommandDeploy('cdk', ['deploy', 'destroy', 'bootstrap', 'import', 'watch', 'rollback']),
  pulumi: (w) => verbEffect('pulumi', w, PULUMI_WRITES),
  helm: helmEffect,
  surge: () => deploy('surge', 'publishes the site'),
  'gh-pages': () => deploy('gh-pages', 'publishes to the gh-pages branch'),
  kubectl: kubectlEffect,
  gcloud: gcloudEffect,
  aws: awsEffect,
  terraform: terraformEffect
}

/**
 * netlify's and firebase's commands that change what is live, named `group:verb`
 * (`firebase hosting:channel:deploy`, `netlify env:set`, `firebase database:remove`).
 */
const COLON_COMMAND_WRITES =
  /(?:^|:)(?:deploy|delete|set|unset|push|update|remove|create|import|clone|rollback|disable|install|uninstall)$/

function colonCommandEffect(tool: string, w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  return sub !== undefined && COLON_COMMAND_WRITES.test(sub)
    ? deploy(`${tool} ${sub}`, 'deploys or changes live resources')
    : null
}

/**
 * pulumi's commands that change the stack or its resources, and `config set`, which writes
 * Pulumi.<stack>.yaml into the project.
 */
const PULUMI_WRITES = [
  'up',
  'update',
  'destroy',
  'refresh',
  'import',
  'cancel',
  'watch',
  'init',
  'rm',
  'rename',
  'set',
  'set-all',
  'rm-all'
]

/** fly's commands that change the app: `deploy`, `secrets set`, `apps destroy`, `scale count`… */
const FLY_WRITES = [
  'deploy',
  'launch',
  'destroy',
  'set',
  'unset',
  'import',
  'create',
  'delete',
  'restart',
  'stop',
  'start',
  'suspend',
  'count',
  'update'
]

/**
 * The command of a CLI whose commands end in a verb (`fly secrets set X=1`): the first operand
 * that is one of `verbs`, with the operands before it, or null.
 */
function verbCommand(w: readonly string[], isVerb: (word: string) => boolean): string[] | null {
  const command: string[] = []
  for (let i = 1; i < w.length; i++) {
    const word = w[i]!
    if (word.startsWith('-')) continue
    // A word right after a bare option may be its value (`fly --app web deploy`): it stays out
    // of the command a refusal names, though it is still tried as the verb.
    if (!/^--?[A-Za-z][^=]*$/.test(w[i - 1]!) || isVerb(word)) command.push(word)
    if (isVerb(word)) return command
  }
  return null
}

function verbEffect(tool: string, w: readonly string[], verbs: readonly string[]): Refusal | null {
  const command = verbCommand(w, (word) => verbs.includes(word))
  return command === null
    ? null
    : deploy([tool, ...command].join(' '), 'deploys or changes live resources')
}

/**
 * gcloud's commands end in a verb (`gcloud run deploy`, `gcloud compute instances delete`,
 * `gcloud run services update-traffic`);
 * those that change resources are refused. `gcloud deploy` is also the Cloud Deploy group, whose
 * `releases list` only reads.
 */
const GCLOUD_WRITES =
  /^(?:deploy|create|delete|update|patch|replace|set|add|remove|cp|mv|rm|rsync|import|start|stop|reset|resize|rollback|promote|publish|enable|disable|apply)(?:-.*)?$/

function gcloudEffect(w: readonly string[]): Refusal | null {
  // `gcloud deploy …`: the Cloud Deploy group, judged by the verb after it.
  const command = verbCommand(w[1] === 'deploy' ? w.slice(1) : w, (word) =>
    GCLOUD_WRITES.test(word)
  )
  if (command === null) return null
  const name = `gcloud ${w[1] === 'deploy' ? 'deploy ' : ''}${command.join(' ')}`
  return command.at(-1) === 'deploy'
    ? deploy(name, 'deploys to Google Cloud')
    : deploy(name, 'changes Google Cloud resources')
}

/** kubectl subcommands that change the cluster (`rollout` but for `status` and `history`). */
const KUBECTL_WRITES = [
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
]

function kubectlEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null || !KUBECTL_WRITES.includes(sub.name) || dryRun(w)) return null
  const action = subcommand(w, sub.index + 1)?.name
  if (sub.name === 'rollout' && (action === 'status' || action === 'history')) return null
  return deploy(`kubectl ${sub.name}`, 'deploys or changes live resources')
}

/** helm subcommands that change a release in the cluster. */
const HELM_RELEASE_CHANGES = ['install', 'upgrade', 'uninstall', 'delete', 'rollback']

function helmEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  if (HELM_RELEASE_CHANGES.includes(sub.name))
    return dryRun(w) ? null : deploy(`helm ${sub.name}`, 'deploys or changes live resources')
  if (sub.name === 'push') return release('helm push', 'pushes a chart to a registry')
  const action = subcommand(w, sub.index + 1)?.name ?? ''
  if (
    ['dependency', 'dependencies', 'dep'].includes(sub.name) &&
    ['update', 'up', 'build'].includes(action)
  )
    return dependencies(
      `helm ${sub.name} ${action}`,
      "the chart's dependencies (charts/ and Chart.lock)"
    )
  return null
}

/**
 * kubectl's and helm's `--dry-run` (alone, `=client`, `=server` or, for helm, `=true`): nothing
 * is changed. `--dry-run=none` (or `=false`) changes the cluster.
 */
function dryRun(w: readonly string[]): boolean {
  return w.some((x) => x === '--dry-run' || /^--dry-run=(?:client|server|true)$/.test(x))
}

/** wrangler commands that change what is live: `deploy`, `pages deploy`, `secret put`, `kv key delete`… */
const WRANGLER_WRITES = [
  'deploy',
  'publish',
  'rollback',
  'delete',
  'put',
  'upload',
  'create',
  'apply'
]

/** wrangler's command groups, named in a refusal before the command that writes. */
const WRANGLER_GROUPS = [
  'pages',
  'versions',
  'secret',
  'kv',
  'key',
  'bulk',
  'namespace',
  'r2',
  'object',
  'bucket',
  'd1',
  'migrations',
  'queues'
]

function wranglerEffect(w: readonly string[]): Refusal | null {
  if (has(w, '--dry-run')) return null
  const words = w.slice(1).filter((x) => !x.startsWith('-'))
  const at = words.findIndex((x) => WRANGLER_WRITES.includes(x))
  if (at === -1) return null
  const command = [...words.slice(0, at).filter((x) => WRANGLER_GROUPS.includes(x)), words[at]!]
  return deploy(`wrangler ${command.join(' ')}`, 'deploys or changes live resources')
}

/**
 * docker's and podman's image pushes: `push`, `image push`, `compose push`, `manifest push`, and
 * a build that pushes what it builds (`buildx build --push`, `--output type=registry`).
 */
function imagePushEffect(tool: string, w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  const next = subcommand(w, sub.index + 1)?.name
  if (sub.name === 'push') return deploy(`${tool} push`, 'pushes an image to a registry')
  if (['image', 'compose', 'manifest'].includes(sub.name) && next === 'push')
    return deploy(`${tool} ${sub.name} push`, 'pushes an image to a registry')
  const build =
    sub.name === 'build'
      ? 'build'
      : ['buildx', 'image', 'compose'].includes(sub.name) && (next === 'build' || next === 'bake')
        ? `${sub.name} ${next}`
        : null
  const outputs = optionValues(w, '-o', '--output')
  if (
    build !== null &&
    (has(w, '--push') || outputs.some((o) => /type=registry|push=true/.test(o)))
  )
    return deploy(`${tool} ${build} --push`, 'pushes the image it builds to a registry')
  return null
}

/**
 * The values given to an option, up to `--`: `-o v`, `-ov`, `--output v`, `--output=v` (`short`
 * null for an option without a short form).
 */
function optionValues(w: readonly string[], short: string | null, long: string): string[] {
  const values: string[] = []
  for (let i = 1; i < w.length && w[i] !== '--'; i++) {
    const word = w[i]!
    if (word === short || word === long) {
      const next = w[i + 1]
      if (next !== undefined) values.push(next)
      i++
    } else if (word.startsWith(`${long}=`)) values.push(word.slice(long.length + 1))
    else if (short !== null && word.startsWith(short) && !word.startsWith('--'))
      values.push(word.slice(short.length))
  }
  return values
}

/** vercel's options that take a value, which stands before the subcommand (`vercel --cwd web ls`). */
const VERCEL_VALUE_OPTIONS = [
  '--cwd',
  '-A',
  '--local-config',
  '-Q',
  '--global-config',
  '-t',
  '--token',
  '-S',
  '--scope',
  '--team',
  '-T'
]

/** vercel subcommands that deploy nothing; `vercel` alone, `vercel --prod` or `vercel ./web` deploys. */
const VERCEL_READ_ONLY = ['ls', 'list', 'inspect', 'whoami', 'logs', 'help', 'build', 'dev', 'pull']

function vercelEffect(w: readonly string[]): Refusal | null {
  if (has(w, '--version', '--help', '-v', '-h')) return null
  const [sub, action, file] = operands(w, VERCEL_VALUE_OPTIONS)
  if (sub !== undefined && VERCEL_READ_ONLY.includes(sub)) return null
  if (sub !== 'env') return deploy('vercel', 'deploys the project')
  // `vercel env` alone prints its help.
  if (action === undefined || action === 'ls' || action === 'list') return null
  if (action !== 'pull')
    return deploy(`vercel env ${action}`, "changes the project's environment variables on Vercel")
  const target = file ?? '.env.local'
  return writeEffect(target) === null
    ? null
    : refuse(
        'rewrite',
        `'vercel env pull' writes the environment variables into ${target} in the project`
      )
}

/** aws global options that take a value (`aws --region eu-west-1 s3 ls`). */
const AWS_VALUE_OPTIONS = [
  '--region',
  '--profile',
  '--output',
  '--endpoint-url',
  '--query',
  '--color',
  '--ca-bundle',
  '--cli-read-timeout',
  '--cli-connect-timeout',
  '--cli-binary-format'
]

/** aws operations that only read: `describe-…`, `list-…`, `get-…`, `s3 ls`, `wait`… */
const AWS_READ_ONLY =
  /^(?:(?:describe|list|get|head|search|filter|lookup|batch-get|validate|estimate|simulate)(?:-.*)?|ls|presign|scan|query|wait|tail|help)$/

/** Every aws operation changes cloud resources but those that only read. */
function awsEffect(w: readonly string[]): Refusal | null {
  const [service, operation] = operands(w, AWS_VALUE_OPTIONS)
  if (service === undefined || service === 'help' || operation === undefined) return null
  return AWS_READ_ONLY.test(operation)
    ? null
    : deploy(`aws ${service} ${operation}`, 'changes cloud resources')
}

function terraformEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  if (sub === 'fmt')
    return terraformFmtChecks(w) ? null : formats('terraform fmt', 'terraform fmt -check')
  if (sub === 'destroy') return destroys('terraform destroy', 'destroys infrastructure')
  if (['apply', 'import', 'taint', 'untaint', 'refresh'].includes(sub ?? '')) {
    return deploy(`terraform ${sub!}`, 'changes infrastructure')
  }
  const action = subcommand(w, (subcommand(w)?.index ?? 0) + 1)?.name ?? ''
  if (sub === 'state' && ['rm', 'mv', 'push', 'replace-provider'].includes(action)) {
    return deploy('terraform state', 'changes the infrastructure state')
  }
  return null
}

/** `terraform fmt -check` (or `-check=true`, `-write=false`; Go's flags take one or two dashes). */
function terraformFmtChecks(w: readonly string[]): boolean {
  return w.some(
    (x) => /^--?check(?:=(?:true|t|1))?$/i.test(x) || /^--?write=(?:false|f|0)$/i.test(x)
  )
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

/** git's global options that take the next word as their value (`git -C repo push`). */
const GIT_VALUE_OPTIONS = ['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--config-env']

/** `git config` options that write; without one, a lone name reads it (`git config user.name`). */
const GIT_CONFIG_WRITES = [
  '--unset',
  '--unset-all',
  '--add',
  '--replace-all',
  '--remove-section',
  '--rename-section',
  '--edit',
  '-e'
]

function gitEffect(w: readonly string[]): Refusal | null {
  let i = 1
  while (i < w.length && w[i]!.startsWith('-')) i += GIT_VALUE_OPTIONS.includes(w[i]!) ? 2 : 1
  const sub = w[i]
  if (sub === undefined) return null
  const rest = w.slice(i + 1)
  // `git diff --output=x.patch` (and log, show) writes its output into a file.
  if (GIT_READ_ONLY.has(sub)) return gitOutputEffect(sub, optionValues(w, null, '--output'))
  const operands = rest.filter((x) => !x.startsWith('-'))
  if (
    (sub === 'branch' || sub === 'tag') &&
    (operands.length === 0 || has(rest, '--list', '-l', '--contains', '--merged'))
  )
    return null
  if (sub === 'remote' && (operands.length === 0 || ['show', 'get-url'].includes(operands[0]!)))
    return null
  if (sub === 'config' && gitConfigReads(rest, operands)) return null
  if (sub === 'stash' && ['list', 'show'].includes(operands[0] ?? '')) return null
  if (
    (sub === 'worktree' || sub === 'submodule') &&
    ['list', 'status', 'summary'].includes(operands[0] ?? '')
  )
    return null
  if (sub === 'notes' && ['list', 'show'].includes(operands[0] ?? '')) return null
  if (
    sub === 'apply' &&
    has(rest, '--check', '--stat', '--numstat', '--summary') &&
    !has(rest, '--apply')
  )
    return null
  if (sub === 'archive') return gitOutputEffect(sub, optionValues(w, '-o', '--output'))
  if (sub === 'push') return deploy('git push', 'pushes to a remote repository')
  if (GIT_DISCARDS.has(sub))
    return destroys(`git ${sub}`, 'changes or discards files in the working tree')
  return refuse('vcs-write', `'git ${sub}' changes the repository`)
}

/** `git diff --output=x.patch`, `git archive -o x.tar` write into the file they name. */
function gitOutputEffect(sub: string, targets: readonly string[]): Refusal | null {
  const written = targets.find((target) => writeEffect(target) !== null)
  const option = sub === 'archive' ? '-o' : '--output'
  return written === undefined
    ? null
    : refuse('rewrite', `'git ${sub} ${option}' writes ${written} in the project`)
}

/** `git config --get x`, `git config --list`, `git config x`, `git config get x` only read. */
function gitConfigReads(rest: readonly string[], operands: readonly string[]): boolean {
  if (has(rest, ...GIT_CONFIG_WRITES)) return false
  return (
    has(rest, '--get', '--get-all', '--list', '-l', '--get-regexp') ||
    operands.length === 1 ||
    ['get', 'list'].includes(operands[0] ?? '')
  )
}

function ghEffect(w: readonly string[]): Refusal | null {
  const operands: string[] = []
  // -R/--repo takes a value and may stand before the group (`gh -R owner/repo pr merge 1`).
  for (let i = 1; i < w.length; i++) {
    if (w[i] === '-R' || w[i] === '--repo') i++
    else if (!w[i]!.startsWith('-')) operands.push(w[i]!)
  }
  const [group, action] = operands
  if (
    group === 'release' &&
    ['create', 'upload', 'edit', 'delete', 'delete-asset'].includes(action ?? '')
  ) {
    return release(`gh release ${action!}`, 'changes a GitHub release')
  }
  if ((group === 'release' || group === 'run') && action === 'download')
    return ghDownloadEffect(group, w)
  if (group === 'api') return ghApiEffect(w)
  const readOnly = ['list', 'view', 'status', 'diff', 'checks', 'watch']
  if (
    ['pr', 'issue', 'repo', 'workflow', 'run', 'secret', 'variable', 'label', 'cache'].includes(
      group ?? ''
    ) &&
    action !== undefined &&
    !readOnly.includes(action)
  )
    return refuse('vcs-write', `'gh ${group!} ${action}' changes the repository on GitHub`)
  return null
}

/**
 * `gh api` sends GET unless given a method (`-X POST`, `-XDELETE`, `--method=PATCH`), or fields
 * or a body (`-f`, `-F`, `--input`), which make it POST. Only GET and HEAD read; fields sent with
 * `-X GET` go into the query string.
 */
function ghApiEffect(w: readonly string[]): Refusal | null {
  let method: string | undefined
  let fields = false
  let body = false
  for (let i = 1; i < w.length; i++) {
    const word = w[i]!
    // pflag reads `-iXPOST` as -i then -X POST; -i is gh api's one short flag without a value.
    const short = /^-i*([XfF])(.*)$/.exec(word)
    const long = /^--(method|field|raw-field|input)(?:=(.*))?$/.exec(word)
    const name = short?.[1] ?? long?.[1]
    if (name === undefined) continue
    const glued = short !== null ? short[2] : long![2]
    const value = glued !== undefined && glued !== '' ? glued : w[++i]
    if (name === 'X' || name === 'method') method = value?.toUpperCase()
    else if (name === 'input') body = true
    else fields = true
  }
  const sent = method ?? (fields || body ? 'POST' : 'GET')
  return (sent === 'GET' || sent === 'HEAD') && !body
    ? null
    : refuse('vcs-write', "'gh api' with a method or fields writes to GitHub")
}

/**
 * `gh run download` and `gh release download` write into the working directory unless `-D`/`--dir`
 * or `-O`/`--output` (`-` is standard output) send the files to /tmp or $RUNNER_TEMP.
 */
function ghDownloadEffect(group: string, w: readonly string[]): Refusal | null {
  const targets = [...optionValues(w, '-D', '--dir'), ...optionValues(w, '-O', '--output')]
  const written = targets.length === 0 ? ['.'] : targets
  return written.every((t) => t === '-' || writeEffect(t) === null)
    ? null
    : refuse(
        'rewrite',
        `'gh ${group} download' writes the downloaded files into the project (download with -D "$RUNNER_TEMP/…" instead)`
      )
}
