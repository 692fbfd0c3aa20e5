// src/run/tree-watch.ts
import path2 from "node:path";

// src/run/tree-state.ts
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { lstat, open, readdir, readlink } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
var MAX_HASHED_FILE_BYTES = 8 * 1024 * 1024;
var MAX_HASHED_TOTAL_BYTES = 256 * 1024 * 1024;
var MAX_WALKED_FILES = 1e5;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "target",
  "dist",
  "build",
  "out",
  "coverage",
  ".nyc_output",
  ".cache",
  ".next",
  ".nuxt",
  ".turbo",
  ".parcel-cache",
  ".gradle",
  "__pycache__",
  ".pytest_cache",
  ".hypothesis",
  "htmlcov",
  ".mypy_cache",
  ".ruff_cache",
  ".tox",
  ".nox",
  ".venv",
  "venv"
]);
var SKIPPED_FILE = /(?:\.tsbuildinfo|\.pyc|^\.eslintcache|^\.coverage(?:\..+)?)$/;
var HEAD_KEY = "\0HEAD";
var INDEX_KEY = "\0index";
var HashCache = class {
  byPath = /* @__PURE__ */ new Map();
  hashedBytes = 0;
  async fingerprint(absolute) {
    let stats;
    try {
      stats = await lstat(absolute, { bigint: true });
    } catch {
      return "absent";
    }
    const statKey = `${stats.mode}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
    const cached = this.byPath.get(absolute);
    if (cached?.stat === statKey) return cached.fingerprint;
    const fingerprint = await this.read(absolute, stats, statKey);
    this.byPath.set(absolute, { stat: statKey, fingerprint });
    return fingerprint;
  }
  async read(absolute, stats, statKey) {
    if (stats.isSymbolicLink()) {
      return `link:${await readlink(absolute).catch(() => "?")}`;
    }
    if (stats.isDirectory()) return "directory";
    if (!stats.isFile()) return `special:${statKey}`;
    const size = Number(stats.size);
    const mode = (Number(stats.mode) & 73) === 0 ? "file" : "exec";
    if (size > MAX_HASHED_FILE_BYTES || this.hashedBytes + size > MAX_HASHED_TOTAL_BYTES) {
      return `${mode}:stat:${statKey}`;
    }
    this.hashedBytes += size;
    try {
      return `${mode}:sha256:${await hashFile(absolute)}`;
    } catch (error) {
      return `${mode}:unreadable:${statKey}:${error.code ?? ""}`;
    }
  }
};
async function hashFile(absolute) {
  const hash = createHash("sha256");
  const handle = await open(absolute, "r");
  try {
    for await (const chunk of handle.createReadStream({ autoClose: false })) {
      hash.update(chunk);
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
function runGit(git, cwd, args) {
  return new Promise((resolve, reject) => {
    execFile(
      git,
      ["-c", "core.fsmonitor=false", ...args],
      {
        cwd,
        encoding: "buffer",
        maxBuffer: 512 * 1024 * 1024,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" }
      },
      (error, stdout, stderr) => {
        if (error === null) resolve(stdout);
        else {
          const message = stderr.toString("utf8").trim().split("\n")[0] ?? "";
          reject(
            new Error(`git ${args[0] ?? ""} failed: ${message === "" ? error.message : message}`)
          );
        }
      }
    );
  });
}
async function findRepository(root, options) {
  try {
    const out = await runGit(options.git ?? "git", root, ["rev-parse", "--show-toplevel"]);
    const top = out.toString("utf8").trim();
    return { top: top === "" ? null : top, problem: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/not a git repository/i.test(message) || !hasGitDirectory(root)) {
      return { top: null, problem: null };
    }
    return {
      top: null,
      problem: `${message}; the tree was checked by file hashes instead, without .gitignore`
    };
  }
}
function hasGitDirectory(root) {
  for (let directory = path.resolve(root); ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, ".git"))) return true;
    if (path.dirname(directory) === directory) return false;
  }
}
var TreeRecorder = class _TreeRecorder {
  constructor(root, gitTop, options = {}, fallback = null) {
    this.root = root;
    this.gitTop = gitTop;
    this.options = options;
    this.fallback = fallback;
  }
  cache = new HashCache();
  static async for(root, options = {}) {
    const { top, problem } = await findRepository(root, options);
    return new _TreeRecorder(root, top, options, problem);
  }
  get mode() {
    return this.gitTop === null ? "files" : "git";
  }
  snapshot() {
    return this.gitTop === null ? this.filesSnapshot() : this.gitSnapshot(this.gitTop);
  }
  async gitSnapshot(top) {
    const git = this.options.git ?? "git";
    const [head, status, index] = await Promise.all([
      runGit(git, this.root, ["rev-parse", "-q", "--verify", "HEAD"]).then(
        (out) => out.toString("utf8").trim(),
        () => "unborn"
      ),
      runGit(git, this.root, [
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        "--ignore-submodules",
        "--no-renames",
        "--",
        "."
      ]),
      runGit(git, this.root, ["ls-files", "--stage", "-z", "--", "."])
    ]);
    const entries = /* @__PURE__ */ new Map([
      [HEAD_KEY, head],
      [INDEX_KEY, createHash("sha256").update(index).digest("hex")]
    ]);
    for (const { code, file } of parsePorcelain(status)) {
      const absolute = path.join(top, file);
      const fingerprint = await this.cache.fingerprint(absolute);
      entries.set(toRootRelative(this.root, absolute), `${code}|${fingerprint}`);
    }
    return { mode: "git", entries, incomplete: null };
  }
  async filesSnapshot() {
    const entries = /* @__PURE__ */ new Map();
    let incomplete = null;
    const pending = [this.root];
    while (pending.length > 0 && incomplete === null) {
      const directory = pending.shift();
      const names = await readdir(directory, { withFileTypes: true }).catch(() => []);
      names.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      for (const entry of names) {
        const absolute = path.join(directory, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(absolute);
          continue;
        }
        if (SKIPPED_FILE.test(entry.name)) continue;
        if (entries.size >= MAX_WALKED_FILES) {
          incomplete = `the tree has more than ${MAX_WALKED_FILES.toLocaleString("en-US")} files outside git; only the first were checked`;
          break;
        }
        entries.set(toRootRelative(this.root, absolute), await this.cache.fingerprint(absolute));
      }
    }
    return { mode: "files", entries, incomplete };
  }
};
function parsePorcelain(output) {
  const records = output.toString("utf8").split("\0");
  const entries = [];
  for (const record of records) {
    if (record.length < 4) continue;
    entries.push({ code: record.slice(0, 2), file: record.slice(3) });
  }
  return entries;
}
function toRootRelative(root, absolute) {
  return path.relative(root, absolute).split(path.sep).join("/");
}
function changedKeys(before, after) {
  const keys = /* @__PURE__ */ new Set([...before.entries.keys(), ...after.entries.keys()]);
  return [...keys].filter((key) => before.entries.get(key) !== after.entries.get(key)).sort();
}
function describeChange(key, before, after) {
  const was = before.entries.get(key);
  const now = after.entries.get(key);
  if (key === HEAD_KEY) {
    return {
      kind: "head",
      path: null,
      description: `HEAD moved from ${shortCommit(was)} to ${shortCommit(now)} (a commit, reset or checkout)`
    };
  }
  if (key === INDEX_KEY) {
    return {
      kind: "index",
      path: null,
      description: "the index (staging area) changed (git add, rm or reset)"
    };
  }
  const kind = after.mode === "git" ? gitKind(was, now) : filesKind(was, now);
  return { kind, path: key, description: `${key} ${KIND_WORDS[kind]}` };
}
var KIND_WORDS = {
  modified: "was modified",
  added: "was created",
  deleted: "was deleted",
  head: "moved",
  index: "changed"
};
function shortCommit(value) {
  if (value === void 0 || value === "unborn") return "(no commit)";
  return value.slice(0, 12);
}
function gitKind(was, now) {
  const code = now?.slice(0, 2);
  if (code === void 0) return "modified";
  if (code === "??" && (was === void 0 || !was.startsWith("??"))) return "added";
  if (code.includes("D") && now?.endsWith("|absent") === true) return "deleted";
  return "modified";
}
function filesKind(was, now) {
  if (was === void 0 || was === "absent") return "added";
  if (now === void 0 || now === "absent") return "deleted";
  return "modified";
}

// src/run/tree-watch.ts
var TreeWatch = class _TreeWatch {
  constructor(recorder, baseline, current) {
    this.recorder = recorder;
    this.baseline = baseline;
    this.current = current;
  }
  /** Logical clock: every record's start and end, every command's start and end take a tick. */
  clock = 0;
  alive = /* @__PURE__ */ new Map();
  /** Start tick of the latest record: the window of the next record begins there. */
  lastRecordStart = 0;
  /** For each changed key, every suspect of every window in which it changed. */
  suspects = /* @__PURE__ */ new Map();
  unattributedKeys = /* @__PURE__ */ new Set();
  queue = Promise.resolve();
  /** A record requested but not begun: later requests share it (it will see all they need). */
  pending = null;
  problem = null;
  incomplete = /* @__PURE__ */ new Set();
  /** Records the tree before anything runs. Never rejects: a failure becomes `problems`. */
  static async start(root, options = {}) {
    try {
      const recorder = await TreeRecorder.for(root, options);
      const baseline = await recorder.snapshot();
      const watch = new _TreeWatch(recorder, baseline, baseline);
      if (recorder.fallback !== null) watch.incomplete.add(recorder.fallback);
      watch.noteIncomplete(baseline);
      return watch;
    } catch (error) {
      const watch = new _TreeWatch(null, null, null);
      watch.problem = `the gate could not record the tree before the run: ${messageOf(error)}`;
      return watch;
    }
  }
  async beforeCommand(validationId) {
    await this.record();
    this.alive.set(validationId, { from: ++this.clock, to: Number.POSITIVE_INFINITY });
  }
  async afterCommand(validationId) {
    const span = this.alive.get(validationId);
    if (span !== void 0) span.to = ++this.clock;
    await this.record();
    return this.chargedTo(validationId);
  }
  /** Waits for pending records and says what the proof covered. */
  async finish() {
    await this.queue;
    const unattributed = this.baseline === null || this.current === null ? [] : [...this.unattributedKeys].filter((key) => this.baseline.entries.get(key) !== this.current.entries.get(key)).sort().map((key) => describeChange(key, this.baseline, this.current));
    return {
      mode: this.recorder?.mode ?? null,
      unattributed,
      problems: [...this.incomplete, ...this.problem === null ? [] : [this.problem]]
    };
  }
  /**
   * Takes the next record after the previous one, and charges its changes to their suspects.
   * Requests made before that record begins share it: validations started together (one
   * scheduling pass) wait for one record, not one each.
   */
  record() {
    if (this.pending !== null) return this.pending;
    const next = this.queue.then(async () => {
      this.pending = null;
      if (this.recorder === null || this.current === null || this.problem !== null) return;
      const start = ++this.clock;
      let state;
      try {
        state = await this.recorder.snapshot();
      } catch (error) {
        this.problem = `the gate could not record the tree during the run: ${messageOf(error)}`;
        return;
      }
      const end = ++this.clock;
      const suspects = this.aliveBetween(this.lastRecordStart, end);
      for (const key of changedKeys(this.current, state)) {
        if (suspects.length === 0) this.unattributedKeys.add(key);
        const set = this.suspects.get(key) ?? /* @__PURE__ */ new Set();
        for (const id of suspects) set.add(id);
        this.suspects.set(key, set);
      }
      this.noteIncomplete(state);
      this.current = state;
      this.lastRecordStart = start;
    });
    this.queue = next;
    this.pending = next;
    return next;
  }
  aliveBetween(from, to) {
    return [...this.alive.entries()].filter(([, span]) => span.from <= to && span.to >= from).map(([id]) => id);
  }
  chargedTo(validationId) {
    const baseline = this.baseline;
    const current = this.current;
    if (baseline === null || current === null) return [];
    return changedKeys(baseline, current).filter((key) => this.suspects.get(key)?.has(validationId) === true).map((key) => ({
      change: describeChange(key, baseline, current),
      alsoRunning: [...this.suspects.get(key)].filter((id) => id !== validationId).sort()
    }));
  }
  noteIncomplete(state) {
    if (state.incomplete !== null) this.incomplete.add(state.incomplete);
  }
};
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
var SUMMARY_PATHS = 3;
function treeChangedResult(result, changes, cwd = ".") {
  if (changes.length === 0) return result;
  const findings = changes.map(({ change, alsoRunning }) => ({
    severity: "error",
    kind: "tree-change",
    message: alsoRunning.length === 0 ? change.description : `${change.description} (by this validation or by ${quoteAll(alsoRunning)}, which ran at the same time)`,
    // Like every finding's, the file is relative to the validation's cwd; the message names the
    // path from the project root.
    ...change.path === null ? {} : { file: path2.posix.relative(cwd, change.path) || "." }
  }));
  const files = changes.filter(({ change }) => change.path !== null);
  const overlapped = changes.some(({ alsoRunning }) => alsoRunning.length > 0);
  const before = result.status === "passed" ? "it passed otherwise" : `otherwise it ${OUTCOME_WORDS[result.status]}: ${result.report.summary}`;
  return {
    ...result,
    status: "modified-tree",
    report: {
      ...result.report,
      findings: [...findings, ...result.report.findings],
      counts: { ...result.report.counts, changedFiles: files.length },
      summary: treeSummary(changes)
    },
    hint: `the gate did not restore the tree: review it (\`git status\`, \`git diff\`) and run the command in a check-only mode (e.g. \`prettier --check\`, \`cargo fmt -- --check\`); ${before}` + (overlapped ? "; other validations ran at the same time, so each is named: set concurrency to 1 (the input, the config key or --concurrency 1) to tell which one did it" : "")
  };
}
var OUTCOME_WORDS = {
  passed: "passed",
  failed: "failed",
  "timed-out": "timed out",
  "missing-tool": "missed its tool",
  unassessable: "could not assess",
  "modified-tree": "changed the tree",
  error: "could not run",
  skipped: "was skipped"
};
function treeSummary(changes) {
  const paths = changes.flatMap(({ change }) => change.path === null ? [] : [change.path]);
  const parts = [];
  if (changes.some(({ change }) => change.kind === "head")) parts.push("moved HEAD");
  if (changes.some(({ change }) => change.kind === "index")) parts.push("changed the git index");
  if (paths.length > 0) {
    const shown = paths.slice(0, SUMMARY_PATHS).join(", ");
    const more = paths.length > SUMMARY_PATHS ? ` and ${paths.length - SUMMARY_PATHS} more` : "";
    parts.push(`changed ${paths.length} ${paths.length === 1 ? "file" : "files"}: ${shown}${more}`);
  }
  return `${parts.join("; ")} (the gate did not restore ${paths.length > 1 ? "them" : "it"})`;
}
function quoteAll(ids) {
  return ids.map((id) => `'${id}'`).join(", ");
}

export {
  TreeWatch,
  treeChangedResult,
  treeSummary
};
//# sourceMappingURL=chunk-PFFYLHX5.js.map
