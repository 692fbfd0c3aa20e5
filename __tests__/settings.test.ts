// Every bad action input and config file is one line that names the input (or the file and line)
// and says how to fix it; the values quoted into it cannot start another log line.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ConfigurationError, quoteValue } from '../src/errors.js'
import { settingsFromInputs } from '../src/settings.js'
import { loadConfig } from '../src/plan/config.js'

let workspace: string
let outside: string

beforeAll(() => {
  workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-settings-ws-')))
  outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-settings-out-')))
  fs.writeFileSync(path.join(outside, 'secret.md'), '- [ ] not yours\n')
  fs.symlinkSync(path.join(outside, 'secret.md'), path.join(workspace, 'linked.md'))
  fs.symlinkSync(outside, path.join(workspace, 'out-dir'))
  fs.writeFileSync(path.join(workspace, 'PRODUCTION_CHECKLIST.md'), '- [ ] a\n')
  // A link whose target does not exist: the old check fell back to its parent and let it through.
  fs.symlinkSync(path.join(outside, 'OUTSIDE.json'), path.join(workspace, 'dangling.json'))
  fs.symlinkSync('PRODUCTION_CHECKLIST.md', path.join(workspace, 'inside-link.json'))
  fs.mkdirSync(path.join(workspace, 'a-directory'))
  fs.mkdirSync(path.join(workspace, 'pr'))
})

afterAll(() => {
  for (const dir of [workspace, outside]) fs.rmSync(dir, { recursive: true, force: true })
})

function settingsError(inputs: Record<string, string>): Error {
  try {
    settingsFromInputs((name) => inputs[name] ?? '', workspace)
  } catch (error) {
    return error as Error
  }
  throw new Error(`no error for ${JSON.stringify(inputs)}`)
}

