import {
  MAX_REPORT_BYTES,
  arr,
  bool,
  finding,
  int,
  nullable,
  num,
  numbersByName,
  obj,
  oneOf,
  str
} from "./chunk-GANIQKTY.js";
import {
  ConfigurationError,
  EXIT_CODES,
  PLATFORM_LABEL,
  VALIDATION_STATUSES,
  actionGateOptions,
  assessReadiness,
  errorMessage,
  escapeMarkdown,
  evaluateReadiness,
  maskForSurfaces,
  planReadiness,
  quoteValue,
  renderContextFor,
  shardLabel,
  startEvidence,
  writeFileConfined
} from "./chunk-XOXU4LMM.js";
import "./chunk-2JGVJ37I.js";

// src/shards/durations.ts
import * as fs from "node:fs";
function readDurations(file, setting) {
  const fix = `set ${setting} to a JSON report Readiness Gate wrote (or leave it empty to balance by estimates)`;
  let value;
  try {
    if (fs.statSync(file).size > MAX_REPORT_BYTES) throw new Error("too large");
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigurationError(
      `${setting} ${quoteValue(file)} cannot be read as JSON (${errorMessage(error)}); ${fix}.`
    );
  }
  const record = typeof value === "object" && value !== null ? value : {};
  const entries = Array.isArray(record.validations) ? record.validations : Array.isArray(record.results) ? record.results : null;
  if (entries === null) {
    throw new ConfigurationError(
      `${setting} ${quoteValue(file)} has no validations or results with durations; ${fix}.`
    );
  }
  const durations = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const { id, durationMs } = entry ?? {};
    if (typeof id === "string" && typeof durationMs === "number" && Number.isFinite(durationMs)) {
      durations.set(id, Math.max(0, durationMs));
    }
  }
  return durations;
}

// src/shards/fingerprint.ts
import { execFile } from "node:child_process";
import * as fs2 from "node:fs";

// src/version.ts
var VERSION = "0.1.0";

// src/shards/fingerprint.ts
async function fingerprintOf(input) {
  const { createHash } = await import("node:crypto");
  const sha2562 = (file) => createHash("sha256").update(fs2.readFileSync(file)).digest("hex");
  return {
    gateVersion: VERSION,
    checklistSha256: sha2562(input.checklistPath),
    configSha256: input.configPath !== null && fs2.existsSync(input.configPath) ? sha2562(input.configPath) : null,
    commit: await gitHead(input.root) ?? commitFromEnv(input.env),
    planIds: input.plan.validations.map((v) => v.id)
  };
}
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function commitFromEnv(env) {
  const sha = env.GITHUB_SHA?.trim() ?? "";
  return SHA.test(sha) ? sha : null;
}
function gitHead(root) {
  return new Promise((resolve2) => {
    execFile(
      "git",
      ["rev-parse", "--verify", "--quiet", "HEAD"],
      { cwd: root, timeout: 1e4, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } },
      (error, stdout) => {
        const sha = stdout.trim();
        resolve2(error === null && SHA.test(sha) ? sha : null);
      }
    );
  });
}
function fingerprintMismatches(found, expected) {
  const mismatches = [];
  const add = (key, text) => {
    mismatches.push({ key, text });
  };
  if (found.gateVersion !== expected.gateVersion) {
    add(
      `version:${found.gateVersion}`,
      `made by Readiness Gate ${found.gateVersion}, this merge is ${expected.gateVersion}: use one version in every job`
    );
  }
  if (found.commit !== expected.commit) {
    add(
      `commit:${found.commit ?? ""}`,
      `for commit ${found.commit ?? "unknown"}, not ${expected.commit ?? "unknown"} (this checkout): re-run the shards for this commit`
    );
  }
  if (found.checklistSha256 !== expected.checklistSha256) {
    add(
      `checklist:${found.checklistSha256}`,
      "planned from another checklist (its content differs from this checkout's): re-run the shards"
    );
  }
  if (found.configSha256 !== expected.configSha256) {
    add(
      `config:${found.configSha256 ?? ""}`,
      `planned with ${found.configSha256 === null ? "no config" : "another config"}, and this checkout has ${expected.configSha256 === null ? "none" : "a different one"}: re-run the shards`
    );
  }
  if (mismatches.length === 0 && found.planIds.join("\0") !== expected.planIds.join("\0")) {
    add(
      `plan:${found.planIds.join("\0")}`,
      `planned other validations (${found.planIds.join(", ")}) than this checkout (${expected.planIds.join(", ")}): re-run the shards`
    );
  }
  return mismatches;
}

