/**
 * Integration tests of the whole engine (checklist → plan → run → assess) with the real tools:
 * cargo, rustfmt, clippy, node and npm run on temporary copies of the example project.
 * Nothing is mocked. The clean copy is built first; its target/ is copied into the faulty
 * copies (about half a second instead of a cold build), and cargo rebuilds what the faults touch.
 * cargo-audit is missing by the test's choice (support/tool-lookup.ts), whatever is installed.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { evaluateReadiness, type GateOutcome } from '../src/gate.js'
import { survivors } from './support/runner-processes.js'
import { SEED_STEP_IDS } from './support/seed.js'
import { toolLookup, type ToolLookup } from './support/tool-lookup.js'
import type { Finding, ValidationResult } from '../src/validations/model.js'

const EXAMPLE = path.resolve('examples/llm-memory-graph')
const EXCLUDED = new Set(['target', 'node_modules', path.join('clients', 'typescript', 'dist')])

const PLAN_ORDER = [...SEED_STEP_IDS]

let workspace = ''
let cleanRoot: string
let clean: GateOutcome
let originalPath: string | undefined
let tools: ToolLookup | undefined

/** A copy of the example project without build output or installed packages. */
function copyExample(name: string): string {
  const root = path.join(workspace, name)
  fs.cpSync(EXAMPLE, root, {
    recursive: true,
    filter: (source) => !EXCLUDED.has(path.relative(EXAMPLE, source))
  })
  return root
}

/** Copies the clean copy's warm target/ (after the sources, so cargo sees it as up to date). */
function copyWarmTarget(root: string): void {
  fs.cpSync(path.join(cleanRoot, 'target'), path.join(root, 'target'), { recursive: true })
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const target = path.join(root, file)
  const before = fs.readFileSync(target, 'utf8')
  const after = change(before)
  if (after === before) throw new Error(`edit of ${file} changed nothing`)
  fs.writeFileSync(target, after)
}

function lineCount(root: string, file: string): number {
  return fs.readFileSync(path.join(root, file), 'utf8').trimEnd().split('\n').length
}

function evaluate(root: string): Promise<GateOutcome> {
  return evaluateReadiness({
    checklistPath: path.join(root, 'PRODUCTION_CHECKLIST.md'),
    configPath: path.join(root, '.github', 'readiness.yml'),
    configRequired: false,
    root,
    runValidations: true,
    refuseCommands: null,
    concurrency: null
  })
}

function result(outcome: GateOutcome, id: string): ValidationResult {
  const found = outcome.results.find((r) => r.id === id)
  if (found === undefined) throw new Error(`no result for ${id}`)
  return found
}

/** The output, for failure messages: what the tool really said. */
function said(r: ValidationResult): string {
  return `${r.id} (${r.status}, exit ${String(r.exitCode)}): ${r.report.summary}\n${r.output.head}${r.output.tail}`
}

/** Pids of live processes whose working directory is `dir` (Linux /proc). */
function processesIn(dir: string): string[] {
  return fs.readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false
    try {
      return fs.readlinkSync(`/proc/${pid}/cwd`) === dir
    } catch {
      return false
    }
  })
}

function findingsOf(r: ValidationResult): Finding[] {
  return r.report.findings
}

beforeAll(async () => {
  // The client's npm scripts need Node >= 22.18 (type stripping): the node@24 devDependency first.
  const nodeBin = path.dirname(fs.realpathSync(path.resolve('node_modules/.bin/node')))
  originalPath = process.env.PATH
  process.env.PATH = `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}`
  tools = toolLookup({ missing: ['cargo-audit'] })
  tools.apply()
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-engine-'))
  cleanRoot = copyExample('clean')
  clean = await evaluate(cleanRoot)
  // Real cargo builds and tests of the example on a copy: minutes on a loaded 2-core machine.
}, 600_000)

afterAll(() => {
  tools?.remove()
  process.env.PATH = originalPath
  if (workspace !== '') fs.rmSync(workspace, { recursive: true, force: true })
})

