/**
 * Missing tools across ecosystems, each reproduced with real processes: real npx in an empty
 * project (offline, a dead registry, a local registry that serves a package npx may not install,
 * a 404), real python3 -m with an absent module, shells without yarn/pnpm/go/python on PATH, and
 * a binary that sits in node_modules/.bin but not on PATH (through the real scheduler).
 */
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync } from 'node:fs'
import path from 'node:path'
import { detectMissingTool, installHint, npxInvocations } from '../../src/run/missing-tool.js'
import { ProcessRunner } from '../../src/run/runner.js'
import { runValidations } from '../../src/run/scheduler.js'
import { writeFile } from '../support/git-project.js'
import { listenLocally, type LocalHttpServer } from '../support/local-http.js'
import { scratchDirectory, temporaryDirectory } from '../support/temporary.js'
import { plainValidation } from '../support/validations.js'

const project = scratchDirectory('missing-tool-eco-')
const cache = scratchDirectory('missing-tool-eco-cache-')
const emptyPath = scratchDirectory('missing-tool-eco-path-')
beforeAll(() => {
  writeFile(project.dir, 'package.json', JSON.stringify({ name: 'x', version: '1.0.0' }))
})

/** Runs a command as the runner does (bash -e -c), stdout and stderr together. */
function realRun(
  command: string,
  env: Record<string, string> = {}
): { exitCode: number | null; output: string } {
  const run = spawnSync('/bin/bash', ['-e', '-c', `${command} 2>&1`], {
    cwd: project.dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      npm_config_cache: cache.dir,
      npm_config_update_notifier: 'false',
      ...env
    }
  })
  return { exitCode: run.status, output: run.stdout }
}

/**
 * The same, without blocking the event loop: the local registry of this test process must be
 * able to answer while npx waits for it.
 */
function realRunAsync(
  command: string,
  env: Record<string, string>
): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('/bin/bash', ['-e', '-c', `${command} 2>&1`], {
      cwd: project.dir,
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 60_000,
      env: {
        ...process.env,
        npm_config_cache: cache.dir,
        npm_config_update_notifier: 'false',
        ...env
      }
    })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.on('close', (exitCode) => {
      done({ exitCode, output })
    })
  })
}

/** A registry that knows one package (vitest 1.0.0) and answers 404 for everything else. */
function localRegistry(): Promise<LocalHttpServer> {
  return listenLocally((request, response) => {
    response.setHeader('content-type', 'application/json')
    if (request.url === '/vitest') {
      const tarball = `http://127.0.0.1:${request.socket.localPort}/vitest/-/vitest-1.0.0.tgz`
      response.end(
        JSON.stringify({
          name: 'vitest',
          'dist-tags': { latest: '1.0.0' },
          versions: {
            '1.0.0': {
              name: 'vitest',
              version: '1.0.0',
              bin: { vitest: 'x.js' },
              dist: { tarball }
            }
          }
        })
      )
      return
    }
    response.statusCode = 404
    response.end('{"error":"Not found"}')
  })
}

describe('npx with the package absent (real npx, nothing downloaded)', () => {
  it('offline: names the package and says how to add it', () => {
    const command = 'npx vitest run'
    const { exitCode, output } = realRun(command, { npm_config_offline: 'true' })
    expect(output).toContain('ENOTCACHED')
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: 'vitest',
      kind: 'tool',
      summary: 'vitest not installed (npx vitest)',
      hint: '`npx vitest`: vitest is not installed and npx could not fetch it; add vitest to devDependencies (`npm install --save-dev vitest`) and run `npm ci` before the gate'
    })
  })

  it('a dead registry: bare tsc is the typescript package, not "tsc"', () => {
    const command = 'npx tsc --noEmit'
    const { exitCode, output } = realRun(command, {
      npm_config_registry: 'http://127.0.0.1:9',
      npm_config_fetch_retries: '0'
    })
    expect(output).toContain('ECONNREFUSED')
    const missing = detectMissingTool(command, output, exitCode)
    expect(missing?.tool).toBe('typescript')
    expect(missing?.hint).toBe(
      '`npx tsc`: typescript is not installed and npx could not fetch it; npx looked for a package named tsc; add typescript (it provides `tsc`) to devDependencies (`npm install --save-dev typescript`) and run `npm ci` before the gate'
    )
  })

  it('canceled without --yes, and a package the registry does not have (404)', async () => {
    const registry = await localRegistry()
    try {
      const canceled = await realRunAsync('npx vitest run', {
        npm_config_registry: registry.url,
        npm_config_yes: 'false'
      })
      expect(canceled.output).toContain('npx canceled due to missing packages and no YES option')
      expect(detectMissingTool('npx vitest run', canceled.output, canceled.exitCode)?.summary).toBe(
        'vitest not installed (npx vitest)'
      )
      const command = 'npx --yes definitely-not-a-package-xyz --check'
      const absent = await realRunAsync(command, { npm_config_registry: registry.url })
      expect(absent.output).toContain('404 Not Found')
      expect(detectMissingTool(command, absent.output, absent.exitCode)).toMatchObject({
        tool: 'definitely-not-a-package-xyz',
        hint: expect.stringMatching(
          /^`npx definitely-not-a-package-xyz`: no package named definitely-not-a-package-xyz in the registry;/
        ) as unknown
      })
    } finally {
      await registry.close()
    }
  })

  it('a package without the executable ("could not determine executable to run")', () => {
    const dir = temporaryDirectory('missing-tool-eco-nobin-')
    try {
      writeFile(
        dir.dir,
        'package.json',
        JSON.stringify({ name: 'y', version: '1.0.0', devDependencies: { nobin: '1.0.0' } })
      )
      writeFile(
        dir.dir,
        'node_modules/nobin/package.json',
        JSON.stringify({ name: 'nobin', version: '1.0.0' })
      )
      const run = spawnSync('/bin/bash', ['-e', '-c', 'npx nobin 2>&1'], {
        cwd: dir.dir,
        encoding: 'utf8',
        env: { ...process.env, npm_config_offline: 'true', npm_config_cache: cache.dir }
      })
      expect(run.stdout).toContain('could not determine executable to run')
      expect(detectMissingTool('npx nobin', run.stdout, run.status)).toMatchObject({
        tool: 'nobin',
        summary: 'nobin not installed (npx nobin)',
        hint: expect.stringMatching(/^`npx nobin` found no executable named nobin;/) as unknown
      })
    } finally {
      dir.remove()
    }
  })
})

