import {
  UnicodeRegex,
  allItems,
  findValidationScript,
  loadChecklist,
  phaseItems
} from "./chunk-EPTALBET.js";
import {
  toolIdFor
} from "./chunk-WPNG4CE6.js";
import {
  ConfigurationError
} from "./chunk-QEFFRMPE.js";
import {
  replaceQuoted,
  trailingRun,
  trimEndMatching,
  trimRuns,
  trimTrailing
} from "./chunk-TZ2RCCIC.js";

// src/gate.ts
import * as fs from "node:fs";
import * as os from "node:os";

// src/validations/match.ts
function splitChain(line) {
  const segments = [];
  let current = "";
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === "'") {
      current += ch;
      if (ch === "'") quote = null;
      continue;
    }
    if (ch === "\\" && i + 1 < line.length) {
      current += ch + line[i + 1];
      i++;
      continue;
    }
    if (quote === '"') {
      current += ch;
      if (ch === '"') quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
      continue;
    }
    if (ch === "#" && (i === 0 || /\s/.test(line[i - 1]))) {
      while (i + 1 < line.length && line[i + 1] !== "\n") i++;
      continue;
    }
    if (ch === "&" && (/[<>]/.test(line[i - 1] ?? "") || line[i + 1] === ">")) {
      current += ch;
      continue;
    }
    if (ch === ";" || ch === "|" || ch === "&" || ch === "\n") {
      segments.push(current);
      current = "";
      if ((ch === "&" || ch === "|") && line[i + 1] === ch) i++;
      else if (ch === "|" && line[i + 1] === "&") i++;
      continue;
    }
    current += ch;
  }
  segments.push(current);
  return segments.map((s) => s.trim()).filter((s) => s !== "");
}
function shellWords(segment) {
  const words = [];
  let current = "";
  let inWord = false;
  let quote = null;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (quote === "'") {
      if (ch === "'") quote = null;
      else current += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === "\\" && i + 1 < segment.length && '"\\$`'.includes(segment[i + 1])) {
        current += segment[i + 1];
        i++;
      } else current += ch;
      continue;
    }
    if (ch === "\\" && i + 1 < segment.length) {
      current += segment[i + 1];
      inWord = true;
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
      continue;
    }
    if (ch === "#" && !inWord) break;
    if (isSpace(ch)) {
      if (inWord) words.push(current);
      current = "";
      inWord = false;
      continue;
    }
    current += ch;
    inWord = true;
  }
  if (inWord) words.push(current);
  return words;
}
var SPACE = /\s/;
function isSpace(ch) {
  const code = ch.charCodeAt(0);
  return code === 32 || code >= 9 && code <= 13 || code > 127 && SPACE.test(ch);
}
function normaliseWhitespace(text) {
  return text.replace(/\s+/g, " ").trim();
}
function withoutGroupClose(text) {
  const last = text.at(-1);
  return last === ")" || last === "}" ? text.slice(0, -1).trimEnd() : text;
}
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "time", "env", "command", "exec", "nohup", "nice"]);
function programWords(segment) {
  const words = shellWords(withoutGroupClose(segment.replace(/^[({]\s*/, "")));
  let start = 0;
  while (start < words.length) {
    const word = words[start];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || WRAPPERS.has(word)) start++;
    else break;
  }
  return words.slice(start);
}
function programOf(segment) {
  return programWords(segment)[0] ?? null;
}
function cargoSubcommand(words) {
  return words.slice(1).find((word) => !word.startsWith("-") && !word.startsWith("+")) ?? null;
}
function npmSubcommand(words) {
  const index = words.findIndex((word, i) => i > 0 && !word.startsWith("-"));
  if (index < 0) return null;
  return { name: words[index], rest: words.slice(index + 1).filter((w) => !w.startsWith("-")) };
}
function runsBuiltBinary(segment) {
  const program = programOf(segment);
  return program !== null && /(^|\/)target\/(?:[^/]+\/)?(?:release|debug)\/[^/]+$/.test(program);
}
function runsCargoBuild(segment) {
  const words = programWords(segment);
  return words[0] === "cargo" && cargoSubcommand(words) === "build";
}
var NODE_PROGRAMS = /* @__PURE__ */ new Set(["npm", "npx", "node", "yarn", "pnpm"]);
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm"]);
var CARGO_WITHOUT_TARGET_DIR = /* @__PURE__ */ new Set([
  "fmt",
  "audit",
  "deny",
  "tree",
  "metadata",
  "version",
  "help",
  "pkgid",
  "locate-project",
  "verify-project"
]);
var NPM_READ_ONLY = /* @__PURE__ */ new Set(["audit", "ls", "list", "outdated", "view", "explain", "why"]);
function resourceOf(segment) {
  const words = programWords(segment);
  const program = words[0] ?? null;
  if (program === "cargo") {
    const sub = cargoSubcommand(words);
    const versionOnly = sub === null && words.some((w) => w === "--version" || w === "-V");
    return versionOnly || sub !== null && CARGO_WITHOUT_TARGET_DIR.has(sub) ? null : "cargo";
  }
  if (program === null || !NODE_PROGRAMS.has(program)) return null;
  if (PACKAGE_MANAGERS.has(program)) {
    const sub = npmSubcommand(words);
    const readOnly = sub !== null && NPM_READ_ONLY.has(sub.name) && !sub.rest.includes("fix") || sub === null && words.some((w) => w === "--version" || w === "-v");
    if (readOnly) return null;
  }
  return "node";
}
function commandForms(command) {
  return { words: shellWords(command), normalised: normaliseWhitespace(command) };
}
function lineForms(line) {
  return { candidates: [line, ...splitChain(line)].map(commandForms) };
}
function namesLine(command, line) {
  const wanted = command.words;
  if (wanted.length === 0) return false;
  if (command.normalised === line.candidates[0].normalised) return true;
  return line.candidates.some(
    ({ words }) => wanted.length <= words.length && wanted.every((word, i) => words[i] === word)
  );
}
function equalsLine(command, line) {
  if (command.normalised === "") return false;
  return line.candidates.some((candidate) => candidate.normalised === command.normalised);
}
var NPM_MUTATING = /* @__PURE__ */ new Set([
  "install",
  "i",
  "in",
  "ins",
  "inst",
  "insta",
  "instal",
  "isnt",
  "isnta",
  "isntal",
  "isntall",
  "add",
  "update",
  "up",
  "upgrade",
  "udpate",
  "uninstall",
  "un",
  "unlink",
  "remove",
  "rm",
  "r",
  "dedupe",
  "ddp",
  "prune",
  "publish",
  "unpublish",
  "version",
  "link",
  "ln"
]);
var CARGO_MUTATING = {
  fix: "applies compiler suggestions to the source",
  clean: "deletes the target directory",
  update: "rewrites Cargo.lock",
  "generate-lockfile": "rewrites Cargo.lock",
  add: "edits Cargo.toml",
  remove: "edits Cargo.toml",
  rm: "edits Cargo.toml",
  publish: "publishes the crate",
  yank: "yanks a published crate"
};
var GIT_READ_ONLY = /* @__PURE__ */ new Set([
  "status",
  "diff",
  "log",
  "show",
  "rev-parse",
  "describe",
  "ls-files",
  "ls-tree",
  "blame",
  "grep",
  "shortlog",
  "cat-file",
  "rev-list",
  "merge-base",
  "name-rev",
  "for-each-ref",
  "check-ignore",
  "version",
  "help"
]);
function builtInFixReason(segment) {
  const words = programWords(segment);
  const program = words[0];
  if (program === void 0) return null;
  if (words.includes("--fix")) return `'${program} \u2026 --fix' rewrites source files`;
  if (words.includes("--write")) return `'${program} \u2026 --write' rewrites files`;
  if (program === "cargo") return cargoFixReason(words);
  if (program === "npm" || program === "pnpm" || program === "yarn") return npmFixReason(words);
  if (program === "git") {
    const sub = words.slice(1).find((w) => !w.startsWith("-"));
    if (sub === void 0 || GIT_READ_ONLY.has(sub)) return null;
    return `'git ${sub}' changes the repository`;
  }
  if (program === "rm" || program === "rmdir") return `'${program}' deletes files`;
  if (program === "find" && words.includes("-delete")) return `'find \u2026 -delete' deletes files`;
  if (program === "sed" && words.some((w) => w === "--in-place" || /^-[A-Za-z]*i/.test(w))) {
    return `'sed -i' edits files in place`;
  }
  return null;
}
function cargoFixReason(words) {
  const sub = cargoSubcommand(words);
  if (sub === null) return null;
  if (sub === "fmt" && !words.includes("--check")) {
    return "'cargo fmt' rewrites source files (the check is 'cargo fmt -- --check')";
  }
  const reason = CARGO_MUTATING[sub];
  return reason === void 0 ? null : `'cargo ${sub}' ${reason}`;
}
function npmFixReason(words) {
  const program = words[0];
  const sub = npmSubcommand(words);
  if (sub === null) return program === "yarn" ? `'yarn' installs dependencies` : null;
  if (sub.name === "audit" && sub.rest[0] === "fix") {
    return `'${program} audit fix' changes dependencies`;
  }
  if ((sub.name === "run" || sub.name === "run-script") && /^clean(:|$)/.test(sub.rest[0] ?? "")) {
    return `'${program} run ${sub.rest[0]}' deletes build output`;
  }
  if (sub.name === "pkg" && ["set", "delete", "fix"].includes(sub.rest[0] ?? "")) {
    return `'${program} pkg ${sub.rest[0]}' edits package.json`;
  }
  if (NPM_MUTATING.has(sub.name)) return `'${program} ${sub.name}' changes dependencies`;
  return null;
}
function fixReason(line, checklistFixes2) {
  const segments = splitChain(line);
  for (const segment of segments) {
    const reason = builtInFixReason(segment);
    if (reason !== null) return `${reason}; fix commands are never run`;
  }
  const candidates = new Set([line, ...segments].map(normaliseWhitespace));
  const listed = checklistFixes2.find((fix) => {
    const wanted = normaliseWhitespace(fix.command);
    return wanted !== "" && candidates.has(wanted);
  });
  if (listed !== void 0) {
    return `the checklist lists '${normaliseWhitespace(listed.command)}' as a fix ("Run:" at line ${listed.line}); fix commands are never run`;
  }
  return null;
}

// src/validations/script.ts
import * as path from "node:path";
function logicalLines(text, firstLine) {
  const physical = text.replace(/\r\n?/g, "\n").split("\n");
  if (physical.at(-1) === "") physical.pop();
  const lines = [];
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    let joined = physical[i];
    let raw = physical[i];
    while (continues(joined) && i + 1 < physical.length) {
      i++;
      joined = joined.trimEnd().slice(0, -1) + " " + physical[i].trim();
      raw += "\n" + physical[i];
    }
    lines.push({ text: joined.trim(), raw: raw.trimEnd(), line: firstLine + start });
  }
  return lines;
}
var OPENERS = /* @__PURE__ */ new Set(["if", "for", "while", "until", "select", "case"]);
var CLOSERS = /* @__PURE__ */ new Set(["fi", "done", "esac"]);
function statements(lines) {
  const out = [];
  let open = null;
  let depth = 0;
  let heredoc = null;
  for (const line of lines) {
    if (open !== null) {
      open = {
        text: `${open.text}
${line.text}`,
        raw: `${open.raw}
${line.raw}`,
        line: open.line
      };
    } else {
      open = { ...line };
    }
    if (heredoc !== null) {
      if (line.text === heredoc) heredoc = null;
    } else if (!line.text.startsWith("#")) {
      depth = Math.max(0, depth + nestingChange(line.text));
      heredoc = hereDocumentEnd(line.text);
    }
    if (depth === 0 && heredoc === null) {
      out.push(open);
      open = null;
    }
  }
  if (open !== null) out.push(open);
  return out;
}
function hereDocumentEnd(text) {
  const unquoted = replaceQuoted(
    text,
    (quoted) => /^['"][A-Za-z_][A-Za-z0-9_]*['"]$/.test(quoted) ? quoted : "Q"
  );
  return /(?<!<)<<-?(?!<)\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?/.exec(unquoted)?.[1] ?? null;
}
function nestingChange(text) {
  let change = 0;
  for (const segment of splitChain(text)) {
    const first = shellWords(segment)[0] ?? "";
    if (OPENERS.has(first)) change++;
    if (CLOSERS.has(first) || segment.startsWith("}")) change--;
    if (first === "{" || /(\s|\))\{$/.test(segment)) change++;
  }
  return change;
}
function continues(line) {
  if (line.trimStart().startsWith("#")) return false;
  return trailingRun(line.trimEnd(), "\\") % 2 === 1;
}
var LETTER = new UnicodeRegex(() => new RegExp("\\p{L}", "u"), /[A-Za-z]/);
function stepLabel(echoText) {
  const match = /^[\s=#*>\-[]*(?:step\s*)?\d+(?:\s*\/\s*\d+)?\s*[.):\]]\s*(.*)$/i.exec(echoText);
  const label = trimEndMatching(match?.[1] ?? "", /[\s.…:=*]/).trim();
  return LETTER.for(label).test(label) ? label : null;
}
function readScript(block, file) {
  const reader = new ScriptReader(file);
  for (const line of statements(logicalLines(block.text, block.contentLine))) reader.read(line);
  return reader.finish();
}
function stepScript(commands, pipefail) {
  const body = commands.map((command) => command.raw).join("\n");
  const hasPipe = commands.some(
    (command) => splitChain(command.text).length > 1 && /\|/.test(command.text)
  );
  return pipefail && hasPipe ? `set -o pipefail
${body}` : body;
}
var ScriptReader = class {
  constructor(file) {
    this.file = file;
  }
  steps = [];
  current = null;
  cwd = ".";
  dirStack = [];
  pipefail = false;
  /** `cd` lines seen inside a step since its last command: kept only if another command follows. */
  pendingMoves = [];
  read(line) {
    const words = programWords(line.text);
    const program = words[0];
    if (program === void 0 || line.text.startsWith("#")) return;
    if (program === "set" && splitChain(line.text).length === 1) {
      this.readSet(words);
      return;
    }
    if (program === "exit" && splitChain(line.text).length === 1) return;
    if (isPureEcho(line.text, words)) {
      const label = stepLabel(
        words.slice(1).filter((w) => !/^-[neE]+$/.test(w)).join(" ")
      );
      if (label !== null) this.open(label);
      return;
    }
    if (isDirectoryChange(program) && splitChain(line.text).length === 1) {
      this.move(words, line);
      return;
    }
    this.command(line);
  }
  finish() {
    this.close();
    return this.steps;
  }
  readSet(words) {
    const options = words.slice(1);
    const index = options.indexOf("pipefail");
    if (index > 0) {
      const flag = options[index - 1];
      if (/^-[A-Za-z]*o$/.test(flag)) this.pipefail = true;
      if (/^\+[A-Za-z]*o$/.test(flag)) this.pipefail = false;
    }
  }
  open(label) {
    this.close();
    this.current = { label, cwd: this.cwd, commands: [], pipefail: this.pipefail };
  }
  close() {
    if (this.current !== null && this.current.commands.length > 0) this.steps.push(this.current);
    this.current = null;
    this.pendingMoves = [];
  }
  command(line) {
    const unlabelled = this.current === null || this.current.label === null;
    if (unlabelled) this.open(null);
    const step = this.current;
    if (step.commands.length === 0) step.cwd = this.cwd;
    step.commands.push(...this.pendingMoves, { text: line.text, raw: line.raw, line: line.line });
    this.pendingMoves = [];
    if (line.text.includes("\n")) {
      if (unlabelled) this.close();
      return;
    }
    for (const segment of splitChain(line.text)) {
      const words = programWords(segment);
      if (isDirectoryChange(words[0] ?? "")) this.cwd = this.resolveMove(words, line.line);
    }
    if (unlabelled) this.close();
  }
  move(words, line) {
    this.cwd = this.resolveMove(words, line.line);
    if (this.current !== null && this.current.commands.length > 0) {
      this.pendingMoves.push({ text: line.text, raw: line.raw, line: line.line });
    }
  }
  resolveMove(words, line) {
    const program = words[0];
    if (program === "popd") {
      return this.dirStack.pop() ?? this.fail(line, "'popd' without a matching 'pushd'");
    }
    const args = words.slice(1).filter((w) => !/^-[LPe@]+$/.test(w));
    const target = args[0];
    if (program === "pushd") this.dirStack.push(this.cwd);
    if (target === void 0 || target === "-" || target.startsWith("~")) {
      return this.fail(line, `'${words.join(" ")}' leaves the project root`);
    }
    if (isScriptDirectory(target)) return ".";
    if (/[$`*?]/.test(target)) {
      return this.fail(
        line,
        `'${program} ${target}' uses a variable or pattern; name a directory relative to the project root`
      );
    }
    const next = trimTrailing(path.posix.normalize(path.posix.join(this.cwd, target)), "/");
    if (path.posix.isAbsolute(target) || next === ".." || next.startsWith("../")) {
      return this.fail(line, `'${program} ${target}' leaves the project root`);
    }
    return next === "" ? "." : next;
  }
  fail(line, what) {
    throw new ConfigurationError(
      `${this.file}:${line}: ${what}; the validation script's steps must stay inside the project root.`
    );
  }
};
function isDirectoryChange(program) {
  return program === "cd" || program === "pushd" || program === "popd";
}
function isScriptDirectory(target) {
  return /^\$\(\s*dirname\s+\$\{?0\}?\s*\)$/.test(target) || /^\$\(\s*git\s+rev-parse\s+--show-toplevel\s*\)$/.test(target);
}
function isPureEcho(text, words) {
  if (words[0] !== "echo" && words[0] !== "printf") return false;
  if (splitChain(text).length !== 1) return false;
  const unquoted = shellWordsOutsideQuotes(text);
  return !unquoted.some((word) => word.includes(">"));
}
function shellWordsOutsideQuotes(text) {
  return shellWords(replaceQuoted(text, () => "Q"));
}

// src/validations/plan.ts
var DEFAULT_TIMEOUT_MS = 20 * 60 * 1e3;
function planValidations(checklist, config, options = {}) {
  const fixes = checklistFixes(checklist);
  const base = basePlan(checklist, config, fixes);
  const drafts = config === null ? base.drafts : applyConfig(base.drafts, config, checklist, fixes);
  const timeoutMs = config?.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const validations = finalise(drafts, checklist, timeoutMs);
  if (config !== null) checkNeeds(drafts, config);
  const source = base.source === "none" && drafts.length > 0 ? "config" : base.source;
  return { validations, refused: base.refused, source, scriptLine: base.scriptLine };
}
function checklistFixes(checklist) {
  return allItems(checklist).flatMap(
    (item) => item.commands.filter((command) => command.role === "fix").map((command) => ({ command: command.text, line: command.line }))
  );
}
function basePlan(checklist, config, fixes) {
  const setting = config?.source ?? "auto";
  if (setting === "config") return { drafts: [], refused: [], source: "config", scriptLine: null };
  const block = findValidationScript(checklist);
  if (setting === "script" && block === null) {
    throw configError(
      config,
      config.keyLines?.source,
      `'source: script' but ${checklist.file} has no validation script (a fenced bash block under a "Validation" heading)`
    );
  }
  if (setting === "verify-items" || block === null) return verifyItemsPlan(checklist, fixes);
  const ids = new IdAllocator();
  const refused = [];
  const drafts = readScript(block, checklist.file).flatMap((step) => {
    const draft = stepDraft(step, checklist.file, fixes, refused, ids);
    return draft === null ? [] : [draft];
  });
  return { drafts, refused, source: "script", scriptLine: block.line };
}
function stepDraft(step, file, fixes, refused, ids) {
  const kept = step.commands.filter((command) => {
    const reason = fixReason(command.text, fixes);
    if (reason !== null) refused.push({ command: command.text, line: command.line, reason });
    return reason === null;
  });
  const first = kept.find((command) => !isDirectoryChange2(command.text));
  if (first === void 0) return null;
  const name = step.label ?? normaliseWhitespace(first.text.split("\n")[0]);
  return {
    ...emptyDraft(ids.take(name), name),
    command: stepScript(kept, step.pipefail),
    lines: kept.map((command) => command.text),
    cwd: step.cwd,
    critical: true,
    source: { kind: "script", line: first.line, file }
  };
}
function verifyItemsPlan(checklist, fixes) {
  const critical = checklist.phases.filter((phase) => phase.priority.level === "critical");
  const phases = critical.length > 0 ? critical : checklist.phases;
  const ids = new IdAllocator();
  const drafts = [];
  const refused = [];
  const seen = /* @__PURE__ */ new Set();
  for (const phase of phases) {
    for (const item of phaseItems(phase)) {
      for (const command of item.commands.filter((c) => c.role === "verify")) {
        const text = normaliseWhitespace(command.text);
        if (text === "" || seen.has(text)) continue;
        seen.add(text);
        const reason = fixReason(text, fixes);
        if (reason !== null) {
          refused.push({ command: text, line: command.line, reason });
          continue;
        }
        drafts.push({
          ...emptyDraft(ids.take(text), text),
          command: text,
          lines: [text],
          critical: phase.priority.level === "critical",
          source: { kind: "verify-item", line: item.line, file: checklist.file }
        });
      }
    }
  }
  const found = drafts.length > 0 || refused.length > 0;
  return { drafts, refused, source: found ? "verify-items" : "none", scriptLine: null };
}
function emptyDraft(id, name) {
  return {
    id,
    name,
    command: "",
    lines: [],
    cwd: ".",
    critical: true,
    source: { kind: "config", line: null, file: null },
    timeoutMs: null,
    env: {},
    needs: null,
    verifies: null,
    entry: null
  };
}
function applyConfig(planned, config, checklist, fixes) {
  const drafts = [...planned];
  const entryIdList = config.validations.flatMap(
    (entry) => entry.id === void 0 ? [] : [entry.id]
  );
  const ids = new IdAllocator([...drafts.map((draft) => draft.id), ...entryIdList]);
  const disabled = /* @__PURE__ */ new Set();
  const claimed = /* @__PURE__ */ new Map();
  const entryIds = /* @__PURE__ */ new Map();
  for (const entry of config.validations) {
    checkUniqueId(entry, entryIds, config);
    const match = config.source === "config" ? void 0 : findMatch(drafts, entry);
    if (match !== void 0) {
      const earlier = claimed.get(match);
      if (earlier !== void 0) {
        throw configError(
          config,
          entry.lines?.entry,
          `this entry and the one at line ${earlier.lines?.entry ?? "?"} both match validation '${match.id}'; merge them`
        );
      }
      claimed.set(match, entry);
    }
    if (entry.disabled === true) {
      if (match !== void 0) disabled.add(match.id);
      else if (config.source !== "config") throw unmatched(entry, drafts, config, "is disabled");
      continue;
    }
    if (match !== void 0) adjust(match, entry, { config, checklist, fixes, drafts, ids });
    else drafts.push(added(entry, { config, checklist, fixes, drafts, ids }));
  }
  const kept = drafts.filter((draft) => !disabled.has(draft.id));
  for (const draft of kept) draft.needs = draft.needs?.filter((id) => !disabled.has(id)) ?? null;
  return kept;
}
function findMatch(drafts, entry) {
  const byId = entry.id === void 0 ? void 0 : drafts.find((d) => d.id === entry.id);
  if (byId !== void 0 || entry.name === void 0) return byId;
  const name = entry.name.toLowerCase();
  return drafts.find((draft) => draft.name.toLowerCase() === name);
}
function checkUniqueId(entry, seen, config) {
  if (entry.id === void 0) return;
  const earlier = seen.get(entry.id);
  if (earlier !== void 0) {
    throw configError(
      config,
      entry.lines?.keys.id,
      `id '${entry.id}' is already used by the entry at line ${earlier.lines?.entry ?? "?"}; ids must be unique`
    );
  }
  seen.set(entry.id, entry);
}
function unmatched(entry, drafts, config, what) {
  const label = entry.id ?? entry.name ?? "?";
  const planned = drafts.map((draft) => draft.id).join(", ") || "none";
  return configError(
    config,
    entry.lines?.entry,
    `validation '${label}' ${what} but matches no planned validation (planned: ${planned})`
  );
}
function adjust(draft, entry, context) {
  if (entry.id !== void 0 && entry.id !== draft.id) {
    draft.id = context.ids.reserve(entry.id);
  }
  if (entry.name !== void 0 && entry.name.toLowerCase() !== draft.name.toLowerCase()) {
    draft.name = entry.name;
  }
  if (entry.command !== void 0) setCommand(draft, entry, context);
  if (entry.workingDirectory !== void 0) draft.cwd = entry.workingDirectory;
  if (entry.timeoutMs !== void 0) draft.timeoutMs = entry.timeoutMs;
  if (entry.env !== void 0) draft.env = { ...draft.env, ...entry.env };
  if (entry.needs !== void 0) draft.needs = [...new Set(entry.needs)];
  if (entry.verifies !== void 0) draft.verifies = resolveVerifies(entry, context);
  if (entry.critical !== void 0) draft.critical = entry.critical;
  draft.entry = entry;
}
function added(entry, context) {
  if (entry.command === void 0)
    throw unmatched(entry, context.drafts, context.config, "has no 'command'");
  const firstLine = logicalLines(entry.command, 1).find((line) => line.text !== "")?.text ?? "";
  const name = entry.name ?? entry.id ?? normaliseWhitespace(firstLine);
  const id = entry.id === void 0 ? context.ids.take(name) : context.ids.reserve(entry.id);
  const draft = {
    ...emptyDraft(id, name),
    source: { kind: "config", line: entry.lines?.entry ?? null, file: context.config.file }
  };
  adjust(draft, { ...entry, id: void 0, name: void 0 }, context);
  return draft;
}
function setCommand(draft, entry, context) {
  const command = entry.command;
  const lines = logicalLines(command, 1).map((line) => line.text).filter((text) => text !== "" && !text.startsWith("#"));
  if (entry.allowMutation !== true) {
    for (const line of lines) {
      const reason = fixReason(line, context.fixes);
      if (reason === null) continue;
      throw configError(
        context.config,
        entry.lines?.keys.command,
        `'${normaliseWhitespace(line)}' is a fix command (${reason.replace(/; fix commands are never run$/, "")}); the gate only runs checks \u2014 set 'allow-mutation: true' on this entry if it must run`
      );
    }
  }
  draft.command = command.trimEnd();
  draft.lines = lines;
}
function resolveVerifies(entry, context) {
  const items = allItems(context.checklist);
  const file = context.checklist.file;
  const lines = (entry.verifies ?? []).map((ref, index) => {
    const at = entry.lines?.verifies[index] ?? entry.lines?.keys.verifies;
    if (typeof ref === "number") {
      if (items.some((item) => item.line === ref)) return ref;
      throw configError(
        context.config,
        at,
        `'verifies' names line ${ref}, which is not a task item in ${file}`
      );
    }
    const wanted = ref.toLowerCase();
    const exact = items.filter((item) => item.text.toLowerCase() === wanted);
    const found = exact.length > 0 ? exact : items.filter((i) => i.text.toLowerCase().includes(wanted));
    if (found.length === 1) return found[0].line;
    if (found.length === 0) {
      throw configError(
        context.config,
        at,
        `'verifies' text ${JSON.stringify(ref)} matches no task item in ${file}`
      );
    }
    const shown = found.slice(0, 5).map((item) => item.line).join(", ");
    throw configError(
      context.config,
      at,
      `'verifies' text ${JSON.stringify(ref)} matches ${found.length} task items in ${file} (lines ${shown}${found.length > 5 ? ", \u2026" : ""}); use a line number or more of the item's text`
    );
  });
  return [...new Set(lines)].sort((a, b) => a - b);
}
function finalise(drafts, checklist, timeoutMs) {
  const linker = new ItemLinker(checklist);
  return drafts.map((draft, index) => ({
    id: draft.id,
    name: draft.name,
    command: draft.command,
    cwd: draft.cwd,
    timeoutMs: draft.timeoutMs ?? timeoutMs,
    env: draft.env,
    needs: draft.needs ?? automaticNeeds(draft, drafts.slice(0, index)),
    critical: draft.critical,
    verifies: draft.verifies ?? linker.linesVerifiedBy(draft.lines),
    source: draft.source,
    tool: toolIdFor(draft.command),
    lane: laneOf(draft)
  }));
}
function automaticNeeds(draft, earlier) {
  const runsBinary = draft.lines.some((line) => splitChain(line).some(runsBuiltBinary));
  if (!runsBinary) return [];
  return earlier.filter((other) => other.lines.some((line) => splitChain(line).some(runsCargoBuild))).map((other) => other.id);
}
function laneOf(draft) {
  const resources = draft.lines.flatMap((line) => splitChain(line).map(resourceOf));
  if (resources.includes("cargo")) return "cargo";
  if (resources.includes("node")) return `npm:${draft.cwd}`;
  return null;
}
var ItemLinker = class {
  /** The items' verify and mention commands, each in the forms it is compared in. */
  commands;
  parents = /* @__PURE__ */ new Map();
  constructor(checklist) {
    const items = allItems(checklist);
    for (const item of items) for (const child of item.children) this.parents.set(child, item);
    this.commands = items.flatMap(
      (item) => item.commands.flatMap(
        ({ role, text }) => role === "fix" ? [] : [{ item, role, forms: commandForms(text) }]
      )
    );
  }
  /**
   * Verify items whose command names one of the lines (equal, or the line's leading words),
   * with their ancestors (the task the Verify step belongs to), and items that mention exactly
   * one of the lines (Phase 4's "Dependency audit: `cargo audit`").
   */
  linesVerifiedBy(lines) {
    const found = /* @__PURE__ */ new Set();
    const forms = lines.map(lineForms);
    for (const { item, role, forms: command } of this.commands) {
      if (role === "verify" && forms.some((line) => namesLine(command, line))) {
        for (let at = item; at !== void 0; at = this.parents.get(at)) {
          found.add(at.line);
        }
      }
      if (role === "mention" && forms.some((line) => equalsLine(command, line))) {
        found.add(item.line);
      }
    }
    return [...found].sort((a, b) => a - b);
  }
};
function checkNeeds(drafts, config) {
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  for (const draft of drafts) {
    draft.needs?.forEach((id, index) => {
      if (byId.has(id)) return;
      const at = draft.entry?.lines?.needs[index] ?? draft.entry?.lines?.keys.needs;
      const planned = drafts.map((d) => d.id).join(", ");
      throw configError(
        config,
        at,
        `'needs' names '${id}', which is not a planned validation (planned: ${planned})`
      );
    });
  }
  const cycle = findCycle(drafts, byId);
  if (cycle !== null) {
    const closing = byId.get(cycle[0]);
    throw configError(
      config,
      closing.entry?.lines?.keys.needs ?? closing.entry?.lines?.entry,
      `'needs' form a cycle: ${cycle.join(" \u2192 ")}; a validation cannot wait for itself`
    );
  }
}
function findCycle(drafts, byId) {
  const state = /* @__PURE__ */ new Map();
  const path2 = [];
  const visit = (id) => {
    if (state.get(id) === "done") return null;
    if (state.get(id) === "visiting") return [...path2.slice(path2.indexOf(id)), id];
    state.set(id, "visiting");
    path2.push(id);
    for (const need of byId.get(id)?.needs ?? []) {
      const cycle = visit(need);
      if (cycle !== null) return cycle;
    }
    path2.pop();
    state.set(id, "done");
    return null;
  };
  for (const draft of drafts) {
    const cycle = visit(draft.id);
    if (cycle !== null) return cycle;
  }
  return null;
}
var IdAllocator = class {
  used;
  constructor(used = []) {
    this.used = new Set(used);
  }
  take(name) {
    const base = slug(name);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
  reserve(id) {
    this.used.add(id);
    return id;
  }
};
function slug(text) {
  const dashed = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 60);
  const id = trimRuns(dashed, "-");
  return id === "" ? "validation" : id;
}
function isDirectoryChange2(line) {
  const program = programOf(line);
  return (program === "cd" || program === "pushd" || program === "popd") && splitChain(line).length === 1;
}
function configError(config, line, message) {
  return new ConfigurationError(`${config.file}${line === void 0 ? "" : `:${line}`}: ${message}`);
}

// src/validations/secrets.ts
var MASK = "***";
var SECRET_PATTERNS = [
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,255})\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b(Bearer|token)\s+[A-Za-z0-9._~+/-]{20,}=*/gi,
  /((?:password|passwd|secret|api[_-]?key|access[_-]?token)\s*[=:]\s*)(["']?)[^\s"']{6,}\2/gi
];
function maskSecrets(text, known = []) {
  let out = text;
  for (const value of known) {
    if (value.length >= 4) out = out.split(value).join(MASK);
  }
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match, ...groups) => {
      const prefix = groups[0];
      if (typeof prefix === "string" && /[=:]\s*$/.test(prefix)) return `${prefix}${MASK}`;
      if (typeof prefix === "string" && /^(Bearer|token)$/i.test(prefix)) return `${prefix} ${MASK}`;
      return MASK;
    });
  }
  return out;
}
function maskResult(result, known) {
  const mask = (text) => maskSecrets(text, known);
  return {
    ...result,
    output: { ...result.output, head: mask(result.output.head), tail: mask(result.output.tail) },
    hint: result.hint === null ? null : mask(result.hint),
    report: {
      ...result.report,
      summary: mask(result.report.summary),
      findings: result.report.findings.map((finding) => ({
        ...finding,
        message: mask(finding.message),
        ...finding.test === void 0 ? {} : { test: mask(finding.test) }
      }))
    }
  };
}

