#!/usr/bin/env node
// The CLI's entry point: `readiness-gate parse|check` with the process as its I/O. Exit codes:
// src/verdict-outputs.ts (0 ready, 1 not ready or not assessed, 2 usage/config error, 3 bug).
import { runCli } from './cli/commands.js'

// A reader that stops early (`| head`) closes the pipe: that is not an error, so leave quietly
// with the exit code so far instead of a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY,
  workflowLog: process.env.GITHUB_ACTIONS === 'true'
})
