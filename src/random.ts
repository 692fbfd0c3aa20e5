import * as fs from 'node:fs'

/**
 * Random hex strings from the kernel's generator: read from /dev/urandom where it is a character
 * device (Linux and macOS runners), else from Web Crypto's global (Windows). Both are
 * cryptographically strong; reading the device spares every run the loading of Node's crypto
 * modules, which Web Crypto's global (like `node:crypto`) builds on first use (see the README's
 * Performance section).
 */
export function randomHex(bytes: number): string {
  return Array.from(randomBytes(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count)
  return fromUrandom(bytes) ? bytes : globalThis.crypto.getRandomValues(bytes)
}

/** Fills `bytes` from /dev/urandom; false when there is no such device or it cannot be read. */
function fromUrandom(bytes: Uint8Array): boolean {
  let fd: number
  try {
    fd = fs.openSync('/dev/urandom', fs.constants.O_RDONLY)
  } catch {
    return false
  }
  try {
    if (!fs.fstatSync(fd).isCharacterDevice()) return false
    let filled = 0
    while (filled < bytes.length) {
      const read = fs.readSync(fd, bytes, filled, bytes.length - filled, null)
      if (read === 0) return false
      filled += read
    }
    return true
  } catch {
    return false
  } finally {
    fs.closeSync(fd)
  }
}