// src/shards/files.ts
import * as fs3 from "node:fs";
import * as path from "node:path";
function shardFilesAt(patterns, base) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    for (const file of filesOf(pattern, base)) found.add(file);
  }
  return [...found].sort();
}
function filesOf(pattern, base) {
  if (!/[*?]/.test(pattern)) {
    const target = path.resolve(base, pattern);
    const stat = statOrNull(target);
    if (stat?.isDirectory() === true) return walk(target).filter((f) => f.endsWith(".json"));
    return stat?.isFile() === true ? [target] : [];
  }
  const segments = pattern.split(/[\\/]/);
  const fixed = segments.findIndex((s) => /[*?]/.test(s));
  const prefix = segments.slice(0, fixed).join("/");
  const root = path.resolve(base, prefix === "" ? pattern.startsWith("/") ? "/" : "." : prefix);
  const matcher = globRegExp(segments.slice(fixed).join("/"));
  if (statOrNull(root)?.isDirectory() !== true) return [];
  return walk(root).filter(
    (file) => matcher.test(path.relative(root, file).split(path.sep).join("/"))
  );
}
function globRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      source += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
function walk(dir) {
  const files = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    let entries;
    try {
      entries = fs3.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) files.push(full);
    }
  }
  return files;
}
function statOrNull(file) {
  try {
    return fs3.statSync(file);
  } catch {
    return null;
  }
}

