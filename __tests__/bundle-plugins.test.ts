// The esbuild plugins that keep rarely needed modules from loading with dist/ must not change
// what those modules do when they are used: each is built here into a small bundle and run.
import { jest } from '@jest/globals'
import { build, type Plugin } from 'esbuild'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
// @ts-expect-error -- a plain .mjs build script without type declarations
import * as plugins from '../scripts/bundle-plugins.mjs'
import { scratchDirectory } from './support/temporary.js'

const {
  lazyCryptoForCore,
  lazyEntitiesDecoder,
  requireWhereUsed,
  startupInOneChunk,
  usesFreeRequire
} = plugins as {
  lazyCryptoForCore: Plugin
  lazyEntitiesDecoder: Plugin
  requireWhereUsed: Plugin
  startupInOneChunk: (root: string) => Plugin
  usesFreeRequire: (code: string) => Promise<boolean>
}

const ROOT = path.resolve(import.meta.dirname, '..')
const scratch = scratchDirectory('bundle-plugins-')

/** `entry` and every file it imports statically, transitively (dynamic import()s load later). */
function staticClosure(entry: string): Set<string> {
  const loaded = new Set<string>()
  const visit = (file: string): void => {
    if (loaded.has(file)) return
    loaded.add(file)
    const code = readFileSync(file, 'utf8')
    for (const [, specifier] of code.matchAll(/^import\b[^;]*?["'](\.[^"']+)["']/gm))
      visit(path.resolve(path.dirname(file), specifier!))
  }
  visit(entry)
  return loaded
}

async function bundleAndImport(
  source: string
): Promise<{ module: Record<string, unknown>; code: string }> {
  const directory = mkdtempSync(path.join(scratch.dir, 'bundle-plugins-'))
  const entry = path.join(directory, 'entry.mjs')
  const outfile = path.join(directory, 'out.mjs')
  writeFileSync(entry, source)
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    nodePaths: [path.join(ROOT, 'node_modules')],
    logLevel: 'silent',
    plugins: [lazyEntitiesDecoder]
  })
  const module = (await import(pathToFileURL(outfile).href)) as Record<string, unknown>
  return { module, code: readFileSync(outfile, 'utf8') }
}

test('markdown-it still links URLs, decodes entities and validates links through the entities plugin', async () => {
  const { module, code } = await bundleAndImport(
    [
      "import MarkdownIt from 'markdown-it'",
      'const linking = new MarkdownIt({ linkify: true })',
      'linking.linkify.set({ fuzzyEmail: false })',
      "export const linked = linking.render('see https://example.com/a and mail@example.com')",
      "export const decoded = new MarkdownIt().render('&copy; &amp;amp; &#x41;')",
      "export const refused = new MarkdownIt().render('[x](javascript:alert(1))')",
      "export const plain = new MarkdownIt().render('https://example.com')"
    ].join('\n')
  )
  // The stand-in is what markdown-it got.
  expect(code).toContain('lazy-entities')
  expect(module.linked).toBe(
    '<p>see <a href="https://example.com/a">https://example.com/a</a> and mail@example.com</p>\n'
  )
  expect(module.decoded).toBe('<p>© &amp;amp; A</p>\n')
  expect(module.refused).toBe('<p>[x](javascript:alert(1))</p>\n')
  expect(module.plain).toBe('<p>https://example.com</p>\n')
})

test('markdown-it builds the entity decode table only when it first decodes', async () => {
  // The table is made by splitting a string of some 15,000 characters into characters.
  const split = jest.spyOn(String.prototype, 'split')
  const tableSplits = (): number =>
    split.mock.contexts.filter((text) => String(text).length > 10_000).length
  try {
    const { module } = await bundleAndImport(
      [
        "import MarkdownIt from 'markdown-it'",
        'const md = new MarkdownIt()',
        'export const parse = (text) => md.parse(text, {})',
        'export const render = (text) => md.render(text)'
      ].join('\n')
    )
    const { parse, render } = module as Record<string, (text: string) => unknown>
    parse?.('# Title\n\n- [ ] an item\n- [x] another\n\n```bash\nnpm test\n```\n')
    expect(tableSplits()).toBe(0)
    expect(render?.('&copy; &#x41; \\&amp;')).toBe('<p>© A &amp;amp;</p>\n')
    expect(tableSplits()).toBe(1)
    expect(render?.('&hearts;')).toBe('<p>♥</p>\n')
    expect(tableSplits()).toBe(1)
  } finally {
    split.mockRestore()
  }
})

