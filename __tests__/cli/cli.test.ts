// The bundled CLI, run as a real process: parse, check, usage and bad input.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { VERSION } from '../../src/version.js'

const CLI = path.resolve('dist/cli.js')
const SEED = path.resolve('examples/llm-memory-graph/PRODUCTION_CHECKLIST.md')

function cli(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rg-cli-'))
}

test('package.json and the CLI agree on the version', () => {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'))
  expect(pkg.version).toBe(VERSION)
  expect(cli(['--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` })
})

test('--help prints usage for both commands', () => {
  const { code, stdout } = cli(['--help'])
  expect(code).toBe(0)
  expect(stdout).toContain('readiness-gate parse')
  expect(stdout).toContain('readiness-gate check')
})

test('parse --json prints every task item with line and checked', () => {
  const { code, stdout } = cli(['parse', SEED, '--json'])
  expect(code).toBe(0)
  const model = JSON.parse(stdout)
  const items: { line: number; checked: boolean }[] = []
  interface Item {
    line: number
    checked: boolean
    children: Item[]
  }
  const walk = (list: Item[]) => {
    for (const item of list) {
      items.push(item)
      walk(item.children)
    }
  }
  for (const phase of model.phases) for (const section of phase.sections) walk(section.items)
  for (const section of model.sections) walk(section.items)
  expect(items).toHaveLength(230)
  expect(items.every((i) => typeof i.line === 'number' && !i.checked)).toBe(true)
})

test('parse without --json summarises phases, placeholders and sign-offs', () => {
  const { code, stdout } = cli(['parse', SEED])
  expect(code).toBe(0)
  expect(stdout).toMatch(/Phase 1: Critical Fixes\s+0\/33/)
  expect(stdout).toContain('Placeholders: 24')
})

test.each([
  ['a missing file', (dir: string) => path.join(dir, 'nope.md'), /does not exist/],
  ['a directory', (dir: string) => dir, /directory/],
  [
    'a binary file',
    (dir: string) => {
      fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x2d, 0x20, 0x00, 0x01]))
      return path.join(dir, 'bin.md')
    },
    /NUL|binary/
  ],
  [
    'an empty file',
    (dir: string) => {
      fs.writeFileSync(path.join(dir, 'empty.md'), '')
      return path.join(dir, 'empty.md')
    },
    /empty/
  ],
  [
    'a file without task items',
    (dir: string) => {
      fs.writeFileSync(path.join(dir, 'plain.md'), '# Notes\n\n- just a list\n')
      return path.join(dir, 'plain.md')
    },
    /no task items/
  ]
])('parse of %s: one line naming the file, exit 2, no stack', (_name, make, message) => {
  const file = make(tempDir())
  const { code, stdout, stderr } = cli(['parse', file])
  expect(code).toBe(2)
  expect(stdout).toBe('')
  expect(stderr.trim().split('\n')).toHaveLength(1)
  expect(stderr).toMatch(message)
  expect(stderr).toContain(path.basename(file))
  expect(stderr).not.toMatch(/\n\s+at /)
})

test('unknown options and commands are usage errors (exit 2)', () => {
  expect(cli(['parse', SEED, '--jsn']).code).toBe(2)
  expect(cli(['frobnicate']).code).toBe(2)
  expect(cli(['check', '--concurrency', '0']).code).toBe(2)
})

function project(script: string, items = '- [ ] Verify: `true` passes'): string {
  const dir = tempDir()
  fs.writeFileSync(
    path.join(dir, 'PRODUCTION_CHECKLIST.md'),
    `# Checklist\n\n### Phase 1: Critical (MUST COMPLETE)\n\n${items}\n\n### Quick Validation Script\n\`\`\`bash\n${script}\n\`\`\`\n`
  )
  return dir
}

test('check runs every step, writes JSON, exits 1 when a critical validation fails', () => {
  const dir = project(
    'set -e\necho "1. Good..."\ntest -d .\necho "2. Bad..."\nexit_with() { return "$1"; }; exit_with 3\necho "3. Also runs..."\ntrue'
  )
  const { code, stdout, stderr } = cli(['check', '--json', 'report.json'], dir)
  expect(code).toBe(1)
  expect(stderr).toMatch(/PASS Good/)
  expect(stderr).toMatch(/FAIL Bad/)
  expect(stderr).toMatch(/PASS Also runs/)
  expect(stdout).toContain('NOT READY')
  const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'))
  const statuses = report.validations.map(
    (v: { name: string; status: string; exitCode: number | null }) => [v.name, v.status, v.exitCode]
  )
  expect(statuses).toEqual([
    ['Good', 'passed', 0],
    ['Bad', 'failed', 3],
    ['Also runs', 'passed', 0]
  ])
  expect(report.validations[0].command).toBe('test -d .')
  expect(Array.isArray(report.validations[1].findings)).toBe(true)
})

test('check exits 0 when every critical validation passed, and --fail-on never always exits 0', () => {
  const dir = project('echo "1. Good..."\ntrue')
  expect(cli(['check'], dir).code).toBe(0)
  const failing = project('echo "1. Bad..."\nfalse')
  expect(cli(['check'], failing).code).toBe(1)
  expect(cli(['check', '--fail-on', 'never'], failing).code).toBe(0)
})

test('a fix command in the script is never run', () => {
  const dir = project('echo "1. Format..."\ncargo fmt\necho "2. Fine..."\ntrue')
  fs.mkdirSync(path.join(dir, 'bin'))
  // A `cargo` that leaves a mark if it is ever called.
  fs.writeFileSync(path.join(dir, 'bin', 'cargo'), `#!/bin/sh\ntouch "${dir}/cargo-was-run"\n`, {
    mode: 0o755
  })
  const result = spawnSync(process.execPath, [CLI, 'check'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH ?? ''}` }
  })
  expect(result.stderr).toMatch(/not run: cargo fmt/)
  expect(fs.existsSync(path.join(dir, 'cargo-was-run'))).toBe(false)
})

test('a reader that closes the pipe early (`| head`) ends the CLI quietly, no EPIPE stack trace', () => {
  const dir = tempDir()
  const big = path.join(dir, 'big.md')
  fs.writeFileSync(big, '- [ ] a task with `a command` in it\n'.repeat(200_000))
  // `head -c 100` closes its end of the pipe after 100 bytes, long before the CLI has written
  // its ~40 MB of JSON.
  const script = `"${process.execPath}" "${CLI}" parse big.md --json | head -c 100 >/dev/null; echo "cli=\${PIPESTATUS[0]}" >&2`
  const result = spawnSync('bash', ['-c', script], {
    cwd: dir,
    encoding: 'utf8'
  })
  expect(result.stderr).not.toMatch(/EPIPE|Error|at /)
  expect(result.stderr).toContain('cli=0')
})
