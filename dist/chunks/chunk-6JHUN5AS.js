// src/github/limits.ts
var STATUS_DESCRIPTION_MAX_CHARS = 140;
var COMMENT_BODY_MAX_CHARS = 65536;
var CHECK_RUN_OUTPUT_MAX_BYTES = 65535;
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
var ANNOTATIONS_PER_REQUEST = 50;
var ANNOTATION_TITLE_MAX_CHARS = 255;
var ANNOTATION_TEXT_MAX_BYTES = 64 * 1024;
var PAGE_SIZE_MAX = 100;

// src/report/format.ts
var MAX_CELL = 300;
var STATUS_LABEL = {
  passed: "\u2705 passed",
  failed: "\u274C failed",
  "timed-out": "\u23F1\uFE0F timed out",
  "missing-tool": "\u26A0\uFE0F missing tool",
  unassessable: "\u2754 could not assess",
  "modified-tree": "\u{1F6D1} changed the tree",
  error: "\u2757 error",
  skipped: "\u23ED\uFE0F skipped",
  "not-run": "\u2796 not run"
};
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
function capList(items, max) {
  if (items.length <= max) return { shown: [...items], more: 0 };
  return { shown: items.slice(0, max), more: items.length - max };
}
var DECLARED_STATE_LABEL = {
  "still-holds": "\u{1F534} still holds",
  resolved: "\u{1F7E2} resolved",
  unknown: "\u26AA unknown"
};
var EFFECT_LABEL = {
  format: "formats files",
  rewrite: "rewrites files",
  "snapshot-update": "updates snapshots",
  "dependency-change": "changes dependencies",
  release: "releases",
  deploy: "deploys or pushes",
  "vcs-write": "writes to git",
  destructive: "deletes",
  dynamic: "unknown program",
  "listed-fix": "listed as a fix"
};

// src/validations/model.ts
var VALIDATION_KINDS = [
  "type-check",
  "lint",
  "format-check",
  "tests",
  "audit",
  "build",
  "run",
  "paths-exist"
];
var VALIDATION_STATUSES = [
  "passed",
  "failed",
  "timed-out",
  "missing-tool",
  "unassessable",
  "modified-tree",
  "error",
  "skipped"
];

export {
  STATUS_DESCRIPTION_MAX_CHARS,
  COMMENT_BODY_MAX_CHARS,
  CHECK_RUN_OUTPUT_MAX_BYTES,
  JOB_SUMMARY_MAX_BYTES,
  ANNOTATIONS_PER_REQUEST,
  ANNOTATION_TITLE_MAX_CHARS,
  ANNOTATION_TEXT_MAX_BYTES,
  PAGE_SIZE_MAX,
  MAX_CELL,
  STATUS_LABEL,
  formatBytes,
  capList,
  DECLARED_STATE_LABEL,
  EFFECT_LABEL,
  VALIDATION_KINDS,
  VALIDATION_STATUSES
};
//# sourceMappingURL=chunk-6JHUN5AS.js.map
