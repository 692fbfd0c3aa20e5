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
function maskSecrets(text, known = []) {
  return maskText(text, usableKnownValues(known));
}
function usableKnownValues(known) {
  const distinct = new Set(known.filter((value) => value.length >= MIN_KNOWN_LENGTH));
  return [...distinct].sort((a, b) => b.length - a.length);
}
function maskText(text, known) {
  const cuts = [];
  for (const value of known) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
      cuts.push({ start: at, end: at + value.length, keep: "" });
    }
  }
  if (text.length >= MIN_PATTERN_MATCH && SECRET_HINT.test(text)) {
    for (const pattern of SECRET_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        cuts.push({ start: match.index, end: match.index + match[0].length, keep: kept(match[1]) });
      }
    }
  }
  return cuts.length === 0 ? text : applyCuts(text, cuts);
}
function kept(prefix) {
  if (prefix === void 0) return "";
  if (/[=:]\s*$/.test(prefix)) return prefix;
  if (/^(Bearer|token)$/i.test(prefix)) return `${prefix} `;
  return "";
}
function applyCuts(text, cuts) {
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const cut of cuts) {
    const last = merged.at(-1);
    if (last === void 0 || cut.start >= last.end) {
      merged.push({ ...cut });
      continue;
    }
    if (cut.start < last.start + last.keep.length) last.keep = "";
    last.end = Math.max(last.end, cut.end);
  }
  let out = "";
  let at = 0;
  for (const cut of merged) {
    out += text.slice(at, cut.start) + cut.keep + MASK;
    at = cut.end;
  }
  return out + text.slice(at);
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

export {
  MASK,
  CREDENTIAL_VARIABLES,
  secretsToMask,
  maskSecrets,
  maskDeep,
  maskForSurfaces,
  assertMasked,
  maskResult
};
//# sourceMappingURL=chunk-EOIRXPSJ.js.map