// src/readiness/items.ts
function subtree(root) {
  return walk([root]);
}
function phaseItems2(phase) {
  return walk(phase.sections.flatMap((section) => section.items));
}
function allItems2(checklist) {
  const sections = [
    ...checklist.phases.flatMap((phase) => phase.sections),
    ...checklist.sections
  ].sort((a, b) => a.line - b.line);
  return walk(sections.flatMap((section) => section.items));
}
function walk(roots) {
  const out = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    out.push(item);
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  return out;
}

// src/readiness/blockers.ts
function validationBlockers(validations) {
  return validations.filter((validation) => validation.critical && validation.status !== "passed").map((validation) => {
    const keyFinding = keyFindingOf(validation);
    return {
      kind: "validation",
      text: `${validation.name} \u2014 ${keyFinding}`,
      validationId: validation.id,
      validationName: validation.name,
      status: validation.status,
      keyFinding,
      line: validation.source.line,
      hint: validation.hint
    };
  });
}
function uncheckedItemBlockers(checklist) {
  return criticalPhases(checklist).flatMap(
    (phase) => phase.sections.flatMap(
      (section) => section.items.flatMap((root) => {
        const group = subtree(root);
        const unchecked = group.filter((item) => !item.checked);
        if (unchecked.length === 0) return [];
        const count = group.length === 1 ? "unchecked" : `${unchecked.length} of ${group.length} unchecked`;
        return [
          {
            kind: "unchecked-items",
            text: `${root.text} \u2014 ${count}`,
            itemText: root.text,
            line: root.line,
            phase: phaseLabel(phase),
            totalCount: group.length,
            uncheckedCount: unchecked.length,
            uncheckedLines: unchecked.map((item) => item.line)
          }
        ];
      })
    )
  );
}
function criticalPhases(checklist) {
  return checklist.phases.filter((phase) => phase.priority.level === "critical");
}
function phaseLabel(phase) {
  return phase.number === null ? phase.title : `Phase ${phase.number}: ${phase.title}`;
}
function keyFindingOf(validation) {
  if (validation.status !== "skipped") return validation.summary;
  return validation.summary === "skipped" ? "skipped (not run)" : `skipped: ${validation.summary}`;
}

