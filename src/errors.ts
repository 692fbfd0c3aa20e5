/**
 * A mistake the user can fix: a bad checklist, config file, input or flag.
 * Its message is one line that names the file or input and says how to fix it; it is shown
 * without a stack trace (exit code 2 in the CLI). Anything else thrown is a bug.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
  constructor(message: string) {
    // One line whatever got quoted into it (a file name or an input may hold a line break).
    super(message.replace(/[\r\n]+/g, ' '))
  }
}

/**
 * A user's value, quoted for an error message: control characters escaped (so a line break
 * cannot start another log line) and long values shortened.
 */
export function quoteValue(value: string, max = 80): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value
  const escaped = shown.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/g,
    (c) =>
      c === '\n'
        ? '\\n'
        : c === '\r'
          ? '\\r'
          : c === '\t'
            ? '\\t'
            : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
  )
  return `'${escaped}'`
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}

/** One line for any thrown value, for logs and warnings. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
