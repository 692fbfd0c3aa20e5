/**
 * The CLI's GitHub lookups (--repo owner/name, --pr N, --sha SHA): the same evidence source the
 * action uses, with the token from GITHUB_TOKEN or GH_TOKEN — never a flag, which every user of
 * the machine could read in the process list.
 */
import { execFileSync } from 'node:child_process'
import { ConfigurationError } from '../errors.js'
import type { GateOptions } from '../gate.js'
import type { GitHubClient } from '../github/client.js'
import { gitHubEvidenceSource } from '../github/evidence-lookups.js'
import { checklistDirectory } from '../github/evidence-source.js'
import type { Logger } from '../log/logger.js'
import type { CheckOptions } from './args.js'

export type CliEnvironment = Readonly<Record<string, string | undefined>>

export function cliEvidenceOptions(
  options: CheckOptions,
  env: CliEnvironment,
  log: Logger
): Pick<GateOptions, 'github'> {
  const target = options.github
  if (target === null) return {}
  const token = (env.GITHUB_TOKEN ?? '').trim() || (env.GH_TOKEN ?? '').trim()
  if (token === '') {
    throw new ConfigurationError(
      '--repo asks GitHub, which needs a token: set GITHUB_TOKEN or GH_TOKEN (a token that can read the repository).'
    )
  }
  const apiUrl = (env.GITHUB_API_URL ?? '').trim() || 'https://api.github.com'
  const client = async (): Promise<GitHubClient> => {
    const { createOctokit } = await import('../github/client.js')
    return createOctokit(token, apiUrl, {
      log: {
        warning: (message) => {
          log.warning(message)
        },
        debug: () => undefined
      }
    })
  }
  return {
    github: gitHubEvidenceSource(client, {
      owner: target.owner,
      repo: target.repo,
      sha: target.sha ?? headOf(options.root),
      pullRequest: target.pullRequest,
      serverUrl: (env.GITHUB_SERVER_URL ?? '').trim() || 'https://github.com',
      workspace: options.root,
      checklistDir: checklistDirectory(options.root, options.checklistPath)
    })
  }
}

/** The checkout's HEAD commit, or null outside a git repository (checks are then unverified). */
function headOf(root: string): string | null {
  try {
    const sha = execFileSync('git', ['rev-parse', '--verify', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000
    }).trim()
    return /^[0-9a-f]{40}$/.test(sha) ? sha : null
  } catch {
    return null
  }
}