// src/readiness/topics.ts
var TOPIC_KEYWORDS = [
  ["audit", /\b(?:rustsec|ghsa|cve)-|\baudit|vulnerab|\bsecurity (?:issue|advisor|fix)/],
  ["clippy", /\bclippy\b|\blint/],
  ["fmt", /\bfmt\b|\bformat|\brustfmt\b|\bprettier\b/],
  ["test", /\btest(?:s|ing)?\b|\bjest\b/],
  ["build", /\bbuild|\bcompil/],
  ["cli", /\bbinar(?:y|ies)\b|--help\b|--version\b|\bexecutables?\b/]
];
var TOOL_TOPICS = {
  rustfmt: "fmt",
  clippy: "clippy",
  "cargo-build": "build",
  "npm-build": "build",
  "cargo-test": "test",
  "npm-test": "test",
  "cargo-audit": "audit",
  "npm-audit": "audit",
  cli: "cli"
};
var ECOSYSTEM_KEYWORDS = [
  ["rust", /\bcargo\b|\brust|\bclippy\b|\brustfmt\b|\brustsec-|\bcrates?\b/],
  ["npm", /\bnpm\b|\bnpx\b|\bnode\b|typescript|\bjavascript\b|\bjs\b|\bts\b|\bjest\b|\bghsa-/]
];
var ADVISORY_ID = /\b(?:RUSTSEC-\d{4}-\d{4}|GHSA(?:-[0-9a-z]{4}){3}|CVE-\d{4}-\d{4,})\b/gi;
var STOP_WORDS = new Set(
  "a an and are as at be by for from in into is it of on or the to with all any no not fix fixed fixes fixing run verify passes pass passed passing fail fails failed failure failures failing error errors issue issues problem problems update ensure make must should need needs complete completed done succeeds remaining".split(" ")
);
function subjectOfText(text) {
  const lower = text.toLowerCase();
  return {
    topic: topicOf(lower),
    ecosystems: ecosystemsOf(lower),
    advisories: advisoriesIn(text),
    words: significantWords(lower)
  };
}
function subjectOfValidation(validation) {
  const command = validation.command.toLowerCase();
  const name = validation.name.toLowerCase();
  const toolTopic = validation.tool === null ? void 0 : TOOL_TOPICS[validation.tool];
  return {
    topic: toolTopic ?? topicOf(command) ?? topicOf(name),
    ecosystems: ecosystemsOf(`${command} ${validation.tool ?? ""}`),
    advisories: [],
    words: significantWords(name)
  };
}
function mergeSubjects(subjects) {
  return {
    topic: subjects.find((s) => s.topic !== null)?.topic ?? null,
    ecosystems: unique(subjects.flatMap((s) => s.ecosystems)),
    advisories: unique(subjects.flatMap((s) => s.advisories)),
    words: unique(subjects.flatMap((s) => s.words))
  };
}
function matchSubjects(a, b) {
  if (a.advisories.length > 0 && b.advisories.length > 0) {
    const shared2 = a.advisories.find((id) => b.advisories.includes(id));
    return shared2 === void 0 ? null : shared2;
  }
  if (a.topic !== null && a.topic === b.topic && ecosystemsCompatible(a, b)) {
    return `topic: ${a.topic}`;
  }
  const shared = a.words.filter((word) => b.words.includes(word));
  const shorter = Math.min(a.words.length, b.words.length);
  if (shared.length >= 2 && shared.length * 2 >= shorter) return `words: ${shared.join(", ")}`;
  return null;
}
function ecosystemsCompatible(a, b) {
  if (a.ecosystems.length === 0 || b.ecosystems.length === 0) return true;
  return a.ecosystems.some((e) => b.ecosystems.includes(e));
}
function advisoriesIn(text) {
  return unique([...text.matchAll(ADVISORY_ID)].map((m) => m[0].toUpperCase()));
}
function topicOf(lower) {
  return TOPIC_KEYWORDS.find(([, pattern]) => pattern.test(lower))?.[0] ?? null;
}
function ecosystemsOf(lower) {
  return ECOSYSTEM_KEYWORDS.filter(([, pattern]) => pattern.test(lower)).map(([e]) => e);
}
function significantWords(lower) {
  const words = lower.replace(/[^a-z0-9\s-]+/g, " ").split(/\s+/).map((w) => trimRuns(w, "-")).filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOP_WORDS.has(w));
  return unique(words);
}
function unique(values) {
  return [...new Set(values)];
}

