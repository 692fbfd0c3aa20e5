import {
  findCodeSpans,
  maskCodeAndComments
} from "./chunk-3XCZIKZF.js";

// src/checklist/github-references.ts
import * as posix from "node:path/posix";
var MAX_REFERENCES_PER_ITEM = 20;
var OWNER = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})";
var REPO = "[A-Za-z0-9._-]{1,100}";
var SHORT_REFERENCE = new RegExp(
  `(?<![\\w/#&.-])(?:(${OWNER})/(${REPO}))?#([1-9][0-9]{0,9})(?![\\w-])`,
  "g"
);
var URL_PATTERN = /https?:\/\/[^\s<>()[\]"'`]+/g;
var MARKDOWN_LINK = /\[[^[\]\n]*\]\(\s*<?([^()<>\s]+)>?(?:\s+"[^"\n]*")?\s*\)/g;
var CHECK_AFTER = /^\s+(?:check|workflow|job|CI\s+check)\b/i;
var CHECK_BEFORE = /\b(?:the\s+)?(?:check|workflow|job)\s+(?:run\s+)?$/i;
function findItemReferences(items, scope) {
  const found = [];
  for (const item of items) {
    const references = referencesIn(item, scope);
    if (references.length === 0) continue;
    found.push({
      line: item.line,
      text: item.text,
      checked: item.checked,
      references: references.slice(0, MAX_REFERENCES_PER_ITEM)
    });
  }
  return found;
}
function referencesIn(item, scope) {
  const source = item.text;
  const masked = maskCodeAndComments(source);
  const references = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (reference) => {
    if (reference === null) return;
    const key = referenceKey(reference);
    if (seen.has(key)) return;
    seen.add(key);
    references.push(reference);
  };
  let rest = masked;
  for (const match of masked.matchAll(MARKDOWN_LINK)) {
    add(linkReference(match[1], scope));
    rest = blankRange(rest, match.index, match.index + match[0].length, match[0].indexOf("](") + 2);
  }
  for (const match of rest.matchAll(URL_PATTERN)) {
    add(urlReference(trimUrlEnd(match[0]), scope));
    rest = blankRange(rest, match.index, match.index + match[0].length);
  }
  for (const match of rest.matchAll(SHORT_REFERENCE)) {
    const [, owner, repo, number] = match;
    add({
      kind: "issue",
      owner: owner ?? scope.owner,
      repo: repo ?? scope.repo,
      number: Number(number)
    });
  }
  if (source.includes("`")) {
    for (const span of findCodeSpans(source)) {
      const name = span.text.trim();
      if (name === "" || name.length > 100 || name.includes("\n")) continue;
      const before = masked.slice(Math.max(0, span.start - 30), span.start);
      const after = masked.slice(span.end, span.end + 30);
      if (CHECK_AFTER.test(after) || CHECK_BEFORE.test(before)) add({ kind: "check", name });
    }
  }
  return references;
}
function referenceKey(reference) {
  switch (reference.kind) {
    case "issue":
      return `issue:${reference.owner.toLowerCase()}/${reference.repo.toLowerCase()}#${reference.number}`;
    case "check":
      return `check:${reference.name}`;
    case "file":
      return `file:${reference.path}`;
  }
}
function referenceLabel(reference, scope) {
  switch (reference.kind) {
    case "issue":
      return sameRepository(reference, scope) ? `#${reference.number}` : `${reference.owner}/${reference.repo}#${reference.number}`;
    case "check":
      return reference.name;
    case "file":
      return reference.path;
  }
}
function sameRepository(reference, scope) {
  return reference.owner.toLowerCase() === scope.owner.toLowerCase() && reference.repo.toLowerCase() === scope.repo.toLowerCase();
}
function linkReference(target, scope) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return urlReference(target, scope);
  if (target.startsWith("#") || target.startsWith("//")) return null;
  const withoutFragment = target.replace(/[?#].*$/, "");
  if (withoutFragment === "") return null;
  let decoded;
  try {
    decoded = decodeURIComponent(withoutFragment);
  } catch {
    return null;
  }
  return fileReference(
    decoded.startsWith("/") ? decoded.slice(1) : posix.join(scope.checklistDir, decoded)
  );
}
function urlReference(url, scope) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isServerUrl(parsed, scope.serverUrl)) return null;
  const base = new URL(scope.serverUrl).pathname.replace(/\/$/, "");
  const segments = parsed.pathname.slice(base.length).split("/").filter(Boolean);
  const [owner, repo, kind, ...rest] = segments;
  if (owner === void 0 || repo === void 0 || kind === void 0) return null;
  if (!new RegExp(`^${OWNER}$`).test(owner) || !new RegExp(`^${REPO}$`).test(repo)) return null;
  if ((kind === "issues" || kind === "pull") && /^[1-9][0-9]{0,9}$/.test(rest[0] ?? "")) {
    return { kind: "issue", owner, repo, number: Number(rest[0]) };
  }
  if (kind === "blob" && rest.length >= 2 && sameRepository({ owner, repo }, scope)) {
    try {
      return fileReference(decodeURIComponent(rest.slice(1).join("/")));
    } catch {
      return null;
    }
  }
  return null;
}
function isServerUrl(url, serverUrl) {
  try {
    const server = new URL(serverUrl);
    const base = server.pathname.replace(/\/$/, "");
    return url.host.toLowerCase() === server.host.toLowerCase() && url.pathname.startsWith(`${base}/`);
  } catch {
    return false;
  }
}
function fileReference(path) {
  const normalized = posix.normalize(path).replace(/\/$/, "");
  if (normalized === "." || normalized === "" || normalized.startsWith("../") || normalized === "..") {
    return null;
  }
  if (/[\u0000-\u001f\\]/.test(normalized)) return null;
  return { kind: "file", path: normalized };
}
function trimUrlEnd(url) {
  let end = url.length;
  while (end > 0 && ".,;:!?".includes(url[end - 1])) end--;
  return url.slice(0, end);
}
function blankRange(text, start, end, keep = 0) {
  return text.slice(0, start + keep) + " ".repeat(end - start - keep) + text.slice(end);
}

// src/readiness/approvals.ts
function normalizeLogin(login) {
  return login.replace(/^@/, "").toLowerCase();
}
function approvalState(approvals, login) {
  if (approvals.kind !== "read") return "unverified";
  return approvals.approvers.has(normalizeLogin(login)) ? "approved" : "not-approved";
}

export {
  normalizeLogin,
  approvalState,
  findItemReferences,
  referenceKey,
  referenceLabel
};
//# sourceMappingURL=chunk-EKH3MAKY.js.map
