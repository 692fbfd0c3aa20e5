/**
 * The plan's fingerprint: what makes shards of one matrix parts of one run. Every shard writes
 * it, and the merge computes it again from its own checkout and refuses any shard whose
 * fingerprint differs (another commit, an edited checklist or config, another gate version, a
 * plan with other validations).
 */
import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import { VERSION } from '../version.js'
import type { Plan } from '../plan/plan.js'

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

/** One way a shard's fingerprint differs from the merge's own; `text` follows the shard's name. */
export interface FingerprintMismatch {
  /** Equal keys are the same mismatch: the merge names all shards that share it on one line. */
  key: string
  text: string
}

/** The ways `found` differs from `expected` (the merge's own); [] for the same plan and commit. */
export function fingerprintMismatches(
  found: PlanFingerprint,
  expected: PlanFingerprint
): FingerprintMismatch[] {
  const mismatches: FingerprintMismatch[] = []
  const add = (key: string, text: string): void => {
    mismatches.push({ key, text })
  }
  if (found.gateVersion !== expected.gateVersion) {
    add(
      `version:${found.gateVersion}`,
      `made by Readiness Gate ${found.gateVersion}, this merge is ${expected.gateVersion}: use one version in every job`
    )
  }
  if (found.commit !== expected.commit) {
    add(
      `commit:${found.commit ?? ''}`,
      `for commit ${found.commit ?? 'unknown'}, not ${expected.commit ?? 'unknown'} (this checkout): re-run the shards for this commit`
    )
  }
  if (found.checklistSha256 !== expected.checklistSha256) {
    add(
      `checklist:${found.checklistSha256}`,
      "planned from another checklist (its content differs from this checkout's): re-run the shards"
    )
  }
  if (found.configSha256 !== expected.configSha256) {
    add(
      `config:${found.configSha256 ?? ''}`,
      `planned with ${found.configSha256 === null ? 'no config' : 'another config'}, and this checkout has ${expected.configSha256 === null ? 'none' : 'a different one'}: re-run the shards`
    )
  }
  if (mismatches.length === 0 && found.planIds.join('\0') !== expected.planIds.join('\0')) {
    add(
      `plan:${found.planIds.join('\0')}`,
      `planned other validations (${found.planIds.join(', ')}) than this checkout (${expected.planIds.join(', ')}): re-run the shards`
    )
  }
  return mismatches
}