// src/readiness/validations.ts
var RAN_AND_DID_NOT_PASS = /* @__PURE__ */ new Set([
  "failed",
  "timed-out",
  "missing-tool",
  "error"
]);
function ranAndDidNotPass(status) {
  return RAN_AND_DID_NOT_PASS.has(status);
}
function joinResults(validations, results, validationsRun) {
  const byId = new Map(results.map((result) => [result.id, result]));
  return validations.map((validation) => {
    const result = byId.get(validation.id);
    const planned = {
      id: validation.id,
      name: validation.name,
      command: validation.command,
      cwd: validation.cwd,
      critical: validation.critical,
      tool: validation.tool,
      verifies: [...validation.verifies],
      source: { ...validation.source }
    };
    if (result === void 0) {
      return {
        ...planned,
        status: "not-run",
        exitCode: null,
        signal: null,
        durationMs: null,
        summary: validationsRun ? "no result was reported" : "not run",
        counts: {},
        findings: [],
        droppedFindings: 0,
        hint: null,
        output: null
      };
    }
    return {
      ...planned,
      status: result.status,
      exitCode: result.exitCode,
      signal: result.signal,
      durationMs: result.durationMs,
      summary: result.report.summary.trim() === "" ? result.status : result.report.summary,
      counts: { ...result.report.counts },
      findings: result.report.findings,
      droppedFindings: result.report.droppedFindings,
      hint: result.hint,
      output: result.output
    };
  });
}

