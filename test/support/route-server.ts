import {readFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'

/** One request as the server saw it. */
export interface Seen {
  method: string
  path: string
  query: Record<string, string>
  auth?: string
  /** `X-Auth-Refresh-Token`, when sent. */
  refresh?: string
}

export type Route = {status?: number; body?: unknown; raw?: string}

/** A fixture body from test/fixtures/<folder>/<name>.json (each file names its source). */
export function fixtureBody(folder: string, name: string): unknown {
  return (
    JSON.parse(
      readFileSync(`test/fixtures/${folder}/${name}.json`, 'utf8')
    ) as {body: unknown}
  ).body
}

/**
 * A throwaway server on 127.0.0.1 for read clients: path -> answers in order (the last one repeats); an
 * unknown path answers 404 with `notFound` (the service's own error envelope).
 */
export async function serveRoutes(
  routes: Record<string, Route | Route[]>,
  notFound: string
): Promise<{base: string; seen: Seen[]; close: () => Promise<void>}> {
  const seen: Seen[] = []
  const served = new Map<string, number>()
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const refresh = req.headers['x-auth-refresh-token']
    seen.push({
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      auth: req.headers.authorization,
      ...(typeof refresh === 'string' && {refresh})
    })
    const entry = routes[url.pathname]
    const list =
      entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]
    const n = served.get(url.pathname) ?? 0
    served.set(url.pathname, n + 1)
    const route = list[Math.min(n, list.length - 1)]
    if (route === undefined) {
      res.writeHead(404, {'Content-Type': 'application/json'})
      res.end(notFound)
      return
    }
    res.writeHead(route.status ?? 200, {'Content-Type': 'application/json'})
    res.end(route.raw ?? JSON.stringify(route.body))
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const {port} = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>(r => server.close(() => r()))
  }
}
