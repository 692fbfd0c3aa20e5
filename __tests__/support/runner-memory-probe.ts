/**
 * Runs one command through ProcessRunner in a process of its own and prints, as JSON, what came
 * back and the process's peak memory: the memory test reads this, so Jest's own heap does not
 * blur the figure. Bundled by the test with esbuild; argv: <command> [timeoutMs].
 */
import { readFileSync } from 'node:fs'
import { ProcessRunner } from '../../src/run/runner.js'

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'true'
  const timeoutMs = Number(process.argv[3] ?? 120_000)
  const rssBeforeKb = Math.round(process.memoryUsage().rss / 1024)
  let lines = 0
  let longestLine = 0
  const outcome = await new ProcessRunner().run({
    command,
    cwd: process.cwd(),
    env: {},
    timeoutMs,
    onLine: (line) => {
      lines++
      if (line.length > longestLine) longestLine = line.length
    }
  })
  process.stdout.write(
    JSON.stringify({
      exitCode: outcome.exitCode,
      timedOut: outcome.timedOut,
      durationMs: outcome.durationMs,
      totalBytes: outcome.output.totalBytes,
      truncated: outcome.output.truncated,
      headLength: outcome.output.head.length,
      tailLength: outcome.output.tail.length,
      lines,
      longestLine,
      rssBeforeKb,
      maxRssKb: peakRssKb()
    })
  )
}

/**
 * This process's own peak RSS in kilobytes: VmHWM, which starts afresh at exec. getrusage's
 * ru_maxrss does not: Linux carries the forked parent's high-water mark across exec, so spawned
 * from a Jest worker that had grown to 140 MB it reported 140 MB whatever the probe used.
 */
function peakRssKb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match !== null) return Number(match[1])
  } catch {
    // Not Linux: getrusage is all there is.
  }
  return process.resourceUsage().maxRSS
}

await main()
