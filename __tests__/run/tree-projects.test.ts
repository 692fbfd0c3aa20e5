/**
 * The tree-state proof end to end, on a small project the repository holds
 * (__tests__/fixtures/projects/tree-git-planted): its validation script runs through the real
 * gate (planner, scheduler, runner, bash), in a temporary copy made a git repository, and in a
 * copy without git. A planted script that rewrites a tracked file and one that creates a new file
 * are caught as modified-tree with the files named; writes into ignored target/ and node_modules/
 * are fine; the gate restores nothing.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateReadiness, type GateOutcome } from '../../src/gate.js'
import { commitAll, copyProject, git } from '../support/git-project.js'
import { temporaryDirectory } from '../support/temporary.js'
import { localGateOptions } from '../support/gate-options.js'

const PROJECT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'projects',
  'tree-git-planted'
)

const scratches: { remove: () => void }[] = []
afterAll(() => {
  for (const scratch of scratches) scratch.remove()
})

function copy(withGit: boolean): string {
  const scratch = temporaryDirectory('tree-projects-test-')
  scratches.push(scratch)
  copyProject(PROJECT, scratch.dir)
  if (withGit) commitAll(scratch.dir)
  return scratch.dir
}

function evaluate(root: string, concurrency: number): Promise<GateOutcome> {
  return evaluateReadiness(localGateOptions(root, { concurrency }))
}

function byName(outcome: GateOutcome): Record<string, { status: string; files: string[] }> {
  return Object.fromEntries(
    outcome.assessment.validations.map((v) => [
      v.name,
      {
        status: v.status,
        files: v.findings.flatMap((f) => (f.kind === 'tree-change' ? [f.message] : []))
      }
    ])
  )
}

describe.each([
  ['a git repository', true],
  ['a directory without git', false]
])('the planted project in %s', (_where, withGit) => {
  it('catches the tracked rewrite and the new file, not the ignored build outputs', async () => {
    const root = copy(withGit)
    const outcome = await evaluate(root, 1)
    expect(byName(outcome)).toEqual({
      'Format check': { status: 'modified-tree', files: ['src/greeting.txt was modified'] },
      Build: { status: 'passed', files: [] },
      Report: { status: 'modified-tree', files: ['reports/summary.txt was created'] }
    })
    const { assessment } = outcome
    expect(assessment.verdict).toBe('not-ready')
    expect(assessment.blockers.map((b) => b.text)).toEqual([
      'Format check — changed 1 file: src/greeting.txt (the gate did not restore it)',
      'Report — changed 1 file: reports/summary.txt (the gate did not restore it)'
    ])
    expect(assessment.notes).toEqual(
      expect.arrayContaining([
        "Validation 'Format check' changed 1 file: src/greeting.txt; the gate did not restore it.",
        "Validation 'Report' changed 1 file: reports/summary.txt; the gate did not restore it."
      ])
    )
    // The gate restores nothing: the user sees exactly what the command did.
    expect(readFileSync(path.join(root, 'src/greeting.txt'), 'utf8')).toBe('Hello, world!\n')
    if (withGit) {
      expect(
        git(root, 'status', '--porcelain', '--untracked-files=all')
          .split('\n')
          .filter(Boolean)
          .sort()
      ).toEqual([' M src/greeting.txt', '?? reports/summary.txt'])
    }
  })
})

describe('the planted project with its steps running at once', () => {
  it('names every step that ran at the same time as a change, and is not ready', async () => {
    const root = copy(true)
    const outcome = await evaluate(root, 3)
    const validations = byName(outcome)
    // Which step wrote what cannot be told apart when all three ran together: each change is
    // charged to every step that was running, each naming the others.
    for (const name of ['Format check', 'Report']) {
      expect(validations[name]!.status).toBe('modified-tree')
    }
    const messages = Object.values(validations).flatMap((v) => v.files)
    expect(messages.some((m) => m.startsWith('src/greeting.txt was modified'))).toBe(true)
    expect(messages.some((m) => m.startsWith('reports/summary.txt was created'))).toBe(true)
    expect(messages.every((m) => !m.includes('target/') && !m.includes('node_modules/'))).toBe(true)
    expect(outcome.assessment.verdict).toBe('not-ready')
  })
})
