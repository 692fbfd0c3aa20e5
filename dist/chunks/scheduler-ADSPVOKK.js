import {
  flagCheck,
  isTestCommand,
  programName,
  recognises,
  simpleCommands,
  toolIdFor
} from "./chunk-WPNG4CE6.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-QEFFRMPE.js";
import "./chunk-XCBH6NLF.js";

// src/validations/scheduler.ts
import { availableParallelism } from "node:os";
import path2 from "node:path";
import { performance } from "node:perf_hooks";

// src/validations/missing-tool.ts
var SHELL_NOT_FOUND_EXIT = 127;
var SHELL_NOT_FOUND_PATTERNS = [
  /^(?:[^\s:]+: )?(?:line \d+: )?(\S+): command not found$/,
  /^(?:[^\s:]+: )?\d+: (\S+): not found$/,
  /^[^\s:]+: command not found: (\S+)$/
];
var MISSING_PATH_PATTERN = /^(?:[^\s:]+: )?(?:line \d+: )?(\S+): No such file or directory$/;
var CARGO_NO_SUCH_COMMAND = /^error: no such command: `([^`]+)`/;
var RUSTUP_COMPONENT_MISSING = /^error: '([^']+)' is not installed for the toolchain/;
var RUST_COMPONENT_OF = {
  fmt: "rustfmt",
  "cargo-fmt": "rustfmt",
  rustfmt: "rustfmt",
  clippy: "clippy",
  "cargo-clippy": "clippy",
  "clippy-driver": "clippy"
};
var INSTALL_HINTS = {
  "cargo-audit": "install cargo-audit: `cargo install cargo-audit --locked` (in Actions: taiki-e/install-action with `tool: cargo-audit`)",
  rustfmt: "rustup component add rustfmt",
  clippy: "rustup component add clippy",
  cargo: "install a Rust toolchain (in Actions: dtolnay/rust-toolchain)",
  rustc: "install a Rust toolchain (in Actions: dtolnay/rust-toolchain)",
  rustup: "install a Rust toolchain (in Actions: dtolnay/rust-toolchain)",
  npm: "install Node.js (in Actions: actions/setup-node)",
  npx: "install Node.js (in Actions: actions/setup-node)",
  node: "install Node.js (in Actions: actions/setup-node)"
};
var BINARY_NOT_FOUND_HINT = "binary not found; did the build step succeed?";
function installHint(tool, command = "") {
  const known = INSTALL_HINTS[tool];
  if (known !== void 0) return known;
  if (tool.startsWith("cargo-")) return `install ${tool}: \`cargo install ${tool} --locked\``;
  if (/\bnpm\s+(?:run|test|t|start|exec)\b|\bnpx\b/.test(command)) {
    return `install ${tool}: run \`npm ci\` first (it is usually a devDependency), or install it and make sure it is on PATH`;
  }
  return `install ${tool} and make sure it is on PATH`;
}
function detectMissingTool(command, outputText2, exitCode) {
  if (exitCode === null || exitCode === 0) return null;
  const lines = outputText2.split(/\r?\n/).reverse();
  for (const line of lines) {
    const found = missingToolOnLine(line.trim(), command, exitCode);
    if (found !== null) return found;
  }
  return null;
}
function missingToolOnLine(line, command, exitCode) {
  const cargoSubcommand = CARGO_NO_SUCH_COMMAND.exec(line)?.[1];
  if (cargoSubcommand !== void 0) return cargoTool(cargoSubcommand);
  const rustupProxy = RUSTUP_COMPONENT_MISSING.exec(line)?.[1];
  if (rustupProxy !== void 0) return componentOrTool(rustupProxy);
  if (exitCode !== SHELL_NOT_FOUND_EXIT) return null;
  const missingPath = MISSING_PATH_PATTERN.exec(line)?.[1];
  if (missingPath?.includes("/") === true) {
    return { tool: missingPath, hint: BINARY_NOT_FOUND_HINT, kind: "binary" };
  }
  for (const pattern of SHELL_NOT_FOUND_PATTERNS) {
    const name = pattern.exec(line)?.[1];
    if (name === void 0) continue;
    if (name.includes("/")) return { tool: name, hint: BINARY_NOT_FOUND_HINT, kind: "binary" };
    return { tool: name, hint: installHint(name, command), kind: "tool" };
  }
  return null;
}
function cargoTool(subcommand) {
  const component = RUST_COMPONENT_OF[subcommand];
  if (component !== void 0)
    return { tool: component, hint: installHint(component), kind: "tool" };
  const tool = `cargo-${subcommand}`;
  return { tool, hint: installHint(tool), kind: "tool" };
}
function componentOrTool(name) {
  const tool = RUST_COMPONENT_OF[name] ?? name;
  return { tool, hint: installHint(tool), kind: "tool" };
}

// src/validations/tools/generic.ts
var genericParser = {
  id: "generic",
  matches: () => true,
  create: () => {
    let lines = 0;
    return {
      line: () => {
        lines++;
      },
      finish: (exitCode) => ({
        findings: [],
        droppedFindings: 0,
        counts: { lines },
        summary: exitCode === 0 ? "exit 0" : exitCode === null ? "killed" : `exit ${exitCode}`
      })
    };
  }
};

// src/validations/tools/cvss.ts
var WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 }
};
var PRIVILEGES = {
  N: { unchanged: 0.85, changed: 0.85 },
  L: { unchanged: 0.62, changed: 0.68 },
  H: { unchanged: 0.27, changed: 0.5 }
};
function roundUp(value) {
  const scaled = Math.round(value * 1e5);
  return scaled % 1e4 === 0 ? scaled / 1e5 : (Math.floor(scaled / 1e4) + 1) / 10;
}
function metrics(vector) {
  const parts = vector.trim().split("/");
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? "")) return null;
  const found = /* @__PURE__ */ new Map();
  for (const part of parts.slice(1)) {
    const [name, value] = part.split(":");
    if (name !== void 0 && value !== void 0) found.set(name, value);
  }
  return found;
}
function cvss3BaseScore(vector) {
  const found = metrics(vector);
  if (found === null) return null;
  const weight = (name) => WEIGHTS[name]?.[found.get(name) ?? ""];
  const [av, ac, ui, c, i, a] = ["AV", "AC", "UI", "C", "I", "A"].map(weight);
  const scope = found.get("S");
  const privileges = PRIVILEGES[found.get("PR") ?? ""];
  if (av === void 0 || ac === void 0 || ui === void 0 || c === void 0 || i === void 0 || a === void 0 || privileges === void 0 || scope !== "U" && scope !== "C") {
    return null;
  }
  const changed = scope === "C";
  const impactSubScore = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = changed ? 7.52 * (impactSubScore - 0.029) - 3.25 * Math.pow(impactSubScore - 0.02, 15) : 6.42 * impactSubScore;
  const pr = changed ? privileges.changed : privileges.unchanged;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
}
function cvssSeverity(score) {
  if (score === 0) return "none";
  if (score < 4) return "low";
  if (score < 7) return "medium";
  if (score < 9) return "high";
  return "critical";
}