// src/shards/merge.ts
function mergeShards(files, validations, expected) {
  const refusals = files.flatMap((f) => "error" in f ? [f.error] : []);
  const read = files.flatMap((f) => "report" in f ? [{ file: f.file, report: f.report }] : []);
  const platforms = [...new Set(read.map((r) => r.report.platform))].sort();
  const counts = [...new Set(read.map((r) => r.report.shard.count))].sort((a, b) => a - b);
  const summary = {
    shardCount: counts.at(-1) ?? 0,
    platforms,
    reports: read.length,
    refusals,
    byPlatform: []
  };
  if (read.length === 0 && refusals.length === 0) {
    refusals.push(
      "No shard reports were found at the paths given: did every shard fail before uploading? Download the shards' artifacts before the merge."
    );
  }
  if (counts.length > 1) {
    refusals.push(
      `The shards come from different splits (${counts.map((n) => `of ${n}`).join(", ")}): every shard of a matrix must use the same count.`
    );
  }
  refusals.push(...mismatchLines(read, expected));
  for (const { file, report } of read) {
    if (report.notRunReason !== null) {
      refusals.push(
        `${shardName(report, file)} did not run its validations (${report.notRunReason}).`
      );
    }
  }
  const perPlatform = /* @__PURE__ */ new Map();
  for (const platform of platforms) {
    const reports = read.filter((r) => r.report.platform === platform);
    const problems = shardSetProblems(reports, summary.shardCount, platform);
    if (problems.length === 0) {
      const placed = placeResults(reports, validations, platform);
      problems.push(...placed.problems);
      perPlatform.set(platform, placed.results);
    }
    refusals.push(...problems);
  }
  if (refusals.length > 0) return { summary, results: [], notes: [] };
  const notes = read.flatMap(
    ({ file, report }) => report.notes.map((note) => `${shardName(report, file)}: ${note}`)
  );
  const combined = combinePlatforms(validations, platforms, perPlatform);
  if (platforms.length > 1) summary.byPlatform = combined.byPlatform;
  return { summary, results: combined.results, notes: [...notes, ...combined.notes] };
}
function mismatchLines(read, expected) {
  const byKey = /* @__PURE__ */ new Map();
  for (const shard of read) {
    for (const { key, text } of fingerprintMismatches(shard.report.fingerprint, expected)) {
      const entry = byKey.get(key) ?? { text, shards: [] };
      entry.shards.push(shard);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map(({ text, shards }) => {
    const subject = shards.length === 1 ? `${shardName(shards[0].report, shards[0].file)} is` : `Shards ${shards.map((s) => `${s.report.shard.index}/${s.report.shard.count} on ${s.report.platform}`).join(", ")} are`;
    return `${subject} ${text}.`;
  });
}
function shardName(report, file) {
  return `Shard ${report.shard.index}/${report.shard.count} on ${report.platform} (${baseName(file)})`;
}
function baseName(file) {
  return quoteValue(file.split(/[\\/]/).at(-1) ?? file, 60);
}
function shardSetProblems(reports, count, platform) {
  const problems = [];
  for (let index = 1; index <= count; index++) {
    const copies = reports.filter((r) => r.report.shard.index === index);
    if (copies.length === 0) {
      problems.push(
        `Shard ${index}/${count} on ${platform} is missing: none of the reports given is it (did its job fail before uploading?).`
      );
    } else if (copies.length > 1) {
      const names = copies.map((c) => baseName(c.file)).join(", ");
      problems.push(
        `Shard ${index}/${count} on ${platform} is there ${copies.length} times (${names}): merge each shard once; set the 'platform' input where runners of one OS differ.`
      );
    }
  }
  return problems;
}
function placeResults(reports, validations, platform) {
  const planned = new Set(validations.map((v) => v.id));
  const found = /* @__PURE__ */ new Map();
  const problems = [];
  for (const { report } of reports) {
    const shard = `${report.shard.index}/${report.shard.count}`;
    for (const result2 of report.results) {
      if (!planned.has(result2.id)) {
        problems.push(
          `Shard ${shard} on ${platform} has a result for ${quoteValue(result2.id, 60)}, which this checkout's plan does not have: it is refused.`
        );
        continue;
      }
      const seen = found.get(result2.id);
      if (seen === void 0) found.set(result2.id, { result: result2, shards: [shard] });
      else seen.shards.push(shard);
    }
  }
  for (const [id, { shards }] of found) {
    if (shards.length > 1) {
      problems.push(
        `'${id}' ran ${shards.length} times on ${platform} (shards ${shards.join(", ")}): the shards split the plan differently; give every shard the same durations-from.`
      );
    }
  }
  for (const validation of validations) {
    if (!found.has(validation.id)) {
      problems.push(
        `'${validation.id}' ran in no shard on ${platform}: its result is missing, so it is not proven.`
      );
    }
  }
  return {
    results: validations.flatMap((v) => {
      const entry = found.get(v.id);
      return entry === void 0 ? [] : [entry.result];
    }),
    problems
  };
}
function combinePlatforms(validations, platforms, perPlatform) {
  const notes = [];
  const byPlatform = [];
  const results = validations.map((validation, index) => {
    const runs = platforms.map((platform) => ({
      platform,
      result: perPlatform.get(platform)[index]
    }));
    for (const { platform, result: result2 } of runs) {
      byPlatform.push({
        id: validation.id,
        platform,
        status: result2.status,
        summary: result2.report.summary
      });
    }
    const slowest = Math.max(...runs.map((run) => run.result.durationMs));
    const failed = runs.filter((run) => run.result.status !== "passed");
    if (failed.length === 0) return { ...runs[0].result, durationMs: slowest };
    const first = failed[0];
    if (platforms.length > 1) {
      const passed = runs.filter((run) => run.result.status === "passed").map((r) => r.platform);
      notes.push(
        `Platform matrix: ${validation.name} did not pass on ${failed.map((f) => `${f.platform} (${f.result.status})`).join(", ")}${passed.length > 0 ? `; it passed on ${passed.join(", ")}` : ""}.`
      );
      return {
        ...first.result,
        report: {
          ...first.result.report,
          summary: `on ${first.platform}: ${first.result.report.summary}`
        }
      };
    }
    return first.result;
  });
  return { results, notes, byPlatform };
}

// src/shards/partial-report.ts
import * as fs4 from "node:fs";
import * as path2 from "node:path";
var PARTIAL_REPORT_KIND = "readiness-gate-shard";
var PARTIAL_REPORT_VERSION = 1;
function readPartialReport(file) {
  const name = quoteValue(path2.basename(file), 60);
  let text;
  try {
    const stat = fs4.statSync(file);
    if (!stat.isFile()) return { error: `${name} is not a file` };
    if (stat.size > MAX_REPORT_BYTES) {
      return { error: `${name} is larger than ${MAX_REPORT_BYTES} bytes: not a shard's report` };
    }
    text = fs4.readFileSync(file, "utf8");
  } catch (error) {
    return { error: `${name} cannot be read (${errorMessage(error)})` };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: `${name} is not JSON: not a shard's report` };
  }
  if (typeof value === "object" && value !== null && "schemaVersion" in value) {
    return {
      error: `${name} is a full report, not a shard's: merge the partial reports the shards wrote (check --shard, or the action's shard input)`
    };
  }
  const problem = PARTIAL(value, "");
  if (problem !== null) return { error: `${name} is not a shard's report: ${problem}` };
  const report = value;
  if (report.shard.index > report.shard.count) {
    return {
      error: `${name} is not a shard's report: shard ${report.shard.index}/${report.shard.count}`
    };
  }
  return { report };
}
var SHA256 = /^[0-9a-f]{64}$/;
var sha256 = (v, at) => typeof v === "string" && SHA256.test(v) ? null : `${at} must be a SHA-256 in hex`;
var platformLabel = (v, at) => typeof v === "string" && PLATFORM_LABEL.test(v) ? null : `${at} must be 1 to 40 letters, digits, spaces or ._()+- (got ${quoteValue(String(v), 40)})`;
function oneLine(max) {
  return (v, at) => (
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    typeof v === "string" && v.length > 0 && v.length <= max && !/[\u0000-\u001f\u007f]/.test(v) ? null : `${at} must be one line of 1 to ${max} printable characters`
  );
}
var COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var commit = (v, at) => typeof v === "string" && COMMIT.test(v) ? null : `${at} must be a commit SHA in hex`;
var result = obj({
  id: oneLine(200),
  status: oneOf(...VALIDATION_STATUSES),
  exitCode: nullable(int()),
  signal: nullable(str),
  durationMs: num(0),
  startedAtMs: num(0),
  output: obj({ head: str, tail: str, totalBytes: int(0), truncated: bool }),
  report: obj({
    findings: arr(finding),
    droppedFindings: int(0),
    counts: numbersByName,
    summary: str
  }),
  hint: nullable(str)
});
var PARTIAL = obj({
  kind: oneOf(PARTIAL_REPORT_KIND),
  version: oneOf(PARTIAL_REPORT_VERSION),
  shard: obj({ index: int(1), count: int(1, 64) }),
  platform: platformLabel,
  fingerprint: obj({
    gateVersion: oneLine(40),
    checklistSha256: sha256,
    configSha256: nullable(sha256),
    commit: nullable(commit),
    planIds: arr(oneLine(200))
  }),
  notRunReason: nullable(oneLine(2e3)),
  results: arr(result),
  notes: arr(str)
});

// src/shards/estimates.ts
var SECOND = 1e3;
var ESTIMATE_BY_TOOL_MS = {
  "cargo-build": 180 * SECOND,
  "cargo-test": 240 * SECOND,
  clippy: 150 * SECOND,
  rustfmt: 5 * SECOND,
  "cargo-audit": 20 * SECOND,
  "npm-build": 60 * SECOND,
  "npm-test": 90 * SECOND,
  "npm-audit": 10 * SECOND,
  cli: 2 * SECOND
};
var ESTIMATE_BY_KIND_MS = {
  build: 120 * SECOND,
  tests: 90 * SECOND,
  lint: 45 * SECOND,
  "type-check": 45 * SECOND,
  "format-check": 10 * SECOND,
  audit: 15 * SECOND,
  run: 10 * SECOND,
  "paths-exist": 0
};
var ESTIMATE_DEFAULT_MS = 60 * SECOND;
function estimatedDurationMs(validation) {
  const byTool = validation.tool === null ? void 0 : ESTIMATE_BY_TOOL_MS[validation.tool];
  if (byTool !== void 0) return byTool;
  const byKind = validation.kind === void 0 ? void 0 : ESTIMATE_BY_KIND_MS[validation.kind];
  return byKind ?? ESTIMATE_DEFAULT_MS;
}

// src/shards/split.ts
function splitPlan(validations, count, durations = /* @__PURE__ */ new Map()) {
  const units = unitsOf(validations).map((ids) => ({
    ids,
    ms: ids.reduce((sum, id) => sum + durationOf(validations, id, durations), 0),
    first: validations.findIndex((v) => v.id === ids[0])
  }));
  units.sort((a, b) => b.ms - a.ms || a.first - b.first);
  const shares = Array.from({ length: count }, (_, i) => ({
    index: i + 1,
    ids: [],
    estimatedMs: 0
  }));
  for (const unit of units) {
    const least = shares.reduce(
      (best, share) => share.estimatedMs < best.estimatedMs ? share : best
    );
    least.ids.push(...unit.ids);
    least.estimatedMs += unit.ms;
  }
  const order = new Map(validations.map((v, i) => [v.id, i]));
  for (const share of shares) share.ids.sort((a, b) => order.get(a) - order.get(b));
  return shares;
}
function shardValidations(validations, spec, durations) {
  const ids = new Set(splitPlan(validations, spec.count, durations)[spec.index - 1].ids);
  return validations.filter((v) => ids.has(v.id));
}
function splitLaneOf(validation) {
  if (validation.lane === null) return null;
  const targetDir = validation.env.CARGO_TARGET_DIR;
  return validation.lane === "cargo" && targetDir !== void 0 ? `cargo:${targetDir}` : validation.lane;
}
function unitsOf(validations) {
  const parent = new Map(validations.map((v) => [v.id, v.id]));
  const find = (id) => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root);
    parent.set(id, root);
    return root;
  };
  const join2 = (a, b) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  const laneHead = /* @__PURE__ */ new Map();
  for (const validation of validations) {
    const lane = splitLaneOf(validation);
    if (lane !== null) {
      const head = laneHead.get(lane);
      if (head === void 0) laneHead.set(lane, validation.id);
      else join2(head, validation.id);
    }
    for (const need of validation.needs) join2(need, validation.id);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const validation of validations) {
    const root = find(validation.id);
    groups.set(root, [...groups.get(root) ?? [], validation.id]);
  }
  return [...groups.values()];
}
function durationOf(validations, id, durations) {
  const measured = durations.get(id);
  if (measured !== void 0) return measured;
  return estimatedDurationMs(validations.find((v) => v.id === id));
}

