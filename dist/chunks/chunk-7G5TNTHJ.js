import {
  VALIDATION_STATUSES
} from "./chunk-FFHQZHR3.js";

// src/history/model.ts
var ITEM_KEY_DIGITS = 6;
var COMMIT_PATTERN = /^[0-9a-f]{4,40}$/;

// src/history/state-block.ts
var STATE_BLOCK_PREFIX = "<!-- readiness-gate-state ";
var STATE_BLOCK_SUFFIX = " -->";
var STATE_BLOCK_LIMIT = 8192;
var VERDICTS = ["ready", "not-ready", "unassessed"];
var STATUSES = [...VALIDATION_STATUSES, "not-run"];
var KEYS_PATTERN = new RegExp(`^(?:[0-9a-f]{${ITEM_KEY_DIGITS}})*$`);
var ONE_KEY = new RegExp(`^[0-9a-f]{${ITEM_KEY_DIGITS}}$`);
var EACH_KEY = new RegExp(`.{${ITEM_KEY_DIGITS}}`, "g");
var MAX_VALIDATIONS = 500;
var MAX_ID_CHARS = 200;
var MAX_COUNTS = 20;
var MAX_COUNT_NAME_CHARS = 40;
var MAX_COUNT = 1e9;
var MAX_TICKED = 1e4;
var MAX_TREND = 100;
var SHEDDING = [
  (s) => s,
  (s) => ({ ...s, trend: s.trend.slice(-10) }),
  (s) => ({ ...s, validations: s.validations.map((v) => ({ ...v, counts: {} })) }),
  (s) => ({ ...s, ticked: null }),
  (s) => ({ ...s, trend: s.trend.slice(-1) }),
  (s) => ({ ...s, validations: [] })
];
function encodeStateBlock(state, limit = STATE_BLOCK_LIMIT) {
  let current = state;
  let block = "";
  for (const [index, shed] of SHEDDING.entries()) {
    current = shed(current);
    block = `${STATE_BLOCK_PREFIX}${escapeForComment(JSON.stringify(toWire(current)))}${STATE_BLOCK_SUFFIX}`;
    if (block.length <= limit) return { block, shed: index };
  }
  return { block, shed: SHEDDING.length - 1 };
}
function readStateBlock(body) {
  const start = body.lastIndexOf(STATE_BLOCK_PREFIX);
  if (start === -1) return { kind: "none" };
  const from = start + STATE_BLOCK_PREFIX.length;
  const window = body.slice(from, from + STATE_BLOCK_LIMIT + STATE_BLOCK_SUFFIX.length);
  const end = window.indexOf(STATE_BLOCK_SUFFIX);
  if (end === -1 || STATE_BLOCK_PREFIX.length + end + STATE_BLOCK_SUFFIX.length > STATE_BLOCK_LIMIT) {
    return { kind: "ignored", why: `it is longer than ${STATE_BLOCK_LIMIT} characters` };
  }
  let value;
  try {
    value = JSON.parse(window.slice(0, end));
  } catch {
    return { kind: "ignored", why: "it is not valid JSON" };
  }
  if (isRecord(value) && value.v !== 1) {
    return { kind: "ignored", why: `its version ${describe(value.v)} is not one this gate reads` };
  }
  const problem = wireProblem(value);
  if (problem !== null) return { kind: "ignored", why: problem };
  return { kind: "read", state: fromWire(value) };
}
function escapeForComment(json) {
  return json.replace(/[-<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function toWire(state) {
  return {
    v: state.version,
    c: state.commit,
    t: state.at === null ? null : Math.max(0, Math.floor(Date.parse(state.at) / 1e3)),
    r: state.verdict,
    b: state.blockers,
    V: state.validations.map((v) => [
      v.id,
      v.status,
      v.critical ? 1 : 0,
      wireCounts(v.counts),
      v.lastPassed
    ]),
    k: state.ticked === null ? null : state.ticked.filter((key) => ONE_KEY.test(key)).join(""),
    h: state.trend.map((p) => [
      p.commit,
      p.validationsPassed,
      p.validationsTotal,
      p.itemsTicked,
      p.itemsTotal
    ])
  };
}
function wireCounts(counts) {
  const out = {};
  for (const [name, value] of Object.entries(counts).slice(0, MAX_COUNTS)) {
    if (name.length > MAX_COUNT_NAME_CHARS) continue;
    out[name] = Math.min(MAX_COUNT, Math.max(0, Math.round(value)));
  }
  return out;
}
function fromWire(wire) {
  return {
    version: 1,
    commit: wire.c,
    at: wire.t === null ? null : new Date(wire.t * 1e3).toISOString().replace(".000Z", "Z"),
    verdict: wire.r,
    blockers: wire.b,
    validations: wire.V.map(([id, status, critical, counts, lastPassed]) => ({
      id,
      status,
      critical: critical === 1,
      counts,
      lastPassed
    })),
    ticked: wire.k === null ? null : wire.k.match(EACH_KEY) ?? [],
    trend: wire.h.map(
      ([commit, validationsPassed, validationsTotal, itemsTicked, itemsTotal]) => ({
        commit,
        validationsPassed,
        validationsTotal,
        itemsTicked,
        itemsTotal
      })
    )
  };
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function describe(v) {
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return JSON.stringify(v.slice(0, 20));
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v;
}
var isCount = (v, max = MAX_COUNT) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= max;
var isCommit = (v) => typeof v === "string" && COMMIT_PATTERN.test(v);
var isCommitOrNull = (v) => v === null || isCommit(v);
function countsProblem(v) {
  if (!isRecord(v)) return true;
  const entries = Object.entries(v);
  return entries.length > MAX_COUNTS || entries.some(([name, n]) => name.length > MAX_COUNT_NAME_CHARS || !isCount(n));
}
function validationProblem(v) {
  if (!Array.isArray(v) || v.length !== 5) return true;
  const [id, status, critical, counts, lastPassed] = v;
  return typeof id !== "string" || id === "" || id.length > MAX_ID_CHARS || !STATUSES.includes(status) || critical !== 0 && critical !== 1 || countsProblem(counts) || !isCommitOrNull(lastPassed);
}
function pointProblem(v) {
  if (!Array.isArray(v) || v.length !== 5) return true;
  const [commit, ...numbers] = v;
  return !isCommitOrNull(commit) || !numbers.every((n) => isCount(n));
}
var WIRE_KEYS = ["v", "c", "t", "r", "b", "V", "k", "h"];
function wireProblem(value) {
  if (!isRecord(value)) return "it is not an object";
  const unknown = Object.keys(value).find((key) => !WIRE_KEYS.includes(key));
  if (unknown !== void 0) return `it has an unknown field ${describe(unknown)}`;
  const missing = WIRE_KEYS.find((key) => !Object.hasOwn(value, key));
  if (missing !== void 0) return `its field ${missing} is missing`;
  const { c, t, r, b, V, k, h } = value;
  if (!isCommitOrNull(c)) return "its commit is not a commit hash";
  if (t !== null && !isCount(t, 2 ** 40)) return "its time is not a time";
  if (!VERDICTS.includes(r)) return `its verdict ${describe(r)} is unknown`;
  if (!isCount(b)) return "its blocker count is not a count";
  if (!Array.isArray(V) || V.length > MAX_VALIDATIONS || V.some(validationProblem)) {
    return "its validations are malformed";
  }
  if (new Set(V.map((entry) => entry[0])).size !== V.length) {
    return "it names a validation twice";
  }
  if (k !== null && (typeof k !== "string" || k.length > MAX_TICKED * ITEM_KEY_DIGITS || !KEYS_PATTERN.test(k))) {
    return "its ticked items are malformed";
  }
  if (!Array.isArray(h) || h.length > MAX_TREND || h.some(pointProblem)) {
    return "its trend is malformed";
  }
  return null;
}

export {
  encodeStateBlock,
  readStateBlock
};
//# sourceMappingURL=chunk-7G5TNTHJ.js.map
