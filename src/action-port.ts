/**
 * The action's port: everything it takes from and gives to the world, injected so tests run the
 * action from source with fakes. src/action-io.ts is the real one (over @actions/core and the
 * process); main.ts and shards/action.ts use it. Kept apart from both so the import graph has no
 * cycle (main.ts → action-io.ts → main.ts).
 */
import type { InputReader } from './settings.js'
import type { Environment } from './github/context.js'
import type { Logger } from './log/logger.js'
import type { Protection } from './run/credentials.js'
import type { SurfaceOutcome } from './github/publish-failures.js'

/** The GitHub adapters' module, loaded on demand (see ActionIo.loadGitHub). */
export type GitHubApi = typeof import('./github/index.js')

export interface ActionIo {
  /** One input as the workflow set it; '' when not set. */
  input: InputReader
  env: Environment
  /** The process's directory: the workspace when GITHUB_WORKSPACE is not set. */
  cwd: string
  log: Logger
  /** Masks a value in every later line of the log. */
  setSecret(value: string): void
  /**
   * Keeps the credentials out of what validations can read: withheld from their environment by
   * value, and overwritten in the action's own /proc environ (run/credentials.ts).
   * Call once the inputs are read: the overwritten variables read as empty afterwards.
   */
  protectSecrets(values: readonly string[]): Protection
  /**
   * The step's outputs (action.yml): a verdict's (verdict-outputs.ts GateOutputs), a failed
   * run's (ErrorOutputs) or a shard step's (shards/action.ts ShardOutputs).
   */
  setOutputs(outputs: Readonly<Record<string, string>>): void
  /** Appends to the job summary; never throws (a failure is a warning in the outcome). */
  writeJobSummary(markdown: string): Promise<SurfaceOutcome>
  /** Absolute paths of the problem matchers shipped with the action. */
  matcherFiles(): string[]
  /**
   * The GitHub adapters, loaded only when something goes to the API: octokit is most of the
   * bundle, and a run that only writes the job summary starts faster without it.
   */
  loadGitHub(): Promise<GitHubApi>
}
