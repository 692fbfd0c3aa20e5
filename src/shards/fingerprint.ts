/**
 * The plan's fingerprint: what makes shards of one matrix parts of one run. Every shard writes
 * it, and the merge computes it again from its own checkout and refuses any shard whose
 * fingerprint differs (another commit, an edited checklist or config, another gate version, a
 * plan with other validations).
 */
import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import { VERSION } from '../version.js'
import type { Plan } from '../validations/plan.js'

export interface PlanFingerprint {
  /** The Readiness Gate version that planned (another version may plan differently). */
  gateVersion: string
  /** SHA-256 (hex) of the checklist's bytes. */
  checklistSha256: string
  /** SHA-256 (hex) of the config's bytes; null when no config was read. */
  configSha256: string | null
  /** The commit validated (`git rev-parse HEAD` in the project root, else GITHUB_SHA); null when neither says. */
  commit: string | null
  /** The planned validations' ids, in plan order. */
  planIds: string[]
}

export interface FingerprintInput {
  checklistPath: string
  /** The config file the plan read, or null when none was. */
  configPath: string | null
  root: string
  plan: Plan
  env: Readonly<Record<string, string | undefined>>
}

export async function fingerprintOf(input: FingerprintInput): Promise<PlanFingerprint> {
  // Loaded here: importing node:crypto costs every run's startup (github/outputs.ts), and only
  // shards and merges hash.
  const { createHash } = await import('node:crypto')
  const sha256 = (file: string): string =>
    createHash('sha256').update(fs.readFileSync(file)).digest('hex')
  return {
    gateVersion: VERSION,
    checklistSha256: sha256(input.checklistPath),
    configSha256:
      input.configPath !== null && fs.existsSync(input.configPath)
        ? sha256(input.configPath)
        : null,
    commit: (await gitHead(input.root)) ?? commitFromEnv(input.env),
    planIds: input.plan.validations.map((v) => v.id)
  }
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

function commitFromEnv(env: Readonly<Record<string, string | undefined>>): string | null {
  const sha = env.GITHUB_SHA?.trim() ?? ''
  return SHA.test(sha) ? sha : null
}

/** HEAD of the repository holding `root`, or null (not a repository, or git is missing). */
function gitHead(root: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['rev-parse', '--verify', '--quiet', 'HEAD'],
      { cwd: root, timeout: 10_000, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => {
        const sha = stdout.trim()
        resolve(error === null && SHA.test(sha) ? sha : null)
      }
    )
  })
}

/**
 * One line per way `found` differs from `expected` (the merge's own), naming what to do; []
 * when they are the same plan of the same commit.
 */
export function fingerprintProblems(
  found: PlanFingerprint,
  expected: PlanFingerprint,
  shard: string
): string[] {
  const problems: string[] = []
  if (found.gateVersion !== expected.gateVersion) {
    problems.push(
      `${shard} was made by Readiness Gate ${found.gateVersion}, this merge is ${expected.gateVersion}: use one version in every job.`
    )
  }
  if (found.commit !== expected.commit) {
    problems.push(
      `${shard} is for commit ${found.commit ?? 'unknown'}, not ${expected.commit ?? 'unknown'} (this checkout): re-run the shards for this commit.`
    )
  }
  if (found.checklistSha256 !== expected.checklistSha256) {
    problems.push(
      `${shard} was planned from another checklist (its content differs from this checkout's): re-run the shards.`
    )
  }
  if (found.configSha256 !== expected.configSha256) {
    problems.push(
      `${shard} was planned with ${found.configSha256 === null ? 'no config' : 'another config'}, this checkout has ${expected.configSha256 === null ? 'none' : 'a different one'}: re-run the shards.`
    )
  }
  if (problems.length === 0 && found.planIds.join('\0') !== expected.planIds.join('\0')) {
    problems.push(
      `${shard} planned other validations (${found.planIds.join(', ')}) than this checkout (${expected.planIds.join(', ')}): re-run the shards.`
    )
  }
  return problems
}
