/**
 * Issue 17, defect 5: a validation reads the action's credentials from its own environment
 * (by another name: a job-level GH_TOKEN equal to the token) or from `/proc/$PPID/environ` (the
 * action's initial environment, which changing process.env does not change). Reproduced with a
 * real action-like process and a real child; after protectSecrets neither route finds them.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import {
  environStart,
  environTargets,
  inheritableEnvironment,
  isWithheld,
  protectSecrets
} from '../../src/run/credentials.js'
import { bundleProbe, nodeFromNodeModules } from '../support/probes.js'
import { scratchDirectory } from '../support/temporary.js'

const scratch = scratchDirectory('credentials-test-')

const TOKEN = 'ghs_' + 'T'.repeat(36)
const RUNTIME = 'eyJruntime.' + 'R'.repeat(40)
const OIDC = 'eyJoidc.' + 'O'.repeat(40)

describe('withholding by name and by value', () => {
  it('withholds the inputs, the runner tokens and URLs, and any variable holding a secret', () => {
    const env = {
      'INPUT_GITHUB-TOKEN': TOKEN,
      INPUT_CHECKLIST: 'x.md',
      ACTIONS_RUNTIME_TOKEN: RUNTIME,
      ACTIONS_RUNTIME_URL: 'https://pipelines.example/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC,
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      ACTIONS_CACHE_URL: 'https://cache.example/',
      GITHUB_TOKEN: TOKEN,
      GH_TOKEN: TOKEN,
      REMOTE: `https://x-access-token:${TOKEN}@github.com/o/r`,
      MY_RUNTIME: RUNTIME,
      GITHUB_REPOSITORY: 'o/r',
      SHORT: 'ghs_'
    }
    expect(Object.keys(inheritableEnvironment(env)).sort()).toEqual(['GITHUB_REPOSITORY', 'SHORT'])
  })

  it('keeps a GH_TOKEN that is not one of the action’s credentials (the workflow chose to pass it)', () => {
    expect(isWithheld('GH_TOKEN', 'ghp_' + 'P'.repeat(36), [TOKEN])).toBe(false)
    expect(isWithheld('GH_TOKEN', TOKEN, [TOKEN])).toBe(true)
  })

  it('off Linux it does not touch memory, but values given to protectSecrets are still withheld', () => {
    const custom = 'custom-secret-' + 'C'.repeat(20)
    const protection = protectSecrets([custom], 'darwin')
    expect(protection).toMatchObject({ environ: 'unsupported on darwin', scrubbed: [] })
    expect(protection.values).toContain(custom)
    expect(inheritableEnvironment({ DEPLOY_KEY: custom, OTHER: 'x' })).toEqual({ OTHER: 'x' })
  })

  it('finds the credential entries of an environ block, by name and by value, with their offsets', () => {
    const block = Buffer.from(
      `PATH=/bin\0INPUT_GITHUB-TOKEN=${TOKEN}\0INPUT_CHECKLIST=x.md\0GH_TOKEN=${TOKEN}\0EMPTY=\0`
    )
    const targets = environTargets(block, [TOKEN])
    expect(targets.map((t) => t.name)).toEqual(['INPUT_GITHUB-TOKEN', 'GH_TOKEN'])
    for (const target of targets) {
      expect(block.toString('utf8', target.offset, target.offset + target.length)).toBe(TOKEN)
    }
  })

  it('reads env_start (field 50) from a stat line whose command holds spaces and parentheses', () => {
    const fields = Array.from({ length: 52 }, (_, i) => String(i + 1))
    fields[49] = '140737488347136'
    const stat = `1234 (a) b (c) ${fields.slice(2).join(' ')}`
    expect(environStart(stat)).toBe(140737488347136)
    expect(() => environStart('1 (x) S 0')).toThrow(/no env_start/)
  })
})

const linuxOnly = existsSync('/proc/self/mem') ? describe : describe.skip

linuxOnly('a validation reading /proc/$PPID/environ (the action’s initial environment)', () => {
  let probe = ''
  beforeAll(async () => {
    probe = await bundleProbe('credentials-probe', scratch.dir)
  })

  const node24 = nodeFromNodeModules()
  const nodes: [string, string][] = [['this node', process.execPath]]
  if (node24 !== null) nodes.push(['node 24', node24])

  it.each(nodes)('finds the secrets before protectSecrets and none after (%s)', (_, node) => {
    const child = spawnSync(node, [probe, TOKEN], {
      cwd: scratch.dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        'INPUT_GITHUB-TOKEN': TOKEN,
        INPUT_CHECKLIST: 'CHECKLIST.md',
        ACTIONS_RUNTIME_TOKEN: RUNTIME,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/',
        GH_TOKEN: TOKEN,
        PUSH_URL: `https://x-access-token:${TOKEN}@github.com/o/r`
      }
    })
    expect(child.stderr).toBe('')
    const result = JSON.parse(child.stdout)
    // The attack works without the protection: the parent's environ has every secret.
    for (const secret of [TOKEN, RUNTIME, OIDC]) expect(result.before).toContain(secret)
    // Not through its own environment even before (withheld by name and by value).
    expect(result.before.split('---')[0]).not.toContain(TOKEN)
    expect(result.protection.environ).toBe('scrubbed')
    expect(result.protection.scrubbed.sort()).toEqual(
      [
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'ACTIONS_RUNTIME_TOKEN',
        'GH_TOKEN',
        'INPUT_GITHUB-TOKEN',
        'PUSH_URL'
      ].sort()
    )
    expect(result.protection.values.sort()).toEqual([OIDC, RUNTIME, TOKEN].sort())
    for (const secret of [TOKEN, RUNTIME, OIDC, 'x-access-token']) {
      expect(result.after).not.toContain(secret)
    }
    // The other variables are still there, names included, and inputs still readable.
    expect(result.after).toContain('INPUT_CHECKLIST=CHECKLIST.md')
    expect(result.after).toContain('ACTIONS_ID_TOKEN_REQUEST_URL=https://oidc.example/')
    expect(result.inputStillReadable).toBe('CHECKLIST.md')
  })
})
