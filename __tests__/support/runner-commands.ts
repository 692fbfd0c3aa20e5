/**
 * A model of how the GitHub Actions runner turns a JavaScript action's stdout into workflow
 * commands, written from a reading of actions/runner (Runner.Sdk ProcessInvoker for line
 * splitting, Runner.Worker OutputManager for which lines are looked at, ActionCommandManager for
 * registered commands and stop-commands, Runner.Common ActionCommand for the two syntaxes).
 *
 * - Lines end at "\n", "\r\n" or a bare "\r" (.NET StreamReader.ReadLine).
 * - A line is looked at when it holds "##[" or "::" anywhere.
 * - First the `::name k=v,k=v::data` form, after trimming leading .NET whitespace; if that does
 *   not parse to a registered command, the legacy `##[name k=v;k=v]data` form anywhere in the
 *   line.
 * - Command names are matched case-insensitively against the registered commands.
 * - `stop-commands` with data TOKEN ignores every command until one named TOKEN (either form, any
 *   case); an empty TOKEN never resumes.
 *
 * The runner's IndexOf/StartsWith are culture-sensitive (ICU skips zero-width characters); this
 * model matches ordinally. A culture-sensitive match that an ordinal one misses starts or ends
 * with a skipped character inside "##[" or "::", so the name the runner then cuts out begins with
 * "[" , ":" or that character — never a registered name. The model therefore finds every command
 * the runner would.
 */

export interface RunnerCommand {
  name: string
  properties: Record<string, string>
  data: string
  /** The line it came from. */
  line: string
}

/** The commands the runner registers (ActionCommandManager's extensions, plus stop-commands). */
export const REGISTERED_COMMANDS = [
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands'
] as const

/** .NET Char.IsWhiteSpace, with U+001C–U+001F added to be safe (a stricter model finds more). */
const DOTNET_LEADING_WHITESPACE =
  // eslint-disable-next-line no-control-regex -- the information separators count as whitespace
  /^[\t\n\v\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/

export class RunnerCommandModel {
  private readonly registered = new Set<string>(REGISTERED_COMMANDS)
  private stopToken: string | null = null
  /** Every command the runner acted on, in order (stop-commands and its resume included). */
  readonly processed: RunnerCommand[] = []
  /** Lines shown in the log as output (not taken as commands). */
  readonly output: string[] = []

  /** Feeds what the action wrote to stdout. */
  feed(stdout: string): this {
    for (const line of readLines(stdout)) this.onLine(line)
    return this
  }

  get stopped(): boolean {
    return this.stopToken !== null
  }

  private onLine(line: string): void {
    if (line === '' || !(line.includes('##[') || line.includes('::'))) {
      this.output.push(line)
      return
    }
    const command = this.parseV2(line) ?? this.parseLegacy(line)
    if (command === null || !this.act(command)) this.output.push(line)
  }

  /** True when the runner took the line as a command. */
  private act(command: RunnerCommand): boolean {
    const name = command.name.toLowerCase()
    if (this.stopToken !== null) {
      if (this.stopToken === '' || name !== this.stopToken.toLowerCase()) return false
      this.registered.delete(this.stopToken.toLowerCase())
      this.stopToken = null
      this.processed.push(command)
      return true
    }
    if (name === 'stop-commands') {
      this.stopToken = command.data
      this.registered.add(command.data.toLowerCase())
    }
    this.processed.push(command)
    return true
  }

  private isRegistered(name: string): boolean {
    return this.registered.has(name.toLowerCase())
  }

  private parseV2(line: string): RunnerCommand | null {
    const message = line.replace(DOTNET_LEADING_WHITESPACE, '')
    if (!message.startsWith('::')) return null
    const end = message.indexOf('::', 2)
    if (end < 0) return null
    const info = message.slice(2, end)
    const space = info.indexOf(' ')
    const name = space < 0 ? info : info.slice(0, space)
    if (name === '' || !this.isRegistered(name)) return null
    const properties: Record<string, string> = {}
    if (space > 0) {
      for (const pair of info
        .slice(space + 1)
        .trim()
        .split(','))
        addProperty(properties, pair)
    }
    return { name, properties, data: unescape(message.slice(end + 2)), line }
  }

  private parseLegacy(line: string): RunnerCommand | null {
    const start = line.indexOf('##[')
    if (start < 0) return null
    const close = line.indexOf(']', start)
    if (close < 0) return null
    const info = line.slice(start + 3, close)
    const space = info.indexOf(' ')
    const name = space < 0 ? info : info.slice(0, space)
    if (name === '' || !this.isRegistered(name)) return null
    const properties: Record<string, string> = {}
    if (space > 0)
      for (const pair of info.slice(space + 1).split(';')) addProperty(properties, pair)
    return { name, properties, data: unescape(line.slice(close + 1)), line }
  }
}

/** .NET StreamReader.ReadLine over the whole stream. */
export function readLines(stdout: string): string[] {
  const lines = stdout.split(/\r\n|\r|\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

function addProperty(properties: Record<string, string>, pair: string): void {
  const equals = pair.indexOf('=')
  if (equals <= 0 || equals === pair.length - 1) return
  properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1))
}

function unescape(text: string): string {
  return text
    .replace(/%3B/g, ';')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}
