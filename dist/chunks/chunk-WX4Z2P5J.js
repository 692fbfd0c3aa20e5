// src/history/model.ts
var DEFAULT_TREND_RUNS = 20;
var ITEM_KEY_DIGITS = 6;
var COMMIT_PATTERN = /^[0-9a-f]{4,40}$/;

export {
  DEFAULT_TREND_RUNS,
  ITEM_KEY_DIGITS,
  COMMIT_PATTERN
};
//# sourceMappingURL=chunk-WX4Z2P5J.js.map
