// The bundled CLI (dist/cli.js) as a real process: the version, check's exit code, a fixer never
// run, a closed pipe. Everything else is tested from source in commands.test.ts.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { VERSION } from '../../src/version.js'

const CLI = path.resolve('dist/cli.js')

function cli(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const made: string[] = []
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-cli-'))
  made.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true })
})

test('package.json and the CLI agree on the version', () => {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'))
  expect(pkg.version).toBe(VERSION)
  expect(cli(['--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` })
})

function project(script: string, items = '- [ ] Verify: `true` passes'): string {
  const dir = tempDir()
  fs.writeFileSync(
    path.join(dir, 'PRODUCTION_CHECKLIST.md'),
    `# Checklist\n\n### Phase 1: Critical (MUST COMPLETE)\n\n${items}\n\n### Quick Validation Script\n\`\`\`bash\n${script}\n\`\`\`\n`
  )
  return dir
}

test('the bundled check: runs every step, writes JSON, exits with the verdict', () => {
  const dir = project(
    'set -e\necho "1. Good..."\ntest -d .\necho "2. Bad..."\nexit_with() { return "$1"; }; exit_with 3\necho "3. Also runs..."\ntrue',
    '- [x] Verify: `true` passes'
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

test('the bundled check: 0 only when ready; an unticked critical item alone is exit 1', () => {
  expect(
    cli(['check'], project('echo "1. Good..."\ntrue', '- [x] Verify: `true` passes')).code
  ).toBe(0)
  const unticked = project('echo "1. Good..."\ntrue', '- [ ] Verify: `true` passes')
  expect(cli(['check'], unticked).code).toBe(1)
  expect(cli(['check', '--fail-on', 'never'], unticked).code).toBe(0)
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
  expect(result.stderr).toMatch(/not run \(format\): cargo fmt/)
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
