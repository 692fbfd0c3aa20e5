/**
 * Finds a JSON report in streamed output that may also hold other lines (npm's "npm warn …" on
 * stderr, cargo's status lines): single-line JSON (cargo audit --json) or a pretty-printed
 * block from a line starting with "{" to the last line ending with "}" (npm audit --json).
 */

/** Reports larger than this are not buffered (the findings then come from the human output, if any). */
const MAX_CAPTURED_CHARS = 64 * 1024 * 1024

export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export class JsonCapture {
  private readonly lines: string[] = []
  private chars = 0
  private started = false
  private overflowed = false

  line(text: string): void {
    if (this.overflowed) return
    if (!this.started) {
      if (!text.trimStart().startsWith('{')) return
      this.started = true
    }
    this.chars += text.length + 1
    if (this.chars > MAX_CAPTURED_CHARS) {
      this.overflowed = true
      this.lines.length = 0
      return
    }
    this.lines.push(text)
  }

  /** Every line that is a JSON object on its own (newline-delimited JSON, as `yarn audit --json` writes). */
  lineObjects(): JsonObject[] {
    const objects: JsonObject[] = []
    for (const line of this.lines) {
      const trimmed = line.trim()
      if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) continue
      const value = parseJsonObject(trimmed)
      if (value !== null) objects.push(value)
    }
    return objects
  }

  /** The first JSON object found for which `accept` is true, or null. */
  parse(accept: (value: JsonObject) => boolean): JsonObject | null {
    for (const line of this.lines) {
      const trimmed = line.trim()
      if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
        const value = parseJsonObject(trimmed)
        if (value !== null && accept(value)) return value
      }
    }
    let last = this.lines.length - 1
    while (last >= 0 && !this.lines[last]!.trimEnd().endsWith('}')) last--
    if (last < 0) return null
    const value = parseJsonObject(this.lines.slice(0, last + 1).join('\n'))
    return value !== null && accept(value) ? value : null
  }
}

/** The JSON object `text` holds, or null when it is not JSON or not an object. */
export function parseJsonObject(text: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(text)
    return isObject(value) ? value : null
  } catch {
    return null
  }
}

export function stringField(object: unknown, key: string): string | undefined {
  if (!isObject(object)) return undefined
  const value = object[key]
  return typeof value === 'string' ? value : undefined
}

export function numberField(object: unknown, key: string): number | undefined {
  if (!isObject(object)) return undefined
  const value = object[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

export function arrayField(object: unknown, key: string): unknown[] {
  if (!isObject(object)) return []
  const value = object[key]
  return Array.isArray(value) ? value : []
}

export function objectField(object: unknown, key: string): JsonObject | undefined {
  if (!isObject(object)) return undefined
  const value = object[key]
  return isObject(value) ? value : undefined
}
