/**
 * A plain HTTP server of the test's own on 127.0.0.1 (a package registry that refuses or knows
 * one package, …), listening on a free port until `close`.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LocalHttpServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string
  close: () => Promise<void>
}

export async function listenLocally(handler: http.RequestListener): Promise<LocalHttpServer> {
  const server = http.createServer(handler)
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((closed) => {
        server.close(() => {
          closed()
        })
      })
  }
}

/** A port on 127.0.0.1 that was free a moment ago and has nothing listening: connections are refused. */
export async function closedPort(): Promise<number> {
  const server = await listenLocally(() => undefined)
  await server.close()
  return Number(new URL(server.url).port)
}
