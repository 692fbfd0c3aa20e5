/**
 * Reading a checklist file: the one checklist module that touches the file system. Every way a
 * file can be unusable becomes a ConfigurationError with one line naming the file and the fix.
 */
import { readFileSync, statSync } from 'node:fs'
import { ConfigurationError } from '../errors.js'
import { hasTaskItems, type Checklist } from './model.js'
import { parseChecklist } from './parse.js'

/** The fix every message ends with; `setting` is what the user points at the file. */
function pointAt(setting: string): string {
  return `point ${setting} at your production checklist (a Markdown file)`
}

/**
 * @param path where to read the file
 * @param displayName how messages and Checklist.file name it (e.g. the path as the user typed
 *   it, or relative to the repository); defaults to path
 * @param setting what the user sets to choose the file, as messages name it: the action's
 *   input (the default) or a CLI flag ('--checklist')
 */
export function loadChecklist(
  path: string,
  displayName: string = path,
  setting = 'the checklist input'
): Checklist {
  const text = decodeUtf8(readChecklistBytes(path, displayName, setting), displayName, setting)
  if (text.trim() === '') {
    throw new ConfigurationError(`Checklist '${displayName}' is empty; ${pointAt(setting)}.`)
  }
  const checklist = parseChecklist(text, displayName)
  if (!hasTaskItems(checklist)) {
    throw new ConfigurationError(
      `Checklist '${displayName}' has no task items ("- [ ] …"); ${pointAt(setting)}.`
    )
  }
  return checklist
}

function readChecklistBytes(path: string, name: string, setting: string): Buffer {
  try {
    // A FIFO or device would block or never end: only regular files are read.
    if (!statSync(path).isFile()) {
      const kind = statSync(path).isDirectory() ? 'is a directory' : 'is not a regular file'
      throw new ConfigurationError(`Checklist '${name}' ${kind}; ${pointAt(setting)}.`)
    }
    return readFileSync(path)
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    throw new ConfigurationError(
      `Checklist '${name}' ${describeReadError(error)}; ${pointAt(setting)}.`
    )
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'does not exist'
    case 'ENOTDIR':
      return 'does not exist (a parent of it is a file, not a folder)'
    case 'EISDIR':
      return 'is a directory'
    case 'EACCES':
    case 'EPERM':
      return `cannot be read (permission denied, ${code})`
    default:
      return `cannot be read (${code ?? String(error)})`
  }
}

function decodeUtf8(bytes: Buffer, name: string, setting: string): string {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new ConfigurationError(
      `Checklist '${name}' is a binary file (NUL byte at offset ${nul}); ${pointAt(setting)}.`
    )
  }
  try {
    // fatal: reject invalid UTF-8 instead of replacing it; the decoder also drops a UTF-8 BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ConfigurationError(
      `Checklist '${name}' is not valid UTF-8 text (byte offset ${invalidUtf8Offset(bytes)}); save it as UTF-8.`
    )
  }
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
function invalidUtf8Offset(bytes: Buffer): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    if (lead < 0x80) {
      index++
      continue
    }
    const continuation = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1
    if (lead < 0xc2 || lead > 0xf4) return index
    // The second byte's range is narrower after E0, ED, F0 and F4.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
    const second = bytes[index + 1]
    if (second === undefined || second < low || second > high) return index
    for (let offset = 2; offset <= continuation; offset++) {
      const next = bytes[index + offset]
      if (next === undefined || next < 0x80 || next > 0xbf) return index
    }
    index += continuation + 1
  }
  return bytes.length
}
