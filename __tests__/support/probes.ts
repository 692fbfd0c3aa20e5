/**
 * Probes: small programs in support/ (credentials-probe.ts, runner-memory-probe.ts) that a test
 * runs in a node process of its own, so what they measure or read is that process's and not
 * Jest's. Bundled with esbuild into one .mjs file that plain node runs.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Bundles support/<name>.ts into `<dir>/<name>.mjs` (ESM, for Node 20 and later) and returns its path. */
export async function bundleProbe(name: string, dir: string): Promise<string> {
  const probe = path.join(dir, `${name}.mjs`)
  await build({
    entryPoints: [path.join(here, `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: probe,
    logLevel: 'silent'
  })
  return probe
}

/** Node 24 from node_modules (the `node` package), when it is installed; else null. */
export function nodeFromNodeModules(): string | null {
  const node24 = path.join(here, '..', '..', 'node_modules', 'node', 'bin', 'node')
  return existsSync(node24) ? node24 : null
}
