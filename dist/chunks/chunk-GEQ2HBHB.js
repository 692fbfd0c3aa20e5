import {
  COMMIT_PATTERN,
  DEFAULT_TREND_RUNS,
  ITEM_KEY_DIGITS
} from "./chunk-WX4Z2P5J.js";
import {
  ranAndDidNotPass
} from "./chunk-LHHO5AZP.js";
import {
  allItems
} from "./chunk-SFEO2OTR.js";

// src/history/record.ts
var COMMIT_DIGITS = 12;
function itemKey(text, occurrence = 0) {
  const normal = text.replace(/\s+/g, " ").trim();
  return fnv1a(`${normal}\0${occurrence}`).toString(16).padStart(8, "0").slice(0, ITEM_KEY_DIGITS);
}
var UTF8 = new TextEncoder();
function fnv1a(text) {
  const bytes = UTF8.encode(text);
  let hash = 2166136261;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}
function trackedItems(checklist) {
  const seen = /* @__PURE__ */ new Map();
  return allItems(checklist).map((item) => {
    const occurrence = seen.get(item.text) ?? 0;
    seen.set(item.text, occurrence + 1);
    return {
      key: itemKey(item.text, occurrence),
      line: item.line,
      text: item.text,
      checked: item.checked
    };
  });
}
function recordedCommit(sha) {
  if (sha === null) return null;
  const short = sha.toLowerCase().slice(0, COMMIT_DIGITS);
  return COMMIT_PATTERN.test(short) ? short : null;
}
function recordRun(facts, previous) {
  const { assessment } = facts;
  const commit = recordedCommit(facts.sha);
  const before = new Map(previous?.validations.map((v) => [v.id, v]) ?? []);
  const validations = assessment.validations.map((v) => ({
    id: v.id,
    status: v.status,
    critical: v.critical,
    counts: { ...v.counts },
    lastPassed: v.status === "passed" && commit !== null ? commit : before.get(v.id)?.lastPassed ?? null
  }));
  const trendRuns = Math.max(1, facts.trendRuns ?? DEFAULT_TREND_RUNS);
  return {
    version: 1,
    commit,
    at: facts.at === null ? null : facts.at.replace(/\.\d+Z$/, "Z"),
    verdict: assessment.verdict,
    blockers: assessment.blockers.length,
    validations,
    ticked: facts.items === null ? null : facts.items.filter((i) => i.checked).map((i) => i.key),
    trend: [...previous?.trend ?? [], trendPoint(assessment, commit)].slice(-trendRuns)
  };
}
function trendPoint(assessment, commit) {
  const critical = assessment.validations.filter((v) => v.critical);
  const items = assessment.priorities.find((p) => p.level === "critical");
  return {
    commit,
    validationsPassed: critical.filter((v) => v.status === "passed").length,
    validationsTotal: critical.length,
    itemsTicked: items?.checked ?? 0,
    itemsTotal: items?.total ?? 0
  };
}
function compareRuns(previous, current, assessment, items) {
  const names = new Map(assessment.validations.map((v) => [v.id, v.name]));
  const before = new Map(previous.validations.map((v) => [v.id, v]));
  const newlyFailing = [];
  const newlyPassing = [];
  const counts = [];
  for (const now of current.validations) {
    const then = before.get(now.id) ?? null;
    const name = names.get(now.id) ?? now.id;
    const change = { id: now.id, name, from: then?.status ?? null, to: now.status };
    if (ranAndDidNotPass(now.status) && (then === null || !ranAndDidNotPass(then.status))) {
      newlyFailing.push(change);
    } else if (now.status === "passed" && then?.status !== "passed") {
      newlyPassing.push(change);
    }
    if (then === null) continue;
    for (const [count, to] of Object.entries(now.counts)) {
      const from = then.counts[count];
      if (from !== void 0 && from !== to) counts.push({ id: now.id, name, count, from, to });
    }
  }
  const ticks = tickChanges(previous.ticked, current.ticked, items);
  const delta = {
    since: previous.commit,
    verdict: { from: previous.verdict, to: current.verdict },
    blockers: { from: previous.blockers, to: current.blockers },
    newlyFailing,
    newlyPassing,
    counts,
    ticked: ticks?.ticked ?? null,
    unticked: ticks?.unticked ?? null,
    unchanged: false
  };
  delta.unchanged = delta.verdict.from === delta.verdict.to && delta.blockers.from === delta.blockers.to && newlyFailing.length === 0 && newlyPassing.length === 0 && counts.length === 0 && (ticks === null || ticks.ticked.length + ticks.unticked.length === 0);
  return delta;
}
function tickChanges(before, now, items) {
  if (before === null || now === null) return null;
  const byKey = new Map(items?.map((item) => [item.key, item]) ?? []);
  const change = (key) => {
    const item = byKey.get(key);
    return { key, text: item?.text ?? null, line: item?.line ?? null };
  };
  const was = new Set(before);
  const is = new Set(now);
  return {
    ticked: now.filter((key) => !was.has(key)).map(change),
    unticked: before.filter((key) => !is.has(key)).map(change)
  };
}
function staleTicks(assessment, items, previous) {
  if (previous === null) return [];
  const before = new Map(previous.validations.map((v) => [v.id, v]));
  const wasTicked = previous.ticked === null ? null : new Set(previous.ticked);
  const stale = [];
  for (const item of tickedItems(assessment, items)) {
    const linked = assessment.validations.filter((v) => v.verifies.includes(item.line));
    if (linked.length === 0) continue;
    const regressed = linked.find(
      (v) => ranAndDidNotPass(v.status) && (before.get(v.id)?.lastPassed ?? null) !== null
    );
    if (regressed !== void 0 && (wasTicked === null || wasTicked.has(item.key))) {
      stale.push({
        kind: "regressed",
        line: item.line,
        text: item.text,
        validationIds: [regressed.id],
        since: before.get(regressed.id).lastPassed
      });
    } else if (linked.every((v) => neverPassed(v, before.get(v.id)))) {
      stale.push({
        kind: "never-proven",
        line: item.line,
        text: item.text,
        validationIds: linked.map((v) => v.id),
        since: null
      });
    }
  }
  return stale;
}
function neverPassed(now, then) {
  return now.status !== "passed" && (then?.lastPassed ?? null) === null;
}
function tickedItems(assessment, items) {
  if (items !== null) return items.filter((item) => item.checked);
  return assessment.reconciliation.claimedDoneFailing.map((m) => ({
    key: itemKey(m.text),
    line: m.line,
    text: m.text,
    checked: true
  }));
}
function runHistory(facts, previous, notes = []) {
  const state = recordRun(facts, previous?.state ?? null);
  if (previous === null) {
    return {
      previous: null,
      delta: null,
      trend: state.trend,
      staleTicks: [],
      notes: [...notes],
      state
    };
  }
  return {
    previous: { source: previous.source, commit: previous.state.commit, at: previous.state.at },
    delta: compareRuns(previous.state, state, facts.assessment, facts.items),
    trend: state.trend,
    staleTicks: staleTicks(facts.assessment, facts.items, previous.state),
    notes: [...notes],
    state
  };
}

export {
  trackedItems,
  recordRun,
  runHistory
};
//# sourceMappingURL=chunk-GEQ2HBHB.js.map
