import {
  MATCH_SIMILARITY,
  errorMessage,
  findValidationScript,
  isSafeRef,
  itemWords,
  meaningChange,
  normaliseWhitespace,
  parseChecklist,
  phaseLabel,
  readScript,
  shellWords,
  similarity
} from "./chunk-XOXU4LMM.js";
import "./chunk-2JGVJ37I.js";

// src/compare/commands.ts
var STRICT_FLAGS = /* @__PURE__ */ new Set([
  "--check",
  "--locked",
  "--frozen",
  "--all-targets",
  "--all-features",
  "--workspace",
  "--strict",
  "--frozen-lockfile",
  "--immutable",
  "--ci",
  "--deny-warnings",
  "--fail-on-warnings",
  "--error-on-warnings"
]);
var DENY_FLAGS = /* @__PURE__ */ new Set(["-D", "--deny"]);
var MAX_LIKE = /max|limit/i;
var MIN_LIKE = /min|under|threshold|coverage/i;
function commandTokens(command) {
  return shellWords(command);
}
function commandIdentity(command) {
  const words = commandTokens(command).filter((word) => !word.startsWith("-"));
  return words.slice(0, 2).join(" ");
}
function lostStrength(baseCommand, headCommand) {
  const base = strengthOf(commandTokens(baseCommand));
  const head = strengthOf(commandTokens(headCommand));
  const lost = [...base.flags].filter((flag) => !head.flags.has(flag));
  for (const [flag, value] of base.thresholds) {
    const now = head.thresholds.get(flag);
    if (now === void 0) {
      lost.push(`${flag} ${value}`);
    } else if (MAX_LIKE.test(flag) ? now > value : MIN_LIKE.test(flag) && now < value) {
      lost.push(`${flag} ${value} \u2192 ${now}`);
    }
  }
  return lost;
}
function strengthOf(tokens) {
  const flags = /* @__PURE__ */ new Set();
  const thresholds = /* @__PURE__ */ new Map();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const [name, inline] = splitFlag(token);
    if (STRICT_FLAGS.has(name)) {
      flags.add(name);
    } else if (DENY_FLAGS.has(name)) {
      const value = inline ?? tokens[i + 1];
      if (inline === void 0) i++;
      if (value !== void 0) flags.add(`-D ${value}`);
    } else if (name.startsWith("-D") && name.length > 2 && !name.startsWith("--")) {
      flags.add(`-D ${name.slice(2)}`);
    } else if (name.startsWith("-") && (MAX_LIKE.test(name) || MIN_LIKE.test(name))) {
      const value = inline ?? tokens[i + 1];
      if (value !== void 0 && /^\d+(?:\.\d+)?$/.test(value)) {
        thresholds.set(name, Number(value));
        if (inline === void 0) i++;
      }
    }
  }
  return { flags, thresholds };
}
function splitFlag(token) {
  const equals = token.startsWith("--") ? token.indexOf("=") : -1;
  return equals === -1 ? [token, void 0] : [token.slice(0, equals), token.slice(equals + 1)];
}