// src/validations/tools/json-capture.ts
var MAX_CAPTURED_CHARS = 64 * 1024 * 1024;
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var JsonCapture = class {
  lines = [];
  chars = 0;
  started = false;
  overflowed = false;
  line(text) {
    if (this.overflowed) return;
    if (!this.started) {
      if (!text.trimStart().startsWith("{")) return;
      this.started = true;
    }
    this.chars += text.length + 1;
    if (this.chars > MAX_CAPTURED_CHARS) {
      this.overflowed = true;
      this.lines.length = 0;
      return;
    }
    this.lines.push(text);
  }
  /** The first JSON object found for which `accept` is true, or null. */
  parse(accept) {
    for (const line of this.lines) {
      const trimmed = line.trim();
      if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
        const value2 = tryParse(trimmed);
        if (value2 !== null && accept(value2)) return value2;
      }
    }
    let last = this.lines.length - 1;
    while (last >= 0 && !this.lines[last].trimEnd().endsWith("}")) last--;
    if (last < 0) return null;
    const value = tryParse(this.lines.slice(0, last + 1).join("\n"));
    return value !== null && accept(value) ? value : null;
  }
};
function tryParse(text) {
  try {
    const value = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}
function stringField(object, key) {
  if (!isObject(object)) return void 0;
  const value = object[key];
  return typeof value === "string" ? value : void 0;
}
function numberField(object, key) {
  if (!isObject(object)) return void 0;
  const value = object[key];
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function arrayField(object, key) {
  if (!isObject(object)) return [];
  const value = object[key];
  return Array.isArray(value) ? value : [];
}
function objectField(object, key) {
  if (!isObject(object)) return void 0;
  const value = object[key];
  return isObject(value) ? value : void 0;
}

// src/validations/tools/text.ts
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/validations/tools/types.ts
var MAX_FINDINGS = 1e4;

// src/validations/tools/text.ts
var ANSI_PATTERN = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[@-Z\\-_]/g;
function stripAnsi(text) {
  return text.includes("\x1B") ? text.replace(ANSI_PATTERN, "") : text;
}
var LINE_BREAK = /[\n\r\u2028\u2029]/;
function hasLineBreak(text) {
  return LINE_BREAK.test(text);
}
function digitsBefore(text, end) {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
  return end - start;
}
function trailingPosition(text, closer) {
  const end = text.endsWith(closer) ? text.length - closer.length : text.length;
  const columnStart = end - digitsBefore(text, end);
  if (columnStart === end || text[columnStart - 1] !== ":") return null;
  const lineEnd = columnStart - 1;
  const lineStart = lineEnd - digitsBefore(text, lineEnd);
  if (lineStart === lineEnd || text[lineStart - 1] !== ":") return null;
  return {
    index: lineStart - 1,
    line: Number(text.slice(lineStart, lineEnd)),
    column: Number(text.slice(columnStart, end))
  };
}
var FindingList = class {
  constructor(limit = MAX_FINDINGS) {
    this.limit = limit;
  }
  kept = [];
  dropped = 0;
  add(finding) {
    if (this.kept.length < this.limit) this.kept.push(finding);
    else this.dropped++;
  }
  get size() {
    return this.kept.length + this.dropped;
  }
  get findings() {
    return this.kept;
  }
  get droppedCount() {
    return this.dropped;
  }
};
function relativeToCwd(file, cwd) {
  let resolved = file;
  if (resolved.startsWith("file://")) {
    try {
      resolved = fileURLToPath(resolved);
    } catch {
      return file;
    }
  }
  if (cwd === void 0 || !path.isAbsolute(resolved)) return resolved;
  const relative = path.relative(cwd, resolved);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return resolved;
  return relative.split(path.sep).join("/");
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function exitDescription(exitCode) {
  return exitCode === null ? "killed" : `exit ${exitCode}`;
}
function oneLine(text, limit = 300) {
  const start = text.trimStart();
  const window = start.slice(0, limit * 4);
  const flat = window.replace(/\s+/g, " ").trim();
  const more = start.length > window.length && start.slice(window.length).trim() !== "";
  return flat.length <= limit && !more ? flat : `${flat.slice(0, limit - 1)}\u2026`;
}

// src/validations/tools/cargo-audit.ts
var WARNING_KINDS = ["unmaintained", "unsound", "yanked", "notice"];
var FIELD = /^(Crate|Version|Warning|Title|Date|ID|URL|Severity|Solution):(?=(\s+))\2(.*)$/;
var SEVERITY_TEXT = /\(([a-z]+)\)\s*$/;
var SUMMARY_LINE = /^(?:error|warning): \d+ (?:vulnerabilit|denied warning|allowed warning)/;
function advisoryUrl(id, url, license) {
  const page = id?.startsWith("RUSTSEC-") ? `https://rustsec.org/advisories/${id}` : void 0;
  return license === "CC-BY-4.0" ? url ?? page : page ?? url;
}
function entryFinding(entry) {
  const isVulnerability = entry.kind === "vulnerability";
  const subject = entry.version !== void 0 ? `${entry.package} ${entry.version}` : entry.package;
  const what = isVulnerability ? `${entry.title ?? "vulnerability"} (${subject}${entry.solution !== void 0 ? `; ${entry.solution}` : ""})` : `${subject} is ${entry.kind}${entry.title !== void 0 ? `: ${entry.title}` : ""}`;
  const finding = {
    severity: isVulnerability ? "error" : "warning",
    message: oneLine(what),
    package: entry.package,
    kind: entry.kind
  };
  if (entry.id !== void 0) finding.code = entry.id;
  if (entry.version !== void 0) finding.version = entry.version;
  if (entry.advisorySeverity !== void 0) finding.advisorySeverity = entry.advisorySeverity;
  const url = entry.url ?? advisoryUrl(entry.id, void 0);
  if (url !== void 0) finding.url = url;
  return finding;
}
function severityFromVector(vector) {
  if (vector === void 0) return void 0;
  const score = cvss3BaseScore(vector);
  return score === null ? void 0 : cvssSeverity(score);
}
function jsonEntry(kind, item) {
  const pkg = objectField(item, "package");
  const advisory = objectField(item, "advisory");
  const name = stringField(pkg, "name") ?? stringField(advisory, "package");
  if (name === void 0) return null;
  const entry = { kind, package: name };
  const version = stringField(pkg, "version");
  const id = stringField(advisory, "id");
  const title = stringField(advisory, "title");
  const url = advisoryUrl(id, stringField(advisory, "url"), stringField(advisory, "license"));
  const severity = severityFromVector(stringField(advisory, "cvss"));
  if (version !== void 0) entry.version = version;
  if (id !== void 0) entry.id = id;
  if (title !== void 0 && title !== "") entry.title = title;
  if (url !== void 0) entry.url = url;
  if (severity !== void 0) entry.advisorySeverity = severity;
  const patched = arrayField(objectField(item, "versions"), "patched").filter(
    (range) => typeof range === "string"
  );
  if (kind === "vulnerability") {
    entry.solution = patched.length > 0 ? `upgrade to ${patched.join(" or ")}` : "no fixed upgrade is available";
  }
  return entry;
}
function entriesFromJson(report) {
  const entries = [];
  for (const item of arrayField(objectField(report, "vulnerabilities"), "list")) {
    const entry = jsonEntry("vulnerability", item);
    if (entry !== null) entries.push(entry);
  }
  const warnings = objectField(report, "warnings") ?? {};
  for (const [kind, list] of Object.entries(warnings)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const entry = jsonEntry(stringField(item, "kind") ?? kind, item);
      if (entry !== null) entries.push(entry);
    }
  }
  return entries;
}
var HumanAuditReader = class {
  entries = [];
  firstError = null;
  current = null;
  line(text) {
    const field = FIELD.exec(text);
    if (field === null) {
      if (this.firstError === null && text.startsWith("error: ") && !SUMMARY_LINE.test(text)) {
        this.firstError = text;
      }
      return;
    }
    const [, name, , rawValue] = field;
    const value = rawValue.trim();
    if (name === "Crate") {
      this.current = { kind: "vulnerability", package: value };
      this.entries.push(this.current);
      return;
    }
    const entry = this.current;
    if (entry === null) return;
    if (name === "Version") entry.version = value;
    else if (name === "Warning") entry.kind = value;
    else if (name === "Title") entry.title = value;
    else if (name === "ID") entry.id = value;
    else if (name === "URL") entry.url = value;
    else if (name === "Solution")
      entry.solution = value.replace(/^Upgrade/, "upgrade").replace(/^No(.*?)!?$/, "no$1");
    else if (name === "Severity") {
      const severity = SEVERITY_TEXT.exec(value)?.[1];
      if (severity !== void 0) entry.advisorySeverity = severity;
    }
  }
};
function isAuditReport(value) {
  return isObject(value.vulnerabilities);
}
function auditSummary(entries, exitCode, firstError) {
  const vulnerabilities = entries.filter((entry) => entry.kind === "vulnerability");
  const warnings = entries.length - vulnerabilities.length;
  const warningText = warnings > 0 ? `, ${plural(warnings, "warning")}` : "";
  const [first] = vulnerabilities;
  if (first !== void 0) {
    const more = vulnerabilities.length > 1 ? ` and ${vulnerabilities.length - 1} more` : "";
    return `cargo audit: ${first.id ?? "advisory"} in ${first.package}${more}${warningText}`;
  }
  if (exitCode !== 0 && entries.length === 0) {
    return `cargo audit: ${firstError ?? "failed"} (${exitDescription(exitCode)})`;
  }
  return `cargo audit: 0 vulnerabilities${warningText}`;
}
var CargoAuditCollector = class {
  json = new JsonCapture();
  human = new HumanAuditReader();
  line(raw) {
    const text = stripAnsi(raw);
    this.json.line(text);
    this.human.line(text);
  }
  finish(exitCode) {
    const report = this.json.parse(isAuditReport);
    const entries = report !== null ? entriesFromJson(report) : this.human.entries;
    const findings = new FindingList();
    for (const entry of entries) findings.add(entryFinding(entry));
    const counts2 = {
      vulnerabilities: entries.filter((entry) => entry.kind === "vulnerability").length,
      warnings: entries.filter((entry) => entry.kind !== "vulnerability").length
    };
    for (const kind of WARNING_KINDS)
      counts2[kind] = entries.filter((entry) => entry.kind === kind).length;
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: counts2,
      summary: auditSummary(entries, exitCode, this.human.firstError)
    };
  }
};
var cargoAuditParser = {
  id: "cargo-audit",
  matches: (command) => recognises("cargo-audit", command),
  create: () => new CargoAuditCollector()
};

// src/validations/tools/rust-diagnostics.ts
var HEADER = /^(error|warning)(?:\[([^\]\s]+)\])?: (.+)$/;
var LOCATION = /^\s*--> (.+?):(\d+):(\d+)\s*$/;
var BODY = /^\s*(?:\||= )/;
var SUMMARY_LINES = [
  /^error: aborting due to/,
  /^error: could not compile/,
  /^warning: build failed, waiting for other jobs/,
  /^warning: .* generated \d+ warnings?/,
  /^warning: \d+ warnings? emitted/,
  /^error: test failed, to rerun/,
  /^error: \d+ targets? failed/
];
var LINT_SOURCES = [
  /`-[DWF] ([A-Za-z0-9_:-]+)` implied by `-[DWF] warnings`/,
  /requested on the command line with `-[DWF] ([A-Za-z0-9_:-]+)`/,
  /`#\[(?:warn|deny|forbid|expect)\(([A-Za-z0-9_:]+)\)\]`/
];
var CLIPPY_LINK_PATH = "rust-clippy/";
var CLIPPY_LINK_PAGE = "index.html#";
var LINT_NAME = /[a-z0-9_]+/y;
var LINK_BREAK = /[\s#]/;
var MAX_REMEMBERED = 1e5;
function clippyLinkLint(text) {
  let from = 0;
  for (; ; ) {
    const page = text.indexOf(CLIPPY_LINK_PAGE, from);
    if (page === -1) return void 0;
    let start = page;
    while (start > from && !LINK_BREAK.test(text[start - 1])) start--;
    from = page + CLIPPY_LINK_PAGE.length;
    if (!text.slice(start, page).includes(CLIPPY_LINK_PATH)) continue;
    LINT_NAME.lastIndex = from;
    const lint = LINT_NAME.exec(text);
    if (lint !== null) return lint[0];
  }
}
function normaliseLint(name) {
  return name.replace(/-/g, "_");
}
var RustDiagnosticCollector = class {
  constructor(findings = new FindingList(), cwd) {
    this.cwd = cwd;
    this.findings = findings;
  }
  findings;
  errors = 0;
  warnings = 0;
  /** Set when cargo said "could not compile": the build (or test build) failed. */
  compileFailed = false;
  /** cargo's own first `error:` line (not a diagnostic), for summaries when nothing else explains a failure. */
  firstCargoError = null;
  pending = null;
  seen = /* @__PURE__ */ new Set();
  /** Feeds one line; returns true when the line belonged to a diagnostic (callers may skip it). */
  line(raw) {
    const text = stripAnsi(raw);
    const header = HEADER.exec(text);
    if (header !== null) {
      this.flush();
      if (SUMMARY_LINES.some((pattern) => pattern.test(text))) {
        if (text.startsWith("error: could not compile")) this.compileFailed = true;
        return true;
      }
      this.pending = {
        severity: header[1] === "error" ? "error" : "warning",
        code: header[2],
        message: header[3],
        confirmed: false,
        awaitingBody: true
      };
      return true;
    }
    const pending = this.pending;
    if (pending === null) return false;
    if (pending.awaitingBody) return this.firstBodyLine(pending, text);
    if (text.trim() === "") {
      this.flush();
      return false;
    }
    this.learnCode(pending, text);
    return true;
  }
  /**
   * Flushes the diagnostic in progress (call at the end of output). When the command failed
   * without any error diagnostic, cargo's own error line (a bad manifest, an offline registry)
   * becomes a finding so the failure is explained; it is not counted as a compiler error.
   */
  finish(exitCode = 0) {
    this.flush();
    if (exitCode !== 0 && this.errors === 0 && this.firstCargoError !== null) {
      this.findings.add({ severity: "error", message: oneLine(this.firstCargoError) });
    }
  }
  firstBodyLine(pending, text) {
    pending.awaitingBody = false;
    const location = LOCATION.exec(text);
    if (location !== null) {
      pending.file = relativeToCwd(location[1], this.cwd);
      pending.line = Number(location[2]);
      pending.column = Number(location[3]);
      pending.confirmed = true;
      return true;
    }
    if (BODY.test(text)) {
      pending.confirmed = true;
      this.learnCode(pending, text);
      return true;
    }
    if (pending.severity === "error" && this.firstCargoError === null) {
      this.firstCargoError = `error: ${pending.message}`;
    }
    this.pending = null;
    return false;
  }
  learnCode(pending, text) {
    if (pending.code !== void 0) return;
    for (const pattern of LINT_SOURCES) {
      const match = pattern.exec(text);
      if (match !== null) {
        pending.code = normaliseLint(match[1]);
        return;
      }
    }
    const lint = clippyLinkLint(text);
    if (lint !== void 0) pending.code = `clippy::${lint}`;
  }
  flush() {
    const pending = this.pending;
    this.pending = null;
    if (pending === null) return;
    if (!pending.confirmed) {
      if (pending.severity === "error" && this.firstCargoError === null) {
        this.firstCargoError = `error: ${pending.message}`;
      }
      return;
    }
    const key = [
      pending.severity,
      pending.code,
      pending.file,
      pending.line,
      pending.column,
      pending.message
    ].join("\0");
    if (this.seen.has(key)) return;
    if (this.seen.size < MAX_REMEMBERED) this.seen.add(key);
    if (pending.severity === "error") this.errors++;
    else this.warnings++;
    const finding = { severity: pending.severity, message: oneLine(pending.message) };
    if (pending.code !== void 0) finding.code = pending.code;
    if (pending.file !== void 0) finding.file = pending.file;
    if (pending.line !== void 0) finding.line = pending.line;
    if (pending.column !== void 0) finding.column = pending.column;
    this.findings.add(finding);
  }
};
function diagnosticCounts(errors, warnings, always = false) {
  const parts = [];
  if (always || errors > 0) parts.push(`${errors} ${errors === 1 ? "error" : "errors"}`);
  if (always || warnings > 0) parts.push(`${warnings} ${warnings === 1 ? "warning" : "warnings"}`);
  return parts.join(", ");
}

// src/validations/tools/cargo-build.ts
var cargoBuildParser = {
  id: "cargo-build",
  matches: (command) => recognises("cargo-build", command),
  create: (_command, context) => {
    const diagnostics = new RustDiagnosticCollector(void 0, context?.cwd);
    return {
      line: (text) => {
        diagnostics.line(text);
      },
      finish: (exitCode) => {
        diagnostics.finish(exitCode);
        const { errors, warnings } = diagnostics;
        let summary2 = `cargo build: ${diagnosticCounts(errors, warnings, true)}`;
        if (exitCode !== 0 && errors === 0) {
          summary2 += ` (${diagnostics.firstCargoError ?? "failed"}, ${exitDescription(exitCode)})`;
        }
        return {
          findings: diagnostics.findings.findings,
          droppedFindings: diagnostics.findings.droppedCount,
          counts: { errors, warnings },
          summary: summary2
        };
      }
    };
  }
};

// src/validations/tools/test-tally.ts
function emptyTally() {
  return {
    passed: 0,
    failed: 0,
    skipped: 0,
    todo: 0,
    cancelled: 0,
    suitesFailed: 0,
    suitesTotal: 0,
    sawTotals: false
  };
}
function testFailureFinding(failure) {
  const message = failure.message.length > 0 ? failure.message.join(" ") : "test failed";
  const finding = {
    severity: "error",
    message: oneLine(`${failure.test}: ${message}`),
    test: failure.test
  };
  if (failure.file !== void 0) finding.file = failure.file;
  if (failure.line !== void 0) finding.line = failure.line;
  if (failure.column !== void 0) finding.column = failure.column;
  return finding;
}
var FailureSet = class {
  byKey = /* @__PURE__ */ new Map();
  add(failure) {
    const key = `${failure.test}\0${failure.file ?? ""}\0${failure.line ?? ""}`;
    if (!this.byKey.has(key)) this.byKey.set(key, failure);
  }
  values() {
    return this.byKey.values();
  }
};

// src/validations/tools/cargo-test.ts
var RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored/;
var FAILED_TEST = /^test (.+) \.\.\. FAILED$/;
var FAILURE_SECTION = /^---- (.+) std(?:out|err) ----$/;
var PANIC_START = "thread '";
var PANICKED_AT = /'(?: \(\d+\))? panicked at /g;
var MESSAGE_END = "', ";
var END_OF_MESSAGE = /^(?:stack backtrace:|note: |failures:$|---- )/;
var MAX_MESSAGE_LINES = 6;
function panicLine(text) {
  if (!text.startsWith(PANIC_START) || hasLineBreak(text)) return null;
  const end = trailingPosition(text, ":");
  if (end === null) return null;
  const messageEnd = text.lastIndexOf(MESSAGE_END, end.index - MESSAGE_END.length - 1);
  PANICKED_AT.lastIndex = PANIC_START.length;
  const site = PANICKED_AT.exec(text);
  if (site === null) return null;
  const rest = site.index + site[0].length;
  if (rest >= end.index) return null;
  const panic = {
    thread: text.slice(PANIC_START.length, site.index),
    line: end.line,
    column: end.column
  };
  if (text[rest] === "'" && messageEnd > rest) {
    return {
      ...panic,
      message: text.slice(rest + 1, messageEnd),
      file: text.slice(messageEnd + MESSAGE_END.length, end.index)
    };
  }
  return { ...panic, message: void 0, file: text.slice(rest, end.index) };
}
var CargoTestCollector = class {
  constructor(cwd) {
    this.cwd = cwd;
    this.diagnostics = new RustDiagnosticCollector(this.findings, cwd);
  }
  findings = new FindingList();
  diagnostics;
  passed = 0;
  failed = 0;
  ignored = 0;
  sawResult = false;
  /** Failing tests by name, in the order they were reported; details filled from their sections. */
  failures = /* @__PURE__ */ new Map();
  current = null;
  line(raw) {
    const text = stripAnsi(raw);
    if (this.diagnostics.line(text)) return;
    const result = RESULT.exec(text);
    if (result !== null) {
      this.sawResult = true;
      this.passed += Number(result[1]);
      this.failed += Number(result[2]);
      this.ignored += Number(result[3]);
      this.current = null;
      return;
    }
    const failed = FAILED_TEST.exec(text);
    if (failed !== null) {
      this.failure(failed[1]);
      return;
    }
    const section = FAILURE_SECTION.exec(text);
    if (section !== null) {
      this.current = this.failure(section[1]);
      return;
    }
    this.panicOrMessage(text);
  }
  finish(exitCode) {
    this.diagnostics.finish(exitCode);
    for (const failure of this.failures.values()) this.findings.add(testFailureFinding(failure));
    const { errors, warnings } = this.diagnostics;
    return {
      findings: this.findings.findings,
      droppedFindings: this.findings.droppedCount,
      counts: { passed: this.passed, failed: this.failed, ignored: this.ignored, errors, warnings },
      summary: this.summary(exitCode)
    };
  }
  summary(exitCode) {
    const { errors } = this.diagnostics;
    if (this.diagnostics.compileFailed || errors > 0) {
      return `cargo test: does not compile (${diagnosticCounts(Math.max(errors, 1), 0)})`;
    }
    const ignored = this.ignored > 0 ? `, ${this.ignored} ignored` : "";
    if (this.failed > 0) return `cargo test: ${this.failed} failed, ${this.passed} passed${ignored}`;
    if (exitCode !== 0) {
      const reason = this.diagnostics.firstCargoError ?? "failed";
      return `cargo test: ${reason} (${exitDescription(exitCode)})`;
    }
    if (!this.sawResult) return "cargo test: no test results";
    return `cargo test: ${this.passed} passed${ignored}`;
  }
  failure(test) {
    let failure = this.failures.get(test);
    if (failure === void 0) {
      failure = { test, message: [], collecting: false };
      this.failures.set(test, failure);
    }
    return failure;
  }
  /**
   * Outside a "---- name stdout ----" section (tests run with --nocapture) the panicking
   * thread is named after its test; panics of other threads are not test failures.
   */
  panickedTest(thread) {
    if (thread === "main" || thread === "<unnamed>") return null;
    return this.failure(thread);
  }
  panicOrMessage(text) {
    const panic = panicLine(text);
    if (panic !== null) {
      const failure2 = this.current ?? this.panickedTest(panic.thread);
      if (failure2 === null) return;
      this.current = failure2;
      failure2.file = relativeToCwd(panic.file, this.cwd);
      failure2.line = panic.line;
      failure2.column = panic.column;
      failure2.message = panic.message !== void 0 ? [panic.message] : [];
      failure2.collecting = panic.message === void 0;
      return;
    }
    const failure = this.current;
    if (failure === null || !failure.collecting) return;
    if (text.trim() === "" || END_OF_MESSAGE.test(text)) {
      failure.collecting = failure.message.length === 0 && text.trim() === "";
      return;
    }
    if (failure.message.length < MAX_MESSAGE_LINES) failure.message.push(text.trim());
  }
};
var cargoTestParser = {
  id: "cargo-test",
  matches: (command) => recognises("cargo-test", command),
  create: (_command, context) => new CargoTestCollector(context?.cwd)
};

// src/validations/tools/cli-check.ts
var VERSION_LINE = /^(?:[\w@./-]+\s+){0,3}v?(\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?:\s+\S.*)?$/;
var USAGE = /^\s*usage:/i;
var MAX_VERSION_LINE = 200;
var CliCheckCollector = class {
  constructor(check) {
    this.check = check;
  }
  versionLine = null;
  usagePrinted = false;
  lines = 0;
  line(raw) {
    const text = stripAnsi(raw).trim();
    this.lines++;
    if (USAGE.test(text)) this.usagePrinted = true;
    if (text.length <= MAX_VERSION_LINE && !USAGE.test(text) && VERSION_LINE.test(text)) {
      this.versionLine = text;
    }
  }
  finish(exitCode) {
    const findings = new FindingList();
    const versionPrinted = this.check.asksVersion && this.versionLine !== null ? 1 : 0;
    let summary2;
    if (versionPrinted === 1) summary2 = this.versionLine;
    else if (this.check.asksVersion) {
      summary2 = "--version printed no version";
      findings.add({
        severity: "error",
        message: `${this.check.programs.join(", ")} --version printed no version`
      });
    } else if (this.usagePrinted) summary2 = `${this.check.programs.join(", ")} --help printed usage`;
    else summary2 = `${this.check.programs.join(", ") || "command"}: ${exitDescription(exitCode)}`;
    if (exitCode !== 0 && versionPrinted === 1) summary2 += ` (${exitDescription(exitCode)})`;
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: { versionPrinted, helpPrinted: this.usagePrinted ? 1 : 0, lines: this.lines },
      summary: summary2
    };
  }
};
var cliCheckParser = {
  id: "cli",
  matches: (command) => recognises("cli", command),
  create: (command) => new CliCheckCollector(flagCheck(command))
};

