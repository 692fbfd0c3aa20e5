/**
 * Fakes for the entry points' I/O ports, so tests run src/main.ts and src/cli/*.ts from source:
 * a Logger that records every line with its kind (our own message vs untrusted text), an
 * ActionIo that records outputs and the job summary, and a CliIo that records stdout/stderr.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { ActionIo } from '../../src/action-port.js'
import type { CliIo } from '../../src/cli/cli-io.js'
import type { Logger } from '../../src/log/logger.js'
import { PUSHED_SHA, eventPath, loadEvent } from './github-events.js'
import type { GitHubServer } from './github-server.js'

export type LogKind = 'info' | 'warning' | 'error' | 'debug' | 'untrusted' | 'group'

export interface RecordingLogger extends Logger {
  lines: { kind: LogKind; text: string }[]
  /** Every line of one kind. */
  of(kind: LogKind): string[]
}

export function recordingLogger(onLine?: (kind: LogKind, text: string) => void): RecordingLogger {
  const lines: { kind: LogKind; text: string }[] = []
  const record =
    (kind: LogKind) =>
    (text: string): void => {
      lines.push({ kind, text })
      onLine?.(kind, text)
    }
  return {
    lines,
    of: (kind) => lines.filter((line) => line.kind === kind).map((line) => line.text),
    info: record('info'),
    warning: record('warning'),
    error: record('error'),
    debug: record('debug'),
    untrusted: record('untrusted'),
    startGroup: record('group'),
    endGroup: () => undefined
  }
}

export interface FakeActionIo extends ActionIo {
  log: RecordingLogger
  outputs: Record<string, string>
  summary: string[]
  secrets: string[]
}

export function fakeActionIo(options: {
  inputs?: Record<string, string>
  env?: Record<string, string | undefined>
  cwd: string
  log?: RecordingLogger
  loadGitHub?: ActionIo['loadGitHub']
  matcherFiles?: string[]
}): FakeActionIo {
  const inputs = options.inputs ?? {}
  const io: FakeActionIo = {
    input: (name) => inputs[name] ?? '',
    env: options.env ?? {},
    cwd: options.cwd,
    log: options.log ?? recordingLogger(),
    outputs: {},
    summary: [],
    secrets: [],
    setSecret: (value) => {
      io.secrets.push(value)
    },
    // The test process's own environ is left alone: nothing is scrubbed, the values are protected.
    protectSecrets: (values) => ({
      values: [...values],
      environ: 'nothing to scrub',
      scrubbed: []
    }),
    setOutputs: (outputs) => {
      Object.assign(io.outputs, outputs)
    },
    writeJobSummary: (markdown) => {
      io.summary.push(markdown)
      return Promise.resolve({ name: 'job-summary', ok: true })
    },
    matcherFiles: () => options.matcherFiles ?? [],
    loadGitHub: options.loadGitHub ?? (() => import('../../src/github/index.js'))
  }
  return io
}

export interface FakeCliIo extends CliIo {
  stdout: () => string
  stderr: () => string
}

export function fakeCliIo(cwd: string, isTTY = false): FakeCliIo {
  let out = ''
  let err = ''
  return {
    cwd,
    isTTY,
    out: (text) => {
      out += text
    },
    err: (text) => {
      err += text
    },
    stdout: () => out,
    stderr: () => err
  }
}

/** Temp directories made by a test file, removed by cleanup() (call it in afterAll/afterEach). */
export function tempDirs(prefix: string): { make(): string; cleanup(): void } {
  const made: string[] = []
  return {
    make: () => {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)))
      made.push(dir)
      return dir
    },
    cleanup: () => {
      for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** A project with a checklist: one critical phase with `items`, and a validation script. */
export function writeProject(
  dir: string,
  options: { items: string; script: string; file?: string }
): string {
  const file = path.join(dir, options.file ?? 'PRODUCTION_CHECKLIST.md')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(
    file,
    `# Checklist\n\n### Phase 1: Critical (MUST COMPLETE)\n\n${options.items}\n\n### Quick Validation Script\n\`\`\`bash\n${options.script}\n\`\`\`\n`
  )
  return dir
}

/**
 * The environment of the action on a push (push.branch, to main at PUSHED_SHA) in `workspace`,
 * publishing to `server`: the event's repository and commit are seeded into the server first.
 */
export function pushRunEnvironment(
  server: GitHubServer,
  workspace: string
): Record<string, string> {
  const payload = loadEvent('push.branch')
  server.seedFromEvent(payload)
  server.addCommit(payload.repository.full_name, PUSHED_SHA)
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath('push.branch'),
    GITHUB_REPOSITORY: payload.repository.full_name,
    GITHUB_SHA: PUSHED_SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: server.url,
    READINESS_GATE_RETRY_AFTER_MAX_MS: '10'
  }
}
