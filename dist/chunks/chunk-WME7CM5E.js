import {
  parseChecklist
} from "./chunk-VVPLV2LN.js";
import {
  hasTaskItems
} from "./chunk-B7H2GIR6.js";
import {
  ConfigurationError
} from "./chunk-7JUYCF5G.js";

// src/checklist/load.ts
import { readFileSync, statSync } from "node:fs";
function pointAt(setting) {
  return `point ${setting} at your production checklist (a Markdown file)`;
}
function loadChecklist(path, displayName = path, setting = "the checklist input") {
  const text = decodeUtf8(readChecklistBytes(path, displayName, setting), displayName, setting);
  if (text.trim() === "") {
    throw new ConfigurationError(`Checklist '${displayName}' is empty; ${pointAt(setting)}.`);
  }
  const checklist = parseChecklist(text, displayName);
  if (!hasTaskItems(checklist)) {
    throw new ConfigurationError(
      `Checklist '${displayName}' has no task items ("- [ ] \u2026"); ${pointAt(setting)}.`
    );
  }
  return checklist;
}
function readChecklistBytes(path, name, setting) {
  try {
    if (!statSync(path).isFile()) {
      const kind = statSync(path).isDirectory() ? "is a directory" : "is not a regular file";
      throw new ConfigurationError(`Checklist '${name}' ${kind}; ${pointAt(setting)}.`);
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      `Checklist '${name}' ${describeReadError(error)}; ${pointAt(setting)}.`
    );
  }
}
function describeReadError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "does not exist";
    case "ENOTDIR":
      return "does not exist (a parent of it is a file, not a folder)";
    case "EISDIR":
      return "is a directory";
    case "EACCES":
    case "EPERM":
      return `cannot be read (permission denied, ${code})`;
    default:
      return `cannot be read (${code ?? String(error)})`;
  }
}
function decodeUtf8(bytes, name, setting) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ConfigurationError(
      `Checklist '${name}' is a binary file (NUL byte at offset ${nul}); ${pointAt(setting)}.`
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigurationError(
      `Checklist '${name}' is not valid UTF-8 text (byte offset ${invalidUtf8Offset(bytes)}); save it as UTF-8.`
    );
  }
}
function invalidUtf8Offset(bytes) {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 128) {
      index++;
      continue;
    }
    const continuation = lead >= 240 ? 3 : lead >= 224 ? 2 : 1;
    if (lead < 194 || lead > 244) return index;
    const low = lead === 224 ? 160 : lead === 240 ? 144 : 128;
    const high = lead === 237 ? 159 : lead === 244 ? 143 : 191;
    const second = bytes[index + 1];
    if (second === void 0 || second < low || second > high) return index;
    for (let offset = 2; offset <= continuation; offset++) {
      const next = bytes[index + offset];
      if (next === void 0 || next < 128 || next > 191) return index;
    }
    index += continuation + 1;
  }
  return bytes.length;
}

export {
  loadChecklist
};
//# sourceMappingURL=chunk-WME7CM5E.js.map
