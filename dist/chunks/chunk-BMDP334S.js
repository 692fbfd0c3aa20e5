// src/ansi-escapes.ts
var ANSI_ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[ -/]*[0-~])/g;
function stripAnsi(text) {
  return text.includes("\x1B") ? text.replace(ANSI_ESCAPE, "") : text;
}

// src/random.ts
import * as fs from "node:fs";
function randomHex(bytes) {
  return Array.from(randomBytes(bytes), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
function randomBytes(count) {
  const bytes = new Uint8Array(count);
  return fromUrandom(bytes) ? bytes : globalThis.crypto.getRandomValues(bytes);
}
function fromUrandom(bytes) {
  let fd;
  try {
    fd = fs.openSync("/dev/urandom", fs.constants.O_RDONLY);
  } catch {
    return false;
  }
  try {
    if (!fs.fstatSync(fd).isCharacterDevice()) return false;
    let filled = 0;
    while (filled < bytes.length) {
      const read = fs.readSync(fd, bytes, filled, bytes.length - filled, null);
      if (read === 0) return false;
      filled += read;
    }
    return true;
  } catch {
    return false;
  } finally {
    fs.closeSync(fd);
  }
}

export {
  stripAnsi,
  randomHex
};
//# sourceMappingURL=chunk-BMDP334S.js.map