// src/shards/run.ts
function platformOf(explicit, env) {
  if (explicit.trim() !== "") return explicit.trim();
  const runner = env.RUNNER_OS?.trim() ?? "";
  return PLATFORM_LABEL.test(runner) ? runner : process.platform;
}
async function runShard(gate, shard) {
  const durations = shard.durationsFrom === null ? void 0 : readDurations(shard.durationsFrom, shard.durationsSetting);
  let ran = [];
  const outcome = await evaluateReadiness({
    ...gate,
    select: (validations) => {
      const share = shardValidations(validations, shard.spec, durations);
      ran = share.map((v) => v.id);
      return share;
    }
  });
  const fingerprint = await fingerprintOf({
    checklistPath: gate.checklistPath,
    configPath: gate.configPath,
    root: gate.root,
    plan: outcome.plan,
    env: shard.env
  });
  return {
    report: {
      kind: PARTIAL_REPORT_KIND,
      version: PARTIAL_REPORT_VERSION,
      shard: shard.spec,
      platform: shard.platform,
      fingerprint,
      notRunReason: outcome.notRunReason,
      results: outcome.results,
      notes: outcome.runNotes
    },
    ran
  };
}
async function mergeShardReports(gate, request) {
  const planned = await planReadiness(gate);
  const evidence = startEvidence(planned, gate);
  const expected = await fingerprintOf({
    checklistPath: gate.checklistPath,
    configPath: gate.configPath,
    root: gate.root,
    plan: planned.plan,
    env: request.env
  });
  const files = shardFilesAt(request.reports, request.base).map((file) => ({
    file,
    ...readPartialReport(file)
  }));
  const merged = mergeShards(files, planned.plan.validations, expected);
  const refused = merged.summary.refusals.length > 0;
  const assessment = assessReadiness(planned, merged.results, !refused, await evidence());
  assessment.notes.push(...merged.notes);
  if (refused) refuseMerge(assessment, merged.summary.refusals);
  assessment.merge = merged.summary;
  return assessment;
}
function refuseMerge(assessment, refusals) {
  assessment.notes.unshift(
    `The shards' reports were not merged, so readiness is not assessed: ${refusals.length} problem(s).`,
    ...refusals
  );
  assessment.verdict = "unassessed";
  assessment.ready = false;
  assessment.basis = { validations: false, items: false };
  assessment.blockers = [];
  assessment.criticalValidationsPassed = false;
}

