// The action's entry point: only calls run().
import { run } from './main.js'

await run()
