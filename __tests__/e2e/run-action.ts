/**
 * Runs the bundled action (dist/index.js) as the runner does: a child process with INPUT_* and
 * the GITHUB_* environment, talking to the local GitHub API server.
 */
import { beforeAll, expect } from '@jest/globals'
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  eventPath,
  loadEvent,
  type EventFixture,
  type EventPayload
} from '../support/github-events.js'
import { gitHubServerPerTest, type GitHubServer } from '../support/github-server.js'
import { trackedDirectories } from '../support/temporary.js'
import { TOKENS } from '../support/github-identities.js'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist', 'index.js')
/** The example project's checklist (the seed). */
export const SEED_CHECKLIST = path.join(
  REPO_ROOT,
  'examples',
  'llm-memory-graph',
  'PRODUCTION_CHECKLIST.md'
)

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
}

export interface RunOptions {
  server: GitHubServer
  fixture: EventFixture
  /** The payload to send instead of the fixture's (an edited copy of it). */
  payload?: EventPayload
  eventName: string
  /** The workspace (GITHUB_WORKSPACE); the caller owns it. */
  workspace: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  sha: string
  ref: string
  timeoutMs?: number
}

/** Parses the GITHUB_OUTPUT file (`name<<DELIM\nvalue\nDELIM` and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      i++
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!)
      outputs[name!] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      outputs[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return outputs
}

/** Seeds the server with what the event implies and runs the action once. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const payload = options.payload ?? loadEvent(options.fixture)
  const repository = payload.repository.full_name
  options.server.seedFromEvent(payload)
  options.server.addCommit(repository, options.sha)
  const runnerDir = mkdtempSync(path.join(tmpdir(), 'rg-e2e-runner-'))
  const eventFile = path.join(runnerDir, 'event.json')
  if (options.payload !== undefined) writeFileSync(eventFile, JSON.stringify(options.payload))
  const outputFile = path.join(runnerDir, 'output')
  const summaryFile = path.join(runnerDir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputs: Record<string, string> = {
    'github-token': TOKENS.actions,
    ...options.inputs
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerDir,
    RUNNER_TEMP: runnerDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: options.payload === undefined ? eventPath(options.fixture) : eventFile,
    GITHUB_REPOSITORY: repository,
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.server.url,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    READINESS_GATE_RETRY_AFTER_MAX_MS: '50',
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  try {
    const { code, stdout, stderr } = await spawnNode(
      ACTION_ENTRY,
      options.workspace,
      env,
      options.timeoutMs ?? 60_000
    )
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      workspace: options.workspace
    }
  } finally {
    rmSync(runnerDir, { recursive: true, force: true })
  }
}

/** Spawns asynchronously: the GitHub server lives in this process and must keep answering. */
function spawnNode(
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`action timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`))
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/**
 * Runs dist/index.js once, synchronously and without GitHub: the seed checklist (the example
 * project's) copied into `<directory>/workspace`, validations and every GitHub surface off,
 * GITHUB_OUTPUT at `<directory>/github-output.txt`, node preloading `preload` (a file: URL given
 * to --import), and `inputs` (name → value) on top. The caller owns `directory`.
 */
export function runSeedWithoutGitHub(
  directory: string,
  preload: string,
  inputs: Record<string, string> = {}
): { run: SpawnSyncReturns<string>; workspace: string } {
  const workspace = path.join(directory, 'workspace')
  mkdirSync(workspace)
  copyFileSync(SEED_CHECKLIST, path.join(workspace, 'PRODUCTION_CHECKLIST.md'))
  const output = path.join(directory, 'github-output.txt')
  writeFileSync(output, '')
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: output,
    GITHUB_WORKSPACE: workspace,
    'INPUT_RUN-VALIDATIONS': 'false',
    'INPUT_CHECK-RUN': 'false',
    INPUT_COMMENT: 'false',
    'INPUT_COMMIT-STATUS': 'false',
    'INPUT_JOB-SUMMARY': 'false'
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const run = spawnSync(process.execPath, ['--import', preload, ACTION_ENTRY], {
    encoding: 'utf8',
    cwd: directory,
    env
  })
  return { run, workspace }
}

/** A temp workspace holding `files` (relative path → content). */
export function makeWorkspace(files: Record<string, string>): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'rg-e2e-ws-'))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(workspace, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return workspace
}

/** A directory with executable scripts (name → shell body), to put first on PATH. */
export function makeBin(scripts: Record<string, string>): string {
  const bin = mkdtempSync(path.join(tmpdir(), 'rg-e2e-bin-'))
  for (const [name, body] of Object.entries(scripts)) {
    const file = path.join(bin, name)
    writeFileSync(file, `#!/bin/sh\n${body}\n`)
    chmodSync(file, 0o755)
  }
  return bin
}

export function actionIsBundled(): boolean {
  return existsSync(ACTION_ENTRY)
}

/**
 * What every end-to-end file sets up, called once at its top level: dist/ must be bundled (it is
 * committed; CI runs the tests before bundling), a local GitHub server for each test
 * (gitHubServerPerTest: handed to `slot.set`, closed after the test, no request GitHub would
 * refuse), and the directories the runs use removed after the file (trackedDirectories).
 */
export function endToEndSetup(slot: {
  set: (server: GitHubServer) => void
  get: () => GitHubServer
}): ReturnType<typeof trackedDirectories> {
  beforeAll(() => {
    expect(actionIsBundled()).toBe(true)
  })
  gitHubServerPerTest(slot)
  return trackedDirectories()
}

/** The `::warning::` / `::error::` workflow commands in the output. */
export function commandLines(output: string, command: 'warning' | 'error'): string[] {
  return output.split('\n').filter((line) => line.startsWith(`::${command}`))
}
