// The action's entry point: runs the action with the real I/O and exits with its exit code.
import { run } from './main.js'

process.exitCode = await run()