describe('python -m with the module absent (real python3)', () => {
  it('maps pip_audit to the pip-audit package', () => {
    const command = 'python3 -m pip_audit --strict'
    const { exitCode, output } = realRun(command, { PYTHONNOUSERSITE: '1' })
    expect(output).toMatch(/python3?[\d.]*: No module named pip_audit$/m)
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: 'pip-audit',
      kind: 'tool',
      summary: 'pip-audit not installed (python: No module named pip_audit)',
      hint: "install pip-audit (it provides the module pip_audit): `python3 -m pip install pip-audit`, or add it to the project's dev requirements"
    })
  })

  it('a module the project itself fails to import is not a missing tool', () => {
    writeFile(project.dir, 'uses_missing.py', 'import definitely_not_a_module_xyz\n')
    const command = 'python3 uses_missing.py'
    const { exitCode, output } = realRun(command)
    expect(output).toContain("ModuleNotFoundError: No module named 'definitely_not_a_module_xyz'")
    expect(detectMissingTool(command, output, exitCode)).toBeNull()
  })
})

describe('a pytest plugin not installed (real pytest; `-p no:NAME` stands in for its absence)', () => {
  // Debian's python3 first: another python on PATH may lack pytest itself.
  const python = { PATH: `/usr/bin:${process.env.PATH ?? ''}`, PYTHONNOUSERSITE: '1' }
  beforeAll(() => {
    writeFile(project.dir, 'pytests/test_one.py', 'def test_one():\n    assert True\n')
  })

  it('an option of the command names its plugin (pytest exit 4, not "exit 4")', () => {
    const command = 'python3 -m pytest -p no:cov -q --cov=pytests --cov-report=term pytests'
    const { exitCode, output } = realRun(command, python)
    expect(exitCode).toBe(4)
    expect(output).toMatch(/error: unrecognized arguments: --cov=pytests --cov-report=term$/m)
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: 'pytest-cov',
      kind: 'tool',
      summary: 'pytest-cov not installed (pytest: unrecognized argument --cov=pytests)',
      hint: "install pytest-cov (it provides `--cov`): `python3 -m pip install pytest-cov`, or add it to the project's dev requirements"
    })
  })

  it("an option from the configuration's addopts says which file asks for it", () => {
    const dir = temporaryDirectory('missing-tool-eco-addopts-')
    try {
      writeFile(dir.dir, 'pyproject.toml', '[tool.pytest.ini_options]\naddopts = "-n 2"\n')
      writeFile(dir.dir, 'test_one.py', 'def test_one():\n    assert True\n')
      const command = 'python3 -m pytest -p no:xdist -q'
      const run = spawnSync('/bin/bash', ['-e', '-c', `${command} 2>&1`], {
        cwd: dir.dir,
        encoding: 'utf8',
        env: { ...process.env, ...python }
      })
      expect(run.status).toBe(4)
      expect(detectMissingTool(command, run.stdout, run.status)).toMatchObject({
        tool: 'pytest-xdist',
        hint: expect.stringMatching(
          /^install pytest-xdist \(it provides `-n`, which the command does not pass: see pyproject\.toml's addopts\)/
        ) as unknown
      })
    } finally {
      dir.remove()
    }
  })

  it('a plugin pytest cannot import with -p names the module', () => {
    const command = 'python3 -m pytest -p pytest_definitely_absent_xyz -q pytests'
    const { exitCode, output } = realRun(command, python)
    expect(exitCode).not.toBe(0)
    expect(detectMissingTool(command, output, exitCode)).toMatchObject({
      tool: 'pytest-definitely-absent-xyz',
      summary:
        'pytest-definitely-absent-xyz not installed (pytest: Error importing plugin "pytest_definitely_absent_xyz")'
    })
  })

  it("an option no plugin provides (a typo) stays the project's failure", () => {
    const command = 'python3 -m pytest -q --definitely-not-an-option pytests'
    const { exitCode, output } = realRun(command, python)
    expect(exitCode).toBe(4)
    expect(output).toContain('unrecognized arguments: --definitely-not-an-option')
    expect(detectMissingTool(command, output, exitCode)).toBeNull()
  })

  it("plugin and option names are looked up as the table's own entries only", () => {
    const command = 'python3 -m pytest -q'
    const imported = (name: string): string =>
      `ImportError: Error importing plugin "${name}": No module named '${name}'\n`
    expect(detectMissingTool(command, imported('constructor'), 1)?.tool).toBe('constructor')
    expect(detectMissingTool(command, imported('to_string'), 1)?.tool).toBe('to-string')
    const unknown = '__main__.py: error: unrecognized arguments: constructor --toString\n'
    expect(detectMissingTool(command, unknown, 4)).toBeNull()
  })

  it('the same words from a run that got past its command line are not read', () => {
    const command = 'python3 -m pytest -q pytests'
    const output = 'pytest: error: unrecognized arguments: --cov=app\n1 failed in 0.01s\n'
    expect(detectMissingTool(command, output, 1)).toBeNull()
    expect(detectMissingTool(command, output, 4)?.tool).toBe('pytest-cov')
  })

  it('the scheduler reports the plugin as the missing tool', async () => {
    const validation = plainValidation('coverage', {
      name: 'Coverage',
      command: 'python3 -m pytest -p no:cov -q --cov=pytests pytests',
      env: python
    })
    const [result] = await runValidations([validation], {
      root: project.dir,
      runner: new ProcessRunner()
    })
    expect(result).toMatchObject({
      status: 'missing-tool',
      exitCode: 4,
      report: { summary: 'pytest-cov not installed (pytest: unrecognized argument --cov=pytests)' }
    })
  })
})

