/**
 * Files the action writes (the JSON report) or reads from an untrusted source (a report to publish
 * with report-from) inside a boundary directory — the working directory — without ever following
 * a link the checked-out code or a downloaded artifact may have planted.
 *
 * Why: under pull_request_target (or in a two-checkout layout) the checkout is the pull request's,
 * and a PR can add `readiness-report.json -> /anywhere` (even a dangling link, which a "realpath
 * or else its parent" check waves through) or `pr/readiness-report.json -> ../ci/post-gate.sh`.
 * A plain writeFile follows the link and writes report text — which holds PR-controlled strings —
 * over a file a later trusted step runs. So:
 *
 * - the parent directory is resolved component by component from the boundary: each existing
 *   component's real path must stay inside the boundary's real path, missing ones are created one
 *   at a time (never `mkdir -p` through a link);
 * - the target itself must be absent or a regular file: a symbolic link (dangling or not), a
 *   directory, a FIFO or a device is refused, never followed or replaced;
 * - the contents go to a fresh temporary file in that directory, opened with
 *   O_CREAT|O_EXCL|O_NOFOLLOW, which is then renamed over the target. rename(2) replaces the
 *   directory entry itself — a link or a hard link put there after the check is replaced, not
 *   written through;
 * - on Linux the directory is opened once and every later path goes through /proc/self/fd/N, so a
 *   component swapped for a link after the check (by a process a validation left behind) cannot
 *   redirect the write.
 *
 * Errors are values: the caller still sets every output and publishes when the report cannot be
 * written.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { isUtf8 } from 'node:buffer'
import { randomHex } from '../random.js'
import { errorMessage, quoteValue } from '../errors.js'

export interface ConfinedTarget {
  /** The directory the file must stay in (the working directory), absolute. */
  boundary: string
  /** The file to write, absolute. */
  file: string
  /** The input that named the file, for messages ('report-path'). */
  input: string
}

/** Written: the absolute path as given. Refused: one line naming the input and the fix. */
export type ConfinedWrite = { written: string } | { error: string }

/**
 * Checks what can be checked before a run: the path is lexically inside the boundary, the target
 * is not a link, a directory or a special file, and its existing parent resolves inside the
 * boundary. Returns the one-line problem, or null. (Settings calls this so a planted link fails
 * fast; writeFileConfined checks everything again at write time, since a validation may plant one
 * later.)
 */
export function confinedTargetProblem(target: ConfinedTarget): string | null {
  const lexical = lexicalProblem(target)
  if (lexical !== null) return lexical
  const entry = targetEntryProblem(target, path.resolve(target.file))
  if (entry !== null) return entry
  const realBoundary = realPathOrNull(target.boundary)
  if (realBoundary === null) return null // the boundary itself is checked by its own input
  let current = realBoundary
  for (const component of componentsBelow(target)) {
    const next = path.join(current, component)
    const stat = lstatOrNull(next)
    if (stat === null) return null // created at write time, one component at a time
    const real = realPathOrNull(next)
    if (real === null || !inside(real, realBoundary)) return outsideMessage(target, real ?? next)
    if (!fs.statSync(real).isDirectory()) return notDirectoryMessage(target, next)
    current = real
  }
  return null
}

/** Writes `contents` to the target as described above, or says in one line why it did not. */
export function writeFileConfined(
  target: ConfinedTarget,
  contents: string | Buffer
): ConfinedWrite {
  const directory = openChecked(target, 'create', cannotWrite)
  if ('error' in directory) return directory
  try {
    const name = path.basename(target.file)
    const entryProblem = targetEntryProblem(target, directory.entry(name))
    if (entryProblem !== null) return { error: entryProblem }
    const temporary = directory.entry(`.${name}.${randomHex(6)}.tmp`)
    writeExclusive(temporary, contents)
    try {
      // Checked again right before the rename: a link planted since is refused, not replaced.
      const lastLook = targetEntryProblem(target, directory.entry(name))
      if (lastLook !== null) return { error: lastLook }
      fs.renameSync(temporary, directory.entry(name))
    } finally {
      fs.rmSync(temporary, { force: true })
    }
    return { written: path.resolve(target.file) }
  } catch (error) {
    return { error: cannotWrite(target, directory.plain(error)) }
  } finally {
    directory.close()
  }
}

/** Read: the text. Refused: one line naming the input and the fix. */
export type ConfinedRead = { text: string } | { error: string }