// src/shards/action.ts
async function runShardStep(io, settings, reading, secrets) {
  const spec = settings.shard;
  const { report, ran } = await runShard(actionGateOptions(io.log, settings, reading, secrets), {
    spec,
    platform: platformOf(settings.platform, io.env),
    durationsFrom: settings.durationsFrom,
    durationsSetting: "Input 'durations-from'",
    env: io.env
  });
  const masked = maskForSurfaces(report, secrets);
  const written = writeFileConfined(
    { boundary: settings.root, file: settings.reportPath, input: "report-path" },
    `${JSON.stringify(masked, null, 2)}
`
  );
  if ("error" in written) {
    io.log.error(written.error);
    return EXIT_CODES.usage;
  }
  io.setOutputs({ "shard-report": written.written });
  if (settings.surfaces.jobSummary) {
    const summary = await io.writeJobSummary(shardSummary(masked, ran));
    if (summary.warning !== void 0) io.log.warning(summary.warning);
  }
  io.log.info(
    `Shard ${shardLabel(spec)} on ${report.platform}: ${ran.length} validation(s) run; partial report at ${written.written} (the verdict is the merge's).`
  );
  return EXIT_CODES.ready;
}
function shardSummary(report, ran) {
  const rows = report.results.map(
    (result2) => `| ${escapeMarkdown(result2.id)} | ${result2.status} | ${escapeMarkdown(result2.report.summary)} |`
  );
  return [
    `## Readiness Gate \u2014 shard ${shardLabel(report.shard)} on ${escapeMarkdown(report.platform)}`,
    "",
    ran.length === 0 ? "This shard had nothing to run (more shards than units of work)." : `${ran.length} validation(s) of the plan ran here. This is not a verdict: the job that merges the shards' reports publishes it.`,
    "",
    ...rows.length === 0 ? [] : ["| Validation | Status | Summary |", "| --- | --- | --- |", ...rows],
    ""
  ].join("\n");
}
async function mergedHere(io, settings, github, secrets, evidence = {}) {
  const assessment = await mergeShardReports(
    {
      checklistPath: settings.checklistPath,
      configPath: settings.configPath,
      configRequired: settings.configRequired,
      root: settings.root,
      ...evidence
    },
    { reports: [settings.mergeReports], base: settings.root, env: io.env }
  );
  return {
    assessment: maskForSurfaces(assessment, secrets),
    context: maskForSurfaces(
      // The settings name where the run is: check name, workspace, root, checklist.
      renderContextFor({ ...settings, github }),
      secrets
    )
  };
}
export {
  mergedHere,
  runShardStep
};
//# sourceMappingURL=action-QI2LWXIK.js.map
