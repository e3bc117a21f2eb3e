import {createServer, type IncomingMessage} from 'node:http'
import type {AddressInfo} from 'node:net'
import zlib from 'node:zlib'
import {ApiError, answerOf, networkDetail} from '../src/ibm/errors.js'
import {Deadline} from '../src/ibm/deadline.js'
import {HttpClient, retryAfterMs} from '../src/ibm/http.js'
import {start, type Emulator} from './emulator/index.js'
import {findingOf, preflight} from './support/preflight.js'

const DELETE = {operation: 'cluster-delete', cluster: 'prod-classic'}

async function withEmu<T>(fn: (emu: Emulator) => Promise<T>): Promise<T> {
  const emu = await start('healthy-classic')
  try {
    return await fn(emu)
  } finally {
    await emu.close()
  }
}

function client(
  ms: number,
  opts: {backoffBaseMs?: number; maxAttempts?: number} = {}
): {http: HttpClient; deadline: Deadline} {
  const deadline = new Deadline(ms)
  return {
    http: new HttpClient({
      deadline,
      maxConcurrency: 4,
      backoffBaseMs: opts.backoffBaseMs ?? 5,
      maxAttempts: opts.maxAttempts
    }),
    deadline
  }
}

describe('HttpClient', () => {
  test('503 then 200 through the engine: the check passes and one retry was made', () =>
    withEmu(async emu => {
      emu.setFaults([
        {
          service: 'iks',
          path: '/v2/getCluster?',
          kind: 'status',
          status: 503,
          times: 1
        }
      ])
      const report = await preflight(emu, DELETE)
      expect(findingOf(report, 'cluster-access').status).toBe('pass')
      expect(
        emu.requests.filter(r => r.path === '/v2/getCluster').map(r => r.status)
      ).toEqual([503, 200])
    }))

  test('Retry-After is honoured: the retry comes no sooner than the server asked', () =>
    withEmu(async emu => {
      emu.setFaults([
        {
          service: 'iks',
          path: '/v2/getCluster?',
          kind: 'status',
          status: 429,
          retryAfter: '2',
          times: 1
        }
      ])
      const report = await preflight(emu, DELETE)
      expect(findingOf(report, 'cluster-access').status).toBe('pass')
      const [first, second] = emu.requests.filter(
        r => r.path === '/v2/getCluster'
      )
      expect(first!.status).toBe(429)
      expect(second!.status).toBe(200)
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(2000)
    }))

  test('a Retry-After longer than the time budget is not waited for: the check is error, not a hang', () =>
    withEmu(async emu => {
      emu.setFaults([
        {
          service: 'iks',
          path: '/v2/getCluster?',
          kind: 'status',
          status: 429,
          retryAfter: '3600'
        }
      ])
      const report = await preflight(emu, {...DELETE, 'timeout-seconds': '5'})
      const f = findingOf(report, 'cluster-access')
      expect(f.status).toBe('error')
      expect(f.summary).toContain(
        'IBM Cloud Kubernetes Service (get cluster) HTTP 429'
      )
      expect(report.durationMs).toBeLessThan(5000)
      expect(emu.count({service: 'iks', path: '/v2/getCluster'})).toBe(1)
    }))

  test('a hang ends at timeout-seconds as error naming the service; independent checks still pass', () =>
    withEmu(async emu => {
      emu.setFaults([
        {service: 'iks', path: '/v1/infra-permissions', kind: 'hang'}
      ])
      const report = await preflight(emu, {...DELETE, 'timeout-seconds': '5'})
      const f = findingOf(report, 'infra-permissions')
      expect(f.status).toBe('error')
      expect(f.summary).toMatch(
        /IBM Cloud Kubernetes Service \(get missing infrastructure permissions\).*time budget/
      )
      expect(findingOf(report, 'cluster-access').status).toBe('pass')
      expect(findingOf(report, 'api-key').status).toBe('pass')
      expect(report.result).toBe('fail')
      expect(report.durationMs).toBeLessThan(5000 + 2000)
    }))

  test('a request never sent because the budget ran out names the call that used it up', () =>
    withEmu(async emu => {
      emu.setFaults([
        {service: 'iam', path: '/v1/apikeys/details', kind: 'hang'}
      ])
      const {http, deadline} = client(600)
      try {
        const hung = http.request({
          service: 'iam',
          operation: 'read API key details',
          method: 'GET',
          url: `${emu.baseUrl}/iam/v1/apikeys/details`
        })
        await expect(hung).rejects.toMatchObject({kind: 'timeout'})
        const late = http.request({
          service: 'iks',
          operation: 'get cluster',
          method: 'GET',
          url: `${emu.baseUrl}/iks/global/v2/getCluster`
        })
        await expect(late).rejects.toThrow(
          "IBM Cloud Kubernetes Service (get cluster): not sent: the run's time budget (timeout-seconds) ran out waiting for IBM Cloud IAM (read API key details)"
        )
      } finally {
        deadline.dispose()
        http.close()
      }
    }))

  test('non-idempotent requests are not retried', () =>
    withEmu(async emu => {
      emu.setFaults([
        {service: 'iks', path: '/v1/clusters/', kind: 'status', status: 503}
      ])
      const {http, deadline} = client(5000)
      try {
        await expect(
          http.request({
            service: 'iks',
            operation: 'refresh cluster master',
            method: 'PUT',
            url: `${emu.baseUrl}/iks/global/v1/clusters/x/masters`,
            json: {action: 'refresh'}
          })
        ).rejects.toMatchObject({status: 503})
      } finally {
        deadline.dispose()
        http.close()
      }
      expect(emu.count({service: 'iks', method: 'PUT'})).toBe(1)
    }))

  test('retryAfterMs reads seconds and HTTP dates, ignores garbage', () => {
    expect(retryAfterMs('2')).toBe(2000)
    expect(retryAfterMs('0.5')).toBe(500)
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000)
    expect(retryAfterMs('soon')).toBeUndefined()
    expect(retryAfterMs(undefined)).toBeUndefined()
  })
})

