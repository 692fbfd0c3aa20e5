// src/random.ts
function randomHex(bytes) {
  return Array.from(
    globalThis.crypto.getRandomValues(new Uint8Array(bytes)),
    (byte) => byte.toString(16).padStart(2, "0")
  ).join("");
}

export {
  randomHex
};
