import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};
function isConfigurationError(error) {
  return error instanceof ConfigurationError;
}
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

export {
  ConfigurationError,
  isConfigurationError,
  errorMessage
};
