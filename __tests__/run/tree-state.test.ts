/**
 * The tree-state proof's records and comparisons on real trees: a real git repository (real git)
 * and a plain directory.
 */
import { appendFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  compareTreeStates,
  gitTopLevel,
  TreeRecorder,
  type TreeChange
} from '../../src/run/tree-state.js'
import { commitAll, git, writeFile } from '../support/git-project.js'
import { temporaryDirectory } from '../support/temporary.js'

const scratches: { remove: () => void }[] = []
afterAll(() => {
  for (const scratch of scratches) scratch.remove()
})

function project(withGit: boolean): string {
  const scratch = temporaryDirectory('tree-state-test-')
  scratches.push(scratch)
  const dir = scratch.dir
  writeFile(dir, 'src/index.ts', 'export const x = 1\n')
  writeFile(dir, 'README.md', '# x\n')
  writeFile(dir, '.gitignore', 'target/\nnode_modules/\ndist/\n')
  if (withGit) commitAll(dir)
  return dir
}

function paths(changes: TreeChange[]): string[] {
  return changes.map((change) => `${change.kind} ${change.path ?? ''}`.trim())
}

describe('TreeRecorder in a git repository', () => {
  it('sees tracked edits, new untracked files and deletions, not ignored outputs', async () => {
    const dir = project(true)
    const recorder = await TreeRecorder.for(dir)
    expect(recorder.mode).toBe('git')
    const before = await recorder.snapshot()
    writeFile(dir, 'target/release/app', 'binary')
    writeFile(dir, 'node_modules/.cache/x', 'cache')
    writeFile(dir, 'dist/index.js', 'built')
    expect(compareTreeStates(before, await recorder.snapshot())).toEqual([])

    appendFileSync(path.join(dir, 'src/index.ts'), 'export const y = 2\n')
    writeFile(dir, 'notes/new.txt', 'new\n')
    rmSync(path.join(dir, 'README.md'))
    const after = await recorder.snapshot()
    expect(compareTreeStates(before, after)).toEqual([
      { kind: 'deleted', path: 'README.md', description: 'README.md was deleted' },
      { kind: 'added', path: 'notes/new.txt', description: 'notes/new.txt was created' },
      { kind: 'modified', path: 'src/index.ts', description: 'src/index.ts was modified' }
    ])
  })

  it('catches a second change to a file that was already dirty', async () => {
    const dir = project(true)
    appendFileSync(path.join(dir, 'src/index.ts'), '// dirty before the run\n')
    writeFile(dir, 'scratch.txt', 'untracked before the run\n')
    const recorder = await TreeRecorder.for(dir)
    const before = await recorder.snapshot()
    expect(compareTreeStates(before, await recorder.snapshot())).toEqual([])
    appendFileSync(path.join(dir, 'src/index.ts'), '// and again\n')
    writeFile(dir, 'scratch.txt', 'changed\n')
    expect(paths(compareTreeStates(before, await recorder.snapshot()))).toEqual([
      'modified scratch.txt',
      'modified src/index.ts'
    ])
  })

  it('counts git add and git commit as changes (the index, HEAD)', async () => {
    const dir = project(true)
    const recorder = await TreeRecorder.for(dir)
    const before = await recorder.snapshot()
    appendFileSync(path.join(dir, 'README.md'), 'more\n')
    const edited = await recorder.snapshot()
    git(dir, 'add', 'README.md')
    const staged = await recorder.snapshot()
    expect(paths(compareTreeStates(edited, staged))).toEqual(['index', 'modified README.md'])
    git(dir, 'commit', '-q', '-m', 'by a validation')
    const committed = await recorder.snapshot()
    const changes = compareTreeStates(before, committed)
    expect(paths(changes)).toEqual(['head', 'index'])
    expect(changes[0]!.description).toMatch(/^HEAD moved from [0-9a-f]{12} to [0-9a-f]{12} \(/)
  })

  it('does not count a touch that leaves the content as it was', async () => {
    const dir = project(true)
    const recorder = await TreeRecorder.for(dir)
    const before = await recorder.snapshot()
    const future = new Date(Date.now() + 60_000)
    utimesSync(path.join(dir, 'README.md'), future, future)
    writeFileSync(path.join(dir, 'src/index.ts'), 'export const x = 1\n')
    expect(compareTreeStates(before, await recorder.snapshot())).toEqual([])
  })

  it('never writes the index while recording (GIT_OPTIONAL_LOCKS=0)', async () => {
    const dir = project(true)
    const index = path.join(dir, '.git', 'index')
    // A file whose stat no longer matches the index makes a plain `git status` refresh it.
    const future = new Date(Date.now() + 60_000)
    utimesSync(path.join(dir, 'README.md'), future, future)
    const before = statSync(index, { bigint: true }).mtimeNs
    const recorder = await TreeRecorder.for(dir)
    await recorder.snapshot()
    await recorder.snapshot()
    expect(statSync(index, { bigint: true }).mtimeNs).toBe(before)
  })

  it('covers the project root only, with paths relative to it, below the repository top', async () => {
    const dir = project(true)
    writeFile(dir, 'packages/app/main.js', 'x\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'app')
    const root = path.join(dir, 'packages/app')
    expect(await gitTopLevel(root)).toBe(git(dir, 'rev-parse', '--show-toplevel').trim())
    const recorder = await TreeRecorder.for(root)
    const before = await recorder.snapshot()
    appendFileSync(path.join(root, 'main.js'), 'y\n')
    appendFileSync(path.join(dir, 'README.md'), 'outside the root\n')
    // The README is outside the project the gate checks: not its concern.
    expect(paths(compareTreeStates(before, await recorder.snapshot()))).toEqual([
      'modified main.js'
    ])
  })
})

describe('TreeRecorder outside git', () => {
  it('hashes the files under the root, skipping build and dependency directories', async () => {
    const dir = project(false)
    expect(await gitTopLevel(dir)).toBeNull()
    const recorder = await TreeRecorder.for(dir)
    expect(recorder.mode).toBe('files')
    const before = await recorder.snapshot()
    expect([...before.entries.keys()].sort()).toEqual(['.gitignore', 'README.md', 'src/index.ts'])
    writeFile(dir, 'target/debug/app', 'x')
    writeFile(dir, 'node_modules/pkg/index.js', 'x')
    writeFile(dir, 'src/__pycache__/m.cpython-311.pyc', 'x')
    writeFile(dir, 'tsconfig.tsbuildinfo', '{}')
    expect(compareTreeStates(before, await recorder.snapshot())).toEqual([])

    writeFile(dir, 'src/index.ts', 'export const x = 2\n')
    writeFile(dir, 'src/extra.ts', '\n')
    const future = new Date(Date.now() + 60_000)
    utimesSync(path.join(dir, 'README.md'), future, future) // touched, same content
    expect(paths(compareTreeStates(before, await recorder.snapshot()))).toEqual([
      'added src/extra.ts',
      'modified src/index.ts'
    ])
  })
})
