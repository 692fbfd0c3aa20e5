// src/ansi-escapes.ts
var ANSI_ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[ -/]*[0-~])/g;
function stripAnsi(text) {
  return text.includes("\x1B") ? text.replace(ANSI_ESCAPE, "") : text;
}

export {
  stripAnsi
};
//# sourceMappingURL=chunk-ZNRIRWRF.js.map