/**
 * Reads a file an untrusted party wrote (an artifact): inside the boundary through real
 * directories, the file itself opened with O_NOFOLLOW (a link is refused), a regular file of at
 * most `maxBytes` bytes — checked before reading and again while reading — and valid UTF-8. A
 * FIFO put in its place after the check is refused, never waited on (opened non-blocking).
 */
export function readFileConfined(target: ConfinedTarget, maxBytes: number): ConfinedRead {
  const directory = openChecked(target, 'existing', cannotRead)
  if ('error' in directory) return directory
  try {
    const entry = directory.entry(path.basename(target.file))
    const problem = targetEntryProblem(target, entry)
    if (problem !== null) return { error: problem }
    if (lstatOrNull(entry) === null) return { error: cannotRead(target, 'no such file') }
    // O_NONBLOCK: a FIFO swapped in after the look above opens at once (and is refused below)
    // instead of blocking the action until a writer comes; no effect on a regular file.
    const fd = fs.openSync(entry, fs.constants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
    try {
      const stat = fs.fstatSync(fd)
      if (!stat.isFile()) return { error: notRegularMessage(target) }
      if (stat.size > maxBytes) return { error: tooLargeMessage(target, stat.size, maxBytes) }
      // One byte more than its size: a file that grows while being read fills it and is refused.
      const buffer = Buffer.alloc(stat.size + 1)
      let length = 0
      for (;;) {
        const read = fs.readSync(fd, buffer, length, buffer.length - length, null)
        if (read === 0) break
        length += read
        if (length > stat.size) return { error: tooLargeMessage(target, length, stat.size) }
      }
      const bytes = buffer.subarray(0, length)
      if (!isUtf8(bytes)) return { error: cannotRead(target, 'not valid UTF-8') }
      return { text: bytes.toString('utf8') }
    } finally {
      fs.closeSync(fd)
    }
  } catch (error) {
    return { error: cannotRead(target, directory.plain(error)) }
  } finally {
    directory.close()
  }
}

/** The directory the file goes in, held open; `entry(name)` is a path that cannot be redirected. */
interface OpenDirectory {
  entry(name: string): string
  /** A system error's message with the directory's real path for the /proc/self/fd name. */
  plain(error: unknown): string
  close(): void
}

// Absent on Windows (which has no symlink-following open to guard against in the same way).
const platformFlags: Partial<typeof fs.constants> = fs.constants
const O_NOFOLLOW = platformFlags.O_NOFOLLOW ?? 0
const O_DIRECTORY = platformFlags.O_DIRECTORY ?? 0
const O_NONBLOCK = platformFlags.O_NONBLOCK ?? 0

/**
 * The target's folder held open once the path is checked lexically and component by component,
 * or the one-line refusal (`describe` words a system error).
 */
function openChecked(
  target: ConfinedTarget,
  missing: 'create' | 'existing',
  describe: (target: ConfinedTarget, error: unknown) => string
): OpenDirectory | { error: string } {
  const lexical = lexicalProblem(target)
  if (lexical !== null) return { error: lexical }
  try {
    return openParentInside(target, missing)
  } catch (error) {
    return { error: describe(target, error) }
  }
}

/**
 * Opens the target's directory after checking each component below the boundary: 'create' makes
 * a missing one (one level at a time: fails if anything appeared), 'existing' (a read) fails on it.
 */
function openParentInside(
  target: ConfinedTarget,
  missing: 'create' | 'existing'
): OpenDirectory | { error: string } {
  const realBoundary = fs.realpathSync(target.boundary)
  let current = realBoundary
  for (const component of componentsBelow(target)) {
    const next = path.join(current, component)
    if (missing === 'create' && lstatOrNull(next) === null) fs.mkdirSync(next)
    const real = fs.realpathSync(next)
    if (!inside(real, realBoundary)) return { error: outsideMessage(target, real) }
    if (!fs.statSync(real).isDirectory()) return { error: notDirectoryMessage(target, next) }
    current = real
  }
  const fd = fs.openSync(current, fs.constants.O_RDONLY | O_DIRECTORY)
  // The open directory must be the one just checked (not a link swapped in since).
  const opened = fs.fstatSync(fd)
  const checked = fs.lstatSync(current)
  if (opened.ino !== checked.ino || opened.dev !== checked.dev) {
    fs.closeSync(fd)
    return { error: outsideMessage(target, current) }
  }
  const anchor = `/proc/self/fd/${fd}`
  const anchored = process.platform === 'linux' && lstatOrNull(anchor) !== null
  // The kernel's own name for what was opened: a folder above it swapped for a link between the
  // checks and the open would show here.
  const openedName = anchored ? fs.readlinkSync(anchor) : current
  if (!inside(openedName, realBoundary)) {
    fs.closeSync(fd)
    return { error: outsideMessage(target, openedName) }
  }
  return {
    entry: (name) => path.join(anchored ? anchor : current, name),
    plain: (error) => {
      const message = errorMessage(error)
      return anchored
        ? message.split(`${anchor}${path.sep}`).join(`${current}${path.sep}`)
        : message
    },
    close: () => {
      fs.closeSync(fd)
    }
  }
}

function writeExclusive(file: string, contents: string | Buffer): void {
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | O_NOFOLLOW
  const fd = fs.openSync(file, flags, 0o644)
  try {
    fs.writeFileSync(fd, contents)
  } finally {
    fs.closeSync(fd)
  }
}

function lexicalProblem(target: ConfinedTarget): string | null {
  if (target.file.includes('\0')) {
    return `Input '${target.input}' contains a NUL byte; fix the '${target.input}' input.`
  }
  const resolved = path.resolve(target.file)
  if (
    !inside(resolved, path.resolve(target.boundary)) ||
    resolved === path.resolve(target.boundary)
  ) {
    return `Input '${target.input}' (${quoteValue(target.file)}) is not a file inside the working directory '${target.boundary}'; point '${target.input}' at a file under working-directory.`
  }
  return null
}

/** The target may be absent or a regular file; anything else is refused, never followed. */
function targetEntryProblem(target: ConfinedTarget, entry: string): string | null {
  const stat = lstatOrNull(entry)
  if (stat === null || stat.isFile()) return null
  const what = stat.isSymbolicLink()
    ? 'is a symbolic link (the report is never written through a link)'
    : stat.isDirectory()
      ? 'is a directory'
      : 'is not a regular file'
  return `Input '${target.input}' (${quoteValue(target.file)}) ${what}; remove it or point '${target.input}' at another file.`
}

function componentsBelow(target: ConfinedTarget): string[] {
  const relative = path.relative(
    path.resolve(target.boundary),
    path.dirname(path.resolve(target.file))
  )
  return relative === '' ? [] : relative.split(path.sep)
}

function outsideMessage(target: ConfinedTarget, real: string): string {
  return `Input '${target.input}' (${quoteValue(target.file)}) leads through a symbolic link to ${quoteValue(real)}, outside the working directory; point '${target.input}' at a file inside it.`
}

function notDirectoryMessage(target: ConfinedTarget, component: string): string {
  return `Input '${target.input}' (${quoteValue(target.file)}) needs ${quoteValue(component)} to be a directory; point '${target.input}' at another path.`
}

function notRegularMessage(target: ConfinedTarget): string {
  return `Input '${target.input}' (${quoteValue(target.file)}) is not a regular file; point '${target.input}' at a file.`
}

function tooLargeMessage(target: ConfinedTarget, size: number, maxBytes: number): string {
  return `Input '${target.input}' (${quoteValue(target.file)}) is larger than ${maxBytes} bytes (${size}); point '${target.input}' at a report Readiness Gate wrote.`
}

function cannotRead(target: ConfinedTarget, error: unknown): string {
  const reason = quoteValue(errorMessage(error), 200).slice(1, -1)
  return `Cannot read '${target.input}' (${quoteValue(target.file)}): ${reason}; point '${target.input}' at a readable report inside the working directory.`
}

function cannotWrite(target: ConfinedTarget, error: unknown): string {
  // The system's message quotes the path, which may hold a line break: keep the error one line.
  const reason = quoteValue(errorMessage(error), 200).slice(1, -1)
  return `Cannot write '${target.input}' (${quoteValue(target.file)}): ${reason}; point '${target.input}' at a writable file inside the working directory.`
}

function inside(file: string, root: string): boolean {
  const relative = path.relative(root, file)
  if (path.isAbsolute(relative)) return false
  return relative !== '..' && !relative.startsWith(`..${path.sep}`)
}

function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file)
  } catch {
    return null
  }
}

function realPathOrNull(file: string): string | null {
  try {
    return fs.realpathSync(file)
  } catch {
    return null
  }
}
