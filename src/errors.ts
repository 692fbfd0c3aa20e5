/**
 * A mistake the user can fix: a bad checklist, config file, input or flag.
 * Its message is one line that names the file or input and says how to fix it; it is shown
 * without a stack trace (exit code 2 in the CLI). Anything else thrown is a bug.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}

/** One line for any thrown value, for logs and warnings. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
