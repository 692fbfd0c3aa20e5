// loadChecklist on real files: every unusable input is a ConfigurationError with one line that
// names the file; a good file loads (BOM stripped).
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import { loadChecklist } from '../../src/checklist/load.js'
import { allItems } from '../../src/checklist/model.js'
import { scratchDirectory } from '../support/temporary.js'
import { SEED } from './helpers.js'

// Made on first use, not at load: a run that filters every test out (-t) makes nothing.
const scratch = scratchDirectory('checklist-load-')
const write = (name: string, content: string | Buffer): string => {
  const file = path.join(scratch.dir, name)
  writeFileSync(file, content)
  return file
}

function loadError(file: string, displayName?: string): ConfigurationError {
  try {
    loadChecklist(file, displayName)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    const message = (error as ConfigurationError).message
    expect(message).not.toContain('\n')
    expect(message).toContain(`'${displayName ?? file}'`)
    return error as ConfigurationError
  }
  throw new Error(`expected loadChecklist(${file}) to throw`)
}

test('the seed loads', () => {
  const checklist = loadChecklist(SEED, 'PRODUCTION_CHECKLIST.md')
  expect(checklist.file).toBe('PRODUCTION_CHECKLIST.md')
  expect(allItems(checklist)).toHaveLength(230)
})

test('a UTF-8 byte order mark is stripped (the first heading stays a heading)', () => {
  const file = write(
    'bom.md',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title\n- [ ] a\n')])
  )
  const checklist = loadChecklist(file)
  expect(checklist.title).toBe('Title')
  expect(allItems(checklist).map((item) => item.line)).toEqual([2])
})

test('missing file', () => {
  expect(loadError(path.join(scratch.dir, 'nope.md')).message).toMatch(/does not exist/)
})

test('a parent of the path is a file', () => {
  const file = write('plain.md', '- [ ] a\n')
  expect(loadError(path.join(file, 'child.md')).message).toMatch(/does not exist/)
})

test('a directory', () => {
  const folder = path.join(scratch.dir, 'folder.md')
  mkdirSync(folder)
  expect(loadError(folder).message).toMatch(/is a directory/)
})

// /proc/self/mem is a regular file whose read at offset 0 fails with EIO, even for root.
const haveProcMem = existsSync('/proc/self/mem')
if (!haveProcMem) console.warn('/proc/self/mem is absent: the EIO case is skipped')
;(haveProcMem ? test : test.skip)('unreadable: a regular file whose read fails (EIO)', () => {
  expect(loadError('/proc/self/mem').message).toMatch(/cannot be read \(EIO\)/)
})

const isRoot = process.getuid?.() === 0
if (isRoot) console.warn('running as root, which can read any file: the EACCES case is skipped')
;(isRoot ? test.skip : test)('unreadable: permission denied', () => {
  const file = write('secret.md', '- [ ] a\n')
  chmodSync(file, 0o000)
  expect(loadError(file).message).toMatch(/permission denied/)
})

// Looked up at load (it decides the skip); the FIFO itself is made by the test.
const haveFifo = spawnSync('sh', ['-c', 'command -v mkfifo'], { stdio: 'ignore' }).status === 0
if (!haveFifo) console.warn('mkfifo is unavailable: the FIFO case is skipped')
;(haveFifo ? test : test.skip)('not a regular file (reading a FIFO would block forever)', () => {
  const fifo = path.join(scratch.dir, 'pipe.md')
  execFileSync('mkfifo', [fifo])
  expect(loadError(fifo).message).toMatch(/is not a regular file/)
})

test('binary: NUL bytes', () => {
  const file = write(
    'image.md',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
  )
  expect(loadError(file).message).toMatch(/binary file \(NUL byte at offset 8\)/)
})

test.each([
  ['a lone continuation byte', Buffer.from([0x2d, 0x20, 0x80]), 2],
  ['Latin-1 é', Buffer.from('- [ ] caf\xe9\n', 'latin1'), 9],
  ['an overlong encoding', Buffer.from([0x61, 0xc0, 0xaf]), 1],
  ['a UTF-16 surrogate', Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]), 2],
  ['a truncated sequence at the end', Buffer.from([0x61, 0xe2, 0x82]), 1]
])('not valid UTF-8: %s (offset reported)', (_name, bytes, offset) => {
  const file = write(`bad-${offset}-${bytes.length}.md`, bytes)
  expect(loadError(file).message).toContain(`is not valid UTF-8 text (byte offset ${offset})`)
})

test.each([
  ['empty', ''],
  ['whitespace only', '  \n\t\n\r\n']
])('%s', (_name, content) => {
  expect(loadError(write(`${_name}.md`, content)).message).toMatch(/is empty/)
})

test('no task items, naming the file as the user gave it', () => {
  const file = write(
    'prose.md',
    '# Notes\n\n- a plain list\n- [link](x)\n\n```\n- [ ] in code\n```\n'
  )
  const error = loadError(file, 'docs/x.md')
  expect(error.message).toBe(
    `Checklist 'docs/x.md' has no task items ("- [ ] …"); point the checklist input at your production checklist (a Markdown file).`
  )
})