// src/readiness/declared.ts
function compareDeclared(checklist, verdict, blockers, validations) {
  const status = checklist.status;
  if (status === null) {
    return { declared: null, agreement: "not-comparable", blockers: [], newBlockers: [] };
  }
  const declaredSubjects = status.blockers.map((declared) => subjectOfText(declared.text));
  const assessed = status.blockers.map((declared, i) => ({
    text: declared.text,
    line: declared.line,
    ...declaredBlockerState(declaredSubjects[i], blockers, validations)
  }));
  const newBlockers = blockers.filter(({ subject }) => !declaredSubjects.some((d) => matchSubjects(d, subject) !== null)).map(({ blocker }) => ({
    text: blocker.text,
    line: blocker.line,
    validationId: blocker.kind === "validation" ? blocker.validationId : null
  }));
  return {
    declared: {
      line: status.line,
      overallReadiness: status.overallReadiness,
      ready: status.ready,
      lastValidation: status.lastValidation,
      nextSteps: status.nextSteps
    },
    agreement: agreementOf(status.ready, verdict),
    blockers: assessed,
    newBlockers
  };
}
function agreementOf(declaredReady, verdict) {
  if (declaredReady === null || verdict === "unassessed") return "not-comparable";
  const computedReady = verdict === "ready";
  if (declaredReady === computedReady) return "agrees";
  return declaredReady ? "declared-ready-but-not-ready" : "declared-not-ready-but-ready";
}
function declaredBlockerState(declared, blockers, validations) {
  const failing = blockers.find(
    ({ blocker, subject }) => blocker.kind === "validation" && matchSubjects(declared, subject)
  );
  if (failing !== void 0) return { state: "still-holds", evidence: failing.blocker.text };
  const onTopic = validations.filter(
    ({ validation, subject }) => validation.status !== "not-run" && validation.status !== "skipped" && declared.topic !== null && subject.topic === declared.topic && ecosystemsCompatible(declared, subject)
  );
  const failingOnTopic = onTopic.find(
    ({ validation }) => ranAndDidNotPass(validation.status) && stillReports(validation, declared)
  );
  if (failingOnTopic !== void 0) {
    const v = failingOnTopic.validation;
    return { state: "still-holds", evidence: `${v.name} \u2014 ${v.summary}` };
  }
  if (onTopic.length > 0)
    return { state: "resolved", evidence: resolvedEvidence(declared, onTopic) };
  const unchecked = blockers.find(
    ({ blocker, subject }) => blocker.kind === "unchecked-items" && matchSubjects(declared, subject)
  );
  if (unchecked !== void 0 && unchecked.blocker.kind === "unchecked-items") {
    const { blocker } = unchecked;
    return {
      state: "still-holds",
      evidence: `unchecked: ${blocker.itemText} (line ${blocker.line})`
    };
  }
  return { state: "unknown", evidence: null };
}
function resolvedEvidence(declared, onTopic) {
  const failing = onTopic.filter(({ validation }) => validation.status !== "passed");
  if (failing.length > 0 && declared.advisories.length > 0) {
    const names = failing.map(({ validation }) => validation.name).join(", ");
    return `${names} no longer reports ${declared.advisories.join(", ")}`;
  }
  return `${onTopic.map(({ validation }) => validation.name).join(", ")} passed`;
}
function stillReports(validation, declared) {
  if (declared.advisories.length === 0) return true;
  const reported = advisoriesOf(validation);
  return reported.length === 0 || declared.advisories.some((id) => reported.includes(id));
}
function advisoriesOf(validation) {
  const fromFindings = validation.findings.flatMap(
    (finding) => finding.code === void 0 ? [] : advisoriesIn(finding.code)
  );
  return [.../* @__PURE__ */ new Set([...fromFindings, ...advisoriesIn(validation.summary)])];
}

