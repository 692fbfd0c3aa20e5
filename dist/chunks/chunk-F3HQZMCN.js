import {
  randomHex,
  stripAnsi
} from "./chunk-BMDP334S.js";
import {
  validationBlockers
} from "./chunk-SFEO2OTR.js";
import {
  CHECK_RUN_OUTPUT_MAX_BYTES,
  COMMENT_BODY_MAX_CHARS,
  DECLARED_STATE_LABEL,
  EFFECT_LABEL,
  JOB_SUMMARY_MAX_BYTES,
  MAX_CELL,
  STATUS_DESCRIPTION_MAX_CHARS,
  STATUS_LABEL,
  capList
} from "./chunk-6JHUN5AS.js";
import {
  formatDuration,
  plural
} from "./chunk-E7SK54EL.js";
import {
  errorMessage,
  isConfigurationError,
  quoteValue,
  trimTrailing
} from "./chunk-PY6GHY2O.js";

// src/report/inert-markdown.ts
var ZERO_WIDTH_JOINER = "\u200D";
var ZERO_WIDTH_SPACE = "\u200B";
var INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
var MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;
var HTML_SPECIALS = /[&<>"]/g;
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
var LINK_TRIGGERS = [
  /(?<=@)(?=\S)/g,
  /(?<=#)(?=\d)/g,
  /(?<=GH-)(?=\d)/gi,
  /(?<=[A-Za-z0-9])(?=:\/\/)/g,
  /(?<=www)(?=\.)/gi
];
function defuseLinks(text2) {
  let out = text2;
  for (const trigger of LINK_TRIGGERS) out = out.replace(trigger, ZERO_WIDTH_JOINER);
  return out;
}
function escapeMarkdown(text2) {
  return escapeLineStart(escapeInlineText(cleanText(text2).trim()));
}
function escapeMarkdownKeepingCode(text2, options = {}) {
  const parts = splitCodeSpans(cleanText(text2).trim()).map(
    (part) => part.code ? codeSpan(part.text, options) : escapeInlineText(part.text)
  );
  return escapeLineStart(parts.join(""));
}
var WHITESPACE_RUN = /\s+/g;
var joinLines = (run) => run.includes("\n") || run.includes("\r") ? " " : run;
function escapeHtml(text2) {
  const escaped = cleanText(text2).replace(WHITESPACE_RUN, joinLines).replace(HTML_SPECIALS, (c) => HTML_ENTITIES[c] ?? c);
  return defuseLinks(escaped);
}
function escapeHtmlKeepingCode(text2) {
  return splitCodeSpans(text2).map((part) => part.code ? `<code>${escapeHtml(part.text)}</code>` : escapeHtml(part.text)).join("");
}
function escapeInlineText(text2) {
  const escaped = cleanText(text2).replace(WHITESPACE_RUN, joinLines).replace(/\t/g, " ").replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c).replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
  return defuseLinks(escaped);
}
var MAX_SCANNED_TEXT = 4096;
function splitCodeSpans(text2) {
  if (text2.length > MAX_SCANNED_TEXT) return [{ text: text2, code: false }];
  const parts = [];
  const runs = /`+/g;
  let plainFrom = 0;
  let open;
  while ((open = runs.exec(text2)) !== null) {
    const length = open[0].length;
    let close = runs.exec(text2);
    while (close !== null && close[0].length !== length) close = runs.exec(text2);
    if (close === null) {
      runs.lastIndex = open.index + length;
      continue;
    }
    if (open.index > plainFrom) parts.push({ text: text2.slice(plainFrom, open.index), code: false });
    let content = text2.slice(open.index + length, close.index).replace(/[\r\n]/g, " ");
    if (/^ .*[^ ].* $/s.test(content)) content = content.slice(1, -1);
    parts.push({ text: content, code: true });
    plainFrom = close.index + length;
  }
  if (plainFrom < text2.length) parts.push({ text: text2.slice(plainFrom), code: false });
  return parts;
}
function codeSpan(text2, options = {}) {
  let content = neutraliseHtmlOpeners(cleanText(text2).replace(/[\r\n\t]+/g, " "));
  if (content === "") return "(empty)";
  if (content.trim() === "") return `\`${content}\``;
  if (options.inTable === true) content = content.replace(/\|/g, "\\|");
  const fence = "`".repeat(longestRun(content, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
var MAX_BACKTICK_RUN = 15;
function codeFence(text2, info = "text") {
  const content = trimTrailing(
    neutraliseHtmlOpeners(
      cleanText(text2).replace(/\r\n?/g, "\n").replace(
        new RegExp(`\`{${MAX_BACKTICK_RUN + 1},}`, "g"),
        `${"`".repeat(MAX_BACKTICK_RUN)}\u2026`
      )
    ),
    "\n"
  );
  const fence = "`".repeat(Math.max(3, longestRun(content, "`") + 1));
  return `${fence}${info}
${content}
${fence}`;
}
function truncate(text2, max) {
  if (text2.length <= max) return text2;
  let end = Math.max(0, max - 1);
  const code = text2.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${text2.slice(0, end)}\u2026`;
}
function cleanText(text2) {
  return stripAnsi(text2).replace(INVISIBLE_CONTROLS, "");
}
function neutraliseHtmlOpeners(text2) {
  return text2.replace(/<(?=!--|\/?details)/gi, `<${ZERO_WIDTH_SPACE}`);
}
function escapeLineStart(text2) {
  const trimmed = text2.trimStart();
  const lead = text2.slice(0, text2.length - trimmed.length);
  const ordered = /^(\d{1,9})([.)])/.exec(trimmed);
  if (ordered !== null) return `${lead}${ordered[1]}\\${trimmed.slice(ordered[1].length)}`;
  if (/^[-+#=>]/.test(trimmed)) return `${lead}\\${trimmed}`;
  return text2;
}
function longestRun(text2, char) {
  let longest = 0;
  let current = 0;
  for (const c of text2) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

// src/report/secrets.ts
var MASK = "***";
var MIN_KNOWN_LENGTH = 4;
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
var SECRET_HINT = /gh[pousr]_|github_pat_|A[KS]IA|xox[abposr]-|npm_|PRIVATE KEY|bearer|token|passw|secret|api[_-]?key/i;
var MIN_PATTERN_MATCH = 13;
var CREDENTIAL_VARIABLES = [
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "INPUT_GITHUB-TOKEN",
  "GITHUB_TOKEN",
  "GH_TOKEN"
];
var GITHUB_TOKEN_VARIABLES = ["INPUT_GITHUB-TOKEN", "GITHUB_TOKEN", "GH_TOKEN"];
function secretsToMask(env, token) {
  const githubTokens = [token, ...GITHUB_TOKEN_VARIABLES.map((name) => env[name] ?? "")];
  const values = [
    ...githubTokens,
    ...CREDENTIAL_VARIABLES.map((name) => env[name] ?? ""),
    ...githubTokens.filter((value) => value.trim().length >= MIN_KNOWN_LENGTH).map((value) => Buffer.from(`x-access-token:${value.trim()}`).toString("base64"))
  ];
  return usableKnownValues(values.map((value) => value.trim()));
}
function maskSecrets(text2, known = []) {
  return maskText(text2, usableKnownValues(known));
}
function usableKnownValues(known) {
  const distinct = new Set(known.filter((value) => value.length >= MIN_KNOWN_LENGTH));
  return [...distinct].sort((a, b) => b.length - a.length);
}
function maskText(text2, known) {
  let out = text2;
  for (const value of known) {
    if (out.includes(value)) out = out.split(value).join(MASK);
  }
  if (out.length < MIN_PATTERN_MATCH || !SECRET_HINT.test(out)) return out;
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
function maskDeep(value, known) {
  const values = usableKnownValues(known);
  const keys = /* @__PURE__ */ new Map();
  const maskKey = (key) => {
    let masked = keys.get(key);
    if (masked === void 0) keys.set(key, masked = maskText(key, values));
    return masked;
  };
  const walk = (node) => {
    if (typeof node === "string") return maskText(node, values);
    if (node === null || typeof node !== "object") return node;
    if (Array.isArray(node)) return node.map(walk);
    const prototype = Object.getPrototypeOf(node);
    if (prototype !== Object.prototype && prototype !== null) {
      throw new Error(
        `maskDeep: cannot mask ${Object.prototype.toString.call(node)}; pass plain data`
      );
    }
    const out = {};
    for (const key in node) {
      if (Object.prototype.hasOwnProperty.call(node, key)) {
        out[maskKey(key)] = walk(node[key]);
      }
    }
    return out;
  };
  return walk(value);
}
var MASKED = Symbol("masked for surfaces");
function maskForSurfaces(value, secrets) {
  const masked = maskDeep(value, secrets);
  Object.defineProperty(masked, MASKED, { value: true, enumerable: false });
  return masked;
}
function assertMasked(value, what) {
  if (!Object.prototype.hasOwnProperty.call(value, MASKED)) {
    throw new Error(
      `${what} must be masked before it is published: pass it through maskForSurfaces`
    );
  }
}
function maskResult(result, known) {
  return maskDeep(result, known);
}

// src/report/confined-file.ts
import * as fs from "node:fs";
import * as path from "node:path";
import { isUtf8 } from "node:buffer";
function confinedTargetProblem(target) {
  const lexical = lexicalProblem(target);
  if (lexical !== null) return lexical;
  const entry = targetEntryProblem(target, path.resolve(target.file));
  if (entry !== null) return entry;
  const realBoundary = realPathOrNull(target.boundary);
  if (realBoundary === null) return null;
  let current = realBoundary;
  for (const component of componentsBelow(target)) {
    const next = path.join(current, component);
    const stat = lstatOrNull(next);
    if (stat === null) return null;
    const real = realPathOrNull(next);
    if (real === null || !inside(real, realBoundary)) return outsideMessage(target, real ?? next);
    if (!fs.statSync(real).isDirectory()) return notDirectoryMessage(target, next);
    current = real;
  }
  return null;
}
function writeFileConfined(target, contents) {
  const lexical = lexicalProblem(target);
  if (lexical !== null) return { error: lexical };
  let directory;
  try {
    const opened = openParentInside(target);
    if ("error" in opened) return opened;
    directory = opened;
  } catch (error) {
    return { error: cannotWrite(target, error) };
  }
  try {
    const name = path.basename(target.file);
    const entryProblem = targetEntryProblem(target, directory.entry(name));
    if (entryProblem !== null) return { error: entryProblem };
    const temporary = directory.entry(`.${name}.${randomHex(6)}.tmp`);
    writeExclusive(temporary, contents);
    try {
      const lastLook = targetEntryProblem(target, directory.entry(name));
      if (lastLook !== null) return { error: lastLook };
      fs.renameSync(temporary, directory.entry(name));
    } finally {
      fs.rmSync(temporary, { force: true });
    }
    return { written: path.resolve(target.file) };
  } catch (error) {
    return { error: cannotWrite(target, error) };
  } finally {
    directory.close();
  }
}
function readFileConfined(target, maxBytes) {
  const lexical = lexicalProblem(target);
  if (lexical !== null) return { error: lexical };
  try {
    const realBoundary = fs.realpathSync(target.boundary);
    const realParent = fs.realpathSync(path.dirname(path.resolve(target.file)));
    if (!inside(realParent, realBoundary)) return { error: outsideMessage(target, realParent) };
    const entry = path.join(realParent, path.basename(target.file));
    const problem = targetEntryProblem(target, entry);
    if (problem !== null) return { error: problem };
    const fd = fs.openSync(entry, fs.constants.O_RDONLY | O_NOFOLLOW);
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) return { error: notRegularMessage(target) };
      if (stat.size > maxBytes) return { error: tooLargeMessage(target, stat.size, maxBytes) };
      const buffer = Buffer.alloc(stat.size + 1);
      let length = 0;
      for (; ; ) {
        const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
        if (length > stat.size) return { error: tooLargeMessage(target, length, stat.size) };
      }
      const bytes = buffer.subarray(0, length);
      if (!isUtf8(bytes)) return { error: cannotRead(target, "not valid UTF-8") };
      return { text: bytes.toString("utf8") };
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return { error: cannotRead(target, error) };
  }
}
var platformFlags = fs.constants;
var O_NOFOLLOW = platformFlags.O_NOFOLLOW ?? 0;
var O_DIRECTORY = platformFlags.O_DIRECTORY ?? 0;
function openParentInside(target) {
  const realBoundary = fs.realpathSync(target.boundary);
  let current = realBoundary;
  for (const component of componentsBelow(target)) {
    const next = path.join(current, component);
    if (lstatOrNull(next) === null) fs.mkdirSync(next);
    const real = fs.realpathSync(next);
    if (!inside(real, realBoundary)) return { error: outsideMessage(target, real) };
    if (!fs.statSync(real).isDirectory()) return { error: notDirectoryMessage(target, next) };
    current = real;
  }
  const fd = fs.openSync(current, fs.constants.O_RDONLY | O_DIRECTORY);
  const opened = fs.fstatSync(fd);
  const checked = fs.lstatSync(current);
  if (opened.ino !== checked.ino || opened.dev !== checked.dev) {
    fs.closeSync(fd);
    return { error: outsideMessage(target, current) };
  }
  const anchor = `/proc/self/fd/${fd}`;
  const anchored = process.platform === "linux" && lstatOrNull(anchor) !== null;
  const openedName = anchored ? fs.readlinkSync(anchor) : current;
  if (!inside(openedName, realBoundary)) {
    fs.closeSync(fd);
    return { error: outsideMessage(target, openedName) };
  }
  return {
    entry: (name) => path.join(anchored ? anchor : current, name),
    close: () => {
      fs.closeSync(fd);
    }
  };
}
function writeExclusive(file, contents) {
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | O_NOFOLLOW;
  const fd = fs.openSync(file, flags, 420);
  try {
    fs.writeFileSync(fd, contents);
  } finally {
    fs.closeSync(fd);
  }
}
function lexicalProblem(target) {
  if (target.file.includes("\0")) {
    return `Input '${target.input}' contains a NUL byte; fix the '${target.input}' input.`;
  }
  const resolved = path.resolve(target.file);
  if (!inside(resolved, path.resolve(target.boundary)) || resolved === path.resolve(target.boundary)) {
    return `Input '${target.input}' (${quoteValue(target.file)}) is not a file inside the working directory '${target.boundary}'; point '${target.input}' at a file under working-directory.`;
  }
  return null;
}
function targetEntryProblem(target, entry) {
  const stat = lstatOrNull(entry);
  if (stat === null || stat.isFile()) return null;
  const what = stat.isSymbolicLink() ? "is a symbolic link (the report is never written through a link)" : stat.isDirectory() ? "is a directory" : "is not a regular file";
  return `Input '${target.input}' (${quoteValue(target.file)}) ${what}; remove it or point '${target.input}' at another file.`;
}
function componentsBelow(target) {
  const relative3 = path.relative(
    path.resolve(target.boundary),
    path.dirname(path.resolve(target.file))
  );
  return relative3 === "" ? [] : relative3.split(path.sep);
}
function outsideMessage(target, real) {
  return `Input '${target.input}' (${quoteValue(target.file)}) leads through a symbolic link to ${quoteValue(real)}, outside the working directory; point '${target.input}' at a file inside it.`;
}
function notDirectoryMessage(target, component) {
  return `Input '${target.input}' (${quoteValue(target.file)}) needs ${quoteValue(component)} to be a directory; point '${target.input}' at another path.`;
}
function notRegularMessage(target) {
  return `Input '${target.input}' (${quoteValue(target.file)}) is not a regular file; point '${target.input}' at a file.`;
}
function tooLargeMessage(target, size, maxBytes) {
  return `Input '${target.input}' (${quoteValue(target.file)}) is larger than ${maxBytes} bytes (${size}); point '${target.input}' at a report Readiness Gate wrote.`;
}
function cannotRead(target, error) {
  const reason = error instanceof TypeError ? "not valid UTF-8" : quoteValue(errorMessage(error), 200).slice(1, -1);
  return `Cannot read '${target.input}' (${quoteValue(target.file)}): ${reason}; point '${target.input}' at a readable report inside the working directory.`;
}
function cannotWrite(target, error) {
  const reason = quoteValue(errorMessage(error), 200).slice(1, -1);
  return `Cannot write '${target.input}' (${quoteValue(target.file)}): ${reason}; point '${target.input}' at a writable file inside the working directory.`;
}
function inside(file, root) {
  const relative3 = path.relative(root, file);
  if (path.isAbsolute(relative3)) return false;
  return relative3 !== ".." && !relative3.startsWith(`..${path.sep}`);
}
function lstatOrNull(file) {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}
function realPathOrNull(file) {
  try {
    return fs.realpathSync(file);
  } catch {
    return null;
  }
}

// src/exit-codes.ts
var EXIT_CODES = { ready: 0, notReady: 1, usage: 2, internal: 3 };

// src/report/render-context.ts
import * as path2 from "node:path";
function renderContextFor(location) {
  const { github, workspace } = location;
  return {
    checkName: location.checkName,
    runUrl: github?.runUrl ?? null,
    repository: github === null ? null : `${github.owner}/${github.repo}`,
    sha: github?.sha ?? null,
    ...typeof github?.pullRequest === "number" ? { pullRequest: github.pullRequest } : {},
    ref: github?.ref ?? null,
    checklistPath: toPosix(path2.relative(workspace, location.checklistPath)),
    validationRoot: toPosix(path2.relative(workspace, location.root)) || ".",
    workspace,
    serverUrl: github?.serverUrl ?? null
  };
}
function toPosix(p) {
  return p.split(path2.sep).join("/");
}
function checklistLineUrl(context, line) {
  return fileLineUrl(context, context.checklistPath, line);
}
function fileLineUrl(context, repositoryPath, line) {
  if (context.repository === null || context.sha === null) return null;
  const server = trimTrailing(context.serverUrl ?? "https://github.com", "/");
  const file = repositoryPath.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".").map(encodeURIComponent).join("/");
  const repository = context.repository.split("/").map(encodeURIComponent).join("/");
  return `${server}/${repository}/blob/${encodeURIComponent(context.sha)}/${file}#L${line}`;
}
function linkDestination(url) {
  return url.replace(
    /[\u0000-\u0020\u007f()<>\\`"'[\]|]/g,
    (c) => Array.from(
      Buffer.from(c, "utf8"),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`
    ).join("")
  );
}
function lineRef(context, line) {
  const url = checklistLineUrl(context, line);
  return url === null ? `line ${line}` : `[line ${line}](${linkDestination(url)})`;
}
function lineNumberRef(context, line) {
  const url = checklistLineUrl(context, line);
  return url === null ? String(line) : `[${line}](${linkDestination(url)})`;
}
function linesRef(context, lines, max) {
  if (lines.length === 1) return lineRef(context, lines[0]);
  const { shown, more } = capList(lines, Math.max(1, max));
  const refs = shown.map((line, i) => i === 0 ? lineNumberRef(context, line) : String(line));
  return `lines ${refs.join(", ")}${more > 0 ? ` \u2026and ${more} more` : ""}`;
}

// src/readiness/model.ts
function noGitHubEvidence() {
  return { consulted: false, apiCalls: 0, unreadable: [], references: [], tickIt: [] };
}

// src/report/budget.ts
var COMMENT_BUDGET = COMMENT_BODY_MAX_CHARS - 200;
var BUDGETS = {
  /** Issue comment body, minus the marker line. */
  comment: { limit: COMMENT_BUDGET, unit: "chars" },
  checkSummary: { limit: CHECK_RUN_OUTPUT_MAX_BYTES, unit: "bytes" },
  checkText: { limit: CHECK_RUN_OUTPUT_MAX_BYTES, unit: "bytes" },
  jobSummary: { limit: JOB_SUMMARY_MAX_BYTES, unit: "bytes" },
  statusDescription: { limit: STATUS_DESCRIPTION_MAX_CHARS, unit: "chars" }
};
var TRUNCATION_NOTE = "> **Note:** report truncated; full JSON report in the artifact/report file.";
function measure(text2, unit) {
  return unit === "chars" ? text2.length : Buffer.byteLength(text2, "utf8");
}
function fits(text2, budget) {
  if (budget.unit === "bytes" && text2.length * 3 <= budget.limit) return true;
  return measure(text2, budget.unit) <= budget.limit;
}
function trimToBudget(markdown, budget) {
  if (fits(markdown, budget)) return markdown;
  const note = `

${TRUNCATION_NOTE}
`;
  const available = budget.limit - measure(note, budget.unit);
  const lines = markdown.split("\n");
  const state = { fence: null, details: 0 };
  let used = 0;
  let best = { lines: 0, closing: "" };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    used += measure(line, budget.unit) + (i === 0 ? 0 : 1);
    if (used > available) break;
    track(line, state);
    const closing = closingFor(state);
    if (used + measure(closing, budget.unit) <= available) best = { lines: i + 1, closing };
  }
  return `${lines.slice(0, best.lines).join("\n")}${best.closing}${note}`;
}
function fitLine(text2, limit) {
  const flat = text2.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  let end = limit - 1;
  const code = flat.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${flat.slice(0, end)}\u2026`;
}
var FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
function track(line, state) {
  if (state.fence !== null) {
    const fence = state.fence;
    const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    if (close.test(line)) state.fence = null;
    return;
  }
  const open = FENCE_OPEN.exec(line);
  if (open !== null) {
    state.fence = open[1];
    return;
  }
  const tag = line.trim();
  if (/^<details(?:\s[^>]*)?>$/i.test(tag)) state.details++;
  else if (/^<\/details>$/i.test(tag) && state.details > 0) state.details--;
}
function closingFor(state) {
  const fence = state.fence === null ? "" : `
${state.fence}`;
  return `${fence}${"\n\n</details>".repeat(state.details)}`;
}

// src/verdict-outputs.ts
function verdictOutcome(assessment, failOn, reportPath) {
  const fails = !assessment.ready && failOn === "not-ready";
  return {
    verdict: assessment.verdict,
    ready: assessment.ready,
    conclusion: conclusionOf(assessment),
    fails,
    exitCode: fails ? EXIT_CODES.notReady : EXIT_CODES.ready,
    outputs: {
      ready: assessment.ready ? "true" : "false",
      verdict: assessment.verdict,
      "report-path": reportPath,
      blockers: String(assessment.blockers.length),
      "failed-validations": String(failedValidations(assessment)),
      "checked-items": String(assessment.checklist.checked),
      "total-items": String(assessment.checklist.items),
      placeholders: String(assessment.reconciliation.placeholders.length)
    }
  };
}
function conclusionOf(assessment) {
  return assessment.verdict === "ready" ? "success" : "failure";
}
function failedValidations(assessment) {
  return assessment.validationsRun ? validationBlockers(assessment.validations).length : 0;
}
function failureOutcome(error, secrets = []) {
  const configuration = isConfigurationError(error);
  const message = maskSecrets(errorMessage(error).split("\n")[0] ?? "unknown error", secrets);
  const title = configuration ? "Readiness could not be assessed: configuration error" : "Readiness could not be assessed: internal error";
  const body = trimToBudget(`## ${title}

${escapeMarkdown(message)}
`, BUDGETS.checkSummary);
  return {
    kind: configuration ? "configuration" : "internal",
    message,
    exitCode: configuration ? EXIT_CODES.usage : EXIT_CODES.internal,
    outputs: { ready: "false", verdict: "error", "report-path": "" },
    report: {
      conclusion: "failure",
      title,
      checkSummary: body,
      checkText: "",
      comment: body,
      jobSummary: body,
      statusDescription: fitLine(title, BUDGETS.statusDescription.limit),
      annotations: []
    }
  };
}

// src/report/evidence-section.ts
function githubEvidenceSection(assessment, context, level) {
  const { github } = assessment.reconciliation;
  if (github.references.length === 0) return "";
  const contradicted = github.references.filter((check) => check.state === "contradicted");
  const tickIt = github.references.filter(
    (check) => check.state === "tick-it" && github.tickIt.includes(check.line)
  );
  const unverified = github.references.filter((check) => check.state === "unverified");
  const agreeing = github.references.length - contradicted.length - tickIt.length - unverified.length;
  const parts = [
    checkList("**Ticked, contradicted by GitHub**", contradicted, "\u2611", context, level),
    checkList("**Done on GitHub \u2014 tick it**", tickIt, "\u2610", context, level)
  ];
  if (unverified.length > 0) {
    const list = checkList("", unverified, "?", context, level).trimStart();
    parts.push(
      `<details>
<summary>${plural(unverified.length, "reference")} GitHub did not confirm</summary>

${list}

</details>`
    );
  }
  const consulted = github.consulted ? `${plural(github.references.length, "reference")} to GitHub checked in ${plural(github.apiCalls, "API call")}; ${agreeing} agree with their tick.` : `${plural(github.references.length, "reference")} to GitHub not checked: GitHub was not consulted.`;
  parts.push(`**GitHub evidence:** ${consulted}`);
  return parts.filter((part) => part !== "").join("\n\n");
}
function checkList(title, checks, mark, context, level) {
  if (checks.length === 0) return "";
  const { shown, more } = capList(checks, level.listItems);
  const lines = shown.map((check) => {
    const text2 = escapeMarkdownKeepingCode(truncate(check.itemText, MAX_CELL));
    const evidence = escapeMarkdown(truncate(check.evidence, MAX_CELL));
    const linked = check.url !== null && /^https:\/\//.test(check.url) ? `[${evidence}](${linkDestination(check.url)})` : evidence;
    return `- ${mark} ${text2} (${lineRef(context, check.line)}) \u2014 ${linked}`;
  });
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  return title === "" ? lines.join("\n") : `${title} (${checks.length})

${lines.join("\n")}`;
}

// src/report/since-last-run.ts
var VERDICT_WORDS = {
  ready: "\u2705 ready",
  "not-ready": "\u274C not ready",
  unassessed: "\u2796 not assessed"
};
function shortCommit(commit) {
  return commit === null ? "an earlier run" : commit.slice(0, 7);
}
function signed(n) {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : "\xB10";
}
function titleDelta(history) {
  const delta = history?.delta ?? null;
  if (delta === null) return "";
  const moved = delta.blockers.to - delta.blockers.from;
  return ` (${signed(moved)} since ${shortCommit(delta.since)})`;
}
function sinceLastRunSection(history, context, level) {
  if (history === null) return "";
  const notes2 = history.notes.map((note) => `> ${escapeMarkdown(note)}`).join("\n>\n");
  const delta = history.delta;
  if (delta === null) return notes2;
  const since = codeSpan(shortCommit(delta.since));
  if (delta.unchanged) {
    return [`**Since the last run** (${since}): nothing changed.`, notes2].filter((part) => part !== "").join("\n\n");
  }
  const lines = [
    verdictLine(delta),
    blockersLine(delta),
    validationLine("Newly failing", delta.newlyFailing, level),
    validationLine("Newly passing", delta.newlyPassing, level),
    countsLine(delta, level),
    itemsLine("Ticked", "\u2611", delta.ticked, context, level),
    itemsLine("Unticked", "\u2610", delta.unticked, context, level)
  ].filter((line) => line !== "");
  return [`### Since the last run \xB7 compared with ${since}`, lines.join("\n"), notes2].filter((part) => part !== "").join("\n\n");
}
function verdictLine(delta) {
  const { from, to } = delta.verdict;
  return from === to ? "" : `- Verdict: ${VERDICT_WORDS[from]} \u2192 **${VERDICT_WORDS[to]}**`;
}
function blockersLine(delta) {
  const { from, to } = delta.blockers;
  return from === to ? "" : `- Blockers: ${from} \u2192 **${to}** (${signed(to - from)})`;
}
function validationLine(title, changes, level) {
  if (changes.length === 0) return "";
  const { shown, more } = capList(changes, level.listItems);
  const parts = shown.map((c) => {
    const from = c.from === null ? "new" : statusWords(c.from);
    return `**${escapeMarkdown(truncate(c.name, 120))}** (${from} \u2192 ${statusWords(c.to)})`;
  });
  if (more > 0) parts.push(`\u2026and ${more} more`);
  return `- ${title}: ${parts.join("; ")}`;
}
function statusWords(status) {
  return STATUS_LABEL[status].replace(/^\S+\s/, "");
}
function countsLine(delta, level) {
  if (delta.counts.length === 0) return "";
  const { shown, more } = capList(delta.counts, level.listItems);
  const parts = shown.map(
    (c) => `${escapeMarkdown(truncate(c.name, 120))}: ${c.from} \u2192 ${c.to} ${escapeMarkdown(c.count)}`
  );
  if (more > 0) parts.push(`\u2026and ${more} more`);
  return `- Counts: ${parts.join("; ")}`;
}
function itemsLine(title, mark, changes, context, level) {
  if (changes === null || changes.length === 0) return "";
  const { shown, more } = capList(changes, level.listItems);
  const parts = shown.map(
    (c) => c.text === null ? `${mark} an item no longer in the checklist` : `${mark} ${escapeMarkdownKeepingCode(truncate(c.text, MAX_CELL))}${c.line === null ? "" : ` (${lineRef(context, c.line)})`}`
  );
  if (more > 0) parts.push(`\u2026and ${more} more`);
  return `- ${title} (${changes.length}): ${parts.join("; ")}`;
}
function trendSection(history, level) {
  if (history === null || history.trend.length < 2) return "";
  const points = history.trend;
  const heading = `### Trend \xB7 last ${plural(points.length, "run")}`;
  const parts = [heading];
  if (level.index <= 3) parts.push(trendChart(points));
  parts.push(trendLine(points));
  return parts.join("\n\n");
}
function trendChart(points) {
  const labels = points.map(
    (p, i) => `"${p.commit === null ? `run ${i + 1}` : p.commit.slice(0, 7)}"`
  );
  const top = Math.max(1, ...points.map((p) => Math.max(p.validationsTotal, p.itemsTotal)));
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Critical validations passed (first line) and critical items ticked (second line)"',
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "Count" 0 --> ${top}`,
    `  line [${points.map((p) => p.validationsPassed).join(", ")}]`,
    `  line [${points.map((p) => p.itemsTicked).join(", ")}]`,
    "```"
  ].join("\n");
}
function trendLine(points) {
  const validations = points.map((p) => `${p.validationsPassed}/${p.validationsTotal}`).join(" \u2192 ");
  const items = points.map((p) => `${p.itemsTicked}/${p.itemsTotal}`).join(" \u2192 ");
  return `Oldest to newest \u2014 critical validations passed: ${validations} \xB7 critical items ticked: ${items}.`;
}
function staleTicksList(history, context, level) {
  const stale = history?.staleTicks ?? [];
  if (stale.length === 0) return "";
  const { shown, more } = capList(stale, level.listItems);
  const lines = shown.map((tick) => {
    const text2 = escapeMarkdownKeepingCode(truncate(tick.text, MAX_CELL));
    const why = tick.kind === "regressed" ? `regressed since ${codeSpan(shortCommit(tick.since))}` : "never proven: its validation has not passed in the recorded runs";
    const ids = tick.validationIds.map((id) => codeSpan(truncate(id, 120))).join(", ");
    return `- \u2611 ${text2} (${lineRef(context, tick.line)}) \u2014 ${why} (${ids})`;
  });
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  return `**Ticked, but the history does not support it**

${lines.join("\n")}`;
}

// src/report/reconciliation.ts
function reconciliationSection(assessment, context, level, history = null) {
  const { reconciliation } = assessment;
  return [
    "### Checklist vs. evidence",
    mismatchList(
      "**Ticked, but failing now**",
      reconciliation.claimedDoneFailing,
      "\u2611",
      context,
      level
    ),
    mismatchList("**Passing now \u2014 tick it**", reconciliation.passesTickIt, "\u2610", context, level),
    staleTicksList(history, context, level),
    unverifiedClaimsList(assessment, context, level),
    noMismatches(assessment),
    githubEvidenceSection(assessment, context, level),
    declaredSection(assessment, context, level),
    placeholdersSection(assessment, context, level),
    signOffsSection(assessment, context)
  ].filter((block) => block !== "").join("\n\n");
}
function mismatchList(title, mismatches, mark, context, level) {
  if (mismatches.length === 0) return "";
  const { shown, more } = capList(mismatches, level.listItems);
  const lines = shown.map((item) => {
    const evidence = item.validations.map(
      (v) => `${STATUS_LABEL[v.status]}: ${escapeMarkdown(truncate(v.name, 120))} \u2014 ${escapeMarkdownKeepingCode(truncate(v.summary, MAX_CELL))}`
    ).join("; ");
    const text2 = escapeMarkdownKeepingCode(truncate(item.text, MAX_CELL));
    return `- ${mark} ${text2} (${lineRef(context, item.line)}) \u2014 ${evidence}`;
  });
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  return `${title} (${mismatches.length})

${lines.join("\n")}`;
}
var OPEN_CLAIMS = 5;
function unverifiedClaimsList(assessment, context, level) {
  const claims = assessment.reconciliation.unverifiedClaims;
  if (claims.length === 0) return "";
  const { shown, more } = capList(claims, level.listItems);
  const lines = shown.map((claim) => {
    const text2 = escapeMarkdownKeepingCode(truncate(claim.text, MAX_CELL));
    const why = claim.why === "refused" && claim.effect !== null ? `refused (_${EFFECT_LABEL[claim.effect]}_): ${escapeMarkdownKeepingCode(truncate(claim.reason, MAX_CELL))}` : escapeMarkdownKeepingCode(truncate(claim.reason, MAX_CELL));
    return `- \u2611 ${text2} (${lineRef(context, claim.line)}) \u2014 ${codeSpan(truncate(claim.command, MAX_CELL))}: ${why}`;
  });
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  const title = `**Ticked, but nothing checks it** (${claims.length})`;
  if (claims.length <= OPEN_CLAIMS) return `${title}

${lines.join("\n")}`;
  return `${title}

<details>
<summary>${plural(claims.length, "unverified claim")}</summary>

${lines.join("\n")}

</details>`;
}
function noMismatches(assessment) {
  const { claimedDoneFailing, passesTickIt } = assessment.reconciliation;
  if (claimedDoneFailing.length > 0 || passesTickIt.length > 0) return "";
  if (!assessment.validationsRun) return "Ticks were not compared with validations: none were run.";
  return "Every tick agrees with its validations (no ticked item fails, no unticked item is already proven).";
}
function declaredSection(assessment, context, level) {
  const comparison = assessment.reconciliation.declared;
  const { declared } = comparison;
  if (declared === null) return "**Declared status:** the checklist has no status section.";
  const computed = { ready: "ready", "not-ready": "not ready", unassessed: "not assessed" }[assessment.verdict];
  const said = declared.overallReadiness === null ? "no readiness" : `**${escapeMarkdown(declared.overallReadiness)}**`;
  const verdictWords = {
    agrees: "they agree.",
    "declared-ready-but-not-ready": "they disagree.",
    "declared-not-ready-but-ready": "they disagree.",
    "not-comparable": "they cannot be compared."
  }[comparison.agreement];
  const parts = [
    `**Declared status:** the checklist declares ${said} (${lineRef(context, declared.line)}); the gate finds it **${computed}** \u2014 ${verdictWords}`
  ];
  if (comparison.blockers.length > 0) {
    const { shown, more } = capList(comparison.blockers, level.listItems);
    const rows = shown.map(
      (b) => `| ${escapeMarkdownKeepingCode(truncate(b.text, MAX_CELL), { inTable: true })} | ${lineNumberRef(context, b.line)} | ${DECLARED_STATE_LABEL[b.state]} | ${b.evidence === null ? "nothing checks it" : escapeMarkdownKeepingCode(truncate(b.evidence, MAX_CELL), { inTable: true })} |`
    );
    if (more > 0) rows.push(`| \u2026and ${more} more | | | |`);
    parts.push(
      ["| Declared blocker | Line | Now | Evidence |", "| :-- | --: | :-- | :-- |", ...rows].join(
        "\n"
      )
    );
  }
  if (comparison.newBlockers.length > 0) {
    const { shown, more } = capList(comparison.newBlockers, level.listItems);
    const lines = shown.map((b) => {
      const where = b.line === null ? "" : ` (${lineRef(context, b.line)})`;
      return `- ${escapeMarkdownKeepingCode(truncate(b.text, MAX_CELL))}${where}`;
    });
    if (more > 0) lines.push(`- \u2026and ${more} more`);
    parts.push(
      `**Blockers the status section does not list** (${comparison.newBlockers.length})

${lines.join("\n")}`
    );
  }
  return parts.join("\n\n");
}
function placeholdersSection(assessment, context, level) {
  const { placeholders } = assessment.reconciliation;
  if (placeholders.length === 0) return "**Placeholders:** none left unfilled.";
  const { shown, more } = capList(placeholders, level.listItems);
  const rows = shown.map(
    (p) => `| ${lineNumberRef(context, p.line)} | ${escapeMarkdown(truncate(p.text, 60))} | ${escapeMarkdown(truncate(p.context, 160))} |`
  );
  if (more > 0) rows.push(`| | \u2026and ${more} more | |`);
  return [
    `**Placeholders still unfilled** (${placeholders.length})`,
    ["| Line | Placeholder | Context |", "| :-- | :-- | :-- |", ...rows].join("\n")
  ].join("\n\n");
}
function signOffsSection(assessment, context) {
  const { signOffs } = assessment.reconciliation;
  if (signOffs.total === 0) return "**Sign-offs:** the checklist asks for none.";
  const rows = signOffs.roles.map((role) => signOffRow(role, context));
  return [
    `**Sign-offs** \xB7 ${signOffs.signed} of ${plural(signOffs.total, "role")} signed`,
    ["| Role | Signed | Date | Items ticked |", "| :-- | :-- | :-- | --: |", ...rows].join("\n")
  ].join("\n\n");
}
function signOffRow(role, context) {
  const name = `${escapeMarkdown(truncate(role.role, 120))} (${lineRef(context, role.line)})`;
  return `| ${name} | ${field(role.signed)}${SIGN_OFF_VERDICT[role.state]} | ${field(role.date)} | ${role.itemsChecked} / ${role.itemsTotal} |`;
}
var SIGN_OFF_VERDICT = {
  signed: "",
  unsigned: "",
  claimed: " \u2014 claimed, no approval",
  unverified: " \u2014 unverified (no pull request approval was read)"
};
function field(value) {
  if (!value.filled || value.value === null) return "\u2014";
  return escapeMarkdown(truncate(value.value, 80));
}

// src/report/comparison.ts
function comparisonSection(assessment, context, level) {
  return [
    changesBlock(assessment.comparison, context, level),
    waiversBlock(assessment, context, level)
  ].filter((block) => block !== "").join("\n\n");
}
var ITEM_CHANGE_LABEL = {
  removed: "Critical item removed",
  demoted: "Critical item moved out of the critical phase",
  reworded: "Critical item reworded"
};
function changesBlock(comparison, context, level) {
  if (comparison === void 0) return "";
  const ref = codeSpan(shortRef(comparison.ref ?? ""));
  const from = comparison.source === "api" ? " (read through the GitHub API)" : "";
  if (comparison.state === "skipped") {
    return `### Changes since the base

Not compared: ${escapeMarkdown(comparison.reason ?? "")}.`;
  }
  if (comparison.state === "new") {
    return `### Changes since the base

The checklist does not exist at ${ref}${from}: it is new, so nothing was removed.`;
  }
  const lines = [];
  for (const change of comparison.items) {
    const base = `base line ${change.base.line}: ${text(change.base.text)}`;
    const head = change.head === null ? `near ${lineRef(context, change.anchorLine)}` : `now ${lineRef(context, change.head.line)}: ${text(change.head.text)}`;
    const waiver = change.waiver === null ? "" : change.waiver.valid ? ` \u2014 waived (${escapeMarkdown(change.waiver.why)})` : ` \u2014 waiver does not hold: ${escapeMarkdown(change.waiver.why)}`;
    lines.push(
      `- **${ITEM_CHANGE_LABEL[change.kind]}** (${escapeMarkdown(change.detail)}): ${base}; ${head}${waiver}`
    );
  }
  for (const command of comparison.commands) {
    const label = command.kind === "removed" ? "Verify command removed" : "Verify command weakened";
    const now = command.head === null ? `gone (${text(command.item.text)})` : `now ${codeSpan(command.head.text)} at ${lineRef(context, command.head.line)}`;
    const lost = command.kind === "weakened" ? ` \u2014 lost ${command.lost.map((flag) => codeSpan(flag)).join(", ")}` : "";
    lines.push(
      `- **${label}**: base line ${command.base.line} ${codeSpan(command.base.text)}; ${now}${lost}`
    );
  }
  for (const step of comparison.scriptSteps) {
    lines.push(
      `- **Validation script step removed**: base line ${step.base.line} ${codeSpan(step.base.text)} (script now at ${lineRef(context, step.anchorLine)})`
    );
  }
  for (const tick of comparison.ticks) {
    if (tick.kind === "ticked" && (tick.evidence === "proven" || tick.evidence === "waived"))
      continue;
    const label = tick.kind === "unticked" ? "Unticked here" : tick.evidence === "failing" ? "Ticked here, its validation fails" : "Ticked here, unproven";
    lines.push(
      `- **${label}**: ${text(tick.text)} \u2014 ${lineRef(context, tick.headLine)} (base line ${tick.baseLine})`
    );
  }
  const proven = comparison.ticks.filter(
    (tick) => tick.kind === "ticked" && tick.evidence === "proven"
  ).length;
  if (lines.length === 0) {
    return `### Changes since the base

Compared with ${ref}${from}: no critical item, Verify command or script step was removed or weakened.${provenNote(proven)}`;
  }
  const { shown, more } = capList(lines, level.listItems);
  const rest = more > 0 ? `

\u2026and ${plural(more, "more change")} (the JSON report has them all).` : "";
  return `### Changes since the base

Compared with ${ref}${from}:

${shown.join("\n")}${rest}${provenNote(proven)}`;
}
function provenNote(proven) {
  return proven === 0 ? "" : `

${plural(proven, "item")} ticked here with a validation that passes now.`;
}
function waiversBlock(assessment, context, level) {
  const waivers = assessment.waivers ?? [];
  if (waivers.length === 0) return "";
  const { shown, more } = capList(waivers, level.listItems);
  const lines = shown.map((waiver) => waiverLine(waiver, context));
  const rest = more > 0 ? `

\u2026and ${plural(more, "more waiver")}.` : "";
  return `### Waivers

${lines.join("\n")}${rest}`;
}
function waiverLine(waiver, context) {
  const mark = waiver.valid ? "\u2705 holds" : "\u274C does not hold";
  const where = waiver.line !== null ? lineRef(context, waiver.line) : waiver.configLine !== null ? `config line ${waiver.configLine} (removed item)` : "removed item";
  const from = waiver.source === "config" ? " (config)" : "";
  const reason = waiver.reason === null ? "" : ` \u2014 ${escapeMarkdown(truncate(waiver.reason, MAX_CELL))}`;
  return `- ${mark}: ${text(waiver.subject)}${reason}${from} \xB7 ${where} \u2014 ${escapeMarkdown(waiver.why)}`;
}
function text(value) {
  return `\u201C${escapeMarkdownKeepingCode(truncate(value, MAX_CELL))}\u201D`;
}
function shortRef(ref) {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

// src/report/overview.ts
function renderOverview(assessment, context, level, history = null) {
  return [
    headline(assessment, context),
    sinceLastRunSection(history, context, level),
    gateLine(assessment),
    notes(assessment),
    agreementCallout(assessment, context),
    blockersSection(assessment, context, level),
    comparisonSection(assessment, context, level),
    validationsSection(assessment, context, level),
    progressSection(assessment, level),
    trendSection(history, level),
    reconciliationSection(assessment, context, level, history)
  ].filter((block) => block !== "").join("\n\n");
}
function verdictTitle(assessment) {
  switch (assessment.verdict) {
    case "ready":
      return "Ready";
    case "not-ready":
      return `Not ready: ${plural(assessment.blockers.length, "blocker")}`;
    case "unassessed":
      return assessment.validationsRun ? "Not assessed: nothing gates readiness" : "Not assessed: validations were not run";
  }
}
var VERDICT_MARK = { ready: "\u2705", "not-ready": "\u274C", unassessed: "\u2796" };
function headline(assessment, context) {
  const facts = [`**${escapeMarkdown(context.checkName)}**`];
  facts.push(`checklist ${codeSpan(context.checklistPath)}`);
  if (context.sha !== null) facts.push(`commit ${codeSpan(context.sha.slice(0, 7))}`);
  if (context.ref !== null && context.sha === null) facts.push(`ref ${codeSpan(context.ref)}`);
  if (context.runUrl !== null) facts.push(`[workflow run](${linkDestination(context.runUrl)})`);
  const title = verdictTitle(assessment).replace(": ", " \u2014 ");
  return `## ${VERDICT_MARK[assessment.verdict]} ${title}

${facts.join(" \xB7 ")}`;
}
function gateLine(assessment) {
  const parts = [];
  if (assessment.basis.validations) {
    const critical = assessment.validations.filter((v) => v.critical);
    const passed = critical.filter((v) => v.status === "passed").length;
    parts.push(`${passed} of ${plural(critical.length, "critical validation")} passed`);
  }
  if (assessment.basis.items) {
    const critical = assessment.priorities.find((p) => p.level === "critical");
    const ticked = critical?.checked ?? 0;
    parts.push(`${ticked} of ${plural(critical?.total ?? 0, "critical checklist item")} ticked`);
  }
  return parts.length === 0 ? "" : `Gate: ${parts.join("; ")}.`;
}
function notes(assessment) {
  if (assessment.notes.length === 0) return "";
  return assessment.notes.map((note) => `> ${escapeMarkdown(note)}`).join("\n>\n");
}
function agreementCallout(assessment, context) {
  const { declared, agreement } = assessment.reconciliation.declared;
  if (declared === null) return "";
  const said = `**${escapeMarkdown(declared.overallReadiness ?? "")}** (${lineRef(context, declared.line)})`;
  if (agreement === "declared-ready-but-not-ready") {
    return `> **Claim and evidence disagree:** the checklist declares ${said}, but the gate finds it **not ready**.`;
  }
  if (agreement === "declared-not-ready-but-ready") {
    return `> **Claim and evidence disagree:** the checklist declares ${said}, but every gating check passes now: update its status.`;
  }
  return "";
}
function blockersSection(assessment, context, level) {
  if (assessment.blockers.length === 0) return "";
  const { shown, more } = capList(assessment.blockers, level.listItems);
  const lines = shown.map((blocker, i) => `${i + 1}. ${blockerLine(blocker, context, level)}`);
  if (more > 0) lines.push(`
\u2026and ${plural(more, "more blocker")}.`);
  return `### Blockers

${lines.join("\n")}`;
}
function blockerLine(blocker, context, level) {
  if (blocker.kind === "validation") {
    const where = blocker.line === null ? "" : ` \xB7 ${lineRef(context, blocker.line)}`;
    const finding = escapeMarkdownKeepingCode(truncate(blocker.keyFinding, MAX_CELL));
    const hint = blocker.hint === null ? "" : `<br>Hint: ${escapeMarkdownKeepingCode(truncate(blocker.hint, MAX_CELL))}`;
    return `${STATUS_LABEL[blocker.status]}: **${escapeMarkdown(blocker.validationName)}** \u2014 ${finding}${where}${hint}`;
  }
  if (blocker.kind === "github-contradiction") {
    const text3 = escapeMarkdownKeepingCode(truncate(blocker.itemText, MAX_CELL));
    const evidence = escapeMarkdown(truncate(blocker.evidence, MAX_CELL));
    return `\u2611 **${text3}** \u2014 ticked, contradicted by GitHub: ${evidence} \xB7 ${lineRef(context, blocker.line)}`;
  }
  if (blocker.kind !== "unchecked-items") return changeBlockerLine(blocker, context);
  const count = blocker.totalCount === 1 ? "unchecked" : `${blocker.uncheckedCount} of ${blocker.totalCount} unchecked`;
  const text2 = escapeMarkdownKeepingCode(truncate(blocker.itemText, MAX_CELL));
  return `\u2610 **${text2}** \u2014 ${count} \xB7 ${escapeMarkdown(blocker.phase)} \xB7 ${linesRef(context, blocker.uncheckedLines, level.listItems)}`;
}
function changeBlockerLine(blocker, context) {
  const text2 = escapeMarkdownKeepingCode(truncate(blocker.itemText, MAX_CELL));
  if (blocker.kind === "waiver") {
    const why = escapeMarkdown(truncate(blocker.why, MAX_CELL));
    return `\u26A0\uFE0F Waiver does not hold: **${text2}** \u2014 ${why} \xB7 ${lineRef(context, blocker.line)}`;
  }
  const what = blocker.change === "removed" ? "removed" : "moved out of the critical phase";
  const waiver = blocker.waiverProblems === null ? " \u2014 no waiver" : " \u2014 its waiver does not hold";
  return `\u2796 Critical item ${what}: **${text2}** (base line ${blocker.baseLine})${waiver} \xB7 ${lineRef(context, blocker.line)}`;
}
function validationsSection(assessment, context, level) {
  const all = assessment.validations;
  if (all.length === 0 && assessment.refused.length === 0) {
    return "### Validations\n\nThe checklist plans no validation: no command proves it.";
  }
  const passed = all.filter((v) => v.status === "passed").length;
  const { shown, more } = capList(all, level.listItems);
  const rows = shown.map((v) => validationRow(v));
  if (more > 0) rows.push(`| | \u2026and ${plural(more, "more validation")} | | |`);
  const table = all.length === 0 ? "" : ["| Result | Validation | Time | Key finding |", "| :-- | :-- | --: | :-- |", ...rows].join(
    "\n"
  );
  const parts = [`### Validations \xB7 ${passed} of ${all.length} passed`, table];
  parts.push(refusedList(assessment, context, level));
  return parts.filter((part) => part !== "").join("\n\n");
}
function validationRow(v) {
  const name = escapeMarkdown(truncate(v.name, 120)) + (v.critical ? "" : " _(not critical)_");
  const summary = escapeMarkdownKeepingCode(truncate(v.summary, MAX_CELL), { inTable: true });
  return `| ${STATUS_LABEL[v.status]} | ${name} | ${formatDuration(v.durationMs)} | ${summary} |`;
}
function refusedList(assessment, context, level) {
  if (assessment.refused.length === 0) return "";
  const { shown, more } = capList(assessment.refused, level.listItems);
  const lines = shown.map((refused) => {
    const where = refused.line === null ? "" : ` (${lineRef(context, refused.line)})`;
    const command = codeSpan(truncate(refused.command, MAX_CELL));
    return `- ${command}${where} \u2014 _${EFFECT_LABEL[refused.effect]}_: ${escapeMarkdownKeepingCode(truncate(refused.reason, MAX_CELL))}`;
  });
  if (more > 0) lines.push(`- \u2026and ${more} more`);
  return `Not run, by design (${assessment.refused.length}):

${lines.join("\n")}`;
}
function progressSection(assessment, level) {
  const { checklist, phases, priorities } = assessment;
  const heading = `### Checklist progress \xB7 ${checklist.checked} of ${plural(checklist.items, "item")} ticked`;
  if (phases.length === 0) return `${heading}

The checklist has no phases.`;
  const { shown, more } = capList(phases, level.listItems);
  const rows = shown.map((phase) => {
    const name = escapeMarkdown(
      truncate(phase.number === null ? phase.title : `Phase ${phase.number}: ${phase.title}`, 120)
    );
    const label = phase.priority.label === null ? "" : ` (${escapeMarkdown(phase.priority.label)})`;
    return `| ${name} | ${phase.priority.level}${label} | ${phase.checked} / ${phase.total} | ${phase.percent} % |`;
  });
  if (more > 0) rows.push(`| \u2026and ${plural(more, "more phase")} | | | |`);
  const byPriority = priorities.map((p) => `${p.level} ${p.checked} / ${p.total}`).join(" \xB7 ");
  return [
    heading,
    ["| Phase | Priority | Ticked | Done |", "| :-- | :-- | --: | --: |", ...rows].join("\n"),
    `By priority: ${byPriority}.`
  ].join("\n\n");
}

export {
  escapeMarkdown,
  escapeMarkdownKeepingCode,
  escapeHtml,
  escapeHtmlKeepingCode,
  codeSpan,
  codeFence,
  truncate,
  cleanText,
  MASK,
  secretsToMask,
  maskForSurfaces,
  assertMasked,
  maskResult,
  confinedTargetProblem,
  writeFileConfined,
  readFileConfined,
  noGitHubEvidence,
  EXIT_CODES,
  BUDGETS,
  fits,
  trimToBudget,
  fitLine,
  verdictOutcome,
  conclusionOf,
  failureOutcome,
  renderContextFor,
  fileLineUrl,
  linkDestination,
  lineRef,
  titleDelta,
  renderOverview,
  verdictTitle
};
//# sourceMappingURL=chunk-F3HQZMCN.js.map