/** A raw server answering every request with `answer`; records what it received. */
async function rawServer(
  answer: (req: IncomingMessage) => {
    status?: number
    headers?: Record<string, string>
    body: Buffer | string
  }
): Promise<{
  base: string
  seen: IncomingMessage[]
  close: () => Promise<void>
}> {
  const seen: IncomingMessage[] = []
  const server = createServer((req, res) => {
    seen.push(req)
    const a = answer(req)
    res.writeHead(a.status ?? 200, a.headers ?? {})
    res.end(a.body)
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const {port} = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise(r => {
        server.closeAllConnections()
        server.close(() => r())
      })
  }
}

describe('the transport: bodies as they arrive', () => {
  const json = JSON.stringify({name: 'prod-classic', state: 'normal'})

  async function get(
    answer: Parameters<typeof rawServer>[0],
    url = '/v2/getCluster?v=1',
    query: Record<string, string> = {cluster: 'prod classic'}
  ): Promise<{
    outcome: unknown
    seen: IncomingMessage[]
  }> {
    const srv = await rawServer(answer)
    const {http, deadline} = client(5000)
    try {
      const outcome = await http
        .request({
          service: 'iks',
          operation: 'get cluster',
          method: 'GET',
          url: `${srv.base}${url}`,
          query
        })
        .then(
          r => r.body,
          (e: unknown) => e
        )
      return {outcome, seen: srv.seen}
    } finally {
      deadline.dispose()
      http.close()
      await srv.close()
    }
  }

  test.each([
    ['gzip', zlib.gzipSync(json)],
    ['deflate', zlib.deflateSync(json)],
    ['br', zlib.brotliCompressSync(json)]
  ])(
    'a %s body (sent though not asked for, as some proxies do) is decoded',
    async (encoding, bytes) => {
      const {outcome} = await get(() => ({
        headers: {
          'content-type': 'application/json',
          'content-encoding': encoding
        },
        body: bytes
      }))
      expect(outcome).toEqual({name: 'prod-classic', state: 'normal'})
    }
  )

  test('a UTF-8 byte-order mark before the JSON is not part of it', async () => {
    const {outcome} = await get(() => ({body: `\uFEFF${json}`}))
    expect(outcome).toEqual({name: 'prod-classic', state: 'normal'})
  })

  test.each([
    ['an encoding we do not read', {'content-encoding': 'zstd'}, json],
    [
      'a gzip label on bytes that are not gzip',
      {'content-encoding': 'gzip'},
      json
    ]
  ])('%s is "could not read", never a guess', async (_name, headers, body) => {
    const {outcome} = await get(() => ({headers, body}))
    expect(outcome).toBeInstanceOf(ApiError)
    expect(outcome).toMatchObject({kind: 'unreadable'})
  })

  test('a body over the 32 MiB cap is "could not read"', async () => {
    const big = Buffer.alloc(33 * 1024 * 1024, 0x20)
    const {outcome} = await get(() => ({body: big}))
    expect(outcome).toBeInstanceOf(ApiError)
    expect(outcome).toMatchObject({kind: 'unreadable'})
  })

  test('a redirect is not followed: its status is the answer', async () => {
    const {outcome, seen} = await get(req =>
      req.url?.startsWith('/elsewhere')
        ? {body: json}
        : {status: 302, headers: {location: '/elsewhere'}, body: ''}
    )
    expect(outcome).toMatchObject({kind: 'http', status: 302})
    expect(seen.map(r => r.url?.split('?')[0])).toEqual(['/v2/getCluster'])
  })

  test("what is sent: the query joins the URL's own, JSON is asked for, compression is not, the tool is named", async () => {
    const {seen} = await get(() => ({body: json}))
    const req = seen[0]!
    const url = new URL(req.url ?? '', 'http://x')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      v: '1',
      cluster: 'prod classic'
    })
    expect(req.headers['accept']).toBe('application/json')
    expect(req.headers['accept-encoding']).toBeUndefined()
    expect(req.headers['user-agent']).toBe('iks-preflight')
  })
})

