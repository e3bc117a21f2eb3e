import {createServer, type IncomingMessage, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'

/** A comment as the stub stores it. */
export interface StubComment {
  id: number
  body: string
  user: {login: string; type: string}
  html_url: string
}

export interface StubRequest {
  method: string
  path: string
  auth?: string
}

/**
 * A stand-in for the GitHub REST API's issue-comment endpoints: list (with per_page/page and a Link
 * header, as GitHub paginates), create, update. `readOnly` answers writes the way a fork's or
 * Dependabot's token is answered: 403 "Resource not accessible by integration".
 */
export interface GitHubStub {
  url: string
  comments: Map<string, StubComment[]>
  requests: StubRequest[]
  readOnly: boolean
  seed(
    owner: string,
    repo: string,
    issue: number,
    bodies: string[],
    login?: string
  ): void
  close(): Promise<void>
}

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>)
}

export async function startGitHubStub(): Promise<GitHubStub> {
  let nextId = 1000
  const comments = new Map<string, StubComment[]>()
  const requests: StubRequest[] = []
  const stub: GitHubStub = {
    url: '',
    comments,
    requests,
    readOnly: false,
    seed(owner, repo, issue, bodies, login = 'someone') {
      const key = `${owner}/${repo}#${issue}`
      const list = comments.get(key) ?? []
      for (const body of bodies)
        list.push({
          id: nextId++,
          body,
          user: {login, type: 'User'},
          html_url: `https://github.example/${owner}/${repo}/pull/${issue}#issuecomment-${nextId}`
        })
      comments.set(key, list)
    },
    close: () => new Promise(res => server.close(() => res()))
  }
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://stub')
      requests.push({
        method: req.method ?? '',
        path: url.pathname + url.search,
        auth: req.headers.authorization
      })
      const send = (
        status: number,
        body: unknown,
        headers: Record<string, string> = {}
      ): void => {
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          ...headers
        })
        res.end(JSON.stringify(body))
      }
      const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(
        url.pathname
      )
      const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(
        url.pathname
      )
      if (list && req.method === 'GET') {
        const all = comments.get(`${list[1]}/${list[2]}#${list[3]}`) ?? []
        const perPage = Math.min(
          Number(url.searchParams.get('per_page') ?? 30),
          100
        )
        const page = Number(url.searchParams.get('page') ?? 1)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const links: string[] = []
        const link = (p: number, rel: string): string =>
          `<${stub.url}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
        if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
        send(
          200,
          all.slice((page - 1) * perPage, page * perPage),
          links.length > 0 ? {link: links.join(', ')} : {}
        )
        return
      }
      if ((list && req.method === 'POST') || (one && req.method === 'PATCH')) {
        const body = await bodyOf(req)
        if (stub.readOnly) {
          send(403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/issues/comments',
            status: '403'
          })
          return
        }
        if (typeof body['body'] !== 'string') {
          send(422, {message: 'Validation Failed'})
          return
        }
        if ((body['body'] as string).length > 65536) {
          send(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)'
              }
            ]
          })
          return
        }
        if (list) {
          const key = `${list[1]}/${list[2]}#${list[3]}`
          const c: StubComment = {
            id: nextId++,
            body: body['body'] as string,
            user: {login: 'github-actions[bot]', type: 'Bot'},
            html_url: ''
          }
          c.html_url = `https://github.example/${list[1]}/${list[2]}/pull/${list[3]}#issuecomment-${c.id}`
          comments.set(key, [...(comments.get(key) ?? []), c])
          send(201, c)
          return
        }
        const found = [...comments.values()]
          .flat()
          .find(c => c.id === Number(one![3]))
        if (!found) {
          send(404, {message: 'Not Found'})
          return
        }
        found.body = body['body'] as string
        send(200, found)
        return
      }
      send(404, {message: 'Not Found'})
    })().catch((e: unknown) => {
      res.writeHead(500)
      res.end(String(e))
    })
  })
  await new Promise<void>(res => server.listen(0, '127.0.0.1', () => res()))
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return stub
}
