import {
  trimRuns
} from "./chunk-PY6GHY2O.js";

// src/wording.ts
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function slug(text, fallback, maxLength = Number.POSITIVE_INFINITY) {
  const dashed = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, maxLength);
  const id = trimRuns(dashed, "-");
  return id === "" ? fallback : id;
}

// src/duration.ts
function formatDuration(ms) {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return "\u2014";
  const wholeMs = Math.round(ms);
  if (wholeMs < 1e3) return `${wholeMs}ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}s`;
  const seconds = Math.round(ms / 1e3);
  const parts = [
    [Math.floor(seconds / 3600), "h"],
    [Math.floor(seconds % 3600 / 60), "m"],
    [seconds % 60, "s"]
  ];
  while (parts[0][0] === 0) parts.shift();
  while (parts.at(-1)[0] === 0) parts.pop();
  return parts.map(([count, unit]) => `${count}${unit}`).join("");
}

export {
  plural,
  slug,
  formatDuration
};
//# sourceMappingURL=chunk-E7SK54EL.js.map