describe('what IBM answered, in one phrase', () => {
  test.each([
    [
      404,
      'G0004',
      'The specified cluster could not be found.',
      'HTTP 404 G0004: The specified cluster could not be found.'
    ],
    [404, undefined, 'HTTP 404', 'HTTP 404'],
    [404, undefined, '(HTTP 404)', 'HTTP 404'],
    [403, 'not_authorized', '', 'HTTP 403 not_authorized'],
    [404, '404', 'Job x not found.', 'HTTP 404: Job x not found.'],
    [undefined, undefined, 'timed out after 5 s', 'timed out after 5 s'],
    [
      502,
      undefined,
      'an HTML page, not JSON',
      'HTTP 502: an HTML page, not JSON'
    ]
  ])('HTTP %s %s %j → %j', (status, code, detail, expected) => {
    expect(answerOf(status, code, detail)).toBe(expected)
    const e = new ApiError({
      service: 'iks',
      operation: 'get cluster',
      kind: 'http',
      status,
      code,
      detail
    })
    expect(e.answer).toBe(expected)
    expect(e.message).not.toMatch(/HTTP (\d{3})\b.*HTTP \1/)
  })
})

describe('an answer that is not HTTP, or not readable', () => {
  test('a server that answers garbage is named as answering, with its host, never as "no answer"', () => {
    const d = networkDetail({
      host: '127.0.0.1:39991',
      code: 'HPE_INVALID_CONSTANT'
    })
    expect(d).toBe(
      '127.0.0.1:39991 answered something that is not HTTP (HPE_INVALID_CONSTANT)'
    )
  })
})