describe('package managers and interpreters absent (exit 127)', () => {
  it.each([
    ['yarn install --frozen-lockfile', 'yarn', /corepack enable/],
    ['pnpm test', 'pnpm', /corepack enable/],
    ['go test ./...', 'go', /actions\/setup-go/],
    ['python -m pytest', 'python', /actions\/setup-python.*call `python3`/]
  ])('%s → %s', (command, tool, hint) => {
    const { exitCode, output } = realRun(command, { PATH: emptyPath.dir })
    expect(exitCode).toBe(127)
    const missing = detectMissingTool(command, output, exitCode)
    expect(missing?.tool).toBe(tool)
    expect(missing?.hint).toMatch(hint)
  })
})

describe('a binary in node_modules/.bin but not on PATH (real scheduler and runner)', () => {
  it('says to run it through npx and names the package', async () => {
    writeFile(project.dir, 'node_modules/.bin/tsc', '#!/bin/sh\necho "Version 5.0.0"\n')
    chmodSync(path.join(project.dir, 'node_modules/.bin/tsc'), 0o755)
    writeFile(project.dir, 'packages/app/package.json', '{}')
    const validation = plainValidation('typecheck', {
      name: 'Type check',
      command: 'tsc --noEmit',
      cwd: 'packages/app',
      env: { PATH: `${emptyPath.dir}:/usr/bin:/bin` }
    })
    const [result] = await runValidations([validation], {
      root: project.dir,
      concurrency: 1,
      runner: new ProcessRunner()
    })
    expect(result).toMatchObject({
      status: 'missing-tool',
      exitCode: 127,
      hint: 'tsc is in node_modules/.bin but not on PATH: run it as `npx tsc` or through an npm script; the package is typescript',
      report: { summary: 'tsc is not on PATH (it is in node_modules/.bin)' }
    })
  })
})

describe('installHint and npxInvocations', () => {
  it.each([
    [
      'tsc',
      '',
      'install typescript (it provides `tsc`): `npm install --save-dev typescript`, then run it as `npx tsc` or through an npm script'
    ],
    [
      'biome',
      '',
      'install @biomejs/biome (it provides `biome`): `npm install --save-dev @biomejs/biome`, then run it as `npx biome` or through an npm script'
    ],
    [
      'vitest',
      'npm test',
      'vitest is not installed: run `npm ci` first; the package is vitest, usually a devDependency (`npm install --save-dev vitest`)'
    ],
    [
      'yarn',
      '',
      'install Yarn: `corepack enable` (Node.js ships Corepack; in Actions after actions/setup-node), or `npm install --global yarn`'
    ]
  ])('%s (%s)', (tool, command, hint) => {
    expect(installHint(tool, command)).toBe(hint)
  })

  it('reads the bin and the --package of each npx / npm exec', () => {
    expect(
      npxInvocations(
        'npx -y vitest@1 run && npm exec --package=@biomejs/biome@1.9 -- biome check; npx -p typescript tsc'
      )
    ).toEqual([
      { bin: 'vitest', packageName: null },
      { bin: 'biome', packageName: '@biomejs/biome' },
      { bin: 'tsc', packageName: 'typescript' }
    ])
  })
})
