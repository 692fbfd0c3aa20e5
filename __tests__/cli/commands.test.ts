// runCli from source with a fake I/O: parse and check, exit codes, which flag is relative to
// what (--checklist and --config to --cwd; --json and --markdown to the shell's directory), and
// errors that name the CLI's flags, never an action "input".
import { afterAll, describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runCli } from '../../src/cli/commands.js'
import { USAGE } from '../../src/cli/usage.js'
import { VERSION } from '../../src/version.js'
import { fakeCliIo, tempDirs, writeProject } from '../support/entry-io.js'

const SEED = path.resolve('examples/llm-memory-graph/PRODUCTION_CHECKLIST.md')
const temp = tempDirs('rg-cli-src-')
afterAll(() => {
  temp.cleanup()
})

async function cli(args: string[], cwd: string = temp.make()) {
  const io = fakeCliIo(cwd)
  const code = await runCli(args, io)
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

describe('parse', () => {
  test('summarises phases, placeholders and sign-offs: exit 0', async () => {
    const { code, stdout, stderr } = await cli(['parse', SEED])
    expect(code).toBe(0)
    expect(stdout).toMatch(/Phase 1: Critical Fixes\s+0\/33/)
    expect(stdout).toContain('Placeholders: 24')
    expect(stderr).toBe('')
  })

  test('--json prints the model, indented only for a terminal', async () => {
    const piped = await cli(['parse', SEED, '--json'])
    expect(piped.code).toBe(0)
    expect(piped.stdout.split('\n')).toHaveLength(2)
    interface Item {
      line: number
      checked: boolean
      children: Item[]
    }
    const items: Item[] = []
    const walk = (list: Item[]): void => {
      for (const item of list) {
        items.push(item)
        walk(item.children)
      }
    }
    const model = JSON.parse(piped.stdout)
    for (const phase of model.phases) for (const section of phase.sections) walk(section.items)
    for (const section of model.sections) walk(section.items)
    expect(items).toHaveLength(230)
    expect(items.every((i) => typeof i.line === 'number' && !i.checked)).toBe(true)
    const io = fakeCliIo(temp.make(), true)
    expect(await runCli(['parse', SEED, '--json'], io)).toBe(0)
    expect(JSON.parse(io.stdout())).toEqual(JSON.parse(piped.stdout))
    expect(io.stdout().split('\n').length).toBeGreaterThan(1000)
  })

  test('a relative path is read from the shell directory', async () => {
    const dir = temp.make()
    fs.writeFileSync(path.join(dir, 'list.md'), '## Phase 1\n\n- [x] done\n')
    expect((await cli(['parse', 'list.md'], dir)).code).toBe(0)
  })

  test('a missing file: exit 2, one line naming the file and the command, never an input', async () => {
    const { code, stdout, stderr } = await cli(['parse', 'nope.md'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      "readiness-gate: Checklist 'nope.md' does not exist; point readiness-gate parse at your production checklist (a Markdown file).\n"
    )
  })

  test.each([
    ['a directory', (dir: string) => dir, /is a directory/],
    [
      'a binary file',
      (dir: string) => {
        fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x2d, 0x20, 0x00, 0x01]))
        return path.join(dir, 'bin.md')
      },
      /NUL byte/
    ],
    [
      'an empty file',
      (dir: string) => {
        fs.writeFileSync(path.join(dir, 'empty.md'), '')
        return path.join(dir, 'empty.md')
      },
      /is empty/
    ],
    [
      'a file without task items',
      (dir: string) => {
        fs.writeFileSync(path.join(dir, 'plain.md'), '# Notes\n\n- just a list\n')
        return path.join(dir, 'plain.md')
      },
      /no task items/
    ]
  ])('%s: exit 2, one line naming the file, no stack', async (_name, make, message) => {
    const file = make(temp.make())
    const { code, stdout, stderr } = await cli(['parse', file])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(message)
    expect(stderr).toContain(path.basename(file))
    expect(stderr).not.toMatch(/\binput\b/)
  })

  test('a wrong number of files is a usage error', async () => {
    expect((await cli(['parse'])).code).toBe(2)
    expect((await cli(['parse', 'a.md', 'b.md'])).code).toBe(2)
  })
})

