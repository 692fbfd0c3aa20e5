// End to end, issue 17: each attack as the issue describes it, run through the bundled action
// (dist/index.js) as a child process against the local GitHub API server, and shown to fail.
import { describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  symlinkSync
} from 'node:fs'
import * as path from 'node:path'
import type { GitHubServer } from '../support/github-server.js'
import { MERGE_SHA, loadEvent, type EventPayload } from '../support/github-events.js'
import { TOKENS } from '../support/github-identities.js'
import { RunnerCommandModel, type RunnerCommand } from '../support/runner-commands.js'
import { killAll } from '../support/runner-processes.js'
import {
  commandLines,
  endToEndSetup,
  makeBin,
  makeWorkspace,
  runAction,
  type ActionRun,
  type RunOptions
} from './run-action.js'

const REPO = 'Codertocat/Hello-World'
const PR_NUMBER = 2
const PULL_REQUEST = loadEvent('pull_request.opened')
const HEAD_SHA = PULL_REQUEST.pull_request!.head.sha
const OTHER_SHA = '0123456789abcdef0123456789abcdef01234567'

/** A checklist whose critical phase has one validation per command (Verify items). */
function verifyChecklist(commands: readonly string[]): string {
  const items = commands.map((command) => `- [x] Verify: \`${command}\``).join('\n')
  return `# Production Checklist\n\n## Phase 1: Critical\n\n${items}\n`
}

/** A checklist whose validation script runs `steps` (label → command), every step. */
function scriptChecklist(steps: Readonly<Record<string, string>>): string {
  const body = Object.entries(steps)
    .map(([label, command], i) => `echo "${i + 1}. ${label}..."\n${command}\n`)
    .join('\n')
  return [
    '# Production Checklist',
    '',
    '## Phase 1: Critical',
    '',
    '- [x] Build passes',
    '',
    '### Quick Validation Script',
    '```bash',
    '#!/bin/bash',
    body,
    '```',
    ''
  ].join('\n')
}

let server: GitHubServer
const { track, make: tempDir } = endToEndSetup({
  set: (started) => (server = started),
  get: () => server
})

type Scenario = Omit<RunOptions, 'server' | 'fixture' | 'eventName' | 'sha' | 'ref'>

function pullRequestRun(scenario: Scenario): Promise<ActionRun> {
  return runAction({
    server,
    fixture: 'pull_request.opened',
    eventName: 'pull_request',
    sha: MERGE_SHA,
    ref: `refs/pull/${PR_NUMBER}/merge`,
    timeoutMs: 30_000,
    ...scenario
  })
}

function pullRequestTargetRun(scenario: Scenario): Promise<ActionRun> {
  return runAction({
    server,
    fixture: 'pull_request.opened',
    eventName: 'pull_request_target',
    sha: MERGE_SHA,
    ref: 'refs/heads/main',
    timeoutMs: 30_000,
    ...scenario
  })
}

interface TamperedVerdict {
  state: string
  ready: boolean
}

/** The report path is refused before anything runs: one line naming the input, and the outputs. */
function expectReportPathRefused(result: ActionRun, reason: RegExp): void {
  expect(result.outputs).toEqual({ ready: 'false', verdict: 'error', 'report-path': '' })
  expect(result.code).toBe(2)
  const errors = commandLines(result.stdout, 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/^::error::Input 'report-path' \(.*\) /)
  expect(errors[0]).toMatch(reason)
  expect(result.summary).toContain("Input 'report-path'")
  expect(result.summary).toMatch(reason)
}