// src/validations/tools/clippy.ts
function clippyReport(diagnostics, exitCode) {
  const { errors, warnings } = diagnostics;
  let summary2;
  if (errors + warnings > 0) summary2 = `clippy: ${diagnosticCounts(errors, warnings)}`;
  else if (exitCode === 0) summary2 = "clippy: no errors or warnings";
  else summary2 = `clippy: ${diagnostics.firstCargoError ?? "failed"} (${exitDescription(exitCode)})`;
  return {
    findings: diagnostics.findings.findings,
    droppedFindings: diagnostics.findings.droppedCount,
    counts: { errors, warnings },
    summary: summary2
  };
}
var clippyParser = {
  id: "clippy",
  matches: (command) => recognises("clippy", command),
  create: (_command, context) => {
    const diagnostics = new RustDiagnosticCollector(void 0, context?.cwd);
    return {
      line: (text) => {
        diagnostics.line(text);
      },
      finish: (exitCode) => {
        diagnostics.finish(exitCode);
        return clippyReport(diagnostics, exitCode);
      }
    };
  }
};

// src/validations/tools/npm-audit.ts
var SEVERITIES = ["info", "low", "moderate", "high", "critical"];
var REPORT_HEADER = /^# npm audit report$/;
var PACKAGE_LINE = /^(\s*)(@?[^\s@][^\s]*)\s{2}(\S.*)$/;
var SEVERITY_LINE = /^\s*Severity: (info|low|moderate|high|critical)$/;
var ADVISORY_LINE = /^\s*(\S.*|[^\S\n\r\u2028\u2029]) - (https?:\/\/\S+)$/;
var DEPENDS_LINE = /^\s*Depends on vulnerable versions of (\S+)$/;
var FIX_LINE = /^\s*(fix available via .*|No fix available)$/;
var ZERO = /^found 0 vulnerabilities/;
var TOTAL_MANY = /^(\d+) vulnerabilities \(([^)]*)\)$/;
var TOTAL_ONE_SEVERITY = /^(\d+) (info|low|moderate|high|critical) severity vulnerabilit(?:y|ies)$/;
var GHSA = /(GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})/i;
function severityOf(text) {
  return SEVERITIES.find((severity) => severity === text);
}
function findingSeverity(severity) {
  return severity === "info" ? "notice" : "error";
}
function packageFindings(pkg) {
  const base = { package: pkg.name, version: pkg.range, kind: "vulnerability" };
  const fix = pkg.fix !== void 0 ? `; ${pkg.fix}` : "";
  const findings = pkg.advisories.map((advisory) => {
    const severity = advisory.severity ?? pkg.severity;
    const finding = {
      ...base,
      severity: findingSeverity(severity),
      message: oneLine(`${advisory.title} (${pkg.name} ${pkg.range}${fix})`)
    };
    const ghsa = advisory.url !== void 0 ? GHSA.exec(advisory.url)?.[1] : void 0;
    if (ghsa !== void 0) finding.code = ghsa;
    if (advisory.url !== void 0) finding.url = advisory.url;
    if (severity !== void 0) finding.advisorySeverity = severity;
    return finding;
  });
  if (findings.length === 0 && pkg.dependsOn.length > 0) {
    const finding = {
      ...base,
      severity: findingSeverity(pkg.severity),
      message: oneLine(
        `${pkg.name} ${pkg.range} depends on vulnerable versions of ${pkg.dependsOn.join(", ")}${fix}`
      )
    };
    if (pkg.severity !== void 0) finding.advisorySeverity = pkg.severity;
    findings.push(finding);
  }
  return findings;
}
function fixText(fixAvailable) {
  if (fixAvailable === true) return "fix available via `npm audit fix`";
  if (fixAvailable === false) return "no fix available";
  if (isObject(fixAvailable)) {
    const name = stringField(fixAvailable, "name");
    const version = stringField(fixAvailable, "version");
    if (name !== void 0 && version !== void 0) {
      return `fix available via \`npm audit fix --force\` (installs ${name}@${version})`;
    }
  }
  return void 0;
}
function packagesFromJson(report) {
  const packages = [];
  for (const [key, vuln] of Object.entries(objectField(report, "vulnerabilities") ?? {})) {
    const pkg = {
      name: stringField(vuln, "name") ?? key,
      severity: severityOf(stringField(vuln, "severity")),
      range: stringField(vuln, "range") ?? "*",
      advisories: [],
      dependsOn: []
    };
    for (const via of arrayField(vuln, "via")) {
      if (typeof via === "string") pkg.dependsOn.push(via);
      else if (isObject(via)) {
        const advisory = { title: stringField(via, "title") ?? "advisory" };
        const url = stringField(via, "url");
        const severity = stringField(via, "severity");
        if (url !== void 0) advisory.url = url;
        if (severity !== void 0) advisory.severity = severity;
        pkg.advisories.push(advisory);
      }
    }
    const fix = fixText(isObject(vuln) ? vuln.fixAvailable : void 0);
    if (fix !== void 0) pkg.fix = fix;
    packages.push(pkg);
  }
  return packages;
}
function countsFromJson(report) {
  const metadata = objectField(objectField(report, "metadata"), "vulnerabilities");
  if (metadata === void 0) return null;
  const counts2 = {};
  for (const severity of SEVERITIES) counts2[severity] = numberField(metadata, severity) ?? 0;
  counts2.total = numberField(metadata, "total") ?? SEVERITIES.reduce((sum, s) => sum + (counts2[s] ?? 0), 0);
  return counts2;
}
var HumanAuditReader2 = class {
  packages = [];
  counts = null;
  inReport = false;
  /** The package that starts the current block. */
  top = null;
  /** The package line seen last (the block's package or one of its dependents). */
  last = null;
  line(text) {
    if (REPORT_HEADER.test(text)) {
      this.inReport = true;
      return;
    }
    if (this.total(text)) {
      this.inReport = false;
      return;
    }
    if (!this.inReport) return;
    if (text.trim() === "") {
      this.top = null;
      this.last = null;
      return;
    }
    this.reportLine(text);
  }
  total(text) {
    const zero = ZERO.test(text);
    const many = TOTAL_MANY.exec(text);
    const one = TOTAL_ONE_SEVERITY.exec(text);
    if (!zero && many === null && one === null) return false;
    const counts2 = {
      info: 0,
      low: 0,
      moderate: 0,
      high: 0,
      critical: 0,
      total: 0
    };
    if (many !== null) {
      counts2.total = Number(many[1]);
      for (const part of many[2].split(", ")) {
        const [count, severity] = part.split(" ");
        if (severity !== void 0 && severity in counts2) counts2[severity] = Number(count);
      }
    } else if (one !== null) {
      counts2.total = Number(one[1]);
      counts2[one[2]] = Number(one[1]);
    }
    this.counts = counts2;
    return true;
  }
  reportLine(text) {
    const { top, last } = this;
    const severity = SEVERITY_LINE.exec(text);
    const depends = DEPENDS_LINE.exec(text);
    const fix = FIX_LINE.exec(text);
    const advisory = ADVISORY_LINE.exec(text);
    if (top !== null && severity !== null) top.severity = severityOf(severity[1]);
    else if (last !== null && depends !== null) {
      if (!last.dependsOn.includes(depends[1])) last.dependsOn.push(depends[1]);
    } else if (top !== null && fix !== null) top.fix = fix[1].replace(/^No fix/, "no fix");
    else if (top !== null && advisory !== null)
      top.advisories.push({ title: advisory[1], url: advisory[2] });
    else if (!text.trim().startsWith("node_modules/")) this.packageLine(text);
  }
  packageLine(text) {
    const match = PACKAGE_LINE.exec(text);
    if (match === null) return;
    const dependent = match[1] !== "" && this.top !== null;
    const known = this.packages.find(
      (pkg2) => pkg2.name === match[2] && pkg2.range === match[3].trim()
    );
    if (known !== void 0) {
      if (!dependent) this.top = known;
      this.last = known;
      return;
    }
    const pkg = {
      name: match[2],
      // The report prints no "Severity:" line for low ones, nor for dependents, which carry
      // the severity of the block's package.
      severity: dependent ? this.top.severity : "low",
      range: match[3].trim(),
      advisories: [],
      dependsOn: []
    };
    if (!dependent) this.top = pkg;
    this.last = pkg;
    this.packages.push(pkg);
  }
};
function isNpmAuditReport(value) {
  return "auditReportVersion" in value || isObject(value.vulnerabilities) && isObject(value.metadata);
}
function auditSummary2(counts2, packages, exitCode) {
  if (counts2 === null) {
    return exitCode === 0 ? "npm audit: no report found" : `npm audit: failed (${exitDescription(exitCode)})`;
  }
  const total = counts2.total ?? 0;
  if (total === 0) return "npm audit: 0 vulnerabilities";
  const bySeverity = SEVERITIES.filter((s) => (counts2[s] ?? 0) > 0).map((s) => `${counts2[s]} ${s}`).join(", ");
  const named = packages.filter((pkg) => pkg.advisories.length > 0).map((pkg) => pkg.name);
  const shown = named.slice(0, 3).join(", ");
  const more = named.length > 3 ? ` and ${named.length - 3} more` : "";
  return `npm audit: ${bySeverity}${shown !== "" ? ` (${shown}${more})` : ""}`;
}
var NpmAuditCollector = class {
  json = new JsonCapture();
  human = new HumanAuditReader2();
  line(raw) {
    const text = stripAnsi(raw);
    this.json.line(text);
    this.human.line(text);
  }
  finish(exitCode) {
    const report = this.json.parse(isNpmAuditReport);
    const packages = report !== null ? packagesFromJson(report) : this.human.packages;
    const counts2 = report !== null ? countsFromJson(report) : this.human.counts;
    const findings = new FindingList();
    for (const pkg of packages) for (const finding of packageFindings(pkg)) findings.add(finding);
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: counts2 ?? { total: 0 },
      summary: auditSummary2(counts2, packages, exitCode)
    };
  }
};
var npmAuditParser = {
  id: "npm-audit",
  matches: (command) => recognises("npm-audit", command),
  create: () => new NpmAuditCollector()
};