// src/compare/diff.ts
var MAX_FUZZY_PAIRS = 25e4;
function diffChecklists(base, head) {
  const baseItems = placedItems(base);
  const headItems = placedItems(head);
  const pairs = matchItems(baseItems, headItems);
  const items = [];
  const commands = [];
  const ticks = [];
  for (const [index, from] of baseItems.entries()) {
    const to = pairs.get(index);
    if (to === void 0) {
      const anchorLine = nearestHeadLine(index, baseItems, pairs, headItems);
      if (from.critical) items.push(removedItem(from, anchorLine));
      commands.push(...removedCommands(from, null, anchorLine));
      continue;
    }
    items.push(...changedItem(from, to));
    commands.push(...changedCommands(from, to));
    if (from.item.checked !== to.item.checked) {
      ticks.push({
        kind: to.item.checked ? "ticked" : "unticked",
        baseLine: from.item.line,
        headLine: to.item.line,
        text: to.item.text,
        critical: from.critical || to.critical
      });
    }
  }
  return { items, commands, ticks, scriptSteps: removedScriptSteps(base, head) };
}
function placedItems(checklist) {
  const out = [];
  const visit = (items, phase) => {
    for (const item of items) {
      const words = itemWords(item.text);
      out.push({
        item,
        phase: phase === null ? null : phaseLabel(phase),
        critical: phase?.priority.level === "critical",
        index: out.length,
        words,
        key: words.join(" ")
      });
      visit(item.children, phase);
    }
  };
  const sections = [
    ...checklist.phases.flatMap((phase) => phase.sections.map((section) => ({ section, phase }))),
    ...checklist.sections.map((section) => ({ section, phase: null }))
  ].sort((a, b) => a.section.line - b.section.line);
  for (const { section, phase } of sections) visit(section.items, phase);
  return out;
}
function matchItems(base, head) {
  const pairs = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  const byKey = /* @__PURE__ */ new Map();
  for (const item of head) byKey.set(item.key, [...byKey.get(item.key) ?? [], item]);
  for (const from of base) {
    const candidates = (byKey.get(from.key) ?? []).filter((to) => !taken.has(to.index));
    const best = closest(from, candidates);
    if (best === void 0) continue;
    pairs.set(from.index, best);
    taken.add(best.index);
  }
  const restBase = base.filter((from) => !pairs.has(from.index));
  const restHead = head.filter((to) => !taken.has(to.index));
  if (restBase.length * restHead.length > MAX_FUZZY_PAIRS) return pairs;
  const scored = restBase.flatMap(
    (from) => restHead.flatMap((to) => {
      const score = similarity(from.words, to.words);
      return score >= MATCH_SIMILARITY ? [{ from, to, score }] : [];
    })
  );
  scored.sort(
    (a, b) => b.score - a.score || Number(b.to.phase === b.from.phase) - Number(a.to.phase === a.from.phase) || Math.abs(a.from.index - a.to.index) - Math.abs(b.from.index - b.to.index)
  );
  for (const { from, to } of scored) {
    if (pairs.has(from.index) || taken.has(to.index)) continue;
    pairs.set(from.index, to);
    taken.add(to.index);
  }
  return pairs;
}
function closest(from, candidates) {
  let best;
  let bestCost = Infinity;
  for (const to of candidates) {
    const cost = (to.phase === from.phase ? 0 : 1e9) + Math.abs(to.index - from.index);
    if (cost < bestCost) {
      best = to;
      bestCost = cost;
    }
  }
  return best;
}
function nearestHeadLine(index, base, pairs, head) {
  for (let i = index - 1; i >= 0; i--) {
    const to = pairs.get(i);
    if (to !== void 0) return to.item.line;
  }
  for (let i = index + 1; i < base.length; i++) {
    const to = pairs.get(i);
    if (to !== void 0) return to.item.line;
  }
  return head[0]?.item.line ?? 1;
}
function removedItem(from, anchorLine) {
  return {
    kind: "removed",
    base: { line: from.item.line, text: from.item.text, phase: from.phase },
    head: null,
    anchorLine,
    detail: `removed from ${from.phase ?? "the checklist"}`
  };
}
function changedItem(from, to) {
  if (!from.critical) return [];
  const sides = {
    base: { line: from.item.line, text: from.item.text, phase: from.phase },
    head: { line: to.item.line, text: to.item.text, phase: to.phase },
    anchorLine: to.item.line
  };
  if (!to.critical) {
    return [
      {
        kind: "demoted",
        ...sides,
        detail: `moved out of ${from.phase} to ${to.phase ?? "no phase"}`
      }
    ];
  }
  if (from.key === to.key) return [];
  const why = meaningChange(from.item.text, to.item.text);
  return why === null ? [] : [{ kind: "reworded", ...sides, detail: why }];
}
function changedCommands(from, to) {
  const changes = removedCommands(from, to, to.item.line);
  const headVerify = to.item.commands.filter((command) => command.role === "verify");
  for (const command of from.item.commands.filter((c) => c.role === "verify")) {
    const same = headVerify.find(
      (c) => normaliseWhitespace(c.text) === normaliseWhitespace(command.text)
    );
    if (same !== void 0) continue;
    const identity = commandIdentity(command.text);
    const version = headVerify.find((c) => commandIdentity(c.text) === identity);
    if (version === void 0) continue;
    const lost = lostStrength(command.text, version.text);
    if (lost.length === 0) continue;
    changes.push({
      kind: "weakened",
      item: { baseLine: from.item.line, headLine: to.item.line, text: to.item.text },
      base: { line: command.line, text: command.text },
      head: { line: version.line, text: version.text },
      anchorLine: version.line,
      lost
    });
  }
  return changes;
}
function removedCommands(from, to, anchorLine) {
  const headIdentities = new Set(
    (to?.item.commands ?? []).filter((command) => command.role === "verify").map((command) => commandIdentity(command.text))
  );
  return from.item.commands.filter(
    (command) => command.role === "verify" && !headIdentities.has(commandIdentity(command.text))
  ).map((command) => ({
    kind: "removed",
    item: { baseLine: from.item.line, headLine: to?.item.line ?? null, text: from.item.text },
    base: { line: command.line, text: command.text },
    head: null,
    anchorLine,
    lost: [command.text]
  }));
}
function removedScriptSteps(base, head) {
  const baseCommands = scriptCommands(base);
  if (baseCommands.length === 0) return [];
  const headCommands = scriptCommands(head);
  const kept = new Set(headCommands.map((command) => command.text));
  const anchorLine = headCommands[0]?.line ?? findValidationScript(head)?.line ?? 1;
  return baseCommands.filter((command) => !kept.has(command.text)).map((command) => ({ base: command, anchorLine }));
}
function scriptCommands(checklist) {
  const block = findValidationScript(checklist);
  if (block === null) return [];
  try {
    return readScript(block, checklist.file).flatMap(
      (step) => step.commands.map((command) => ({
        line: command.line,
        text: normaliseWhitespace(command.text)
      }))
    );
  } catch {
    return [];
  }
}

