/**
 * The command runner's memory stays bounded whatever a command prints: one 32 MB line and 8
 * million short lines, each through a real ProcessRunner in a child node process that measures
 * its own peak RSS. What is asserted is the growth during the run: a runner that kept the output
 * would grow by at least its 32 MB, one that kept anything per line by at least 64 MB (a pointer
 * is 8 bytes), and today's grows by 8-13 MB (pipe buffers, the head and tail it keeps, garbage
 * not yet collected). Sizes are chosen so that a leak shows and the file stays quick: pushing
 * 200 MB through a pipe took 12 s under load. The probes run side by side (it.concurrent, async
 * spawn): each measures only itself.
 */
import { runToEnd } from '../support/runner-processes.js'
import { bundleProbe, nodeFromNodeModules } from '../support/probes.js'
import { scratchDirectory } from '../support/temporary.js'

/** Below the 32 MB a runner keeping the output would add; about twice today's growth. */
const GROWTH_LIMIT_MB = 24

const scratch = scratchDirectory('runner-memory-test-')

describe('ProcessRunner: bounded memory on a huge output', () => {
  let probe = ''
  beforeAll(async () => {
    probe = await bundleProbe('runner-memory-probe', scratch.dir)
  })

  const node24 = nodeFromNodeModules()
  const thisNode: Probe = { nodeLabel: 'this node', node: process.execPath }
  const nodes: Probe[] = [thisNode]
  if (node24 !== null) nodes.push({ nodeLabel: 'node 24 from node_modules', node: node24 })

  const longLine = {
    label: 'one 32 MB line',
    command: "head -c 32000000 /dev/zero | tr '\\0' 'a'",
    totalBytes: 32_000_000,
    lines: 1,
    longest: 16 * 1024
  }
  // The short-lines case costs one onLine call per line: run it on one node only.
  const shortLines = {
    label: '8 million short lines',
    command: 'yes | head -c 16000000',
    totalBytes: 16_000_000,
    lines: 8_000_000,
    longest: 1
  }
  const cases: (Probe & typeof longLine)[] = [
    ...nodes.map((probe) => ({ ...longLine, ...probe })),
    { ...shortLines, ...thisNode }
  ]

  it.concurrent.each(cases)(
    '$label: memory stays bounded and totalBytes is exact ($nodeLabel)',
    async ({ label, command, totalBytes, lines, longest, nodeLabel, node }) => {
      // Its own environment: what other suites in this Jest worker left in process.env (Node
      // options, coverage variables) must not change the process being measured.
      const child = await runToEnd(node, [probe, command], {
        cwd: scratch.dir,
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
        totalBytes,
        truncated: true,
        headLength: 64 * 1024,
        tailLength: 64 * 1024,
        lines,
        longestLine: longest
      })
      expect(growthMb).toBeLessThan(GROWTH_LIMIT_MB)
    }
  )
})

/** Which node runs the probe. */
interface Probe {
  nodeLabel: string
  node: string
}