describe('usage', () => {
  test('--help and no command print the usage, --version the version: exit 0', async () => {
    expect(await cli(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' })
    expect(await cli([])).toEqual({ code: 0, stdout: USAGE, stderr: '' })
    expect(await cli(['check', '--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' })
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' })
  })

  test('the usage documents every exit code once', () => {
    expect(USAGE).toContain('0  ready (or --fail-on never, whatever the verdict)')
    expect(USAGE).toContain('1  not ready, or not assessed')
    expect(USAGE).toContain('2  usage or configuration error')
    expect(USAGE).toContain('3  internal error')
  })

  test('unknown commands and options are usage errors (exit 2), one line', async () => {
    for (const args of [['frobnicate'], ['parse', SEED, '--jsn'], ['check', 'extra']]) {
      const { code, stderr } = await cli(args)
      expect(code).toBe(2)
      expect(stderr.trim().split('\n')).toHaveLength(1)
    }
  })
})

describe('check: paths', () => {
  /** shell/ is where the user types; shell/app/ the project, its checklist in docs/. */
  function layout() {
    const shell = temp.make()
    const app = path.join(shell, 'app')
    writeProject(app, {
      items: '- [x] Build passes\n- [ ] Rollback plan',
      script: 'echo "1. Good..."\ntrue',
      file: 'docs/LIST.md'
    })
    fs.mkdirSync(path.join(app, 'conf'))
    fs.writeFileSync(path.join(app, 'conf', 'gate.yml'), 'gate:\n  require-items: false\n')
    return { shell, app }
  }

  test('--checklist and --config are relative to --cwd; --json and --markdown to the shell', async () => {
    const { shell, app } = layout()
    const args = [
      'check',
      '--cwd',
      'app',
      '--checklist',
      'docs/LIST.md',
      '--config',
      'conf/gate.yml'
    ]
    const { code, stderr } = await cli([...args, '--json', 'r.json', '--markdown', 'r.md'], shell)
    expect(stderr).toContain(`JSON report written to ${path.join(shell, 'r.json')}`)
    // The config switched require-items off: the unticked item does not block.
    expect(code).toBe(0)
    const report = JSON.parse(fs.readFileSync(path.join(shell, 'r.json'), 'utf8'))
    expect(report.verdict.rules).toEqual({ requireValidations: true, requireItems: false })
    expect(report.context.checklistPath).toBe('docs/LIST.md')
    expect(fs.readFileSync(path.join(shell, 'r.md'), 'utf8')).toContain('docs/LIST.md')
    expect(fs.existsSync(path.join(app, 'r.json'))).toBe(false)
  })

  test('without --config the default config is read from --cwd', async () => {
    const { shell, app } = layout()
    fs.mkdirSync(path.join(app, '.github'))
    fs.copyFileSync(path.join(app, 'conf', 'gate.yml'), path.join(app, '.github', 'readiness.yml'))
    const { code } = await cli(['check', '--cwd', 'app', '--checklist', 'docs/LIST.md'], shell)
    expect(code).toBe(0)
  })

  test('a checklist next to the shell but not under --cwd is not found', async () => {
    const { shell } = layout()
    fs.copyFileSync(path.join(shell, 'app', 'docs', 'LIST.md'), path.join(shell, 'LIST.md'))
    const { code, stderr } = await cli(['check', '--cwd', 'app', '--checklist', 'LIST.md'], shell)
    expect(code).toBe(2)
    expect(stderr).toContain(path.join(shell, 'app', 'LIST.md'))
  })
})

describe('check: errors name the flag, never an input', () => {
  const project = (): string =>
    writeProject(temp.make(), { items: '- [x] Build passes', script: 'echo "1. Good..."\ntrue' })

  test.each([
    [['--checklist', 'missing.md'], /point --checklist at your production checklist/],
    [['--checklist', ''], /^--checklist needs a file path/],
    [['--config', 'missing.yml'], /create it or point --config at your readiness config/],
    [['--config', '.'], /is not a file; point --config at a YAML file/],
    [
      ['--fail-on', 'sometimes'],
      /^Flag --fail-on must be 'not-ready' or 'never' \(got 'sometimes'\); fix --fail-on\.$/
    ],
    [
      ['--concurrency', '0'],
      /^Flag --concurrency must be a whole number from 1 to 64 \(got '0'\); omit it/
    ],
    [['--cwd', 'nowhere'], /^--cwd 'nowhere' is not a directory/],
    [['--json', 'a-file/report.json'], /set --json to a writable file path/],
    [['--markdown', 'a-file/report.md'], /set --markdown to a writable file path/]
  ])('%j', async (flags, message) => {
    const dir = project()
    fs.writeFileSync(path.join(dir, 'a-file'), '')
    const { code, stdout, stderr } = await cli(['check', '--cwd', dir, ...flags], dir)
    expect(code).toBe(2)
    const line = stderr.split('\n').find((l) => l.startsWith('readiness-gate: '))
    expect(line?.slice('readiness-gate: '.length)).toMatch(message)
    expect(stderr).not.toMatch(/\binput\b/i)
    expect(stderr).not.toMatch(/\n\s+at /)
    if (!flags[0]!.startsWith('--json') && !flags[0]!.startsWith('--markdown')) {
      expect(stdout).toBe('')
    }
  })
})

describe('check: progress and verdict', () => {
  test('each validation is reported on stderr, the verdict with its blockers on stdout', async () => {
    const dir = writeProject(temp.make(), {
      items: '- [x] Build passes',
      script:
        'set -e\necho "1. Good..."\ntrue\necho "2. Bad..."\nfalse\necho "3. Also runs..."\ntrue'
    })
    const { code, stdout, stderr } = await cli(['check'], dir)
    expect(code).toBe(1)
    expect(stderr).toMatch(/^Planned 3 validation\(s\) from the validation script/)
    expect(stderr).toMatch(/PASS Good/)
    expect(stderr).toMatch(/FAIL Bad in \S+ — /)
    expect(stderr).toMatch(/PASS Also runs/)
    expect(stdout).toBe('\nNOT READY\n  - Bad — exit 1\n')
  })

  test('--no-run on a fully ticked checklist says NOT ASSESSED and why, exit 1', async () => {
    const dir = writeProject(temp.make(), {
      items: '- [x] Build passes',
      script: 'echo "1. Good..."\ntrue'
    })
    const { code, stdout, stderr } = await cli(['check', '--no-run'], dir)
    expect(code).toBe(1)
    expect(stdout).toBe(
      '\nNOT ASSESSED\n  note: Validations were not run: the verdict requires the critical validations to pass, so it cannot be ready.\n'
    )
    expect(stderr).not.toMatch(/PASS|FAIL/)
  })
})
