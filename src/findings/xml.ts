/**
 * A small, careful XML reader for the report formats tools write (JUnit, Checkstyle): elements,
 * attributes, text, CDATA, comments, processing instructions and the five predefined entities
 * plus character references. No DTDs (a DOCTYPE is skipped, its entities never expanded), no
 * namespaces beyond keeping prefixed names as written. Malformed input gives null, never a throw.
 */

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** The element's own text (CDATA included), entities decoded; children's text not included. */
  text: string
}

/** Documents larger than this are not read (a report that size is not a report). */
const MAX_XML_CHARS = 32 * 1024 * 1024
const MAX_DEPTH = 256
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name]!
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** The document's root element, or null when the text is not well-formed enough to read. */
export function parseXml(source: string): XmlElement | null {
  if (source.length > MAX_XML_CHARS) return null
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  let at = 0
  while (at < source.length) {
    const open = source.indexOf('<', at)
    const textEnd = open < 0 ? source.length : open
    if (textEnd > at && stack.length > 0)
      stack.at(-1)!.text += decodeEntities(source.slice(at, textEnd))
    if (open < 0) break
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open + 4)
      if (end < 0) return null
      at = end + 3
    } else if (source.startsWith('<![CDATA[', open)) {
      const end = source.indexOf(']]>', open + 9)
      if (end < 0 || stack.length === 0) return null
      stack.at(-1)!.text += source.slice(open + 9, end)
      at = end + 3
    } else if (source.startsWith('<?', open)) {
      const end = source.indexOf('?>', open + 2)
      if (end < 0) return null
      at = end + 2
    } else if (source.startsWith('<!', open)) {
      // A DOCTYPE (its internal subset is skipped whole, never expanded).
      const bracket = source.indexOf('[', open)
      const close = source.indexOf('>', open)
      if (close < 0) return null
      const end = bracket >= 0 && bracket < close ? source.indexOf(']>', bracket) : close - 1
      if (end < 0) return null
      at = end + 2
    } else if (source.startsWith('</', open)) {
      const close = source.indexOf('>', open)
      const element = stack.pop()
      if (close < 0 || element === undefined) return null
      if (source.slice(open + 2, close).trim() !== element.name) return null
      at = close + 1
    } else {
      const read = readStartTag(source, open + 1)
      if (read === null || stack.length >= MAX_DEPTH) return null
      const { element, end, selfClosing } = read
      if (stack.length > 0) stack.at(-1)!.children.push(element)
      else if (root === null) root = element
      else return null
      if (!selfClosing) stack.push(element)
      at = end
    }
  }
  return stack.length === 0 ? root : null
}

function isNameCharacter(character: string | undefined, first: boolean): boolean {
  if (character === undefined) return false
  if (/[A-Za-z_:]/.test(character)) return true
  return !first && /[\w.-]/.test(character)
}

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r'
}

/** The name starting at `from`, read by hand (a regex searched again from every start). */
function readName(source: string, from: number): string | null {
  if (!isNameCharacter(source[from], true)) return null
  let end = from + 1
  while (isNameCharacter(source[end], false)) end++
  return source.slice(from, end)
}

function skipSpaces(source: string, from: number): number {
  let at = from
  while (isSpace(source[at])) at++
  return at
}

function readStartTag(
  source: string,
  from: number
): { element: XmlElement; end: number; selfClosing: boolean } | null {
  const name = readName(source, from)
  if (name === null) return null
  const element: XmlElement = { name, attributes: {}, children: [], text: '' }
  let at = from + name.length
  for (;;) {
    const start = skipSpaces(source, at)
    const key = readName(source, start)
    if (key === null) {
      at = start
      break
    }
    const equals = skipSpaces(source, start + key.length)
    if (source[equals] !== '=') return null
    const quoteAt = skipSpaces(source, equals + 1)
    const quote = source[quoteAt]
    if (quote !== '"' && quote !== "'") return null
    const close = source.indexOf(quote, quoteAt + 1)
    if (close < 0) return null
    element.attributes[key] = decodeEntities(source.slice(quoteAt + 1, close))
    at = close + 1
  }
  if (source.startsWith('/>', at)) return { element, end: at + 2, selfClosing: true }
  if (source[at] === '>') return { element, end: at + 1, selfClosing: false }
  return null
}

/** Every descendant element named `name`, depth first. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  const pending = [...element.children].reverse()
  while (pending.length > 0) {
    const next = pending.pop()!
    if (next.name === name) found.push(next)
    for (let index = next.children.length - 1; index >= 0; index--)
      pending.push(next.children[index]!)
  }
  return found
}
