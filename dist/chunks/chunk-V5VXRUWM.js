import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  parseChecklist
} from "./chunk-ALPEWMDN.js";
import {
  ConfigurationError
} from "./chunk-FVAEL4VI.js";

// src/checklist/load.ts
import { existsSync, readFileSync, statSync } from "node:fs";

// src/checklist/model.ts
function allItems(checklist) {
  const out = [];
  const visit = (items) => {
    for (const item of items) {
      out.push(item);
      visit(item.children);
    }
  };
  for (const section of allSections(checklist)) visit(section.items);
  return out;
}
function allSections(checklist) {
  const sections = [...checklist.phases.flatMap((p) => p.sections), ...checklist.sections];
  return sections.sort((a, b) => a.line - b.line);
}
function phaseItems(phase) {
  const out = [];
  const visit = (items) => {
    for (const item of items) {
      out.push(item);
      visit(item.children);
    }
  };
  for (const section of phase.sections) visit(section.items);
  return out;
}

// src/checklist/load.ts
var PARALLEL_MIN_CHARS = 2 * 1024 * 1024;
var POINT_AT_CHECKLIST = "point the checklist input at your production checklist (a Markdown file)";
async function loadChecklist(path, displayName = path, options = {}) {
  const text = decodeUtf8(readChecklistBytes(path, displayName), displayName);
  if (text.trim() === "") {
    throw new ConfigurationError(`Checklist '${displayName}' is empty; ${POINT_AT_CHECKLIST}.`);
  }
  const checklist = await parse(text, displayName, options);
  if (allItems(checklist).length === 0) {
    throw new ConfigurationError(
      `Checklist '${displayName}' has no task items ("- [ ] \u2026"); ${POINT_AT_CHECKLIST}.`
    );
  }
  return checklist;
}
async function parse(text, name, options) {
  const worker = options.partWorker;
  if (worker === void 0 || text.length < PARALLEL_MIN_CHARS || !existsSync(worker))
    return parseChecklist(text, name);
  const { parseChecklistInParallel, workerRunner } = await import("./parallel-KQBZPOXD.js");
  return parseChecklistInParallel(text, name, { runPart: workerRunner(worker) });
}
function readChecklistBytes(path, name) {
  try {
    if (!statSync(path).isFile()) {
      const kind = statSync(path).isDirectory() ? "is a directory" : "is not a regular file";
      throw new ConfigurationError(`Checklist '${name}' ${kind}; ${POINT_AT_CHECKLIST}.`);
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      `Checklist '${name}' ${describeReadError(error)}; ${POINT_AT_CHECKLIST}.`
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
function decodeUtf8(bytes, name) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ConfigurationError(
      `Checklist '${name}' is a binary file (NUL byte at offset ${nul}); ${POINT_AT_CHECKLIST}.`
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

// src/checklist/script.ts
var SHELL_LANGUAGES = /* @__PURE__ */ new Set([
  "bash",
  "sh",
  "shell",
  "zsh",
  "console",
  "shell-session",
  "shellsession",
  ""
]);
var NEAREST_HEADING = /validat/i;
var ANY_ENCLOSING_HEADING = /validat|verif|check|smoke|sanity/i;
var NOT_A_COMMAND = /^(?:#|echo\b|printf\b|set\b|cd\b|exit\b|$)/;
function findValidationScript(checklist) {
  const candidates = checklist.codeBlocks.filter(
    (block) => isShellFence(block) && hasRealCommand(block)
  );
  const byNearest = candidates.find((block) => NEAREST_HEADING.test(block.heading ?? ""));
  if (byNearest) return byNearest;
  const sections = allSections(checklist).filter((section) => section.level > 0);
  return candidates.find(
    (block) => block.lang !== "" && enclosingHeadings(sections, block.line).some((title) => ANY_ENCLOSING_HEADING.test(title))
  ) ?? null;
}
function isShellFence(block) {
  return block.contentLine > block.line && SHELL_LANGUAGES.has(block.lang);
}
function hasRealCommand(block) {
  return block.text.split("\n").some((line) => {
    const command = line.trim().replace(/^\$\s+/, "");
    return !NOT_A_COMMAND.test(command);
  });
}
function enclosingHeadings(sections, line) {
  const titles = [];
  let level = Number.POSITIVE_INFINITY;
  for (let index = sections.length - 1; index >= 0; index--) {
    const section = sections[index];
    if (section.line >= line || section.level >= level) continue;
    titles.push(section.title);
    level = section.level;
  }
  return titles;
}

export {
  allItems,
  phaseItems,
  loadChecklist,
  findValidationScript
};
