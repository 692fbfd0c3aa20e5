// esbuild plugins for scripts/bundle.mjs: each keeps a module that a run rarely needs from being
// built when dist/ loads. (In a module of their own so that __tests__/bundle-plugins.test.ts can
// build with them.)
import { transform } from 'esbuild'
import { Buffer } from 'node:buffer'
import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * @actions/core imports its OIDC client at the top, and with it @actions/http-client and undici
 * (~800 KB): every run would load them, though only `core.getIDToken` (never called here) needs
 * them. Hand core a stand-in whose getIDToken imports the real client on first use, so undici
 * lands in the chunk that octokit loads when a run publishes.
 */
export const lazyOidcClient = {
  name: 'lazy-oidc-client',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer)) return undefined
      return {
        path: path.join(path.dirname(args.importer), 'oidc-utils.js'),
        namespace: 'lazy-oidc-client'
      }
    })
    build.onLoad({ filter: /.*/, namespace: 'lazy-oidc-client' }, (args) => ({
      resolveDir: path.dirname(args.path),
      loader: 'js',
      contents:
        'export class OidcClient {\n' +
        '  static async getIDToken(audience) {\n' +
        "    const { OidcClient: Client } = await import('./oidc-utils.js')\n" +
        '    return Client.getIDToken(audience)\n' +
        '  }\n' +
        '}\n'
    }))
  }
}

/**
 * markdown-it imports only decodeHTML and decodeHTMLStrict from `entities`, and calls them only
 * for text with entities or escapes in the inline parse or rendering, which the block-only parse
 * of a run does not do. Yet loading `entities` builds its tables at once: the encoder's (a Map of
 * some 2,000 entities, ~4 ms) in the package's main module, and the decoder's (a 15,000-entry
 * Uint16Array made by splitting and mapping a string, ~3 ms). Hand markdown-it a stand-in whose
 * decoders `require` the package's own `entities/lib/decode.js` entry on first use: esbuild
 * bundles the required module in a closure that runs only then. Should markdown-it ever import
 * anything else from `entities`, the build fails on the missing export instead of changing
 * behaviour.
 */
export const lazyEntitiesDecoder = {
  name: 'lazy-entities-decoder',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, (args) => {
      if (!/[\\/]markdown-it[\\/]/.test(args.importer)) return undefined
      return { path: 'lazy-entities', namespace: 'lazy-entities', pluginData: args.resolveDir }
    })
    build.onLoad({ filter: /.*/, namespace: 'lazy-entities' }, (args) => ({
      resolveDir: args.pluginData,
      loader: 'js',
      contents:
        'let decode = null\n' +
        "const load = () => (decode ??= require('entities/lib/decode.js'))\n" +
        'export const decodeHTML = (...args) => load().decodeHTML(...args)\n' +
        'export const decodeHTMLStrict = (...args) => load().decodeHTMLStrict(...args)\n'
    }))
  }
}

/**
 * @actions/core's file-command module imports node:crypto at the top for one call, randomUUID
 * (the delimiter of a `name<<DELIMITER` block), and loading node:crypto costs ~11 ms of every
 * run. The action writes its outputs without it (src/github/outputs.ts) and never calls core's
 * exportVariable or saveState, so hand that module a stand-in whose randomUUID requires the
 * real node:crypto on first use: core still works, and a run that never needs it never loads it.
 * Should core ever use anything else from crypto, esbuild warns that the import will always be
 * undefined, which __tests__/bundle-plugins.test.ts turns into a failure.
 */
export const lazyCryptoForCore = {
  name: 'lazy-crypto-for-core',
  setup(build) {
    build.onResolve({ filter: /^(node:)?crypto$/ }, (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib[\\/]file-command\.js$/.test(args.importer))
        return undefined
      return { path: 'lazy-crypto', namespace: 'lazy-crypto' }
    })
    build.onLoad({ filter: /.*/, namespace: 'lazy-crypto' }, () => ({
      loader: 'js',
      contents:
        'let crypto = null\n' +
        "export const randomUUID = (...args) => (crypto ??= require('node:crypto')).randomUUID(...args)\n"
    }))
  }
}

const REQUIRE_BANNER =
  "import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);"
const REQUIRE_PROBE = '__rgFreeRequireProbe'

