// What a run that runs its validations loads (src/gate.ts), as one lazily loaded module: each
// module loaded with import() is an entry of its own to esbuild, and the start-up code that two
// entries share goes into a chunk of its own, so three entries split the action's start-up
// files further than one (scripts/bundle.mjs; README, Performance).
export { runValidations } from './scheduler.js'
export { ProcessRunner } from './runner.js'
export { TreeWatch } from './tree-watch.js'
