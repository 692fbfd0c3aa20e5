/**
 * `check` and `merge` read their shared flags (--cwd, --checklist, --config, --json, --markdown,
 * --fail-on) with one reader: the same flags give the same options and the same mistakes.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseCheckArgs, parseMergeArgs } from '../../src/cli/args.js'
import { cliGateOptions, cliPlanOptions } from '../../src/cli/cli-gate-options.js'
import { recordingLogger } from '../support/entry-io.js'

let shell: string

beforeAll(() => {
  shell = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-cli-args-')))
  fs.mkdirSync(path.join(shell, 'project'))
})

afterAll(() => {
  fs.rmSync(shell, { recursive: true, force: true })
})

const shared = [
  '--cwd',
  'project',
  '--checklist',
  'docs/LIST.md',
  '--config',
  'rg.yml',
  '--json',
  'out/r.json',
  '--markdown',
  'out/r.md',
  '--fail-on',
  'never'
]

function bothParsers(flags: string[]): [unknown, unknown] {
  const outcome = (parse: () => unknown): unknown => {
    try {
      return parse()
    } catch (error) {
      return { error: (error as Error).message }
    }
  }
  return [
    outcome(() => parseCheckArgs(flags, shell)),
    outcome(() => parseMergeArgs(['shard.json', ...flags], shell))
  ]
}

describe('the flags check and merge share', () => {
  it('resolve alike: project files against --cwd, reports against the shell', () => {
    const check = parseCheckArgs(shared, shell)
    const merge = parseMergeArgs(['a.json', 'b/', ...shared], shell)
    const expected = {
      root: path.join(shell, 'project'),
      checklistPath: path.join(shell, 'project', 'docs', 'LIST.md'),
      configPath: path.join(shell, 'project', 'rg.yml'),
      configRequired: true,
      jsonPath: path.join(shell, 'out', 'r.json'),
      markdownPath: path.join(shell, 'out', 'r.md'),
      failOn: 'never'
    }
    expect(check).toMatchObject(expected)
    expect(merge).toEqual({ ...expected, reports: ['a.json', 'b/'] })
  })

  it.each([
    [['--checklist', ''], "--checklist needs a file path (got '')."],
    [['--json', ''], "--json needs a file path (got '')."],
    [['--cwd', 'missing'], "--cwd 'missing' is not a directory; pass the project root."],
    [['--fail-on', 'sometimes'], /--fail-on/],
    [['--frobnicate'], /Unknown option '--frobnicate'/]
  ])('%j is the same mistake for both', (flags, message) => {
    const [check, merge] = bothParsers(flags)
    expect(check).toEqual(merge)
    expect((check as { error?: string }).error).toMatch(message)
  })

  it('--help is help for both', () => {
    expect(bothParsers(['--help'])).toEqual(['help', 'help'])
  })

  it('plan the same checklist and config, naming the flags in messages', () => {
    const check = parseCheckArgs([...shared, '--no-run', '--concurrency', '3'], shell)
    const merge = parseMergeArgs(['a.json', ...shared], shell)
    if (check === 'help' || merge === 'help') throw new Error('not help')
    const gate = cliGateOptions(check, recordingLogger())
    expect(cliPlanOptions(merge)).toEqual({
      checklistPath: check.checklistPath,
      configPath: check.configPath,
      configRequired: true,
      root: check.root,
      settingNames: { checklist: '--checklist', config: '--config' }
    })
    expect(gate).toMatchObject({
      ...cliPlanOptions(check),
      runValidations: false,
      refuseCommands: null,
      concurrency: 3
    })
  })
})
