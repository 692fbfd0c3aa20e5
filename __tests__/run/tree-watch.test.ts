/**
 * Attribution of tree changes, through the real scheduler and a real TreeWatch on a real git
 * repository, with a fake runner whose commands end when the test says (deferred promises, no
 * sleeps): the test itself plays the validations' writes while they are "running".
 */
import { appendFileSync, chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Validation, ValidationResult } from '../../src/validations/model.js'
import type { CommandRunner, RunOutcome, RunRequest } from '../../src/run/runner.js'
import { runValidations } from '../../src/run/scheduler.js'
import { TreeWatch, treeChangedResult, treeSummary } from '../../src/run/tree-watch.js'
import { treeProofNotes } from '../../src/gate.js'
import { commitAll, writeFile } from '../support/git-project.js'
import { temporaryDirectory } from '../support/temporary.js'
import { plainValidation } from '../support/validations.js'

const scratches: { remove: () => void }[] = []
afterAll(() => {
  for (const scratch of scratches) scratch.remove()
})

function repository(): string {
  const scratch = temporaryDirectory('tree-watch-test-')
  scratches.push(scratch)
  writeFile(scratch.dir, 'src/a.ts', 'a\n')
  writeFile(scratch.dir, 'src/b.ts', 'b\n')
  writeFile(scratch.dir, '.gitignore', 'target/\n')
  commitAll(scratch.dir)
  return scratch.dir
}

interface Deferred<T> {
  promise: Promise<T>
  resolve: (value: T) => void
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

/** Each command (its text is the validation id) runs until the test ends it. */
class FakeRunner implements CommandRunner {
  private readonly outcomes = new Map<string, Deferred<RunOutcome>>()
  private readonly starts = new Map<string, Deferred<null>>()

  run(request: RunRequest): Promise<RunOutcome> {
    const outcome = deferred<RunOutcome>()
    this.outcomes.set(request.command, outcome)
    this.started(request.command).resolve(null)
    return outcome.promise
  }

  /** Resolves once the command has been handed to the runner (after the tree was recorded). */
  started(id: string): Deferred<null> {
    const existing = this.starts.get(id)
    if (existing !== undefined) return existing
    const created = deferred<null>()
    this.starts.set(id, created)
    return created
  }