// src/readiness/progress.ts
var LEVELS = ["critical", "high", "medium", "low", "none"];
function phaseProgress(checklist) {
  return checklist.phases.map((phase) => {
    const items = phaseItems2(phase);
    const checked = items.filter((item) => item.checked).length;
    return {
      number: phase.number,
      title: phase.title,
      heading: phase.heading,
      line: phase.line,
      priority: phase.priority,
      checked,
      total: items.length,
      percent: percent(checked, items.length)
    };
  });
}
function priorityCounts(phases) {
  return LEVELS.map((level) => {
    const ofLevel = phases.filter((phase) => phase.priority.level === level);
    return {
      level,
      phases: ofLevel.length,
      checked: sum(ofLevel.map((phase) => phase.checked)),
      total: sum(ofLevel.map((phase) => phase.total))
    };
  }).filter((count) => count.phases > 0);
}
function percent(part, total) {
  return total === 0 ? 100 : Math.floor(part * 100 / total);
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

// src/readiness/reconcile.ts
function itemMismatches(checklist, validations) {
  const linkedByLine = /* @__PURE__ */ new Map();
  for (const validation of validations) {
    for (const line of new Set(validation.verifies)) {
      linkedByLine.set(line, [...linkedByLine.get(line) ?? [], validation]);
    }
  }
  const phaseByLine = phaseNamesByItemLine(checklist);
  const claimedDoneFailing = [];
  const passesTickIt = [];
  for (const item of allItems2(checklist)) {
    const linked = linkedByLine.get(item.line) ?? [];
    if (linked.length === 0) continue;
    const mismatch = {
      line: item.line,
      text: item.text,
      checked: item.checked,
      phase: phaseByLine.get(item.line) ?? null,
      validations: linked.map(toLinked)
    };
    if (item.checked && linked.some((v) => ranAndDidNotPass(v.status))) {
      claimedDoneFailing.push(mismatch);
    } else if (!item.checked && linked.every((v) => v.status === "passed")) {
      passesTickIt.push(mismatch);
    }
  }
  return { claimedDoneFailing, passesTickIt };
}
function signOffSummary(signOffs) {
  const roles = signOffs.map(signOffState);
  return {
    signed: roles.filter((role) => role.state === "signed").length,
    total: roles.length,
    roles
  };
}
function signOffState(signOff) {
  return {
    role: signOff.role,
    line: signOff.line,
    signed: { ...signOff.signed },
    date: { ...signOff.date },
    itemsChecked: signOff.items.filter((item) => item.checked).length,
    itemsTotal: signOff.items.length,
    state: signOff.signed.filled ? "signed" : "unsigned"
  };
}
function toLinked(validation) {
  return {
    id: validation.id,
    name: validation.name,
    status: validation.status,
    summary: validation.summary
  };
}
function phaseNamesByItemLine(checklist) {
  const names = /* @__PURE__ */ new Map();
  for (const phase of checklist.phases) {
    for (const item of phaseItems2(phase)) names.set(item.line, phaseLabel(phase));
  }
  return names;
}

// src/readiness/assess.ts
function assess(input) {
  const { checklist, rules, validationsRun } = input;
  const validations = joinResults(input.validations, input.results, validationsRun);
  const criticalValidations = validations.filter((v) => v.critical);
  const criticalItemCount = criticalPhases(checklist).flatMap(phaseItems2).length;
  const gatesOnValidations = rules.requireValidations && validationsRun && criticalValidations.length > 0;
  const gatesOnItems = rules.requireItems && criticalItemCount > 0;
  const failedValidations = validationsRun ? validationBlockers(validations) : [];
  const uncheckedItems = uncheckedItemBlockers(checklist);
  const blockers = [
    ...gatesOnValidations ? failedValidations : [],
    ...gatesOnItems ? uncheckedItems : []
  ];
  const verdict = !gatesOnValidations && !gatesOnItems ? "unassessed" : blockers.length > 0 ? "not-ready" : "ready";
  const phases = phaseProgress(checklist);
  const items = allItems2(checklist);
  const itemsByLine = new Map(items.map((item) => [item.line, item]));
  const subjectBlockers = blockers.map((blocker) => withSubject(blocker, itemsByLine, validations));
  const subjectValidations = validations.map((validation) => ({
    validation,
    subject: validationSubject(validation)
  }));
  return {
    verdict,
    ready: verdict === "ready",
    criticalValidationsPassed: failedValidations.length === 0,
    basis: { validations: gatesOnValidations, items: gatesOnItems },
    notes: verdictNotes({
      rules,
      validationsRun,
      criticalValidations: criticalValidations.length,
      criticalItems: criticalItemCount,
      verdict
    }),
    rules: { ...rules },
    validationsRun,
    checklist: {
      file: checklist.file,
      title: checklist.title,
      lineCount: checklist.lineCount,
      items: items.length,
      checked: items.filter((item) => item.checked).length
    },
    blockers,
    validations,
    refused: (input.refused ?? []).map((refused) => ({ ...refused })),
    phases,
    priorities: priorityCounts(phases),
    reconciliation: {
      ...itemMismatches(checklist, validations),
      placeholders: checklist.placeholders.map((placeholder) => ({ ...placeholder })),
      signOffs: signOffSummary(checklist.signOffs),
      declared: compareDeclared(checklist, verdict, subjectBlockers, subjectValidations)
    }
  };
}
function verdictNotes(facts) {
  const { rules, validationsRun } = facts;
  const notes = [];
  if (!validationsRun) {
    notes.push(
      rules.requireItems && facts.criticalItems > 0 ? "Validations were not run: the verdict rests on the checklist items only." : "Validations were not run and no checklist item gates readiness: nothing was assessed."
    );
  } else if (rules.requireValidations && facts.criticalValidations === 0) {
    notes.push("No critical validation was planned: no command proves the checklist.");
  }
  if (!rules.requireValidations) {
    notes.push("Validation results do not gate readiness (requireValidations is off).");
  }
  if (!rules.requireItems) {
    notes.push("Unchecked items do not gate readiness (requireItems is off).");
  } else if (facts.criticalItems === 0) {
    notes.push("The checklist has no critical-priority phase: no item gates readiness.");
  }
  if (facts.verdict === "unassessed" && validationsRun) {
    notes.push("Nothing gated readiness, so no verdict was given.");
  }
  return notes;
}
function validationSubject(validation) {
  const subject = subjectOfValidation(validation);
  return { ...subject, advisories: advisoriesOf(validation) };
}
function withSubject(blocker, itemsByLine, validations) {
  if (blocker.kind === "validation") {
    return { blocker, subject: validationBlockerSubject(blocker, validations) };
  }
  return { blocker, subject: itemsBlockerSubject(blocker, itemsByLine, validations) };
}
function validationBlockerSubject(blocker, validations) {
  const validation = validations.find((v) => v.id === blocker.validationId);
  const own = validationSubject(validation);
  return mergeSubjects([own, { ...subjectOfText(blocker.keyFinding), topic: null }]);
}
function itemsBlockerSubject(blocker, itemsByLine, validations) {
  const root = itemsByLine.get(blocker.line);
  const commands = root === void 0 ? "" : root.commands.map((c) => c.text).join(" ");
  const groupLines = new Set(root === void 0 ? [] : subtree(root).map((item) => item.line));
  const linked = validations.filter((v) => v.verifies.some((line) => groupLines.has(line))).map((v) => ({ ...subjectOfValidation(v), words: [] }));
  return mergeSubjects([subjectOfText(`${blocker.itemText} ${commands}`), ...linked]);
}

// src/gate.ts
async function evaluateReadiness(options) {
  const checklist = loadChecklist(options.checklistPath);
  const config = options.configPath === null ? null : await readConfig(options.configPath, options.configRequired);
  const plan = planValidations(checklist, config);
  options.progress?.planned?.(plan);
  const notRunReason = !options.runValidations ? "validations are switched off (run-validations: false)" : options.refuseCommands;
  const secrets = options.secrets ?? [];
  const finished = options.progress?.finished;
  let results = [];
  if (notRunReason === null) {
    const [{ runValidations }, { ProcessRunner }] = await Promise.all([
      import("./scheduler-ADSPVOKK.js"),
      import("./runner-IUMHXVXU.js")
    ]);
    results = await runValidations(plan.validations, {
      root: options.root,
      concurrency: options.concurrency ?? config?.concurrency ?? os.availableParallelism(),
      runner: new ProcessRunner(),
      onStart: options.progress?.started,
      onEnd: finished === void 0 ? void 0 : (validation, result) => {
        finished(validation, maskResult(result, secrets));
      }
    });
  }
  results = results.map((result) => maskResult(result, secrets));
  const rules = {
    requireValidations: config?.gate?.requireValidations ?? true,
    requireItems: config?.gate?.requireItems ?? true
  };
  const assessment = assess({
    checklist,
    validations: plan.validations,
    results,
    rules,
    refused: plan.refused,
    validationsRun: notRunReason === null
  });
  if (options.runValidations && options.refuseCommands !== null) {
    refusedCommands(assessment, options.refuseCommands);
  }
  return { checklist, plan, results, assessment, rules, notRunReason };
}
async function readConfig(configPath, required) {
  if (!required && !fs.existsSync(configPath)) return null;
  const { loadConfig } = await import("./config-ZW5KPEYJ.js");
  return loadConfig(configPath, { required });
}
function refusedCommands(assessment, reason) {
  assessment.notes.unshift(`Validations were not run: ${reason}.`);
  if (assessment.verdict === "ready") {
    assessment.verdict = "unassessed";
    assessment.ready = false;
  }
}

export {
  evaluateReadiness
};