/** Whether ESM `code` refers to a `require` it does not declare (esbuild decides, via define). */
export async function usesFreeRequire(code) {
  const { code: probed } = await transform(code, {
    format: 'esm',
    platform: 'node',
    define: { require: REQUIRE_PROBE },
    logLevel: 'silent'
  })
  return probed.includes(REQUIRE_PROBE) && !code.includes(REQUIRE_PROBE)
}

/**
 * Some bundled dependencies are CommonJS and call require(), which ESM output lacks: give it to
 * the output files that use it (esbuild's `__require` helper, in the shared runtime chunk), and
 * not to the other dozen chunks, each of which would otherwise import node:module and call
 * createRequire when dist/ loads (~3 ms of every run). Writes the output files itself (the build
 * runs with `write: false`, set here); with `write: false` asked for, it only rewrites
 * result.outputFiles. The banner goes after a leading shebang line, as a line of its own: a
 * source map of the file (`X.js.map` beside `X.js`) gets an empty line at the same place, so
 * its mappings still point at the right lines.
 */
export const requireWhereUsed = {
  name: 'require-where-used',
  setup(build) {
    const write = build.initialOptions.write !== false
    build.initialOptions.write = false
    build.onEnd(async (result) => {
      if (!result.outputFiles) return
      // The line each file with a banner got it at, by path.
      const bannerLines = new Map()
      for (const file of result.outputFiles) {
        if (/\.m?js$/.test(file.path) && (await usesFreeRequire(file.text))) {
          bannerLines.set(file.path, /^#![^\n]*\n/.test(file.text) ? 1 : 0)
        }
      }
      const files = []
      for (const file of result.outputFiles) {
        let contents = file.contents
        const bannerLine = bannerLines.get(file.path)
        const mapped = bannerLines.get(file.path.replace(/\.map$/, ''))
        if (bannerLine !== undefined) {
          const lines = file.text.split('\n')
          lines.splice(bannerLine, 0, REQUIRE_BANNER)
          contents = Buffer.from(lines.join('\n'))
        } else if (file.path.endsWith('.map') && mapped !== undefined) {
          contents = Buffer.from(withEmptyLineAt(file.text, mapped))
        }
        files.push({
          path: file.path,
          contents,
          hash: file.hash,
          text: Buffer.from(contents).toString('utf8')
        })
        if (write) {
          mkdirSync(path.dirname(file.path), { recursive: true })
          writeFileSync(file.path, contents)
        }
      }
      result.outputFiles = files
    })
  }
}

/**
 * A source map's text with an empty generated line inserted before line `index` (0-based). In
 * `mappings` lines are separated by `;`; every field but the generated column is relative to the
 * previous segment wherever it is, so an empty line changes none of them.
 */
export function withEmptyLineAt(mapText, index) {
  // The mappings are base64 digits, `,` and `;`: replaced in place, the rest of the text as is.
  const field = /"mappings":\s*"([A-Za-z0-9+/,;]*)"/.exec(mapText)
  if (field === null) throw new Error('source map without a mappings string')
  const lines = field[1].split(';')
  lines.splice(index, 0, '')
  const start = field.index + field[0].length - field[1].length - 1
  return mapText.slice(0, start) + lines.join(';') + mapText.slice(start + field[1].length)
}

/**
 * Within one build esbuild puts the code that the entry point and its import() targets share in
 * one chunk per distinct set of them that reaches it: the action's start-up code came out in 21
 * files, and Node resolves, reads, compiles and links each file on its own (about half a
 * millisecond each). Here every import() target in src/ also imports `root` (the module the entry
 * runs, with everything it loads statically). That import does nothing at run time — a target is
 * only ever loaded by code `root` loaded, so `root` has run — but it makes every target reach all
 * of the start-up code, which therefore lands in one chunk. What only the targets share is split
 * as before.
 */
export function startupInOneChunk(root) {
  const rootPath = path.resolve(root)
  const source = path.dirname(rootPath) + path.sep
  return {
    name: 'startup-in-one-chunk',
    setup(build) {
      const targets = new Set()
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'startup-in-one-chunk') {
          return undefined
        }
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'startup-in-one-chunk'
        })
        if (resolved.errors.length === 0 && resolved.path.startsWith(source)) {
          targets.add(resolved.path)
        }
        return resolved
      })
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!targets.has(args.path) || args.path === rootPath) return undefined
        const contents = await readFile(args.path, 'utf8')
        return { contents: `${contents}\nimport ${JSON.stringify(rootPath)}\n`, loader: 'ts' }
      })
    }
  }
}