async function buildWithRequireWhereUsed(
  directory: string,
  entryPoints: Record<string, string>,
  splitting: boolean
): Promise<{ outdir: string; written: { path: string; text: string }[] }> {
  const outdir = path.join(directory, splitting ? 'split' : 'single')
  const result = await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: [requireWhereUsed]
  })
  // The plugin writes the files itself (it builds with write: false) and reports what it wrote.
  const written = result.outputFiles ?? []
  for (const file of written) expect(readFileSync(file.path, 'utf8')).toBe(file.text)
  return { outdir, written }
}

test('only the output files that use require() get the createRequire banner, after any shebang', async () => {
  const directory = mkdtempSync(path.join(scratch.dir, 'require-where-used-'))
  writeFileSync(
    path.join(directory, 'dep.cjs'),
    "module.exports = require('node:path').basename('/a/b.txt')\n"
  )
  writeFileSync(
    path.join(directory, 'needs.mjs'),
    "#!/usr/bin/env node\nimport base from './dep.cjs'\nexport const needs = base\n"
  )
  writeFileSync(
    path.join(directory, 'plain.mjs'),
    "export const plain = 'a string saying require(x) and a.require'\n" +
      'export function local(require) {\n  return require(1)\n}\n'
  )
  const entryPoints = {
    needs: path.join(directory, 'needs.mjs'),
    plain: path.join(directory, 'plain.mjs')
  }
  const banner = 'const require = __rgCreateRequire(import.meta.url);'

  // Split: esbuild's __require helper sits in a shared chunk, the one file that gets the banner.
  const split = await buildWithRequireWhereUsed(directory, entryPoints, true)
  expect(split.written).toHaveLength(3)
  const withBanner = split.written.filter((file) => file.text.includes(banner))
  expect(withBanner).toHaveLength(1)
  const helper = withBanner[0]?.text ?? ''
  expect(helper).toContain('var __require = ')
  expect(helper.startsWith('import { createRequire as __rgCreateRequire }')).toBe(true)
  const loaded = (await import(pathToFileURL(path.join(split.outdir, 'needs.js')).href)) as {
    needs: string
  }
  expect(loaded.needs).toBe('b.txt')

  // Unsplit: the helper is in the entry, whose shebang stays first; the other entry gets nothing.
  const single = await buildWithRequireWhereUsed(directory, entryPoints, false)
  const needs = readFileSync(path.join(single.outdir, 'needs.js'), 'utf8').split('\n')
  expect(needs[0]).toBe('#!/usr/bin/env node')
  expect(needs[1]).toContain(banner)
  expect(readFileSync(path.join(single.outdir, 'plain.js'), 'utf8')).not.toContain(
    '__rgCreateRequire'
  )

  expect(await usesFreeRequire('typeof require')).toBe(true)
  expect(await usesFreeRequire('const require = () => 1; require()')).toBe(false)
  expect(await usesFreeRequire("// require\nconst s = 'require'; a.require()")).toBe(false)
})

test('dist/ gives require() only to the chunks with the __require helper, one per build', () => {
  const dist = path.join(ROOT, 'dist')
  const files = [
    ...readdirSync(dist).filter((name) => name.endsWith('.js')),
    ...readdirSync(path.join(dist, 'chunks')).map((name) => path.join('chunks', name))
  ]
  const withBanner = files.filter((file) =>
    readFileSync(path.join(dist, file), 'utf8').includes('__rgCreateRequire(import.meta.url)')
  )
  // The action and the CLI are built apart (scripts/bundle.mjs): each has its runtime chunk.
  expect(withBanner.length).toBeGreaterThanOrEqual(1)
  expect(withBanner.length).toBeLessThanOrEqual(2)
  for (const file of withBanner) {
    expect([
      file,
      readFileSync(path.join(dist, file), 'utf8').includes('var __require = ')
    ]).toEqual([file, true])
  }
})

