/**
 * git and GitHub writes, container pushes, deploys and infrastructure changes (vercel, netlify,
 * kubectl, terraform, helm, cloud CLIs).
 */
import {
  deploy,
  destroys,
  formats,
  has,
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
  terraform: terraformEffect
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
