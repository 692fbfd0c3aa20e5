/**
 * The command runner's memory stays bounded whatever a command prints: a 200 MB line and 100
 * million short lines, each through a real ProcessRunner in a child node process that measures
 * its own peak RSS. Kept apart from runner.test.ts: pushing 200 MB through a pipe takes seconds
 * however fast the runner is.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { scratchDirectory } from '../support/temporary.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const scratch = scratchDirectory('runner-memory-test-')

describe('ProcessRunner: bounded memory on a huge output', () => {
  let probe = ''
  beforeAll(async () => {
    probe = path.join(scratch.dir, 'runner-memory-probe.mjs')
    await build({
      entryPoints: [path.join(here, '..', 'support', 'runner-memory-probe.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: probe,
      logLevel: 'silent'
    })
  })

  const node24 = path.join(here, '..', '..', 'node_modules', 'node', 'bin', 'node')
  const nodes: [string, string][] = [['this node', process.execPath]]
  if (existsSync(node24)) nodes.push(['node 24 from node_modules', node24])

  // The short-lines case costs ~100 million onLine calls: run it on one node only.
  it.each([
    ['one 200 MB line', "head -c 200000000 /dev/zero | tr '\\0' 'a'", 1, 16 * 1024, nodes],
    ['100 million short lines', 'yes | head -c 200000000', 100_000_000, 1, nodes.slice(0, 1)]
  ])('%s: memory stays bounded and totalBytes is exact', (label, command, lines, longest, on) => {
    for (const [nodeLabel, node] of on) {
      // Its own environment: what other suites in this Jest worker left in process.env (Node
      // options, coverage variables) must not change the process being measured.
      const child = spawnSync(node, [probe, command], {
        cwd: scratch.dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }
      })
      expect(child.stderr).toBe('')
      const result = JSON.parse(child.stdout)
      const peakMb = result.maxRssKb / 1024
      const growthMb = (result.maxRssKb - result.rssBeforeKb) / 1024
      console.log(
        `${label} on ${nodeLabel}: peak RSS ${peakMb.toFixed(1)} MB (growth ${growthMb.toFixed(1)} MB), ${result.durationMs} ms`
      )
      expect(result).toMatchObject({
        exitCode: 0,
        totalBytes: 200_000_000,
        truncated: true,
        headLength: 64 * 1024,
        tailLength: 64 * 1024,
        lines,
        longestLine: longest
      })
      expect(peakMb).toBeLessThan(150)
    }
  })
})