// src/validations/tools/npm-build.ts
var TSC_PLAIN = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.+)$/;
var TSC_PRETTY = /^(.+?):(\d+):(\d+) - (error|warning) (TS\d+): (.+)$/;
var TSC_GLOBAL = /^(error|warning) (TS\d+): (.+)$/;
var FILE_ERROR = /^(\S+\.(?:[cm]?[jt]sx?)): error: (.+)$/;
var BuildCollector = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  findings = new FindingList();
  errors = 0;
  warnings = 0;
  line(raw) {
    const text = stripAnsi(raw);
    const located = hasLineBreak(text) ? null : TSC_PLAIN.exec(text) ?? TSC_PRETTY.exec(text);
    if (located !== null) {
      this.add(
        located[4],
        located[6],
        located[5],
        located[1],
        Number(located[2]),
        Number(located[3])
      );
      return;
    }
    const global = TSC_GLOBAL.exec(text);
    if (global !== null) {
      this.add(global[1], global[3], global[2]);
      return;
    }
    const fileError = FILE_ERROR.exec(text);
    if (fileError !== null) this.add("error", fileError[2], void 0, fileError[1]);
  }
  finish(exitCode) {
    let summary2;
    if (this.errors > 0) summary2 = `build: ${plural(this.errors, "error")}`;
    else if (exitCode === 0)
      summary2 = this.warnings > 0 ? `build: ok, ${plural(this.warnings, "warning")}` : "build: ok";
    else summary2 = `build: failed (${exitDescription(exitCode)})`;
    return {
      findings: this.findings.findings,
      droppedFindings: this.findings.droppedCount,
      counts: { errors: this.errors, warnings: this.warnings },
      summary: summary2
    };
  }
  add(level, message, code, file, line, column) {
    const severity = level === "error" ? "error" : "warning";
    if (severity === "error") this.errors++;
    else this.warnings++;
    const finding = { severity, message: oneLine(message) };
    if (code !== void 0) finding.code = code;
    if (file !== void 0) finding.file = relativeToCwd(file, this.cwd);
    if (line !== void 0) finding.line = line;
    if (column !== void 0) finding.column = column;
    this.findings.add(finding);
  }
};
var npmBuildParser = {
  id: "npm-build",
  matches: (command) => recognises("npm-build", command),
  create: (_command, context) => new BuildCollector(context?.cwd)
};

