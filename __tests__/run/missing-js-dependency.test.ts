/**
 * A JavaScript tool whose configuration names a package that is not installed, each reproduced
 * with the real tool (examples/node-ts-app's Vitest, ESLint and Prettier, the root's Jest) in a
 * scratch project that has the tools but not the package: reported as that package missing,
 * not as "exit 1". A package the project's own code imports stays the project's failure.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { detectMissingTool } from '../../src/run/missing-tool.js'
import { ProcessRunner } from '../../src/run/runner.js'
import { runValidations } from '../../src/run/scheduler.js'
import { writeFile } from '../support/git-project.js'
import { scratchDirectory } from '../support/temporary.js'
import { plainValidation } from '../support/validations.js'

const EXAMPLE_BIN = path.resolve('examples/node-ts-app/node_modules/.bin')
const ROOT_BIN = path.resolve('node_modules/.bin')
const EXAMPLE_MODULES = path.resolve('examples/node-ts-app/node_modules')
const project = scratchDirectory('missing-js-dependency-')

/**
 * The example's packages, as `npm ci` would have installed them in `dir`: a node_modules of
 * links to each, so what the tools cache there (node_modules/.vite) stays in the scratch project.
 */
function linkExampleModules(dir: string): void {
  const modules = path.join(dir, 'node_modules')
  mkdirSync(modules, { recursive: true })
  for (const entry of readdirSync(EXAMPLE_MODULES)) {
    if (entry.startsWith('.vite')) continue
    symlinkSync(path.join(EXAMPLE_MODULES, entry), path.join(modules, entry))
  }
}

beforeAll(() => {
  writeFile(
    project.dir,
    'package.json',
    JSON.stringify({ name: 'x', version: '1.0.0', type: 'module' })
  )
  // The example's tools, as `npm ci` would have installed them here.
  symlinkSync(
    path.resolve('examples/node-ts-app/node_modules'),
    path.join(project.dir, 'node_modules')
  )
  writeFile(
    project.dir,
    'src/sum.test.js',
    "import { test } from 'vitest'\ntest('sums', () => {})\n"
  )
  writeFile(project.dir, 'src/a.js', 'export const a = 1\n')
})

/** Runs a command as the runner does (bash -e -c, plain output), stdout and stderr together. */
function realRun(command: string, cwd = project.dir): { exitCode: number | null; output: string } {
  const run = spawnSync('/bin/bash', ['-e', '-c', `${command} 2>&1`], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' }
  })
  return { exitCode: run.status, output: run.stdout }
}

const npmHint = (tool: string, name: string): string =>
  `${tool} needs ${name}: run \`npm ci\` first; if the project does not list it, \`npm install --save-dev ${name}\``

describe('Vitest', () => {
  it('--coverage without its provider names @vitest/coverage-v8', () => {
    const command = `${EXAMPLE_BIN}/vitest run --coverage`
    const { exitCode, output } = realRun(command)
    expect(exitCode).toBe(1)
    expect(output).toContain("Cannot find dependency '@vitest/coverage-v8'")
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: '@vitest/coverage-v8',
      kind: 'tool',
      summary:
        "@vitest/coverage-v8 not installed (vitest: Cannot find dependency '@vitest/coverage-v8')",
      hint: npmHint('vitest', '@vitest/coverage-v8')
    })
  })

  it('a test environment that is not installed names it (jsdom)', () => {
    // --no-cache: this run gets as far as Vitest's results cache, which it keeps beside the
    // vitest package (the example's node_modules), not in the scratch project.
    const command = `${EXAMPLE_BIN}/vitest run --no-cache --environment jsdom`
    const { exitCode, output } = realRun(command)
    expect(exitCode).not.toBe(0)
    expect(detectMissingTool(command, output, exitCode)?.tool).toBe('jsdom')
  })

  it("a package the project's test imports is the project's failure, not a missing tool", () => {
    const dir = path.join(project.dir, 'own-import')
    writeFile(dir, 'package.json', JSON.stringify({ name: 'y', version: '1.0.0', type: 'module' }))
    linkExampleModules(dir)
    writeFile(
      dir,
      'a.test.js',
      "import { test } from 'vitest'\nimport pad from 'definitely-absent-pkg-xyz'\ntest('pads', () => pad())\n"
    )
    const command = `${EXAMPLE_BIN}/vitest run`
    const { exitCode, output } = realRun(command, dir)
    expect(exitCode).toBe(1)
    expect(output).toContain('definitely-absent-pkg-xyz')
    expect(detectMissingTool(command, output, exitCode)).toBeNull()
  })

  it('through the real runner and scheduler: missing-tool, with the package named', async () => {
    const validation = plainValidation('coverage', {
      name: 'Coverage',
      command: `${EXAMPLE_BIN}/vitest run --coverage`
    })
    const [result] = await runValidations([validation], {
      root: project.dir,
      runner: new ProcessRunner()
    })
    expect(result).toMatchObject({
      status: 'missing-tool',
      exitCode: 1,
      hint: npmHint('vitest', '@vitest/coverage-v8'),
      report: {
        summary:
          "@vitest/coverage-v8 not installed (vitest: Cannot find dependency '@vitest/coverage-v8')"
      }
    })
  })
})

