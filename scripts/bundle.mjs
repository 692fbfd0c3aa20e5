// Builds dist/ from src/: dist/index.js (the action) and dist/cli.js (the CLI).
// Code splitting keeps heavy modules (octokit, undici) in chunks loaded only when a run publishes.
// The output is deterministic: `npm run bundle` on the same sources reproduces dist/ byte for byte.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import path from 'node:path'

/**
 * @actions/core imports its OIDC client at the top, and with it @actions/http-client and undici
 * (~800 KB): every run would load them, though only `core.getIDToken` (never called here) needs
 * them. Hand core a stand-in whose getIDToken imports the real client on first use, so undici
 * lands in the chunk that octokit loads when a run publishes.
 */
const lazyOidcClient = {
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
 * markdown-it imports only decodeHTML and decodeHTMLStrict from `entities`, but the package's
 * main module also imports its encoders, and esbuild keeps the encoder's table (a Map of some
 * 2,000 entities built when the module loads, ~4 ms of every run) though nothing uses it. Point
 * markdown-it at the package's own `entities/lib/decode.js` entry, which exports both decoders:
 * should markdown-it ever import anything else from `entities`, the build fails on the missing
 * export instead of changing behaviour.
 */
const entitiesDecoderOnly = {
  name: 'entities-decoder-only',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, (args) => {
      if (!/[\\/]markdown-it[\\/]/.test(args.importer)) return undefined
      return build.resolve('entities/lib/decode.js', {
        kind: args.kind,
        resolveDir: args.resolveDir
      })
    })
  }
}

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyOidcClient, entitiesDecoderOnly],
  // Some bundled dependencies are CommonJS and call require(); give them one.
  banner: {
    js: "import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);"
  }
})
