import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  toolFor
} from "./chunk-BZPOHIHG.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-FVAEL4VI.js";
import "./chunk-Z4SX2TLG.js";

// src/validations/scheduler.ts
import { availableParallelism } from "node:os";
import path from "node:path";
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
  const cwd = path.resolve(options.root, validation.cwd);
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
function shortSummary(summary) {
  return summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}\u2026` : summary;
}
function emptyReport(summary) {
  return { findings: [], droppedFindings: 0, counts: {}, summary };
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
