import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { TOOL_PARSERS, toolFor } from '../../src/findings/index.js'
import { toolIdFor } from '../../src/findings/tool-for-command.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const seed = readFileSync(
  path.join(here, '..', '..', 'examples', 'llm-memory-graph', 'PRODUCTION_CHECKLIST.md'),
  'utf8'
)

/** The seed's Quick Validation Script, split into its numbered steps (echo line to next echo). */
function seedSteps(): string[] {
  const script = /### Quick Validation Script\n```bash\n([\s\S]*?)```/.exec(seed)![1]!
  return script
    .split(/^echo "\d+\. .*$/m)
    .slice(1)
    .map((step) => step.replace(/^echo "=== .*$/m, '').trim())
}

describe('toolFor', () => {
  it("picks one parser per step of the seed's validation script", () => {
    expect(seedSteps().map((step) => toolFor(step).id)).toEqual([
      'rustfmt',
      'clippy',
      'cargo-audit',
      'cargo-build',
      'cargo-test',
      'npm-build',
      'npm-test',
      'npm-audit',
      'cli'
    ])
  })

  it.each([
    ['cargo fmt --check', 'rustfmt'],
    ['rustfmt --check src/main.rs', 'rustfmt'],
    ['cargo +nightly clippy --all-targets -- -D warnings', 'clippy'],
    ['cargo audit --json', 'cargo-audit'],
    ['cargo clean && cargo build --release --all', 'cargo-build'],
    ['cargo check --workspace', 'cargo-build'],
    ['cargo build && cargo test', 'cargo-test'],
    ['npm audit --json', 'npm-audit'],
    ['npm run test', 'npm-test'],
    ['node --test test/', 'npm-test'],
    ['npx jest --ci', 'npm-test'],
    ['npm run clean && npm run build', 'npm-build'],
    ['npx tsc --noEmit', 'npm-build'],
    ['./target/release/server --version', 'cli'],
    ['node --version', 'generic'],
    ['echo "cargo test"', 'generic'],
    ['make deploy', 'generic']
  ])('%s → %s', (command, id) => {
    expect(toolFor(command).id).toBe(id)
    // The planner names the tool without loading the parsers: the same decision.
    expect(toolIdFor(command)).toBe(id)
    expect(toolFor(command).matches(command)).toBe(true)
    // A parser the command names recognises it; every parser tried before it does not.
    const index = TOOL_PARSERS.findIndex((parser) => parser.id === id)
    if (index >= 0) {
      expect(TOOL_PARSERS[index]!.matches(command)).toBe(true)
      for (const earlier of TOOL_PARSERS.slice(0, index)) {
        expect(earlier.matches(command)).toBe(false)
      }
    }
  })

  it('lists every command-named parser once', () => {
    const ids = TOOL_PARSERS.map((parser) => parser.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('a command no parser knows', () => {
  it('reports the exit code, and counts nothing it cannot read', () => {
    const run = (exitCode: number | null) => {
      const collector = toolFor('make deploy').create('make deploy')
      collector.line('one')
      collector.line('two')
      return collector.finish(exitCode)
    }
    expect(run(0)).toEqual({
      findings: [],
      droppedFindings: 0,
      counts: {},
      summary: 'exit 0'
    })
    expect(run(2).summary).toBe('exit 2')
    expect(run(null).summary).toBe('killed')
  })
})
