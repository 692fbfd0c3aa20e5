// One verdict everywhere: for ready / not ready / unassessed, the CLI (runCli) and the action
// (run), both from source on the same project, agree on the exit code; the action's outputs, its
// check run's conclusion (on the local GitHub server) and both JSON reports say the same thing.
import { afterAll, describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../../src/main.js'
import { runCli } from '../../src/cli/commands.js'
import { gitHubServerPerTest, type GitHubServer } from '../support/github-server.js'
import { TOKENS } from '../support/github-identities.js'
import {
  fakeActionIo,
  fakeCliIo,
  pushRunEnvironment,
  tempDirs,
  writeProject
} from '../support/entry-io.js'

const temp = tempDirs('rg-verdict-')
let server: GitHubServer

gitHubServerPerTest({ set: (started) => (server = started), get: () => server })
afterAll(() => {
  temp.cleanup()
})

interface Case {
  name: string
  items: string
  script: string
  runValidations: boolean
  failOn: 'not-ready' | 'never'
  expected: {
    exitCode: number
    ready: 'true' | 'false'
    verdict: string
    blockers: string
    failedValidations: string
    conclusion: string
  }
}

const GOOD = 'echo "1. Good..."\ntrue'
const BAD = 'echo "1. Good..."\ntrue\necho "2. Bad..."\nfalse'

const CASES: Case[] = [
  {
    name: 'ready: every critical validation passed, every critical item ticked',
    items: '- [x] Build passes',
    script: GOOD,
    runValidations: true,
    failOn: 'not-ready',
    expected: {
      exitCode: 0,
      ready: 'true',
      verdict: 'ready',
      blockers: '0',
      failedValidations: '0',
      conclusion: 'success'
    }
  },
  {
    name: 'not ready: a critical validation failed',
    items: '- [x] Build passes',
    script: BAD,
    runValidations: true,
    failOn: 'not-ready',
    expected: {
      exitCode: 1,
      ready: 'false',
      verdict: 'not-ready',
      blockers: '1',
      failedValidations: '1',
      conclusion: 'failure'
    }
  },
  {
    // The CLI used to print NOT READY and exit 0 here, while the action failed.
    name: 'not ready: only an unticked critical item blocks (validations pass)',
    items: '- [x] Build passes\n- [ ] Rollback plan written',
    script: GOOD,
    runValidations: true,
    failOn: 'not-ready',
    expected: {
      exitCode: 1,
      ready: 'false',
      verdict: 'not-ready',
      blockers: '1',
      failedValidations: '0',
      conclusion: 'failure'
    }
  },
  {
    // `check --no-run` used to print READY and exit 0; run-validations: false set ready=true
    // and failed-validations=1.
    name: 'unassessed: validations not run on a fully ticked checklist',
    items: '- [x] Build passes',
    script: GOOD,
    runValidations: false,
    failOn: 'not-ready',
    expected: {
      exitCode: 1,
      ready: 'false',
      verdict: 'unassessed',
      blockers: '0',
      failedValidations: '0',
      conclusion: 'failure'
    }
  },
  {
    name: 'not ready with fail-on never: exit 0, the outputs and conclusion still say not ready',
    items: '- [x] Build passes',
    script: BAD,
    runValidations: true,
    failOn: 'never',
    expected: {
      exitCode: 0,
      ready: 'false',
      verdict: 'not-ready',
      blockers: '1',
      failedValidations: '1',
      conclusion: 'failure'
    }
  },
  {
    name: 'unassessed with fail-on never: exit 0, never ready',
    items: '- [x] Build passes',
    script: GOOD,
    runValidations: false,
    failOn: 'never',
    expected: {
      exitCode: 0,
      ready: 'false',
      verdict: 'unassessed',
      blockers: '0',
      failedValidations: '0',
      conclusion: 'failure'
    }
  }
]

async function runAction(workspace: string, c: Case) {
  const io = fakeActionIo({
    cwd: workspace,
    inputs: {
      'github-token': TOKENS.actions,
      'fail-on': c.failOn,
      'run-validations': String(c.runValidations),
      'report-path': 'action-report.json'
    },
    env: pushRunEnvironment(server, workspace)
  })
  const exitCode = await run(io)
  const report = JSON.parse(fs.readFileSync(path.join(workspace, 'action-report.json'), 'utf8'))
  return { exitCode, io, report }
}

async function runCheck(workspace: string, c: Case) {
  const shell = temp.make()
  const io = fakeCliIo(shell)
  const args = ['check', '--cwd', workspace, '--json', 'cli-report.json', '--fail-on', c.failOn]
  const exitCode = await runCli(c.runValidations ? args : [...args, '--no-run'], io)
  const report = JSON.parse(fs.readFileSync(path.join(shell, 'cli-report.json'), 'utf8'))
  return { exitCode, io, report }
}

describe('the CLI and the action agree with the verdict', () => {
  test.each(CASES)('$name', async (c) => {
    const workspace = writeProject(temp.make(), { items: c.items, script: c.script })
    const action = await runAction(workspace, c)
    const cli = await runCheck(workspace, c)
    const { expected } = c

    expect({ action: action.exitCode, cli: cli.exitCode }).toEqual({
      action: expected.exitCode,
      cli: expected.exitCode
    })
    expect(action.io.outputs).toEqual({
      ready: expected.ready,
      verdict: expected.verdict,
      'report-path': path.join(workspace, 'action-report.json'),
      blockers: expected.blockers,
      'failed-validations': expected.failedValidations,
      'checked-items': String(c.items.split('\n').filter((l) => l.startsWith('- [x]')).length),
      'total-items': String(c.items.split('\n').length),
      placeholders: '0'
    })
    expect(server.state.checkRuns.map((r) => [r.status, r.conclusion])).toEqual([
      ['completed', expected.conclusion]
    ])
    for (const report of [action.report, cli.report]) {
      expect(report.verdict).toMatchObject({
        state: expected.verdict,
        ready: expected.ready === 'true',
        conclusion: expected.conclusion
      })
      expect(String(report.blockers.length)).toBe(expected.blockers)
    }
    // The two reports differ only where the run differs (the action knows the commit).
    expect(cli.report.verdict).toEqual(action.report.verdict)
    expect(cli.report.blockers).toEqual(action.report.blockers)

    // What each prints agrees too: the step fails with the title exactly when it exits 1.
    expect(action.io.log.of('error')).toEqual(
      expected.exitCode === 1 ? [`${action.report.verdict.title} (fail-on: not-ready)`] : []
    )
    const word = { ready: 'READY', 'not-ready': 'NOT READY', unassessed: 'NOT ASSESSED' }
    expect(cli.io.stdout().split('\n')[1]).toBe(word[expected.verdict as keyof typeof word])
  })
})
