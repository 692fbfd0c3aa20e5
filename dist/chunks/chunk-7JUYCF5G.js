// src/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
  constructor(message) {
    super(message.replace(/[\r\n]+/g, " "));
  }
};
function quoteValue(value, max = 80) {
  const shown = value.length > max ? `${value.slice(0, max)}\u2026` : value;
  const escaped = shown.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/g,
    (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
  return `'${escaped}'`;
}
function isConfigurationError(error) {
  return error instanceof ConfigurationError;
}
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

export {
  ConfigurationError,
  quoteValue,
  isConfigurationError,
  errorMessage
};
//# sourceMappingURL=chunk-7JUYCF5G.js.map