// src/validations/tools/jest-output.ts
var FILE_RESULT = /^(PASS|FAIL) (\S.*?)(?: \([\d.]+ m?s(?:, [^()]*)?\))?$/;
var FAILURE_TITLE = /^\s+● (.+)$/;
var SUITE_FAILED_TO_RUN = "Test suite failed to run";
var FRAME_START = /^\s*at /;
var TESTS_TOTALS = /^Tests:(?=(\s+))\1(.*\btotal)$/;
var SUITES_TOTALS = /^Test Suites:(?=(\s+))\1(.*\btotal)$/;
var COUNT = /(?<!\d)(\d+) (failed|passed|skipped|pending|todo|total)/g;
function stackFrame(text) {
  const start = FRAME_START.exec(text);
  if (start === null) return null;
  const rest = text.slice(start[0].length);
  if (hasLineBreak(rest)) return null;
  const end = trailingPosition(rest, ")");
  if (end === null) return null;
  const open = rest.indexOf(" (");
  const fileStart = open !== -1 && open + 2 < end.index ? open + 2 : 0;
  if (fileStart === end.index) return null;
  return { file: rest.slice(fileStart, end.index), line: end.line, column: end.column };
}
function counts(text) {
  const found = /* @__PURE__ */ new Map();
  for (const match of text.matchAll(COUNT)) found.set(match[2], Number(match[1]));
  return found;
}
var JestOutput = class {
  constructor(tally, failures, cwd) {
    this.tally = tally;
    this.failures = failures;
    this.cwd = cwd;
  }
  currentFile = null;
  current = null;
  awaitingMessage = false;
  line(raw) {
    const text = stripAnsi(raw);
    const fileResult = FILE_RESULT.exec(text);
    if (fileResult !== null) {
      this.currentFile = fileResult[2];
      this.current = null;
      return;
    }
    if (this.totals(text)) return;
    const title = FAILURE_TITLE.exec(text);
    if (title !== null && this.currentFile !== null) {
      this.startFailure(title[1].trim(), this.currentFile);
      return;
    }
    this.failureDetail(text);
  }
  totals(text) {
    const tests = TESTS_TOTALS.exec(text);
    if (tests !== null) {
      const found = counts(tests[2]);
      this.tally.sawTotals = true;
      this.tally.passed += found.get("passed") ?? 0;
      this.tally.failed += found.get("failed") ?? 0;
      this.tally.skipped += (found.get("skipped") ?? 0) + (found.get("pending") ?? 0);
      this.tally.todo += found.get("todo") ?? 0;
      this.current = null;
      return true;
    }
    const suites = SUITES_TOTALS.exec(text);
    if (suites !== null) {
      const found = counts(suites[2]);
      this.tally.sawTotals = true;
      this.tally.suitesFailed += found.get("failed") ?? 0;
      this.tally.suitesTotal += found.get("total") ?? 0;
      this.current = null;
      return true;
    }
    return false;
  }
  startFailure(title, file) {
    if (title === "Console") {
      this.current = null;
      return;
    }
    const test = title === SUITE_FAILED_TO_RUN ? `${file} (${SUITE_FAILED_TO_RUN.toLowerCase()})` : title;
    const failure = { test, message: [], file: relativeToCwd(file, this.cwd) };
    this.failures.add(failure);
    this.current = failure;
    this.awaitingMessage = true;
  }
  failureDetail(text) {
    const failure = this.current;
    if (failure === null) return;
    const trimmed = text.trim();
    if (this.awaitingMessage && trimmed !== "") {
      failure.message.push(trimmed);
      this.awaitingMessage = false;
      return;
    }
    if (failure.line !== void 0 || this.currentFile === null) return;
    const frame = stackFrame(text);
    if (frame === null) return;
    if (frame.file === this.currentFile || frame.file.endsWith(`/${this.currentFile}`)) {
      failure.line = frame.line;
      failure.column = frame.column;
    }
  }
};