describe('engine on a clean copy of the example project', () => {
  it('runs the nine planned validations in plan order', () => {
    expect(clean.plan.validations.map((v) => v.id)).toEqual(PLAN_ORDER)
    expect(clean.results.map((r) => r.id)).toEqual(PLAN_ORDER)
    expect(clean.notRunReason).toBeNull()
  })

  it('passes everything except the security audit, whose tool is missing', () => {
    for (const r of clean.results) {
      if (r.id === 'security-audit') continue
      expect({ id: r.id, status: r.status, said: r.status === 'passed' ? '' : said(r) }).toEqual({
        id: r.id,
        status: 'passed',
        said: ''
      })
      expect(r.exitCode).toBe(0)
    }
    const audit = result(clean, 'security-audit')
    expect(clean.plan.validations.find((v) => v.id === 'security-audit')?.name).toBe(
      'Security audit'
    )
    expect(audit).toMatchObject({
      status: 'missing-tool',
      exitCode: 101,
      report: { summary: 'cargo-audit not installed' },
      hint: 'install cargo-audit: `cargo install cargo-audit --locked` (in Actions: taiki-e/install-action with `tool: cargo-audit`)'
    })
  })

  it('says the critical validations did not pass, blocked by cargo-audit', () => {
    expect(clean.assessment.criticalValidationsPassed).toBe(false)
    expect(clean.assessment.ready).toBe(false)
    const validationBlockers = clean.assessment.blockers.filter((b) => b.kind === 'validation')
    expect(validationBlockers).toHaveLength(1)
    expect(validationBlockers[0]).toMatchObject({
      validationId: 'security-audit',
      status: 'missing-tool'
    })
    expect(validationBlockers[0]!.text).toContain('cargo-audit')
  })
})

describe('engine on a copy with several faults at once', () => {
  let root: string
  let outcome: GateOutcome
  let clippyLine: number
  let rustTestLine: number

  beforeAll(async () => {
    root = copyExample('faults')
    copyWarmTarget(root)

    // Formatting: bad spacing on line 11 of lib.rs.
    edit(root, 'crates/memory-graph/src/lib.rs', (text) =>
      text.replace(
        'pub const VERSION: &str = env!("CARGO_PKG_VERSION");',
        'pub const VERSION : &str=env!( "CARGO_PKG_VERSION" );'
      )
    )
    // Clippy: a needless return in a pub fn (formatted as rustfmt wants it).
    const graphRs = 'crates/memory-graph/src/graph.rs'
    clippyLine = lineCount(root, graphRs) + 4
    edit(
      root,
      graphRs,
      (text) =>
        `${text.trimEnd()}\n\n/// Returns its argument.\npub fn identity(x: i32) -> i32 {\n    return x;\n}\n`
    )
    // TypeScript: a test asserting the wrong command text.
    edit(root, 'clients/typescript/test/protocol.test.ts', (text) =>
      text.replace("'LINK 1 2 mentions'", "'LINK 2 1 mentions'")
    )
    // Rust: a test that calls a function that does not exist.
    const sessionRs = 'crates/server/tests/session.rs'
    rustTestLine = lineCount(root, sessionRs) + 4
    edit(
      root,
      sessionRs,
      (text) =>
        `${text.trimEnd()}\n\n#[test]\nfn calls_a_missing_helper() {\n    undefined_helper();\n}\n`
    )
    outcome = await evaluate(root)
    // Real cargo builds and tests of the example on a copy: minutes on a loaded 2-core machine.
  }, 600_000)

  it('still runs every step', () => {
    expect(outcome.results.map((r) => r.id)).toEqual(PLAN_ORDER)
  })

  it('reports the formatting violation at its file and line', () => {
    const fmt = result(outcome, 'code-formatting')
    expect(fmt.status).toBe('failed')
    const finding = findingsOf(fmt).find((f) => f.file?.endsWith('crates/memory-graph/src/lib.rs'))
    expect(finding).toMatchObject({ severity: 'error', code: 'rustfmt', line: 11 })
    expect(fmt.report.counts.files).toBe(1)
  })

  it('reports the clippy lint with its code at file:line', () => {
    const clippy = result(outcome, 'clippy-linting')
    expect(clippy.status).toBe('failed')
    const finding = findingsOf(clippy).find((f) => f.code === 'clippy::needless_return')
    expect(finding).toBeDefined()
    expect(finding!.file).toMatch(/crates\/memory-graph\/src\/graph\.rs$/)
    expect(finding!.line).toBe(clippyLine)
  })

  it('names the failing TypeScript test', () => {
    const ts = result(outcome, 'typescript-tests')
    expect(ts.status).toBe('failed')
    expect(ts.exitCode).not.toBe(0)
    const named = findingsOf(ts).filter(
      (f) =>
        f.test === 'commands are single lines' || f.message.includes('commands are single lines')
    )
    expect(named.length).toBeGreaterThan(0)
    expect(named[0]!.severity).toBe('error')
    expect(ts.report.counts.failed).toBe(1)
  })

  it('reports the Rust test that does not compile as an error at file:line', () => {
    const tests = result(outcome, 'rust-tests')
    expect(tests.status).toBe('failed')
    const finding = findingsOf(tests).find((f) => f.code === 'E0425')
    expect(finding).toBeDefined()
    expect(finding).toMatchObject({ severity: 'error', line: rustTestLine })
    expect(finding!.file).toMatch(/crates\/server\/tests\/session\.rs$/)
    expect(finding!.message).toContain('undefined_helper')
  })

  it('leaves the steps the faults do not touch passing', () => {
    for (const id of ['rust-build', 'typescript-build', 'npm-audit', 'cli-verification']) {
      const r = result(outcome, id)
      expect({ id, status: r.status, said: r.status === 'passed' ? '' : said(r) }).toEqual({
        id,
        status: 'passed',
        said: ''
      })
    }
    expect(result(outcome, 'security-audit').status).toBe('missing-tool')
    expect(outcome.assessment.criticalValidationsPassed).toBe(false)
    const blocked = outcome.assessment.blockers.flatMap((b) =>
      b.kind === 'validation' ? [b.validationId] : []
    )
    expect(blocked).toEqual(
      expect.arrayContaining([
        'code-formatting',
        'clippy-linting',
        'security-audit',
        'rust-tests',
        'typescript-tests'
      ])
    )
  })
})

