// sourceMappedStack: positions in a bundle become the positions in its sources, through the
// source map beside each bundled file; anything it cannot map stays as printed.
import { spawnSync } from 'node:child_process'
import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
// @ts-expect-error -- a plain .mjs build script without type declarations
import * as plugins from '../scripts/bundle-plugins.mjs'
import type { Plugin } from 'esbuild'
import { sourceMappedStack } from '../src/stack-trace.js'

const { requireWhereUsed } = plugins as { requireWhereUsed: Plugin }

let directory: string

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'stack-trace-'))
})

afterEach(() => {
  rmSync(directory, { recursive: true, force: true })
})

/** Source files under directory/src, bundled into directory/out/<entry>.js with linked maps. */
async function bundle(
  files: Record<string, string>,
  options: { plugins?: Plugin[]; splitting?: boolean; entries?: string[] } = {}
): Promise<string> {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, 'src', name)), { recursive: true })
    writeFileSync(path.join(directory, 'src', name), text)
  }
  const outdir = path.join(directory, 'out')
  await build({
    entryPoints: (options.entries ?? ['main.ts']).map((entry) =>
      path.join(directory, 'src', entry)
    ),
    outdir,
    bundle: true,
    splitting: options.splitting ?? false,
    format: 'esm',
    platform: 'node',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'silent',
    plugins: options.plugins ?? []
  })
  return outdir
}

/**
 * The stack of what the bundled entry's `fail` export throws, as Node prints it: in a process of
 * its own, since Jest maps the stacks of what it runs itself.
 */
function thrownStack(file: string): string {
  const script =
    `import { fail } from ${JSON.stringify(pathToFileURL(file).href)}\n` +
    'try { fail() } catch (error) { process.stdout.write(error.stack) }\n'
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8'
  })
  expect(run.stderr).toBe('')
  return run.stdout
}

const THROWER = [
  '// line 1',
  'export function fail(): void {',
  '  const detail = { reason: "on purpose" }',
  '  throw new Error(`broken: ${detail.reason}`) // line 4, column 9',
  '}',
  ''
].join('\n')

test('a position in a bundle becomes the source file, line and column it was built from', async () => {
  const out = await bundle({
    'main.ts': "import { fail } from './deep/thrower.js'\nexport { fail }\n",
    'deep/thrower.ts': THROWER
  })
  const stack = thrownStack(path.join(out, 'main.js'))
  const bundled = pathToFileURL(path.join(out, 'main.js')).href
  expect(stack).toContain(bundled) // Node itself prints the bundle's position
  const mapped = sourceMappedStack(stack)
  const source = pathToFileURL(path.join(directory, 'src', 'deep', 'thrower.ts')).href
  expect(mapped.split('\n')[1]).toBe(`    at fail (${source}:4:9)`)
  expect(mapped).not.toContain(bundled)
  // The first line (the message) and the frames outside the bundle are left alone.
  expect(mapped.split('\n')[0]).toBe('Error: broken: on purpose')
  expect(mapped.split('\n').slice(2)).toEqual(stack.split('\n').slice(2))
})

test('a file with the createRequire banner still maps to the right lines', async () => {
  // require() in the bundle gives main.js the banner line: its map must move down with it.
  const out = await bundle(
    {
      'main.ts': [
        "import base from './dep.cjs'",
        'export const name = base',
        'export function fail(): void {',
        '  throw new Error(name) // line 4',
        '}',
        ''
      ].join('\n'),
      'dep.cjs': "module.exports = require('node:path').basename('/a/b.txt')\n"
    },
    { plugins: [requireWhereUsed] }
  )
  const stack = thrownStack(path.join(out, 'main.js'))
  const source = pathToFileURL(path.join(directory, 'src', 'main.ts')).href
  expect(sourceMappedStack(stack).split('\n')[1]).toBe(`    at fail (${source}:4:9)`)
})

test('positions without a readable map stay as printed, and mapping never throws', () => {
  const stack = [
    'Error: x',
    `    at a (${pathToFileURL(path.join(directory, 'nomap.js')).href}:3:7)`,
    `    at b (${pathToFileURL(path.join(directory, 'bad.js')).href}:1:1)`,
    `    at c (${pathToFileURL(path.join(directory, 'empty.js')).href}:1:1)`,
    '    at node:internal/main/run_main_module:33:47',
    '    at /not/a/url.js:1:2'
  ].join('\n')
  writeFileSync(path.join(directory, 'bad.js.map'), '{ not json')
  writeFileSync(
    path.join(directory, 'empty.js.map'),
    JSON.stringify({ version: 3, sources: [], names: [], mappings: '' })
  )
  expect(sourceMappedStack(stack)).toBe(stack)
  expect(sourceMappedStack('')).toBe('')
})
