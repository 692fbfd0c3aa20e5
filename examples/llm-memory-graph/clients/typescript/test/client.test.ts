import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type AddressInfo, type Server } from 'node:net'
import { MemoryGraphClient } from '../src/client.ts'

/** A loopback stand-in for the Rust server: answers each line from a script. */
function scriptedServer(replies: Record<string, string>, heard: string[]): Promise<Server> {
  const server = createServer((socket) => {
    socket.setEncoding('utf8')
    let buffered = ''
    socket.on('data', (chunk: string) => {
      buffered += chunk
      let newline = buffered.indexOf('\n')
      while (newline !== -1) {
        const line = buffered.slice(0, newline)
        buffered = buffered.slice(newline + 1)
        heard.push(line)
        socket.write(`${replies[line] ?? 'ERR cannot understand'}\n`)
        newline = buffered.indexOf('\n')
      }
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

test('a session over TCP', async () => {
  const heard: string[] = []
  const server = await scriptedServer(
    {
      'ADD prompt hello': 'OK #1',
      'ADD concept greeting': 'OK #2',
      'LINK 1 2 mentions': 'OK',
      'PATH 1 2': 'OK #1 #2',
      'PATH 2 1': 'ERR no path',
      STATS: 'OK nodes=2 edges=1'
    },
    heard
  )
  const { port } = server.address() as AddressInfo
  const client = await MemoryGraphClient.connect(port)
  try {
    const prompt = await client.addNode('prompt', 'hello')
    const concept = await client.addNode('concept', 'greeting')
    await client.link(prompt, concept, 'mentions')
    assert.deepEqual(await client.shortestPath(prompt, concept), [1, 2])
    assert.equal(await client.shortestPath(concept, prompt), null)
    assert.deepEqual(await client.stats(), { nodes: 2, edges: 1 })
    await assert.rejects(client.link(1, 9, 'x'), /cannot understand/)
  } finally {
    await client.close()
    server.close()
  }
  assert.equal(heard.length, 7)
})

test('connecting to a closed port fails', async () => {
  const server = await scriptedServer({}, [])
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  await assert.rejects(MemoryGraphClient.connect(port), /ECONNREFUSED/)
})
