#!/usr/bin/env node
// The CLI's entry point: `readiness-gate parse|check`. Exit 0 ok, 1 not ok, 2 usage/config error.
import { runCli } from './cli/commands.js'

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY
})