// src/validations/tools/node-test-output.ts
var TOTAL = /^(?:ℹ|#) (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/;
var SPEC_FAILING_SECTION = /^✖ failing tests:$/;
var SPEC_LOCATION = /^test at (.+):(\d+):(\d+)$/;
var SPEC_FAILED = /^(\s*)✖ (.+?)(?: \([\d.]+m?s\))?(?: # .*)?$/;
var SPEC_SUITE_START = /^\s*▶ (.+)$/;
var TAP_NOT_OK = /^(\s*)not ok \d+(?: - (.*?))?(?: # (TODO|SKIP)\b.*)?$/i;
var TAP_LOCATION = /^\s*location: '(.+):(\d+):(\d+)'$/;
var TAP_ERROR_BLOCK = /^\s*error: [|>]-?$/;
var TAP_ERROR_INLINE = /^\s*error: (['"]?)(.*)\1$/;
var MAX_MESSAGE_LINES2 = 2;
function messageLine(trimmed) {
  if (trimmed === "" || trimmed === "+ actual - expected") return "skip";
  if (/^(?:at |[[{}\]]|\+ |- |\.\.\.)/.test(trimmed) || trimmed.endsWith(" {")) return "stop";
  return "take";
}
function unescapeTap(name) {
  return name.replace(/\\([#\\])/g, "$1");
}
var NodeTestOutput = class {
  constructor(tally, failures, cwd) {
    this.tally = tally;
    this.failures = failures;
    this.cwd = cwd;
  }
  inFailingSection = false;
  pendingLocation = null;
  collecting = null;
  suiteNames = /* @__PURE__ */ new Set();
  /** ✖ lines seen before any "failing tests" section: used only when Node prints no such section. */
  listedFailures = [];
  tap = null;
  line(raw) {
    const text = stripAnsi(raw);
    if (this.tap !== null && this.tapLine(this.tap, text)) return;
    const total = TOTAL.exec(text);
    if (total !== null) {
      this.addTotal(total[1], Number(total[2]));
      return;
    }
    const breaks = hasLineBreak(text.trimStart());
    const notOk = breaks ? null : TAP_NOT_OK.exec(text);
    if (notOk !== null) {
      if (notOk[3] === void 0) this.startTap(notOk[1].length, unescapeTap(notOk[2] ?? ""));
      return;
    }
    this.specLine(text, breaks);
  }
  finish() {
    if (this.tap !== null) this.endTap(this.tap);
    if (!this.inFailingSection) {
      for (const failure of this.listedFailures) {
        if (!this.suiteNames.has(failure.test)) this.failures.add(failure);
      }
    }
  }
  addTotal(name, count) {
    this.tally.sawTotals = true;
    if (name === "pass") this.tally.passed += count;
    else if (name === "fail") this.tally.failed += count;
    else if (name === "skipped") this.tally.skipped += count;
    else if (name === "todo") this.tally.todo += count;
    else if (name === "cancelled") this.tally.cancelled += count;
  }
  specLine(text, breaks) {
    if (SPEC_FAILING_SECTION.test(text)) {
      this.inFailingSection = true;
      this.collecting = null;
      return;
    }
    const suite = SPEC_SUITE_START.exec(text);
    if (suite !== null) {
      this.suiteNames.add(suite[1]);
      return;
    }
    const location = SPEC_LOCATION.exec(text);
    if (location !== null && this.inFailingSection) {
      this.pendingLocation = {
        file: relativeToCwd(location[1], this.cwd),
        line: Number(location[2]),
        column: Number(location[3])
      };
      this.collecting = null;
      return;
    }
    const failed = breaks ? null : SPEC_FAILED.exec(text);
    if (failed !== null) {
      this.specFailure(failed[2]);
      return;
    }
    this.collectMessage(text);
  }
  specFailure(name) {
    const failure = { test: name, message: [] };
    if (!this.inFailingSection) {
      this.listedFailures.push(failure);
      return;
    }
    if (this.pendingLocation !== null) Object.assign(failure, this.pendingLocation);
    this.pendingLocation = null;
    this.failures.add(failure);
    this.collecting = failure;
  }
  /** The error printed under a failing test, up to its stack trace. */
  collectMessage(text) {
    const failure = this.collecting;
    if (failure === null) return;
    const verdict = messageLine(text.trim());
    if (verdict === "skip") return;
    if (verdict === "stop" || failure.message.length >= MAX_MESSAGE_LINES2) {
      this.collecting = null;
      return;
    }
    failure.message.push(text.trim());
  }
  startTap(indent, name) {
    this.tap = {
      failure: { test: name, message: [] },
      indent,
      isSuite: false,
      inYaml: false,
      collectingError: false,
      errorDone: false,
      errorIndent: 0
    };
  }
  /** Consumes the YAML block after "not ok"; false when the line is not part of it. */
  tapLine(pending, text) {
    const indent = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (!pending.inYaml) {
      if (trimmed === "---" && indent >= pending.indent) {
        pending.inYaml = true;
        return true;
      }
      this.endTap(pending);
      return false;
    }
    if (trimmed === "..." && indent <= pending.indent + 2) {
      this.endTap(pending);
      return true;
    }
    if (pending.collectingError && (indent > pending.errorIndent || trimmed === "")) {
      const verdict = messageLine(trimmed);
      if (verdict === "stop") pending.errorDone = true;
      if (verdict === "take" && !pending.errorDone && pending.failure.message.length < MAX_MESSAGE_LINES2) {
        pending.failure.message.push(trimmed);
      }
      return true;
    }
    pending.collectingError = false;
    this.yamlField(pending, text, indent);
    return true;
  }
  yamlField(pending, text, indent) {
    if (/^\s*type: '?suite'?$/.test(text)) {
      pending.isSuite = true;
      return;
    }
    const location = TAP_LOCATION.exec(text);
    if (location !== null) {
      pending.failure.file = relativeToCwd(location[1], this.cwd);
      pending.failure.line = Number(location[2]);
      pending.failure.column = Number(location[3]);
      return;
    }
    if (TAP_ERROR_BLOCK.test(text)) {
      pending.collectingError = true;
      pending.errorIndent = indent;
      return;
    }
    const inline = TAP_ERROR_INLINE.exec(text);
    if (inline !== null && pending.failure.message.length === 0) {
      pending.failure.message.push(inline[2]);
    }
  }
  endTap(pending) {
    this.tap = null;
    if (!pending.isSuite) this.failures.add(pending.failure);
  }
};

// src/validations/tools/npm-test.ts
function summary(label, tally, exitCode) {
  const extra = [];
  if (tally.skipped > 0) extra.push(`${tally.skipped} skipped`);
  if (tally.todo > 0) extra.push(`${tally.todo} todo`);
  if (tally.cancelled > 0) extra.push(`${tally.cancelled} cancelled`);
  if (tally.suitesFailed > 0)
    extra.push(`${tally.suitesFailed} of ${tally.suitesTotal} suites failed`);
  const tail = extra.length > 0 ? `, ${extra.join(", ")}` : "";
  if (tally.failed > 0 || tally.suitesFailed > 0) {
    return `${label}: ${tally.failed} failed, ${tally.passed} passed${tail}`;
  }
  if (tally.sawTotals && exitCode === 0) return `${label}: ${tally.passed} passed${tail}`;
  if (tally.sawTotals)
    return `${label}: ${tally.passed} passed${tail} (${exitDescription(exitCode)})`;
  return exitCode === 0 ? `${label}: exit 0, no test totals found` : `${label}: failed (${exitDescription(exitCode)})`;
}
var NpmTestCollector = class {
  constructor(label, cwd) {
    this.label = label;
    this.node = new NodeTestOutput(this.tally, this.failures, cwd);
    this.jest = new JestOutput(this.tally, this.failures, cwd);
  }
  tally = emptyTally();
  failures = new FailureSet();
  node;
  jest;
  line(text) {
    this.node.line(text);
    this.jest.line(text);
  }
  finish(exitCode) {
    this.node.finish();
    const findings = new FindingList();
    for (const failure of this.failures.values()) findings.add(testFailureFinding(failure));
    const { passed, failed, skipped, todo, cancelled, suitesFailed } = this.tally;
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: { passed, failed, skipped, todo, cancelled, suitesFailed },
      summary: summary(this.label, this.tally, exitCode)
    };
  }
};
function labelFor(command) {
  const words = simpleCommands(command).find(isTestCommand);
  if (words === void 0) return "npm test";
  const program = programName(words);
  if (program === "node") return "node --test";
  if (program === "jest" || program === "npx") return "jest";
  return `${program} test`;
}
var npmTestParser = {
  id: "npm-test",
  matches: (command) => recognises("npm-test", command),
  create: (command, context) => new NpmTestCollector(labelFor(command), context?.cwd)
};

// src/validations/tools/rustfmt.ts
var HUNK_HEADER = /^Diff in (.+?)(?::(\d+)| at line (\d+)):\s*$/;
function hunkFinding(hunk, headerLine) {
  const line = hunk.firstChanged ?? headerLine;
  const endLine = hunk.lastChanged !== null && hunk.lastChanged > line ? hunk.lastChanged : null;
  const where = endLine === null ? `line ${line}` : `lines ${line}-${endLine}`;
  const finding = {
    severity: "error",
    message: `rustfmt would reformat ${where} (${plural(hunk.removed, "line")} out, ${plural(hunk.added, "line")} in)`,
    code: "rustfmt",
    file: hunk.file,
    line
  };
  if (endLine !== null) finding.endLine = endLine;
  return finding;
}
var RustfmtCollector = class {
  constructor(cwd) {
    this.cwd = cwd;
    this.errors = new RustDiagnosticCollector(this.findings, cwd);
  }
  findings = new FindingList();
  files = /* @__PURE__ */ new Set();
  hunk = null;
  headerLine = 0;
  hunks = 0;
  /** rustfmt reports parse errors as rustc diagnostics. */
  errors;
  line(raw) {
    const text = stripAnsi(raw);
    const header = HUNK_HEADER.exec(text);
    if (header !== null) {
      this.closeHunk();
      const file = relativeToCwd(header[1], this.cwd);
      this.headerLine = Number(header[2] ?? header[3]);
      this.hunk = {
        file,
        cursor: this.headerLine,
        firstChanged: null,
        lastChanged: null,
        removed: 0,
        added: 0
      };
      this.files.add(file);
      this.hunks++;
      return;
    }
    if (this.hunk !== null && this.diffLine(this.hunk, text)) return;
    this.closeHunk();
    this.errors.line(text);
  }
  finish(exitCode) {
    this.closeHunk();
    this.errors.finish(exitCode);
    const files = this.files.size;
    let summary2;
    if (files > 0)
      summary2 = `rustfmt: ${plural(files, "file")} need${files === 1 ? "s" : ""} formatting`;
    else if (this.errors.errors > 0) summary2 = `rustfmt: ${plural(this.errors.errors, "error")}`;
    else if (exitCode === 0) summary2 = "rustfmt: all files formatted";
    else summary2 = `rustfmt: failed (${exitDescription(exitCode)})`;
    return {
      findings: this.findings.findings,
      droppedFindings: this.findings.droppedCount,
      counts: { files, hunks: this.hunks },
      summary: summary2
    };
  }
  /** Advances through one diff line; false when the line is not part of the diff. */
  diffLine(hunk, text) {
    const marker = text[0];
    if (marker === " " || text === "") {
      hunk.cursor++;
      return true;
    }
    if (marker === "-") {
      hunk.firstChanged ??= hunk.cursor;
      hunk.lastChanged = hunk.cursor;
      hunk.removed++;
      hunk.cursor++;
      return true;
    }
    if (marker === "+") {
      hunk.firstChanged ??= hunk.cursor;
      hunk.lastChanged ??= hunk.cursor;
      hunk.added++;
      return true;
    }
    return false;
  }
  closeHunk() {
    if (this.hunk === null) return;
    this.findings.add(hunkFinding(this.hunk, this.headerLine));
    this.hunk = null;
  }
};
var rustfmtParser = {
  id: "rustfmt",
  matches: (command) => recognises("rustfmt", command),
  create: (_command, context) => new RustfmtCollector(context?.cwd)
};

// src/validations/tools/index.ts
var PARSERS = [
  rustfmtParser,
  clippyParser,
  cargoAuditParser,
  cargoTestParser,
  cargoBuildParser,
  npmAuditParser,
  npmTestParser,
  npmBuildParser,
  cliCheckParser
];
function toolFor(command) {
  const id = toolIdFor(command);
  return PARSERS.find((parser) => parser.id === id) ?? genericParser;
}
var TOOL_PARSERS = [...PARSERS, genericParser];

// src/validations/scheduler.ts
async function runValidations(plan, options) {
  checkPlan(plan);
  const concurrency = options.concurrency ?? availableParallelism();
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ConfigurationError(
      `concurrency must be a whole number of at least 1 (got ${String(concurrency)})`
    );
  }
  const now = options.now ?? (() => performance.now());
  const runStartedAt = now();
  const results = /* @__PURE__ */ new Map();
  const running = /* @__PURE__ */ new Set();
  const busyLanes = /* @__PURE__ */ new Set();
  await new Promise((allDone, fail) => {
    const startReady = () => {
      for (const validation of plan) {
        if (running.size >= concurrency) break;
        if (!isReady(validation, results, running, busyLanes)) continue;
        running.add(validation.id);
        if (validation.lane !== null) busyLanes.add(validation.lane);
        void runOne(validation, results, options, now() - runStartedAt).then((result) => {
          results.set(validation.id, result);
          running.delete(validation.id);
          if (validation.lane !== null) busyLanes.delete(validation.lane);
          options.onEnd?.(validation, result);
          if (results.size === plan.length) allDone();
          else startReady();
        }).catch(fail);
      }
    };
    if (plan.length === 0) allDone();
    else startReady();
  });
  return plan.map((validation) => results.get(validation.id));
}
function isReady(validation, results, running, busyLanes) {
  if (results.has(validation.id) || running.has(validation.id)) return false;
  if (validation.lane !== null && busyLanes.has(validation.lane)) return false;
  return validation.needs.every((need) => results.has(need));
}
function checkPlan(plan) {
  const byId = /* @__PURE__ */ new Map();
  for (const validation of plan) {
    if (byId.has(validation.id)) {
      throw new ConfigurationError(
        `validation id '${validation.id}' is used twice; ids must be unique`
      );
    }
    byId.set(validation.id, validation);
  }
  for (const validation of plan) {
    const unknown = validation.needs.filter((need) => !byId.has(need));
    if (unknown.length > 0) {
      throw new ConfigurationError(
        `validation '${validation.id}' needs unknown validation(s) ${quoteAll(unknown)}; use ids from the plan`
      );
    }
  }
  const cycle = findCycle(plan, byId);
  if (cycle !== null) {
    throw new ConfigurationError(
      `validations ${quoteAll(cycle)} need each other in a cycle (${cycle.join(" \u2192 ")} \u2192 ${cycle[0] ?? ""}); remove one of the needs`
    );
  }
}
function quoteAll(ids) {
  return ids.map((id) => `'${id}'`).join(", ");
}
function findCycle(plan, byId) {
  const finished = /* @__PURE__ */ new Set();
  const onPath = [];
  const visit = (id) => {
    const loopStart = onPath.indexOf(id);
    if (loopStart !== -1) return onPath.slice(loopStart);
    if (finished.has(id)) return null;
    onPath.push(id);
    for (const need of byId.get(id)?.needs ?? []) {
      const cycle = visit(need);
      if (cycle !== null) return cycle;
    }
    onPath.pop();
    finished.add(id);
    return null;
  };
  for (const validation of plan) {
    const cycle = visit(validation.id);
    if (cycle !== null) return cycle;
  }
  return null;
}
async function runOne(validation, results, options, startedAtMs) {
  options.onStart?.(validation);
  const unmet = unmetNeedsNote(validation, results);
  if (unmet !== null) return skippedResult(validation, unmet, startedAtMs);
  const parser = (options.parserFor ?? toolFor)(validation.command);
  const cwd = path2.resolve(options.root, validation.cwd);
  const collector = new GuardedCollector(
    parser.id,
    () => parser.create(validation.command, { cwd })
  );
  let outcome;
  try {
    outcome = await options.runner.run({
      command: validation.command,
      cwd,
      env: validation.env,
      timeoutMs: validation.timeoutMs,
      onLine: (line) => {
        collector.line(line);
      }
    });
  } catch (error) {
    outcome = runnerFailure(error);
  }
  const result = resultOf(validation, outcome, collector);
  result.startedAtMs = Math.max(0, Math.round(startedAtMs));
  return result;
}
function runnerFailure(error) {
  return {
    exitCode: null,
    signal: null,
    timedOut: false,
    spawnError: `internal error in the command runner: ${errorMessage(error)}`,
    durationMs: 0,
    output: { head: "", tail: "", totalBytes: 0, truncated: false }
  };
}
var GuardedCollector = class {
  constructor(parserId, create) {
    this.parserId = parserId;
    try {
      this.collector = create();
    } catch (error) {
      this.failure = errorMessage(error);
    }
  }
  collector = null;
  failure = null;
  line(text) {
    if (this.collector === null || this.failure !== null) return;
    try {
      this.collector.line(text);
    } catch (error) {
      this.failure = errorMessage(error);
    }
  }
  finish(exitCode) {
    if (this.collector !== null && this.failure === null) {
      try {
        const report = this.collector.finish(exitCode);
        return { ...report, summary: shortSummary(report.summary) };
      } catch (error) {
        this.failure = errorMessage(error);
      }
    }
    return emptyReport(
      `output parser '${this.parserId}' failed: ${this.failure ?? "unknown error"}`
    );
  }
};
var MAX_SUMMARY = 200;
function shortSummary(summary2) {
  return summary2.length > MAX_SUMMARY ? `${summary2.slice(0, MAX_SUMMARY - 1)}\u2026` : summary2;
}
function emptyReport(summary2) {
  return { findings: [], droppedFindings: 0, counts: {}, summary: summary2 };
}
function resultOf(validation, outcome, collector) {
  const base = {
    id: validation.id,
    exitCode: outcome.exitCode,
    signal: outcome.signal,
    durationMs: outcome.durationMs,
    startedAtMs: 0,
    output: outcome.output
  };
  const report = collector.finish(outcome.exitCode);
  if (outcome.spawnError !== null) {
    return {
      ...base,
      status: "error",
      report: { ...report, summary: outcome.spawnError },
      hint: spawnHint(validation, outcome.spawnError)
    };
  }
  if (collector.failure !== null) {
    return {
      ...base,
      status: "error",
      report,
      hint: "this is a bug in readiness-gate (its output parser failed); please report it"
    };
  }
  if (outcome.timedOut) {
    const limit = formatDuration(validation.timeoutMs);
    return {
      ...base,
      status: "timed-out",
      report: { ...report, summary: `timed out after ${limit}` },
      hint: `it ran longer than its ${limit} timeout: make it faster or raise the timeout`
    };
  }
  if (outcome.exitCode === 0) return { ...base, status: "passed", report, hint: null };
  return failedResult(validation, base, report, outcome.output);
}
function failedResult(validation, base, report, output) {
  const missing = detectMissingTool(validation.command, outputText(output), base.exitCode);
  if (missing === null) return { ...base, status: "failed", report, hint: null };
  if (missing.kind === "binary") {
    return {
      ...base,
      status: "failed",
      report: { ...report, summary: `${missing.tool} not found` },
      hint: missing.hint
    };
  }
  return {
    ...base,
    status: "missing-tool",
    report: { ...report, summary: `${missing.tool} not installed` },
    hint: missing.hint
  };
}
function outputText(output) {
  return output.tail === "" ? output.head : `${output.head}
${output.tail}`;
}
function spawnHint(validation, spawnError) {
  if (spawnError.startsWith("working directory")) {
    return `check its working directory '${validation.cwd}' (relative to the project root)`;
  }
  return null;
}
function unmetNeedsNote(validation, results) {
  const notes = validation.needs.flatMap((need) => {
    const status = results.get(need)?.status;
    if (status === void 0 || status === "passed") return [];
    return [`needs '${need}', which ${NEED_OUTCOME[status]}`];
  });
  return notes.length === 0 ? null : notes.join("; ");
}
function skippedResult(validation, note, startedAtMs) {
  return {
    id: validation.id,
    status: "skipped",
    exitCode: null,
    signal: null,
    durationMs: 0,
    startedAtMs: Math.max(0, Math.round(startedAtMs)),
    output: { head: "", tail: "", totalBytes: 0, truncated: false },
    report: { findings: [], droppedFindings: 0, counts: {}, summary: `not run: ${note}` },
    hint: `fix '${validation.needs.join("', '")}' first; this validation runs once its needs pass`
  };
}
var NEED_OUTCOME = {
  skipped: "was not run",
  failed: "failed",
  "timed-out": "timed out",
  "missing-tool": "failed (tool not installed)",
  error: "failed (could not start)"
};
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  const seconds = Math.round(ms / 1e3);
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes}m` : `${minutes}m ${rest}s`;
}
export {
  formatDuration,
  runValidations
};
