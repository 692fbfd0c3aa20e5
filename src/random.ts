/**
 * Random hex strings from Web Crypto's global, not `node:crypto`: importing that adds to every
 * run's startup (the bench measures it), and Node builds the global only when it is first used.
 */
export function randomHex(bytes: number): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes)), (byte) =>
    byte.toString(16).padStart(2, '0')
  ).join('')
}
