// Builds dist/ from src/: dist/index.js (the action) and dist/cli.js (the CLI).
// Code splitting keeps heavy modules (octokit, undici) in chunks loaded only when a run publishes.
// The output is deterministic: `npm run bundle` on the same sources reproduces dist/ byte for byte.
//
// One build per entry point: esbuild puts every module that two entry points (the action, the
// CLI, or a chunk either loads with import()) share in a chunk of its own, and Node loads each
// file of a run's static imports separately (resolve, read, compile, link: about half a
// millisecond each). Built together, the CLI's lazy imports split the action's startup code into
// 25 files; built alone, the action starts from 10. (A chunk both builds make is the same file.)
// Within one build the same holds for the action's own import() targets: the start-up code was
// split by which of them also reach it, one file per distinct set (22 files after session 13's
// features). startupInOneChunk makes every target reach all of the start-up code, so it is one
// chunk: the action starts from index.js, that chunk and esbuild's runtime chunk. Code that a run
// loads later, at once, is likewise one import() target (src/run/start-validations.ts, the GitHub
// evidence lookups with src/github/index.ts), not one per module.
//
// Each output file has a linked source map (dist/**/*.js.map, without the sources' text): Node
// reads none of them when dist/ loads; src/stack-trace.ts reads them when a stack is printed.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import {
  lazyCryptoForCore,
  lazyEntitiesDecoder,
  lazyOidcClient,
  requireWhereUsed,
  startupInOneChunk
} from './bundle-plugins.mjs'

// Each entry point with the module it runs: its start-up code (see startupInOneChunk).
const ENTRY_POINTS = [
  { entryPoints: { index: 'src/index.ts' }, root: 'src/main.ts' },
  { entryPoints: { cli: 'src/cli.ts' }, root: 'src/cli/commands.ts' }
]

rmSync('dist', { recursive: true, force: true })
for (const { entryPoints, root } of ENTRY_POINTS) {
  await build({
    entryPoints,
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    // requireWhereUsed writes dist/, giving require() to the files that call it.
    plugins: [
      lazyOidcClient,
      lazyEntitiesDecoder,
      lazyCryptoForCore,
      startupInOneChunk(root),
      requireWhereUsed
    ]
  })
}
