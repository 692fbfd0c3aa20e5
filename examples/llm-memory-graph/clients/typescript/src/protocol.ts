// The server's line protocol (see crates/server/src/protocol.rs): one command per line,
// one reply line per command, "OK ..." or "ERR ...".

export type NodeKind = 'prompt' | 'response' | 'concept'

export interface GraphStats {
  nodes: number
  edges: number
}

export type Reply = { ok: true; text: string } | { ok: false; error: string }

const NODE_KINDS: readonly NodeKind[] = ['prompt', 'response', 'concept']

export function isNodeKind(text: string): text is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(text)
}

/** Commands are single lines of space-separated words: content may not contain line breaks. */
function singleLine(text: string, what: string): string {
  const trimmed = text.trim()
  if (trimmed === '' || /[\r\n]/.test(trimmed)) {
    throw new Error(`${what} must be one non-empty line`)
  }
  return trimmed
}

export function addCommand(kind: NodeKind, content: string): string {
  return `ADD ${kind} ${singleLine(content, 'content')}`
}

export function linkCommand(from: number, to: number, label: string): string {
  const word = singleLine(label, 'label')
  if (/\s/.test(word)) throw new Error('label must be one word')
  return `LINK ${from} ${to} ${word}`
}

export function pathCommand(from: number, to: number): string {
  return `PATH ${from} ${to}`
}

export function parseReply(line: string): Reply {
  const text = line.replace(/\r?\n$/, '')
  if (text === 'OK') return { ok: true, text: '' }
  if (text.startsWith('OK ')) return { ok: true, text: text.slice(3) }
  if (text.startsWith('ERR ')) return { ok: false, error: text.slice(4) }
  return { ok: false, error: `unexpected reply: ${text}` }
}

/** "#1 #2 #3" → [1, 2, 3] */
export function parseNodeIds(text: string): number[] {
  return text
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => {
      const id = Number(word.replace(/^#/, ''))
      if (!Number.isSafeInteger(id) || id < 1) throw new Error(`not a node id: ${word}`)
      return id
    })
}

/** "nodes=2 edges=1" → { nodes: 2, edges: 1 } */
export function parseStats(text: string): GraphStats {
  const match = /^nodes=(\d+) edges=(\d+)$/.exec(text)
  if (match === null) throw new Error(`not a stats reply: ${text}`)
  return { nodes: Number(match[1]), edges: Number(match[2]) }
}