describe('issue 17 through the bundled action', () => {
  it('does not create a dangling report link target under pull_request_target (defect 1)', async () => {
    const outside = tempDir('rg-e2e-outside-')
    const target = path.join(outside, 'OUTSIDE.json')
    const workspace = track(makeWorkspace({ 'PRODUCTION_CHECKLIST.md': verifyChecklist(['true']) }))
    symlinkSync(target, path.join(workspace, 'readiness-report.json'))

    const result = await pullRequestTargetRun({ workspace })

    expect(existsSync(target)).toBe(false)
    expect(readdirSync(outside)).toEqual([])
    expect(readlinkSync(path.join(workspace, 'readiness-report.json'))).toBe(target)
    expectReportPathRefused(result, /symbolic link/)
  })

  it('does not overwrite the trusted checkout through a link in the untrusted one (defect 1)', async () => {
    const script = '#!/bin/sh\necho "trusted post-gate step"\n'
    const workspace = track(
      makeWorkspace({
        'ci/post-gate.sh': script,
        'pr/PRODUCTION_CHECKLIST.md': verifyChecklist(['true'])
      })
    )
    symlinkSync('../ci/post-gate.sh', path.join(workspace, 'pr', 'readiness-report.json'))

    const result = await pullRequestTargetRun({
      workspace,
      inputs: { 'working-directory': 'pr' }
    })

    expect(readFileSync(path.join(workspace, 'ci', 'post-gate.sh'), 'utf8')).toBe(script)
    expectReportPathRefused(result, /symbolic link/)
  })

  describe('lets no checklist text or command output speak to the runner (defect 2)', () => {
    const injectedPath = '/home/runner/.docker/config.json'
    const VERIFY = [
      `npm test ##[set-output name=report-path;]${injectedPath}%0A`,
      'hostile ::error file=a::fake'
    ]

    function hostileRun(workspace: string, run = pullRequestRun): Promise<ActionRun> {
      const npm = track(makeBin({ npm: 'printf "%s\\n" "npm $*"\nexit 1' }))
      const hostile = track(
        makeBin({
          hostile: [
            "printf '\\r::add-mask::Not ready\\n'",
            "printf '  ::stop-commands::x\\n'",
            "printf '::error file=a::fake\\n'",
            "printf 'ok ##[set-output name=report-path;]/etc/passwd\\n'",
            'exit 1'
          ].join('\n')
        })
      )
      return run({
        workspace,
        env: { PATH: `${npm}:${hostile}:${process.env.PATH ?? ''}` }
      })
    }

    const OWN_SECRETS = [
      TOKENS.actions,
      Buffer.from(`x-access-token:${TOKENS.actions}`).toString('base64')
    ]

    /** The commands the runner would act on that the action did not mean to issue. */
    function unintendedCommands(stdout: string): RunnerCommand[] {
      const model = new RunnerCommandModel().feed(stdout)
      const tokens = new Set<string>()
      const unexpected: RunnerCommand[] = []
      for (const command of model.processed) {
        const name = command.name.toLowerCase()
        const carried = [command.data, ...Object.values(command.properties)].join('\n')
        const injected = [injectedPath, '/etc/passwd', 'fake', '::', '##['].some((text) =>
          carried.includes(text)
        )
        if (name === 'stop-commands') {
          // A window the action opens: a fresh random token, never the checklist's or output's.
          if (!/^[A-Za-z0-9_-]{16,}$/.test(command.data)) unexpected.push(command)
          tokens.add(command.data.toLowerCase())
        } else if (tokens.has(name)) {
          tokens.delete(name) // the window's resume
        } else if (name === 'add-mask') {
          // Its own token (and the base64 of the basic-auth header @actions/core derives from it).
          if (!OWN_SECRETS.includes(command.data)) unexpected.push(command)
        } else if (name === 'group') {
          // A group's title is shown as text, whatever it holds; one line only.
          if (/[\r\n]/.test(command.data)) unexpected.push(command)
        } else if (
          injected ||
          command.properties.file === 'a' ||
          !['add-matcher', 'group', 'endgroup', 'warning', 'error', 'debug'].includes(name)
        ) {
          unexpected.push(command)
        }
      }
      expect(model.stopped).toBe(false)
      return unexpected
    }

    it('when the validations run and print it: plan, step names and output stay inert', async () => {
      const workspace = track(makeWorkspace({ 'PRODUCTION_CHECKLIST.md': verifyChecklist(VERIFY) }))
      const result = await hostileRun(workspace)

      // The attack was delivered: the validations ran, and what they printed reached the log.
      // (The log shows it with the first ':' or '#' made inert; the JSON report keeps it as is.)
      expect(result.stdout).toContain(':add-mask::Not ready')
      expect(result.stdout).toContain(':stop-commands::x')
      expect(result.stdout).toContain(':error file=a::fake')
      expect(result.stdout).toContain(`[set-output name=report-path;]${injectedPath}`)
      const report = readFileSync(result.outputs['report-path']!, 'utf8')
      expect(report).toContain('\\r::add-mask::Not ready')
      expect(report).toContain(`##[set-output name=report-path;]${injectedPath}`)
      expect(unintendedCommands(result.stdout)).toEqual([])
      // The action's own commands still reach the runner (its log groups; the problem matchers
      // are not registered here: the gate's check run carries the annotations).
      expect(new RunnerCommandModel().feed(result.stdout).processed.map((c) => c.name)).toContain(
        'group'
      )
      expect(result.outputs['report-path']).toBe(path.join(workspace, 'readiness-report.json'))
      expect(result.outputs.verdict).toBe('not-ready')
    })

    it('under pull_request_target: the plan of refused commands stays inert', async () => {
      const workspace = track(makeWorkspace({ 'PRODUCTION_CHECKLIST.md': verifyChecklist(VERIFY) }))
      const result = await hostileRun(workspace, pullRequestTargetRun)

      expect(result.stdout).toContain(`[set-output name=report-path;]${injectedPath}`)
      expect(result.stdout).toContain(':error file=a::fake')
      expect(result.stdout).not.toContain(':add-mask::Not ready') // refused: nothing ran
      expect(unintendedCommands(result.stdout)).toEqual([])
      expect(result.outputs['report-path']).toBe(path.join(workspace, 'readiness-report.json'))
      expect(result.outputs.verdict).toBe('unassessed')
    })

    it('with a directory named readiness-report.json: report-path is empty, never the injected one', async () => {
      const workspace = track(makeWorkspace({ 'PRODUCTION_CHECKLIST.md': verifyChecklist(VERIFY) }))
      mkdirSync(path.join(workspace, 'readiness-report.json'))
      const result = await hostileRun(workspace)

      expect(unintendedCommands(result.stdout)).toEqual([])
      expectReportPathRefused(result, /is a directory/)
    })
  })

  describe('fails closed (defect 7)', () => {
    function markerWorkspace(): { workspace: string; marker: string } {
      const markerDir = tempDir('rg-e2e-marker-')
      const marker = path.join(markerDir, 'validation-ran')
      const workspace = track(
        makeWorkspace({ 'PRODUCTION_CHECKLIST.md': verifyChecklist([`touch ${marker}`]) })
      )
      return { workspace, marker }
    }

    it.each([
      [
        'an unreadable GITHUB_EVENT_PATH',
        { GITHUB_EVENT_PATH: '/nonexistent/readiness-gate/event.json' },
        /event could not be read/
      ],
      [
        'a malformed GITHUB_REPOSITORY',
        { GITHUB_REPOSITORY: 'not a repository' },
        /GITHUB\\?_REPOSITORY/
      ]
    ])('on %s refuses the commands and says why', async (_name, env, why) => {
      const { workspace, marker } = markerWorkspace()
      const result = await pullRequestRun({ workspace, env, inputs: { 'fail-on': 'never' } })
      expect(existsSync(marker)).toBe(false)
      expect(result.code).toBe(0)
      expect(result.outputs.verdict).toBe('unassessed')
      expect(result.summary).toMatch(why)
      const report = readFileSync(result.outputs['report-path']!, 'utf8')
      expect(report).toMatch(why)
      expect(report).toContain('allow-untrusted-commands')
    })

    it.each([
      ['workflow_run', 'workflow_run.completed', /under workflow\\?_run/],
      ['issue_comment', 'issue_comment.created', /under issue\\?_comment/]
    ] as const)(
      'under %s refuses the commands, and runs them when allowed',
      async (event, fixture, why) => {
        const run = async (
          inputs: Record<string, string>
        ): Promise<{ result: ActionRun; ran: boolean }> => {
          const { workspace, marker } = markerWorkspace()
          const result = await runAction({
            server,
            fixture,
            eventName: event,
            sha: MERGE_SHA,
            ref: 'refs/heads/main',
            workspace,
            timeoutMs: 30_000,
            inputs: { 'fail-on': 'never', ...inputs }
          })
          return { result, ran: existsSync(marker) }
        }
        const refused = await run({})
        expect(refused.ran).toBe(false)
        expect(refused.result.outputs.verdict).toBe('unassessed')
        expect(refused.result.summary).toMatch(why)
        expect(readFileSync(refused.result.outputs['report-path']!, 'utf8')).toMatch(why)

        const allowed = await run({ 'allow-untrusted-commands': 'true' })
        expect(allowed.ran).toBe(true)
        expect(allowed.result.outputs).toMatchObject({
          verdict: 'ready',
          'failed-validations': '0'
        })
      },
      // Two runs of the bundled action one after the other, each allowed 30 s.
      60_000
    )
  })

  describe('publish-only mode (defect 7)', () => {
    /** The unprivileged pull_request run: validations run, nothing published but the report. */
    async function pullRequestReport(): Promise<{ run: ActionRun; report: string }> {
      const cargo = track(makeBin({ cargo: 'echo "error: could not compile" >&2\nexit 101' }))
      const workspace = track(
        makeWorkspace({ 'PRODUCTION_CHECKLIST.md': scriptChecklist({ Build: 'cargo build' }) })
      )
      const run = await pullRequestRun({
        workspace,
        inputs: { 'check-run': 'false', comment: 'false' },
        env: { PATH: `${cargo}:${process.env.PATH ?? ''}` }
      })
      expect(run.outputs.verdict).toBe('not-ready')
      // Nothing is written; the one read is the base checklist (the workspace has no history).
      expect(server.requests.map((r) => r.operationId)).toEqual(['repos/get-content'])
      server.requests.length = 0
      return { run, report: readFileSync(run.outputs['report-path']!, 'utf8') }
    }

    /** The workflow_run event for the pull request's run at `headSha`. */
    function workflowRunEvent(headSha: string): EventPayload {
      const payload = structuredClone(loadEvent('workflow_run.completed'))
      const run = payload.workflow_run as Record<string, unknown>
      run.event = 'pull_request'
      run.head_sha = headSha
      run.pull_requests = [
        {
          number: PR_NUMBER,
          head: { sha: headSha, ref: 'changes' },
          base: { sha: OTHER_SHA, ref: 'master' }
        }
      ]
      payload.repository = PULL_REQUEST.repository
      return payload
    }

    function publishRun(reportText: string, headSha: string): Promise<ActionRun> {
      const workspace = track(makeWorkspace({ 'artifact/readiness-report.json': reportText }))
      return runAction({
        server,
        fixture: 'workflow_run.completed',
        payload: workflowRunEvent(headSha),
        eventName: 'workflow_run',
        sha: OTHER_SHA,
        ref: 'refs/heads/master',
        workspace,
        timeoutMs: 30_000,
        inputs: {
          'run-validations': 'false',
          'report-from': 'artifact/readiness-report.json'
        }
      })
    }

    it('publishes the pull request run’s report: one check run, one comment, same verdict', async () => {
      const { run, report } = await pullRequestReport()
      const published = await publishRun(report, HEAD_SHA)

      expect(server.state.checkRuns).toHaveLength(1)
      const check = server.state.checkRuns[0]!
      expect([check.repository, check.headSha]).toEqual([REPO, HEAD_SHA])
      expect([check.status, check.conclusion]).toEqual(['completed', 'failure'])
      const comments = server.commentsOn(REPO, PR_NUMBER)
      expect(comments).toHaveLength(1)
      expect(server.callsTo('issues/create-comment')).toHaveLength(1)
      expect(comments[0]!.body).toContain('Not ready')

      const withoutPath = (outputs: Record<string, string>): Record<string, string> =>
        Object.fromEntries(Object.entries(outputs).filter(([name]) => name !== 'report-path'))
      expect(withoutPath(published.outputs)).toEqual(withoutPath(run.outputs))
      expect(published.code).toBe(run.code)
      expect(published.summary).toContain('Not ready')
    })

    it('refuses a report for another commit with one line, verdict error', async () => {
      const { report } = await pullRequestReport()
      const published = await publishRun(report, OTHER_SHA)
      expect(published.outputs.verdict).toBe('error')
      expect(published.outputs.ready).toBe('false')
      const errors = commandLines(published.stdout, 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain("'report-from'")
      expect(errors[0]).toContain(OTHER_SHA)
      expect(server.state.checkRuns).toHaveLength(0)
      expect(server.commentsOn(REPO, PR_NUMBER)).toHaveLength(0)
    })

    it.each([
      [
        'ready flipped to true',
        (verdict: TamperedVerdict) => (verdict.ready = true),
        /verdict\.ready/
      ],
      [
        'the state and ready both flipped',
        (verdict: TamperedVerdict) => Object.assign(verdict, { state: 'ready', ready: true }),
        /verdict\.state is 'ready' but .* 1 blocker\(s\) give 'not-ready'/
      ]
    ])('refuses a tampered report (%s while blockers exist)', async (_name, tamper, why) => {
      const { report } = await pullRequestReport()
      const tampered = JSON.parse(report) as { verdict: TamperedVerdict; blockers: unknown[] }
      expect(tampered.blockers).toHaveLength(1)
      tamper(tampered.verdict)
      const published = await publishRun(JSON.stringify(tampered), HEAD_SHA)
      expect(published.outputs.verdict).toBe('error')
      expect(published.outputs.ready).toBe('false')
      const errors = commandLines(published.stdout, 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain("'report-from'")
      expect(errors[0]).toMatch(why)
      expect(server.state.checkRuns).toHaveLength(0)
      expect(server.commentsOn(REPO, PR_NUMBER)).toHaveLength(0)
    })
  })

  const onLinux = process.platform === 'linux' ? it : it.skip

  onLinux('keeps the credentials out of what a validation can read (defect 5)', async () => {
    const runtime = 'e2e-runtime-token-3f9a1c7d'
    const oidc = 'e2e-oidc-request-token-b84e20'
    const raw = path.join(tempDir('rg-e2e-raw-'), 'validation-output')
    const workspace = track(
      makeWorkspace({
        'PRODUCTION_CHECKLIST.md': scriptChecklist({
          Environment: `{ env; echo ---; cat /proc/$PPID/environ | tr '\\0' '\\n'; } | tee ${raw}`
        })
      })
    )
    const result = await pullRequestRun({
      workspace,
      env: { ACTIONS_RUNTIME_TOKEN: runtime, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc }
    })
    expect(result.outputs.verdict).toBe('ready')

    // What the validation itself saw, before any masking by the action.
    const seen = readFileSync(raw, 'utf8')
    const [own, parent] = seen.split('\n---\n')
    expect(own).toContain('GITHUB_REPOSITORY=')
    // The action's own environment was read: the attack was delivered.
    expect(parent).toContain('GITHUB_REPOSITORY=')
    expect(parent).toContain('ACTIONS_RUNTIME_TOKEN=')
    const report = readFileSync(result.outputs['report-path']!, 'utf8')
    expect(report).toContain('GITHUB_REPOSITORY=')
    for (const secret of [TOKENS.actions, runtime, oidc]) {
      expect(seen).not.toContain(secret)
      expect(report).not.toContain(secret)
    }
    // Nothing was withheld by masking alone: no variable of the validation's output is masked.
    expect(report).not.toMatch(/(?:TOKEN|INPUT_[A-Z_-]+)=\*\*\*/)
  })

  onLinux(
    'ends the processes a validation leaves behind, and reports them (defect 9)',
    async () => {
      const workspace = track(
        makeWorkspace({
          'PRODUCTION_CHECKLIST.md': scriptChecklist({
            'Session escape': 'setsid sleep 300 &',
            'Disowned escape': 'nohup sleep 301 >/dev/null 2>&1 & disown'
          })
        })
      )
      const leftovers = (): number[] => sleepersIn(workspace)
      try {
        const result = await pullRequestRun({ workspace })
        expect(await noneWithin(leftovers, 2000)).toEqual([])
        const report = readFileSync(result.outputs['report-path']!, 'utf8')
        // One finding per step, naming what was killed: `sleep`, or the shell that was about
        // to become it when the sweep came (the name is the kernel's at that moment).
        const killed = [...report.matchAll(/killed 1 process left running: (\w+) \(pid \d+\)/g)]
        expect(killed).toHaveLength(2)
        for (const [, command] of killed) {
          expect(['sleep', 'setsid', 'nohup', 'bash']).toContain(command)
        }
        expect(killed.some(([, command]) => command === 'sleep')).toBe(true)
        expect(result.outputs.verdict).toBe('ready')
      } finally {
        killAll(leftovers())
      }
    }
  )
})

/** Live `sleep 300` / `sleep 301` processes whose directory is `workspace` (ours, not another test's). */
function sleepersIn(workspace: string): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean)
      if (argv[0] !== 'sleep' || !['300', '301'].includes(argv[1] ?? '')) continue
      if (readlinkSync(`/proc/${entry}/cwd`) !== workspace) continue
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
      if (state !== 'Z' && state !== 'X') found.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return found
}

/** Polls until `list` is empty or `withinMs` has passed; returns what is left. */
async function noneWithin(list: () => number[], withinMs: number): Promise<number[]> {
  const deadline = Date.now() + withinMs
  for (;;) {
    const left = list()
    if (left.length === 0 || Date.now() > deadline) return left
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
