// evaluateReadiness reads the config only when there is one: an absent optional config is no
// config, an absent required one or a path that is not a file is a one-line ConfigurationError,
// and a config that exists is applied (its YAML reader is loaded on demand).
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { evaluateReadiness } from '../src/gate.js'
import { ConfigurationError } from '../src/errors.js'

let root: string

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-gate-')))
  fs.writeFileSync(path.join(root, 'CHECKLIST.md'), '## Phase 1\n\n- [x] a\n- [ ] b\n')
  fs.mkdirSync(path.join(root, 'config-dir'))
  fs.writeFileSync(path.join(root, 'readiness.yml'), 'gate:\n  require-items: false\n')
  fs.writeFileSync(path.join(root, 'broken.yml'), 'gate:\n  require-items: [\n')
})

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

function evaluate(config: string | null, configRequired: boolean) {
  return evaluateReadiness({
    checklistPath: path.join(root, 'CHECKLIST.md'),
    configPath: config === null ? null : path.join(root, config),
    configRequired,
    root,
    runValidations: false,
    refuseCommands: null,
    concurrency: null
  })
}

describe('the config, as evaluateReadiness reads it', () => {
  test('an absent optional config is no config: the default gate rules apply', async () => {
    const outcome = await evaluate('absent.yml', false)
    expect(outcome.rules).toEqual({ requireValidations: true, requireItems: true })
    expect((await evaluate(null, false)).rules).toEqual(outcome.rules)
  })

  test('an absent required config is a ConfigurationError naming the file', async () => {
    const error = await evaluate('absent.yml', true).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toBe(
      `Config file '${path.join(root, 'absent.yml')}' does not exist; create it or point the 'config' input at your readiness config.`
    )
  })

  test('an optional config path that is a directory is an error, not no config', async () => {
    const error = await evaluate('config-dir', false).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toContain('is not a file')
  })

  test('a config that exists is read and applied, required or not', async () => {
    for (const required of [false, true]) {
      const outcome = await evaluate('readiness.yml', required)
      expect(outcome.rules).toEqual({ requireValidations: true, requireItems: false })
    }
  })

  test('invalid YAML is a one-line ConfigurationError at file:line', async () => {
    const error = await evaluate('broken.yml', false).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    const message = (error as Error).message
    expect(message).toMatch(new RegExp(`^${path.join(root, 'broken.yml')}:\\d+: invalid YAML: `))
    expect(message).not.toContain('\n')
  })
})
