// The CLI's GitHub lookups: --repo, --pr and --sha with the token from the environment, against
// the local GitHub server; and the mistakes named by their flag.
import { afterAll, beforeEach, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runCli } from '../../src/cli/commands.js'
import { gitHubServerPerTest, type GitHubServer } from '../support/github-server.js'
import { TOKENS } from '../support/github-identities.js'
import { fakeCliIo, tempDirs, writeProject } from '../support/entry-io.js'

const temp = tempDirs('rg-cli-evidence-')
const REPO = 'octo-org/shop'
const HEAD = '0123456789abcdef0123456789abcdef01234567'
let server: GitHubServer

gitHubServerPerTest({ set: (started) => (server = started), get: () => server })
beforeEach(() => {
  server.addPullRequest(REPO, 4, HEAD)
  server.addIssue(REPO, 12, { state: 'closed' })
  server.addReview(REPO, 4, { login: 'jdoe', id: 9, type: 'User' }, 'APPROVED')
  server.addCheckRun(REPO, HEAD, 'build', 'completed', 'failure')
})
afterAll(() => {
  temp.cleanup()
})

function project(): string {
  const dir = writeProject(temp.make(), {
    items: '- [x] Fix #12\n- [x] The `build` check passes',
    script: 'true'
  })
  fs.appendFileSync(
    path.join(dir, 'PRODUCTION_CHECKLIST.md'),
    '\n## Release Sign-off\n\n**Signed:** Jane (@jdoe)\n'
  )
  return dir
}

async function cli(args: string[], env: Record<string, string>) {
  const dir = project()
  const io = { ...fakeCliIo(dir), env: { GITHUB_API_URL: server.url, ...env } }
  const code = await runCli(['check', '--no-run', '--json', 'out.json', ...args], io)
  const json = fs.existsSync(path.join(dir, 'out.json'))
    ? (JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')) as {
        signOffs: { roles: { state: string }[] }
        githubEvidence: { apiCalls: number; references: { state: string; evidence: string }[] }
      })
    : null
  return { code, json, stderr: io.stderr(), stdout: io.stdout() }
}

test('--repo and --pr check items and sign-offs against GitHub with the token from the environment', async () => {
  const { code, json, stdout } = await cli(['--repo', REPO, '--pr', '4', '--sha', HEAD], {
    GITHUB_TOKEN: TOKENS.actions
  })
  expect(code).toBe(1)
  expect(json!.signOffs.roles.map((role) => role.state)).toEqual(['signed'])
  expect(json!.githubEvidence.references.map((check) => check.state)).toEqual([
    'confirmed',
    'contradicted'
  ])
  expect(json!.githubEvidence.apiCalls).toBe(3)
  expect(stdout).toContain('contradicted by GitHub')
})

test('without --repo GitHub is not asked', async () => {
  const { json } = await cli([], { GITHUB_TOKEN: TOKENS.actions })
  expect(json!.githubEvidence).toEqual({
    consulted: false,
    apiCalls: 0,
    unreadable: [],
    references: [],
    tickIt: []
  })
  expect(json!.signOffs.roles.map((role) => role.state)).toEqual(['unverified'])
  expect(server.requests).toHaveLength(0)
})

test.each([
  [['--repo', REPO], {}, /set GITHUB_TOKEN or GH_TOKEN/],
  [['--pr', '4'], { GITHUB_TOKEN: TOKENS.actions }, /--pr needs --repo owner\/name/],
  [['--repo', 'nope'], { GITHUB_TOKEN: TOKENS.actions }, /--repo 'nope' is invalid/],
  [['--repo', REPO, '--pr', 'x'], { GITHUB_TOKEN: TOKENS.actions }, /--pr 'x' is invalid/],
  [['--repo', REPO, '--sha', 'HEAD'], { GITHUB_TOKEN: TOKENS.actions }, /--sha 'HEAD' is invalid/]
])('%j is a usage error (exit 2)', async (args, env, message) => {
  const { code, stderr } = await cli(args, env)
  expect(code).toBe(2)
  expect(stderr).toMatch(message)
})
