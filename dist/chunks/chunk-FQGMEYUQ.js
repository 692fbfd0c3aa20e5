import {
  maskCodeAndComments,
  plainText
} from "./chunk-3XCZIKZF.js";

// src/checklist/waivers.ts
var MARKER = /(?:^|[\s(—–-])(N\/A|waived|waiver)\s*:/i;
var MAYBE_MARKER = /n\/a|waive/i;
var STRUCK = /~~([^~]+)~~/;
var APPROVER = /\bapproved\s+by\s+@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/i;
var EXPIRY = /\b(?:until|expires?(?:\s+on)?)\s+(\d{4}-\d{2}-\d{2})\b/i;
var EDGE_CHARACTERS = /* @__PURE__ */ new Set([" ", "	", "\n", "\u2014", "\u2013", ",", ";", ".", ":", "-"]);
function trimSeparators(text) {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_CHARACTERS.has(text[start])) start++;
  while (end > start && EDGE_CHARACTERS.has(text[end - 1])) end--;
  return text.slice(start, end);
}
function readWaiver(text) {
  if (!MAYBE_MARKER.test(text)) return null;
  const masked = maskCodeAndComments(text);
  const marker = MARKER.exec(masked);
  if (marker === null) return null;
  const markerStart = marker.index + marker[0].length - marker[0].trimStart().length;
  const before = text.slice(0, markerStart);
  const after = text.slice(marker.index + marker[0].length);
  const struck = STRUCK.exec(before);
  const subject = trimSeparators(struck?.[1] ?? before);
  const approver = APPROVER.exec(after);
  const expiry = EXPIRY.exec(after);
  let reason = after;
  for (const clause of [approver, expiry]) {
    if (clause !== null) reason = reason.replace(clause[0], " ");
  }
  reason = trimSeparators(plainText(reason));
  return {
    subject,
    reason: reason === "" ? null : reason,
    approver: approver?.[1] ?? null,
    expires: expiry?.[1] ?? null
  };
}
function isCalendarDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value);
}

export {
  readWaiver,
  isCalendarDate
};
//# sourceMappingURL=chunk-FQGMEYUQ.js.map
