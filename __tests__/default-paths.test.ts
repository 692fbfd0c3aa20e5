/**
 * The default paths live in src/default-paths.ts: the action's inputs, action.yml, the CLI's
 * flags and its help all say the same three paths.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { load } from 'js-yaml'
import { parseCheckArgs } from '../src/cli/args.js'
import { USAGE } from '../src/cli/usage.js'
import {
  DEFAULT_CHECKLIST_PATH,
  DEFAULT_CONFIG_PATH,
  DEFAULT_REPORT_PATH
} from '../src/default-paths.js'
import { settingsFromInputs } from '../src/settings.js'

const repository = path.resolve(import.meta.dirname, '..')
let workspace: string

beforeAll(() => {
  workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-default-paths-')))
})

afterAll(() => {
  fs.rmSync(workspace, { recursive: true, force: true })
})

describe('the default paths', () => {
  it("are action.yml's input defaults", () => {
    const action = load(fs.readFileSync(path.join(repository, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    expect(action.inputs.checklist?.default).toBe(DEFAULT_CHECKLIST_PATH)
    expect(action.inputs.config?.default).toBe(DEFAULT_CONFIG_PATH)
    expect(action.inputs['report-path']?.default).toBe(DEFAULT_REPORT_PATH)
  })

  it('are what the action uses when its inputs are not set', () => {
    const settings = settingsFromInputs(() => '', workspace)
    expect(settings.checklistPath).toBe(path.join(workspace, DEFAULT_CHECKLIST_PATH))
    expect(settings.configPath).toBe(path.join(workspace, DEFAULT_CONFIG_PATH))
    expect(settings.configRequired).toBe(false)
    expect(settings.reportPath).toBe(path.join(workspace, DEFAULT_REPORT_PATH))
  })

  it('are what the CLI uses without flags, and what its help says', () => {
    const options = parseCheckArgs([], workspace)
    expect(options).toMatchObject({
      checklistPath: path.join(workspace, DEFAULT_CHECKLIST_PATH),
      configPath: path.join(workspace, DEFAULT_CONFIG_PATH),
      configRequired: false
    })
    expect(USAGE).toContain(`(default: ${DEFAULT_CHECKLIST_PATH})`)
    expect(USAGE).toContain(`(default: ${DEFAULT_CONFIG_PATH}, when it`)
  })
})