describe('Jest', () => {
  it('a test environment that is not installed (jest-environment-jsdom)', () => {
    const command = `${ROOT_BIN}/jest --testEnvironment=jsdom`
    const { exitCode, output } = realRun(command)
    expect(exitCode).toBe(1)
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: 'jest-environment-jsdom',
      kind: 'tool',
      summary:
        'jest-environment-jsdom not installed (jest: test environment jest-environment-jsdom cannot be found)',
      hint: npmHint('jest', 'jest-environment-jsdom')
    })
  })

  it('a preset that is not installed (ts-jest)', () => {
    const command = `${ROOT_BIN}/jest --preset=ts-jest`
    const { exitCode, output } = realRun(command)
    expect(exitCode).toBe(1)
    expect(detectMissingTool(command, output, exitCode)).toMatchObject({
      tool: 'ts-jest',
      summary: 'ts-jest not installed (jest: preset ts-jest not found)'
    })
  })
})

describe('ESLint and Prettier plugins their configuration names', () => {
  it('an ESLint flat config importing an absent plugin', () => {
    const dir = path.join(project.dir, 'eslint')
    writeFile(dir, 'package.json', JSON.stringify({ name: 'z', version: '1.0.0', type: 'module' }))
    writeFile(
      dir,
      'eslint.config.js',
      "import react from 'eslint-plugin-react'\nexport default [react.configs.flat.recommended]\n"
    )
    writeFile(dir, 'a.js', 'export const a = 1\n')
    const command = `${EXAMPLE_BIN}/eslint .`
    const { exitCode, output } = realRun(command, dir)
    expect(exitCode).toBe(2)
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: 'eslint-plugin-react',
      kind: 'tool',
      summary:
        'eslint-plugin-react not installed (eslint: its config imports eslint-plugin-react, which cannot be found)',
      hint: npmHint('eslint', 'eslint-plugin-react')
    })
  })

  it('a Prettier plugin named in package.json', () => {
    const dir = path.join(project.dir, 'prettier')
    writeFile(
      dir,
      'package.json',
      JSON.stringify({
        name: 'w',
        version: '1.0.0',
        prettier: { plugins: ['prettier-plugin-tailwindcss'] }
      })
    )
    writeFile(dir, 'a.js', 'export const a = 1\n')
    const command = `${EXAMPLE_BIN}/prettier --check .`
    const { exitCode, output } = realRun(command, dir)
    expect(exitCode).not.toBe(0)
    expect(detectMissingTool(command, output, exitCode)).toMatchObject({
      tool: 'prettier-plugin-tailwindcss',
      summary:
        "prettier-plugin-tailwindcss not installed (prettier: Cannot find package 'prettier-plugin-tailwindcss')"
    })
  })
})