describe('engine on a copy whose CLI does not compile', () => {
  let outcome: GateOutcome
  let errorLine: number

  beforeAll(async () => {
    const root = copyExample('build-failure')
    copyWarmTarget(root)
    // As on a fresh CI checkout, no binary from an earlier build is lying around.
    fs.rmSync(path.join(root, 'target', 'release', 'llm-memory-graph'), { force: true })
    const mainRs = 'crates/cli/src/main.rs'
    const lines = fs.readFileSync(path.join(root, mainRs), 'utf8').split('\n')
    const mainAt = lines.findIndex((line) => line.startsWith('fn main() -> ExitCode {'))
    expect(mainAt).toBeGreaterThan(0)
    lines.splice(mainAt + 1, 0, '    let broken: u32 = "not a number";')
    errorLine = mainAt + 2
    fs.writeFileSync(path.join(root, mainRs), lines.join('\n'))
    outcome = await evaluate(root)
    // Real cargo builds and tests of the example on a copy: minutes on a loaded 2-core machine.
  }, 600_000)

  it('fails the Rust build with the type error at file:line', () => {
    const build = result(outcome, 'rust-build')
    expect(build.status).toBe('failed')
    const finding = findingsOf(build).find((f) => f.code === 'E0308')
    expect(finding).toBeDefined()
    expect(finding).toMatchObject({ severity: 'error', line: errorLine })
    expect(finding!.file).toMatch(/crates\/cli\/src\/main\.rs$/)
  })

  it('does not run the CLI verification without a binary: its need, the build, failed', () => {
    expect(result(outcome, 'cli-verification')).toMatchObject({
      status: 'skipped',
      exitCode: null,
      report: { summary: "not run: needs 'rust-build', which failed" }
    })
  })

  it('still runs the steps that need nothing from the build', () => {
    expect(outcome.results.map((r) => r.id)).toEqual(PLAN_ORDER)
    for (const id of ['code-formatting', 'typescript-build', 'typescript-tests', 'npm-audit']) {
      expect({ id, status: result(outcome, id).status }).toEqual({ id, status: 'passed' })
    }
    // clippy and cargo test compile the broken binary too.
    expect(result(outcome, 'clippy-linting').status).toBe('failed')
    expect(result(outcome, 'rust-tests').status).toBe('failed')
    expect(outcome.assessment.criticalValidationsPassed).toBe(false)
  })
})

describe('a step that hangs', () => {
  it('is killed at its timeout together with its children', async () => {
    const root = path.join(workspace, 'hang')
    fs.mkdirSync(path.join(root, '.github'), { recursive: true })
    fs.writeFileSync(
      path.join(root, 'PRODUCTION_CHECKLIST.md'),
      [
        '# Hang Checklist',
        '',
        '- [ ] The step finishes',
        '',
        '### Quick Validation Script',
        '```bash',
        '#!/bin/bash',
        'set -e',
        '',
        'echo "1. Hang..."',
        'sleep 1000 & sleep 1000',
        '```',
        ''
      ].join('\n')
    )
    fs.writeFileSync(path.join(root, '.github', 'readiness.yml'), 'version: 1\ntimeout: 2\n')

    const started = Date.now()
    const outcome = await evaluate(root)
    const elapsed = Date.now() - started

    expect(outcome.plan.validations).toHaveLength(1)
    expect(outcome.plan.validations[0]).toMatchObject({ name: 'Hang', timeoutMs: 2000 })
    expect(outcome.results).toHaveLength(1)
    const hang = outcome.results[0]!
    expect(hang.status).toBe('timed-out')
    expect(hang.exitCode).toBeNull()
    expect(hang.durationMs).toBeGreaterThanOrEqual(1900)
    // Far below the sleeps' 1000 s whatever the machine's load (15 s was seen at load 12).
    expect(elapsed).toBeLessThan(60_000)
    expect(outcome.assessment.criticalValidationsPassed).toBe(false)
    // Neither the background sleep nor the foreground one survives the kill (a process the
    // kernel has not yet reaped gets up to 2 s to go; none should be there at all).
    expect(await survivors(processesIn(root).map(Number))).toEqual([])
  }, 90_000) // the gate's tree proof and sweep on a loaded machine, and the 60 s bound
})
