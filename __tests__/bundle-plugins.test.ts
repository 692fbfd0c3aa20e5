// The esbuild plugins that keep rarely needed modules from loading with dist/ must not change
// what those modules do when they are used: each is built here into a small bundle and run.
import { build } from 'esbuild'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
// @ts-expect-error -- a plain .mjs build script without type declarations
import { entitiesDecoderOnly, lazyLinkify } from '../scripts/bundle-plugins.mjs'

const ROOT = path.resolve(import.meta.dirname, '..')

async function bundleAndImport(
  source: string
): Promise<{ module: Record<string, unknown>; code: string }> {
  const directory = mkdtempSync(path.join(tmpdir(), 'bundle-plugins-'))
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
    plugins: [entitiesDecoderOnly, lazyLinkify]
  })
  const module = (await import(pathToFileURL(outfile).href)) as Record<string, unknown>
  return { module, code: readFileSync(outfile, 'utf8') }
}

test('markdown-it still links URLs, decodes entities and validates links through the plugins', async () => {
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
  expect(code).toContain('lazy-linkify')
  expect(module.linked).toBe(
    '<p>see <a href="https://example.com/a">https://example.com/a</a> and mail@example.com</p>\n'
  )
  expect(module.decoded).toBe('<p>© &amp;amp; A</p>\n')
  expect(module.refused).toBe('<p>[x](javascript:alert(1))</p>\n')
  expect(module.plain).toBe('<p>https://example.com</p>\n')
})
