// Builds dist/ from src/: dist/index.js (the action) and dist/cli.js (the CLI).
// Code splitting keeps heavy modules (octokit, undici) in chunks loaded only when a run publishes.
// The output is deterministic: `npm run bundle` on the same sources reproduces dist/ byte for byte.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import {
  lazyCryptoForCore,
  lazyEntitiesDecoder,
  lazyOidcClient,
  requireWhereUsed
} from './bundle-plugins.mjs'

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
  // requireWhereUsed writes dist/, giving require() to the files that call it.
  plugins: [lazyOidcClient, lazyEntitiesDecoder, lazyCryptoForCore, requireWhereUsed]
})