  end(id: string, exitCode = 0): void {
    this.outcomes.get(id)!.resolve({
      exitCode,
      signal: null,
      timedOut: false,
      spawnError: null,
      durationMs: 1,
      output: { head: '', tail: '', totalBytes: 0, truncated: false }
    })
  }
}

function validation(id: string, needs: string[] = []): Validation {
  return plainValidation(id, { name: `Step ${id}`, timeoutMs: 60_000, needs })
}

function statusOf(results: ValidationResult[]): Record<string, string> {
  return Object.fromEntries(results.map((result) => [result.id, result.status]))
}

describe('TreeWatch through the scheduler', () => {
  it('charges a change made while one validation ran to that one alone', async () => {
    const root = repository()
    const runner = new FakeRunner()
    const tree = await TreeWatch.start(root)
    const run = runValidations([validation('a'), validation('b'), validation('c')], {
      root,
      concurrency: 1,
      runner,
      tree
    })
    await runner.started('a').promise
    appendFileSync(path.join(root, 'src/a.ts'), 'written by a\n')
    runner.end('a')
    await runner.started('b').promise
    writeFile(root, 'target/debug/out', 'ignored build output')
    runner.end('b', 1)
    await runner.started('c').promise
    writeFile(root, 'tmp-by-c.txt', 'x') // made and undone inside c: not a change
    rmSync(path.join(root, 'tmp-by-c.txt'))
    runner.end('c')
    const results = await run
    expect(statusOf(results)).toEqual({ a: 'modified-tree', b: 'failed', c: 'passed' })
    const a = results[0]!
    expect(a.report.summary).toBe('changed 1 file: src/a.ts (the gate did not restore it)')
    expect(a.report.findings).toEqual([
      { severity: 'error', kind: 'tree-change', message: 'src/a.ts was modified', file: 'src/a.ts' }
    ])
    expect(a.report.counts).toEqual({ changedFiles: 1 })
    expect(a.hint).toMatch(/^the gate did not restore the tree: .*; it passed otherwise$/)
    expect(await tree.finish()).toEqual({ mode: 'git', unattributed: [], problems: [] })
  })

  it('names every validation that ran at the same time as the change', async () => {
    const root = repository()
    const runner = new FakeRunner()
    const tree = await TreeWatch.start(root)
    const run = runValidations([validation('a'), validation('b')], {
      root,
      concurrency: 2,
      runner,
      tree
    })
    await Promise.all([runner.started('a').promise, runner.started('b').promise])
    writeFile(root, 'new-file.txt', 'by a or b\n')
    runner.end('a', 1)
    runner.end('b')
    const results = await run
    expect(statusOf(results)).toEqual({ a: 'modified-tree', b: 'modified-tree' })
    expect(results[0]!.report.findings[0]!.message).toBe(
      "new-file.txt was created (by this validation or by 'b', which ran at the same time)"
    )
    expect(results[1]!.report.findings[0]!.message).toBe(
      "new-file.txt was created (by this validation or by 'a', which ran at the same time)"
    )
    expect(results[0]!.hint).toMatch(/otherwise it failed: .*set concurrency to 1 .* to tell which/)
  })

  it('does not charge validations that started after the change was made', async () => {
    const root = repository()
    const runner = new FakeRunner()
    const tree = await TreeWatch.start(root)
    // a runs alone (p shares its lane); then p alone; then b and c (which need p) together.
    const plan = [
      { ...validation('a'), lane: 'L' },
      { ...validation('p'), lane: 'L' },
      validation('b', ['p']),
      validation('c', ['p'])
    ]
    const run = runValidations(plan, { root, concurrency: 2, runner, tree })
    await runner.started('a').promise
    appendFileSync(path.join(root, 'src/a.ts'), 'by a\n')
    runner.end('a')
    await runner.started('p').promise
    runner.end('p')
    await Promise.all([runner.started('b').promise, runner.started('c').promise])
    appendFileSync(path.join(root, 'src/b.ts'), 'by b or c\n')
    runner.end('c')
    runner.end('b')
    const results = await run
    expect(statusOf(results)).toEqual({
      a: 'modified-tree',
      p: 'passed',
      b: 'modified-tree',
      c: 'modified-tree'
    })
    const files = (result: ValidationResult): string[] =>
      result.report.findings.map((finding) => `${finding.file ?? ''}: ${finding.message}`)
    expect(files(results[0]!)).toEqual(['src/a.ts: src/a.ts was modified'])
    expect(files(results[2]!)).toEqual([
      "src/b.ts: src/b.ts was modified (by this validation or by 'c', which ran at the same time)"
    ])
    expect(files(results[3]!)).toEqual([
      "src/b.ts: src/b.ts was modified (by this validation or by 'b', which ran at the same time)"
    ])
  })

  it('skips what needs a validation that changed the tree', async () => {
    const root = repository()
    const runner = new FakeRunner()
    const tree = await TreeWatch.start(root)
    const run = runValidations([validation('a'), validation('b', ['a'])], {
      root,
      concurrency: 2,
      runner,
      tree
    })
    await runner.started('a').promise
    appendFileSync(path.join(root, 'src/a.ts'), 'by a\n')
    runner.end('a')
    const results = await run
    expect(statusOf(results)).toEqual({ a: 'modified-tree', b: 'skipped' })
    expect(results[1]!.report.summary).toBe("not run: needs 'a', which changed the working tree")
  })

  it('reports a change made while no validation ran as unattributed', async () => {
    const root = repository()
    const runner = new FakeRunner()
    const tree = await TreeWatch.start(root)
    const run = runValidations([validation('a'), validation('b')], {
      root,
      concurrency: 1,
      runner,
      tree,
      // Runs after a's record and before b's: as a process left behind by a would.
      onEnd: (v) => {
        if (v.id === 'a') writeFile(root, 'left-behind.log', 'x')
      }
    })
    await runner.started('a').promise
    runner.end('a')
    await runner.started('b').promise
    runner.end('b')
    expect(statusOf(await run)).toEqual({ a: 'passed', b: 'passed' })
    expect(await tree.finish()).toEqual({
      mode: 'git',
      unattributed: [
        { kind: 'added', path: 'left-behind.log', description: 'left-behind.log was created' }
      ],
      problems: []
    })
  })

  it('turns a failure to record the tree into a problem, not a failed run', async () => {
    const scratch = temporaryDirectory('tree-watch-gone-')
    scratch.remove()
    const tree = await TreeWatch.start(path.join(scratch.dir, 'missing'), { git: 'git' })
    // A directory that does not exist reads as an empty tree outside git: nothing to charge.
    expect(await tree.afterCommand('x')).toEqual([])
    const broken = await TreeWatch.start(repository(), { git: '/definitely/not/git' })
    await broken.beforeCommand('x')
    expect(await broken.afterCommand('x')).toEqual([])
    const proof = await broken.finish()
    expect(proof.mode).toBe('files')
    // The repository is there but git could not read it: the notes say how the tree was checked.
    expect(proof.problems).toEqual([
      expect.stringMatching(
        /^git rev-parse failed: .*ENOENT.*; the tree was checked by file hashes instead, without \.gitignore$/
      )
    ])
    expect((await tree.finish()).problems).toEqual([])
  })
})

describe('TreeWatch records', () => {
  it('shares one record among validations started together', async () => {
    const root = repository()
    // A git that logs each status call, then runs the real git.
    const log = path.join(root, '..', `${path.basename(root)}-git.log`)
    const wrapper = path.join(root, '..', `${path.basename(root)}-git.sh`)
    writeFileSync(
      wrapper,
      `#!/bin/sh\ncase " $* " in *" status "*) echo status >> "${log}";; esac\nexec git "$@"\n`
    )
    chmodSync(wrapper, 0o755)
    try {
      const runner = new FakeRunner()
      const tree = await TreeWatch.start(root, { git: wrapper })
      const run = runValidations([validation('a'), validation('b'), validation('c')], {
        root,
        concurrency: 3,
        runner,
        tree
      })
      await Promise.all(['a', 'b', 'c'].map((id) => runner.started(id).promise))
      // The baseline and one shared record before the three starts.
      expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(2)
      for (const id of ['a', 'b', 'c']) runner.end(id)
      expect(statusOf(await run)).toEqual({ a: 'passed', b: 'passed', c: 'passed' })
      expect(readFileSync(log, 'utf8').trim().split('\n').length).toBeLessThanOrEqual(5)
    } finally {
      rmSync(log, { force: true })
      rmSync(wrapper, { force: true })
    }
  })
})

describe('treeChangedResult and treeSummary', () => {
  const base: ValidationResult = {
    id: 'fmt',
    status: 'timed-out',
    exitCode: null,
    signal: 'SIGKILL',
    durationMs: 5,
    startedAtMs: 0,
    output: { head: '', tail: '', totalBytes: 0, truncated: false },
    report: {
      findings: [],
      droppedFindings: 0,
      counts: { errors: 2 },
      summary: 'timed out after 5s'
    },
    hint: null
  }

  it('leaves a result without changes as it was', () => {
    expect(treeChangedResult(base, [])).toBe(base)
  })

  it("names files from the validation's cwd in findings, from the root in the message", () => {
    const changes = ['packages/app/x.txt', 'src/a.ts'].map((file) => ({
      change: { kind: 'modified' as const, path: file, description: `${file} was modified` },
      alsoRunning: []
    }))
    const result = treeChangedResult(base, changes, 'packages/app')
    expect(result.report.findings.map((f) => [f.file, f.message])).toEqual([
      ['x.txt', 'packages/app/x.txt was modified'],
      ['../../src/a.ts', 'src/a.ts was modified']
    ])
  })

  it('keeps what the run said otherwise in the hint and names HEAD moves', () => {
    const result = treeChangedResult(base, [
      {
        change: {
          kind: 'head',
          path: null,
          description: 'HEAD moved from a to b (a commit, reset or checkout)'
        },
        alsoRunning: []
      },
      ...['a', 'b', 'c', 'd'].map((file) => ({
        change: { kind: 'modified' as const, path: file, description: `${file} was modified` },
        alsoRunning: []
      }))
    ])
    expect(result.status).toBe('modified-tree')
    expect(result.report.summary).toBe(
      'moved HEAD; changed 4 files: a, b, c and 1 more (the gate did not restore them)'
    )
    expect(result.report.counts).toEqual({ errors: 2, changedFiles: 4 })
    expect(result.report.findings[0]).toEqual({
      severity: 'error',
      kind: 'tree-change',
      message: 'HEAD moved from a to b (a commit, reset or checkout)'
    })
    expect(result.hint).toMatch(/otherwise it timed out: timed out after 5s$/)
    expect(
      treeSummary([{ change: { kind: 'index', path: null, description: 'x' }, alsoRunning: [] }])
    ).toBe('changed the git index (the gate did not restore it)')
  })
})

describe('treeProofNotes', () => {
  it('says what the proof could not cover or pin on a validation', () => {
    const added = (file: string) => ({
      kind: 'added' as const,
      path: file,
      description: `${file} was created`
    })
    expect(treeProofNotes({ mode: 'git', unattributed: [], problems: [] })).toEqual([])
    expect(
      treeProofNotes({
        mode: 'files',
        unattributed: ['a', 'b', 'c', 'd', 'e', 'f'].map(added),
        problems: ['the tree has more than 100,000 files outside git; only the first were checked']
      })
    ).toEqual([
      'Tree check incomplete: the tree has more than 100,000 files outside git; only the first were checked.',
      'The tree changed while no validation was running (a process that outlived its validation?): a was created; b was created; c was created; d was created; e was created, and 1 more; the gate did not restore it.'
    ])
  })
})
