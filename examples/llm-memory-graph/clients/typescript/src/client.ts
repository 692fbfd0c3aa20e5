import { createConnection, type Socket } from 'node:net'
import {
  addCommand,
  linkCommand,
  parseNodeIds,
  parseReply,
  parseStats,
  pathCommand,
  type GraphStats,
  type NodeKind
} from './protocol.ts'

/** Talks to a running `server` over one TCP connection, one command at a time. */
export class MemoryGraphClient {
  private readonly socket: Socket
  private buffered = ''
  private readonly waiting: Array<(line: string) => void> = []
  private closedError: Error | null = null

  private constructor(socket: Socket) {
    this.socket = socket
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => {
      this.receive(chunk)
    })
    socket.on('close', () => {
      this.closedError = new Error('connection closed')
    })
  }

  static connect(port: number, host = '127.0.0.1'): Promise<MemoryGraphClient> {
    return new Promise((resolve, reject) => {
      const socket = createConnection({ port, host }, () => {
        socket.off('error', reject)
        resolve(new MemoryGraphClient(socket))
      })
      socket.once('error', reject)
    })
  }

  async addNode(kind: NodeKind, content: string): Promise<number> {
    const [id] = parseNodeIds(await this.request(addCommand(kind, content)))
    if (id === undefined) throw new Error('the server returned no id')
    return id
  }

  async link(from: number, to: number, label: string): Promise<void> {
    await this.request(linkCommand(from, to, label))
  }

  async shortestPath(from: number, to: number): Promise<number[] | null> {
    try {
      return parseNodeIds(await this.request(pathCommand(from, to)))
    } catch (error) {
      if (error instanceof Error && error.message === 'no path') return null
      throw error
    }
  }

  async stats(): Promise<GraphStats> {
    return parseStats(await this.request('STATS'))
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.socket.end(resolve)
    })
  }

  private async request(command: string): Promise<string> {
    if (this.closedError !== null) throw this.closedError
    const replyLine = new Promise<string>((resolve) => this.waiting.push(resolve))
    this.socket.write(`${command}\n`)
    const reply = parseReply(await replyLine)
    if (!reply.ok) throw new Error(reply.error)
    return reply.text
  }

  private receive(chunk: string): void {
    this.buffered += chunk
    let newline = this.buffered.indexOf('\n')
    while (newline !== -1) {
      const line = this.buffered.slice(0, newline)
      this.buffered = this.buffered.slice(newline + 1)
      this.waiting.shift()?.(line)
      newline = this.buffered.indexOf('\n')
    }
  }
}
