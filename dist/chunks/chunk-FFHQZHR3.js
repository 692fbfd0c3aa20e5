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
  VALIDATION_KINDS,
  VALIDATION_STATUSES
};
//# sourceMappingURL=chunk-FFHQZHR3.js.map