// src/compare/read-base.ts
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
var MAX_BASE_BYTES = 16 * 1024 * 1024;
async function readBaseChecklist(checklistPath, ref, fallback) {
  if (!isSafeRef(ref)) {
    return { kind: "unavailable", reason: `the ref '${ref}' is not a plain ref or commit SHA` };
  }
  const dir = path.dirname(checklistPath);
  const top = await git(dir, ["rev-parse", "--show-toplevel"]);
  const inHistory = top.ok && (await git(dir, ["cat-file", "-e", `${ref}^{commit}`])).ok;
  const relative2 = top.ok ? path.relative(top.stdout.trim(), realPath(checklistPath)).split(path.sep).join("/") : null;
  if (inHistory && relative2 !== null) {
    const shown = await git(dir, ["show", `${ref}:${relative2}`]);
    if (shown.ok) return { kind: "found", text: shown.stdout, source: "git" };
    const exists = await git(dir, ["cat-file", "-e", `${ref}:${relative2}`]);
    if (!exists.ok) return { kind: "missing", source: "git" };
    return { kind: "unavailable", reason: `git could not show ${ref}:${relative2}` };
  }
  if (fallback !== null) return fallback(ref);
  return {
    kind: "unavailable",
    reason: top.ok ? `${ref} is not in the git history here (a shallow clone? fetch it, or use fetch-depth: 0)` : "the checklist is not in a git repository"
  };
}
function realPath(file) {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}
function git(cwd, args) {
  return new Promise((resolve) => {
    execFile(
      "git",
      // No hook or monitor of the repository's config runs: reading the base runs git, nothing else.
      ["-c", "core.fsmonitor=false", ...args],
      {
        cwd,
        encoding: "utf8",
        maxBuffer: MAX_BASE_BYTES,
        timeout: 3e4,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
      },
      (error, stdout) => {
        resolve({ ok: error === null, stdout });
      }
    );
  });
}

// src/compare/index.ts
async function compareWithBase(head, checklistPath, options, configRef) {
  const ref = options.ref ?? configRef;
  if (ref === null) {
    return options.noBase === null ? null : { state: "skipped", ref: null, reason: options.noBase };
  }
  let read;
  try {
    read = await readBaseChecklist(checklistPath, ref, options.fallback);
  } catch (error) {
    read = { kind: "unavailable", reason: errorMessage(error) };
  }
  if (read.kind === "unavailable") {
    return {
      state: "skipped",
      ref,
      reason: `the checklist at ${ref} could not be read: ${read.reason}`
    };
  }
  if (read.kind === "missing") return { state: "new", ref, source: read.source };
  const base = parseChecklist(read.text, head.file);
  return { state: "compared", ref, source: read.source, diff: diffChecklists(base, head) };
}
export {
  compareWithBase
};
//# sourceMappingURL=compare-ZMICVZOV.js.map
