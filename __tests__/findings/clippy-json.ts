/**
 * The diagnostics `cargo clippy --message-format=json` reports, reduced to what the human-output
 * parser must agree with. cargo prints a diagnostic once per target in JSON (lib and lib test
 * both emit it) but once in human output, so diagnostics are compared as a set.
 */
export interface JsonDiagnostic {
  level: 'error' | 'warning'
  code: string | null
  file: string | null
  line: number | null
  column: number | null
  message: string
}

interface CompilerMessage {
  reason: string
  message?: {
    level: string
    message: string
    code: { code: string } | null
    spans: { is_primary: boolean; file_name: string; line_start: number; column_start: number }[]
  }
}

/** Summary lines, which the brief excludes from counts (rustc emits some in JSON too). */
const SUMMARIES = [/^aborting due to/, /^\d+ warnings? emitted/, /generated \d+ warnings?/]

export function jsonDiagnostics(jsonLines: string): JsonDiagnostic[] {
  const distinct = new Map<string, JsonDiagnostic>()
  for (const line of jsonLines.split('\n')) {
    if (!line.startsWith('{')) continue
    const record = JSON.parse(line) as CompilerMessage
    const message = record.message
    if (record.reason !== 'compiler-message' || message === undefined) continue
    if (message.level !== 'error' && message.level !== 'warning') continue
    if (SUMMARIES.some((pattern) => pattern.test(message.message))) continue
    const primary = message.spans.find((span) => span.is_primary)
    const diagnostic: JsonDiagnostic = {
      level: message.level,
      code: message.code?.code ?? null,
      file: primary?.file_name ?? null,
      line: primary?.line_start ?? null,
      column: primary?.column_start ?? null,
      message: message.message
    }
    distinct.set(JSON.stringify(diagnostic), diagnostic)
  }
  return [...distinct.values()]
}

/** "file:line code" keys, sorted, for set comparisons. */
export function diagnosticKeys(
  diagnostics: readonly { file?: string | null; line?: number | null; code?: string | null }[]
): string[] {
  return diagnostics.map((d) => `${d.file ?? '-'}:${d.line ?? '-'} ${d.code ?? '-'}`).sort()
}
