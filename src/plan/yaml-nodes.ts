/**
 * YAML parsed with the line of every node, so a config error can say `file:line`.
 *
 * js-yaml builds plain values and keeps no positions, but it reports an `open` and a `close`
 * event for every node it composes (its `listener` option). Nesting those events rebuilds the
 * node tree with the line each node starts on. The rebuilt tree is checked against the value
 * js-yaml returned: where they disagree (YAML corners such as an empty sequence entry or an
 * explicit `? key` without a value compose no node), the enclosing node's line is used, so a
 * line may be less precise but is never another node's.
 */
import yaml from 'js-yaml'
import { ConfigurationError } from '../errors.js'

export interface YamlNode {
  /** The plain value js-yaml produced for this node. */
  value: unknown
  /** 1-based line where the node's content starts. */
  line: number
  /** For a mapping: each key with its own line and its value's node. */
  entries: Map<string, { keyLine: number; node: YamlNode }>
  /** For a sequence: one node per element. */
  items: YamlNode[]
}

interface RawNode {
  position: number
  result: unknown
  children: RawNode[]
}

/**
 * Parses one YAML document (core schema: no timestamps, no custom tags) into positioned nodes.
 * A syntax error is a ConfigurationError `file:line: invalid YAML: reason (column n)`.
 * Returns null for an empty document.
 */
export function parseYamlDocument(text: string, file: string): YamlNode | null {
  const root: RawNode = { position: 0, result: undefined, children: [] }
  const stack: RawNode[] = [root]
  let value: unknown
  try {
    value = yaml.load(text, {
      filename: file,
      schema: yaml.CORE_SCHEMA,
      listener: (event, state) => {
        if (event === 'open') {
          stack.push({ position: state.position, result: undefined, children: [] })
          return
        }
        const node = stack.pop()!
        node.result = state.result
        stack.at(-1)?.children.push(node)
      }
    })
  } catch (error) {
    throw syntaxError(error, file, text)
  }
  if (value === undefined || value === null) return null
  const locate = lineLocator(text)
  const top = root.children.at(-1)
  return top === undefined ? leaf(value, 1) : positioned(top, value, locate)
}

function syntaxError(error: unknown, file: string, text: string): ConfigurationError {
  if (error instanceof yaml.YAMLException && error.reason.includes('single document')) {
    // js-yaml gives no position here: point at the separator that starts the second document.
    const line = secondDocumentLine(text)
    return new ConfigurationError(
      `${file}${line === null ? '' : `:${line}`}: invalid YAML: a config is a single YAML document; remove the '---' that starts another`
    )
  }
  if (error instanceof yaml.YAMLException) {
    const mark = error.mark as { line?: number; column?: number } | undefined
    const where = mark?.line === undefined ? file : `${file}:${mark.line + 1}`
    const column = mark?.column === undefined ? '' : ` (column ${mark.column + 1})`
    return new ConfigurationError(`${where}: invalid YAML: ${error.reason}${column}`)
  }
  return new ConfigurationError(`${file}: invalid YAML: ${String(error)}`)
}

/** The line of the `---` that starts a second document (a first `---` before any content only opens the first). */
function secondDocumentLine(text: string): number | null {
  const lines = text.split(/\r?\n/)
  let content = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(line)) {
      if (content) return index + 1
    } else if (!/^\s*(?:#.*)?$/.test(line) && !line.startsWith('%')) {
      content = true
    }
  }
  return null
}

/** Maps a character offset to the 1-based line of the node content found there. */
type Locate = (raw: RawNode) => number

/**
 * Pairs the raw event tree with the value. Wrapper nodes (js-yaml composes a value written on
 * the line after its key, and a flow collection, as a node holding one node with the same value)
 * are looked through, to the innermost node's line.
 */
function positioned(raw: RawNode, value: unknown, locate: Locate): YamlNode {
  const node = innermost(raw)
  const out = leaf(value, locate(node))
  if (Array.isArray(value)) attachItems(out, node, value, locate)
  else if (isMapping(value)) attachEntries(out, node, value, locate)
  return out
}

function attachItems(out: YamlNode, raw: RawNode, value: unknown[], locate: Locate): void {
  const aligned = raw.children.length === value.length
  value.forEach((item, index) => {
    const child = aligned ? raw.children[index] : undefined
    out.items.push(child === undefined ? leaf(item, out.line) : positioned(child, item, locate))
  })
}

function attachEntries(
  out: YamlNode,
  raw: RawNode,
  value: Record<string, unknown>,
  locate: Locate
): void {
  const keys = Object.keys(value)
  const pairs = raw.children.length === keys.length * 2
  keys.forEach((key, index) => {
    const keyRaw = pairs ? raw.children[index * 2] : undefined
    const valueRaw = pairs ? raw.children[index * 2 + 1] : undefined
    const aligned = keyRaw !== undefined && valueRaw !== undefined && String(keyRaw.result) === key
    const keyLine = aligned ? locate(innermost(keyRaw)) : out.line
    // An empty value (`key:`) has no content of its own: it is on its key's line.
    const node =
      aligned && value[key] !== null
        ? positioned(valueRaw, value[key], locate)
        : leaf(value[key], keyLine)
    out.entries.set(key, { keyLine, node })
  })
}

function innermost(raw: RawNode): RawNode {
  let node = raw
  while (node.children.length === 1 && sameValue(node.children[0]!.result, node.result)) {
    node = node.children[0]!
  }
  return node
}

function leaf(value: unknown, line: number): YamlNode {
  return { value, line, entries: new Map(), items: [] }
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b))
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A node's open event comes before js-yaml skips the spaces, line breaks and comments that
 * precede its content, so the line is that of the first content at or after the position.
 */
function lineLocator(text: string): Locate {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return (raw) => {
    let at = raw.position
    while (at < text.length) {
      const ch = text[at]!
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\ufeff') at++
      else if (ch === '#') while (at < text.length && text[at] !== '\n') at++
      else break
    }
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= at) low = mid
      else high = mid - 1
    }
    return low + 1
  }
}