test('@actions/core loads without node:crypto, and its file commands still get a random delimiter', async () => {
  const directory = mkdtempSync(path.join(scratch.dir, 'bundle-crypto-'))
  const entry = path.join(directory, 'entry.mjs')
  writeFileSync(entry, "export { exportVariable } from '@actions/core'\n")
  const result = await build({
    entryPoints: [entry],
    outdir: directory,
    outExtension: { '.js': '.mjs' },
    entryNames: 'out',
    bundle: true,
    format: 'esm',
    platform: 'node',
    nodePaths: [path.join(ROOT, 'node_modules')],
    logLevel: 'silent',
    plugins: [lazyCryptoForCore, requireWhereUsed]
  })
  // A crypto function core uses but the stand-in lacks would be a warning ("will always be
  // undefined"): there must be none.
  expect(result.warnings).toEqual([])
  const outfile = path.join(directory, 'out.mjs')
  const code = readFileSync(outfile, 'utf8')
  expect(code).toContain('lazy-crypto')
  expect(code).not.toMatch(/^import[^\n]*["'](node:)?crypto["']/m)
  const envFile = path.join(directory, 'github-env.txt')
  writeFileSync(envFile, '')
  const saved = process.env.GITHUB_ENV
  process.env.GITHUB_ENV = envFile
  try {
    const module = (await import(pathToFileURL(outfile).href)) as {
      exportVariable: (name: string, value: string) => void
    }
    module.exportVariable('RG_TEST', 'value')
  } finally {
    if (saved === undefined) delete process.env.GITHUB_ENV
    else process.env.GITHUB_ENV = saved
  }
  expect(readFileSync(envFile, 'utf8')).toMatch(
    /^RG_TEST<<ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\nvalue\nghadelimiter_/
  )
})

test('dist: no file the action loads at startup imports node:crypto', () => {
  const dist = path.join(ROOT, 'dist')
  const loaded = staticClosure(path.join(dist, 'index.js'))
  // The entry and its start-up chunk at least (startupInOneChunk).
  expect(loaded.size).toBeGreaterThanOrEqual(2)
  for (const file of loaded) {
    const code = readFileSync(file, 'utf8')
    const name = path.relative(dist, file)
    expect([name, /^import\b[^;\n]*["'](node:)?crypto["']/m.test(code)]).toEqual([name, false])
  }
})

describe('startupInOneChunk', () => {
  // entry → root (static: a, b); root's run() imports x and y lazily; x shares a with the start-up
  // code, y shares b, and both share z, which the start-up code does not load. Every module notes
  // that it ran.
  const SOURCES: Record<string, string> = {
    'entry.ts': "import { run } from './root.ts'\nexport const ran = await run()\n",
    'root.ts':
      "import { a } from './a.ts'\nimport { b } from './b.ts'\nnote('root')\n" +
      'export async function run(): Promise<string[]> {\n' +
      "  const [{ x }, { y }] = await Promise.all([import('./x.ts'), import('./y.ts')])\n" +
      '  return [a, b, x, y]\n}\n',
    'a.ts': "note('a')\nexport const a = 'a'\n",
    'b.ts': "note('b')\nexport const b = 'b'\n",
    'z.ts': "note('z')\nexport const z = 'z'\n",
    'x.ts':
      "import { a } from './a.ts'\nimport { z } from './z.ts'\nnote('x')\nexport const x = a + z + 'x'\n",
    'y.ts':
      "import { b } from './b.ts'\nimport { z } from './z.ts'\nnote('y')\nexport const y = b + z + 'y'\n"
  }
  const NOTE = 'declare function note(name: string): void\n'

  async function buildFixture(withPlugin: boolean): Promise<{ startup: number; run: string[] }> {
    const directory = mkdtempSync(path.join(scratch.dir, 'startup-chunk-'))
    for (const [name, source] of Object.entries(SOURCES)) {
      writeFileSync(path.join(directory, name), NOTE + source)
    }
    const outdir = path.join(directory, 'out')
    await build({
      entryPoints: { entry: path.join(directory, 'entry.ts') },
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      outExtension: { '.js': '.mjs' },
      logLevel: 'silent',
      plugins: withPlugin ? [startupInOneChunk(path.join(directory, 'root.ts'))] : []
    })
    const entry = path.join(outdir, 'entry.mjs')
    const notes: string[] = []
    const global = globalThis as { note?: (name: string) => void }
    global.note = (name) => notes.push(name)
    try {
      const module = (await import(pathToFileURL(entry).href)) as { ran: string[] }
      return { startup: staticClosure(entry).size, run: [...notes, ...module.ran] }
    } finally {
      delete global.note
    }
  }

  it('puts the start-up code in one chunk, and every module still runs once, in the same order', async () => {
    const split = await buildFixture(false)
    const merged = await buildFixture(true)
    // Without it: the entry, a's chunk (shared with x) and b's (shared with y), root in the entry.
    expect(split.startup).toBe(3)
    expect(merged.startup).toBe(2)
    expect(split.run).toEqual(['a', 'b', 'root', 'z', 'x', 'y', 'a', 'b', 'azx', 'bzy'])
    expect(merged.run).toEqual(split.run)
  })

  it('dist: the action starts from index.js and one chunk beside the shared runtime', () => {
    const loaded = [...staticClosure(path.join(ROOT, 'dist', 'index.js'))]
    const chunks = loaded.filter((file) => file.includes(`${path.sep}chunks${path.sep}`))
    expect(chunks.length).toBeLessThanOrEqual(2)
  })
})