describe('bad action inputs', () => {
  test.each([
    [{ 'fail-on': 'sometimes' }, 'fail-on', /must be 'not-ready' or 'never' \(got 'sometimes'\)/],
    [{ 'fail-on': 'never\n::error::spoofed' }, 'fail-on', /got 'never\\n::error::spoofed'/],
    [{ 'run-validations': 'yes' }, 'run-validations', /must be 'true' or 'false'/],
    [{ comment: 'on' }, 'comment', /must be 'true' or 'false' \(got 'on'\)/],
    [{ concurrency: '0' }, 'concurrency', /whole number from 1 to 64/],
    [{ concurrency: '-2' }, 'concurrency', /whole number from 1 to 64 \(got '-2'\)/],
    [{ concurrency: 'many' }, 'concurrency', /leave it empty for the CPU count/],
    [{ 'check-name': 'two\nlines' }, 'check-name', /one line of at most 100 characters/],
    [{ 'check-name': 'x'.repeat(101) }, 'check-name', /shorten the 'check-name' input/],
    [{ checklist: '../elsewhere.md' }, 'checklist', /points outside the workspace/],
    [{ checklist: '/etc/passwd' }, 'checklist', /points outside the workspace/],
    [
      { checklist: 'linked.md' },
      'checklist',
      /is a symlink to '.+secret\.md', outside the workspace/
    ],
    [
      { 'report-path': 'out-dir/report.json' },
      'report-path',
      /leads through a symbolic link to .+, outside the working directory/
    ],
    [{ 'report-path': 'dangling.json' }, 'report-path', /is a symbolic link/],
    [{ 'report-path': 'inside-link.json' }, 'report-path', /is a symbolic link/],
    [{ 'report-path': 'a-directory' }, 'report-path', /is a directory/],
    [{ 'report-path': '../ws-sibling.json' }, 'report-path', /not a file inside the working/],
    [
      { 'working-directory': 'pr', 'report-path': '../PRODUCTION_CHECKLIST.md' },
      'report-path',
      /not a file inside the working directory/
    ],
    [{ 'working-directory': '../..' }, 'working-directory', /points outside the workspace/],
    [{ config: 'a\0b.yml' }, 'config', /contains a NUL byte/],
    [{ 'max-annotations': '-1' }, 'max-annotations', /whole number from 0 to 1000 \(got '-1'\)/],
    [{ 'max-annotations': '1001' }, 'max-annotations', /from 0 to 1000/],
    [{ 'max-annotations': '2.5' }, 'max-annotations', /from 0 to 1000/],
    [{ 'max-annotations': 'all' }, 'max-annotations', /fix the 'max-annotations' input/],
    [{ 'report-from': 'pr-report.json' }, 'report-from', /needs run-validations: false/],
    [
      { 'report-from': 'dangling.json', 'run-validations': 'false' },
      'report-from',
      /is a symbolic link/
    ],
    [
      { 'report-from': '../x.json', 'run-validations': 'false' },
      'report-from',
      /not a file inside the working directory/
    ]
  ])('%j → one line naming %s', (inputs, name, pattern) => {
    const error = settingsError(inputs)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toContain(`'${name}'`)
    expect(error.message).toMatch(pattern)
    expect(error.message).not.toMatch(/[\r\n]/)
    // Says what to do, not only what is wrong.
    expect(error.message).toMatch(/fix|use|leave|shorten|point/)
  })

  test('report-from with run-validations: false is the publish-only mode', () => {
    const inputs: Record<string, string> = {
      'report-from': 'artifact/readiness-report.json',
      'run-validations': 'false'
    }
    const settings = settingsFromInputs((name) => inputs[name] ?? '', workspace)
    expect(settings.reportFrom).toBe(path.join(workspace, 'artifact', 'readiness-report.json'))
    expect(settings.runValidations).toBe(false)
  })

  test('good inputs resolve inside the workspace, defaults filled in', () => {
    const settings = settingsFromInputs(() => '', workspace)
    expect(settings.reportFrom).toBeNull()
    expect(settings.checklistPath).toBe(path.join(workspace, 'PRODUCTION_CHECKLIST.md'))
    expect(settings.failOn).toBe('not-ready')
    expect(settings.surfaces).toEqual({
      checkRun: true,
      commitStatus: false,
      comment: true,
      jobSummary: true
    })
    expect(settings.maxAnnotations).toBe(200)
    const read = (name: string): string => (name === 'max-annotations' ? ' 0 ' : '')
    expect(settingsFromInputs(read, workspace).maxAnnotations).toBe(0)
  })
})

describe('bad config files', () => {
  test.each([
    ['negative timeout', 'version: 1\ntimeout: -5\n', /:2: 'timeout' must be a positive duration/],
    [
      'negative validation timeout',
      'version: 1\nvalidations:\n  - name: X\n    command: "true"\n    timeout: -1\n',
      /:5: 'timeout' must be a positive duration/
    ],
    ['a list, not a mapping', '- cargo test\n', /: must be a mapping of settings .*\(got a list\)/],
    ['a bare string', 'cargo test\n', /: must be a mapping of settings .*\(got "cargo test"\)/],
    [
      'an unknown key',
      'version: 1\nvalidatons: []\n',
      /:2: unknown key 'validatons'.*did you mean 'validations'\?/
    ],
    ['broken YAML', 'version: 1\nvalidations: [\n', /: invalid YAML: /]
  ])('%s → one line with the file and line', (_name, text, pattern) => {
    const file = path.join(workspace, '.github', 'readiness.yml')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
    let error: Error | undefined
    try {
      loadConfig(file, { required: true })
    } catch (caught) {
      error = caught as Error
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error!.message.startsWith(file)).toBe(true)
    expect(error!.message).toMatch(pattern)
    expect(error!.message).not.toMatch(/[\r\n]/)
  })
})

describe('quoteValue and ConfigurationError', () => {
  test('escape control characters, shorten long values, and keep every message on one line', () => {
    expect(quoteValue('a\nb\r\tc\u0007')).toBe("'a\\nb\\r\\tc\\x07'")
    expect(quoteValue('x'.repeat(100))).toBe(`'${'x'.repeat(80)}…'`)
    expect(new ConfigurationError('file\nname: bad').message).toBe('file name: bad')
  })
})
