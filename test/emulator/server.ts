/** HTTP(S) server: routing by path prefix, bearer auth, fault injection, latency, request recording. */
import http, {type IncomingMessage, type ServerResponse} from 'node:http'
import https from 'node:https'
import type {AddressInfo, Socket} from 'node:net'
import {accountsService} from './accounts.js'
import {iamService} from './iam.js'
import {iksService} from './iks.js'
import {resourceManagerService} from './resource-manager.js'
import type {FaultSpec, ServiceName} from './scenario.js'
import {softlayerService} from './softlayer.js'
import type {State} from './state.js'
import {type Ctx, type Reply, type ServiceModule, header} from './types.js'
import {schematicsService} from './schematics.js'
import {userManagementService} from './user-management.js'
import {vpcService} from './vpc.js'

export const SERVICE_MODULES: ServiceModule[] = [
  iamService,
  iksService,
  accountsService,
  resourceManagerService,
  vpcService,
  softlayerService,
  userManagementService,
  schematicsService
]

export interface RecordedRequest {
  service: ServiceName | 'unknown'
  method: string
  /** Path after the service prefix, without the query string. */
  path: string
  query: Record<string, string>
  /** Request headers, names lower-cased. */
  headers: Record<string, string>
  body: string
  /** Response status; 0 while pending, or when the connection was reset / left hanging. */
  status: number
  /** Fault kind applied to this request, if any. */
  fault?: FaultSpec['kind']
  /** The JSON body the emulator answered (no fault, or a delay), for the contract-shape walk. */
  reply?: unknown
  /** Arrival time, ms since the epoch. */
  at: number
}

export interface ServerOptions {
  https?: {cert: string; key: string}
  port?: number
  latencyMs?: number
}

interface ActiveFault {
  spec: FaultSpec
  remaining: number
}

const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>emulated-proxy</center>\r\n</body>\r\n</html>\r\n'

/** Replace field values with values of the wrong type: arrays→string, string→number, number→string, bool→string. */
export function mangleTypes(value: unknown, depth = 0): unknown {
  if (Array.isArray(value))
    return depth === 0
      ? value.map(v => mangleTypes(v, depth + 1))
      : 'not-an-array'
  if (value === null) return 0
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        mangleTypes(v, depth + 1)
      ])
    )
  }
  if (typeof value === 'string') return 12345
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return value
}

export class EmulatorServer {
  readonly requests: RecordedRequest[] = []
  private faults: ActiveFault[] = []
  private readonly server: http.Server | https.Server
  private readonly sockets = new Set<Socket>()
  private readonly intervals = new Set<NodeJS.Timeout>()
  private readonly sleepers = new Set<() => void>()
  private closing = false
  private protocol: 'http' | 'https'
  baseUrl = ''

  constructor(
    readonly state: State,
    private readonly opts: ServerOptions = {}
  ) {
    const handler = (req: IncomingMessage, res: ServerResponse): void => {
      this.onRequest(req, res).catch((err: unknown) => {
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, {'content-type': 'application/json'})
          res.end(
            JSON.stringify({
              error: `emulator internal error: ${(err as Error).message}`
            })
          )
        }
      })
    }
    this.protocol = opts.https ? 'https' : 'http'
    this.server = opts.https
      ? https.createServer(
          {cert: opts.https.cert, key: opts.https.key},
          handler
        )
      : http.createServer(handler)
    const track = (socket: Socket): void => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    }
    this.server.on(opts.https ? 'secureConnection' : 'connection', track)
    if (opts.https) this.server.on('connection', track)
    this.setFaults(state.scenario.faults)
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.opts.port ?? 0, '127.0.0.1', () => resolve())
    })
    const {port} = this.server.address() as AddressInfo
    this.baseUrl = `${this.protocol}://127.0.0.1:${port}`
    return this.baseUrl
  }

  setFaults(faults: FaultSpec[]): void {
    this.faults = faults.map(spec => ({
      spec,
      remaining: spec.times ?? Number.POSITIVE_INFINITY
    }))
  }

  async close(): Promise<void> {
    this.closing = true
    for (const wake of this.sleepers) wake()
    this.sleepers.clear()
    for (const t of this.intervals) clearInterval(t)
    this.intervals.clear()
    this.state.dispose()
    const closed = new Promise<void>(resolve =>
      this.server.close(() => resolve())
    )
    for (const s of this.sockets) s.destroy()
    this.server.closeAllConnections?.()
    await closed
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.closing) return Promise.resolve()
    return new Promise(resolve => {
      const wake = (): void => {
        clearTimeout(t)
        this.sleepers.delete(wake)
        resolve()
      }
      const t = setTimeout(wake, ms)
      this.sleepers.add(wake)
    })
  }

  private matchFault(
    service: ServiceName,
    method: string,
    pathAndQuery: string
  ): FaultSpec | undefined {
    for (const f of this.faults) {
      const s = f.spec
      if (f.remaining <= 0) continue
      if (s.service !== '*' && s.service !== service) continue
      if (s.method && s.method.toUpperCase() !== method) continue
      if (!pathAndQuery.includes(s.path)) continue
      f.remaining -= 1
      return s
    }
    return undefined
  }

  private async readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  }

  private async onRequest(
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<void> {
    const at = Date.now()
    const url = new URL(req.url ?? '/', 'http://emulator.local')
    const body = await this.readBody(req)
    const service = [...SERVICE_MODULES]
      .sort((a, b) => b.prefix.length - a.prefix.length)
      .find(
        s =>
          url.pathname === s.prefix || url.pathname.startsWith(`${s.prefix}/`)
      )
    const path = service
      ? url.pathname.slice(service.prefix.length) || '/'
      : url.pathname
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined)
        headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v
    }
    const record: RecordedRequest = {
      service: service?.name ?? 'unknown',
      method: (req.method ?? 'GET').toUpperCase(),
      path,
      query: Object.fromEntries(url.searchParams.entries()),
      headers,
      body,
      status: 0,
      at
    }
    this.requests.push(record)
    res.on('finish', () => {
      record.status = res.statusCode
    })

    if (!service) {
      this.send(res, {
        status: 404,
        body: {error: `No emulated service at ${url.pathname}.`}
      })
      return
    }
    const ctx: Ctx = {
      service: service.name,
      method: record.method,
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      state: this.state,
      baseUrl: this.baseUrl,
      remoteAddress: req.socket.remoteAddress?.replace(/^::ffff:/, '')
    }

    await this.sleep(this.opts.latencyMs ?? this.state.scenario.latencyMs ?? 0)
    if (this.closing) return

    const fault = this.matchFault(
      service.name,
      record.method,
      path + url.search
    )
    if (fault) record.fault = fault.kind
    if (!fault) {
      const reply = await this.dispatch(service, ctx)
      record.reply = reply.raw === undefined ? reply.body : undefined
      this.send(res, reply)
      return
    }
    switch (fault.kind) {
      case 'status': {
        const status = fault.status ?? 500
        const reply: Reply =
          fault.body !== undefined
            ? typeof fault.body === 'string'
              ? {status, raw: fault.body, contentType: 'application/json'}
              : {status, body: fault.body}
            : service.errorReply(status, path)
        reply.status = status
        if (fault.retryAfter !== undefined)
          reply.headers = {...reply.headers, 'Retry-After': fault.retryAfter}
        this.send(res, reply)
        return
      }
      case 'reset':
        req.socket.destroy()
        return
      case 'hang':
        return // never answered; the socket is destroyed by close()
      case 'html':
        this.send(res, {
          status: fault.status ?? 502,
          raw: HTML_502,
          contentType: 'text/html'
        })
        return
      case 'empty':
        this.send(res, {
          status: fault.status ?? 200,
          raw: '',
          contentType: 'application/json'
        })
        return
      case 'delay':
        await this.sleep(fault.delayMs ?? 1000)
        if (this.closing) return
        this.send(res, await this.dispatch(service, ctx))
        return
      case 'truncated': {
        const normal =
          fault.body !== undefined
            ? {status: 200, body: fault.body}
            : await this.dispatch(service, ctx)
        const text = normal.raw ?? JSON.stringify(normal.body ?? {})
        const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
        this.send(res, {
          status: fault.status ?? 200,
          raw: cut,
          contentType: 'application/json',
          headers: normal.headers
        })
        return
      }
      case 'wrongTypes': {
        const normal = await this.dispatch(service, ctx)
        const mangled =
          fault.body !== undefined ? fault.body : mangleTypes(normal.body ?? {})
        this.send(res, {
          status: fault.status ?? 200,
          body: mangled,
          headers: normal.headers
        })
        return
      }
      case 'trickle': {
        const normal =
          fault.body !== undefined
            ? {status: fault.status ?? 200, body: fault.body}
            : await this.dispatch(service, ctx)
        this.trickle(res, normal, fault.delayMs ?? 200)
        return
      }
    }
  }

  private async dispatch(service: ServiceModule, ctx: Ctx): Promise<Reply> {
    if (
      service.auth === 'bearer' &&
      !(service.publicPaths ?? []).includes(ctx.path)
    ) {
      const m = /^bearer\s+(\S+)\s*$/i.exec(header(ctx, 'authorization') ?? '')
      if (!m)
        return service.unauthorized(
          'Missing or malformed Authorization header: expected "Bearer <IAM access token>".'
        )
      const claims = this.state.signer.verify(m[1]!)
      if (typeof claims === 'string') return service.unauthorized(claims)
      const apiKey = this.state.tokens.get(claims.jti)
      const account = this.state.account(claims.account?.bss ?? '')
      if (!apiKey || !account)
        return service.unauthorized('The token was not issued by this IAM.')
      ctx.caller = {token: m[1]!, claims, apiKey, account}
    }
    return service.handle(ctx)
  }

  private serialise(reply: Reply): {
    headers: Record<string, string>
    payload: string
  } {
    const headers: Record<string, string> = {...(reply.headers ?? {})}
    let payload = ''
    if (reply.raw !== undefined) {
      payload = reply.raw
      headers['Content-Type'] = reply.contentType ?? 'text/plain'
    } else if (reply.body !== undefined && reply.status !== 204) {
      payload = JSON.stringify(reply.body)
      headers['Content-Type'] = reply.contentType ?? 'application/json'
    }
    return {headers, payload}
  }

  private send(res: ServerResponse, reply: Reply): void {
    if (res.destroyed || res.headersSent) return
    const {headers, payload} = this.serialise(reply)
    headers['Content-Length'] = String(Buffer.byteLength(payload))
    res.writeHead(reply.status, headers)
    res.end(payload)
  }

  private trickle(res: ServerResponse, reply: Reply, delayMs: number): void {
    if (res.destroyed) return
    const {headers, payload} = this.serialise(reply)
    const bytes = Buffer.from(payload)
    headers['Content-Length'] = String(bytes.length)
    res.writeHead(reply.status, headers)
    res.flushHeaders()
    let i = 0
    const t = setInterval(
      () => {
        if (res.destroyed || i >= bytes.length) {
          clearInterval(t)
          this.intervals.delete(t)
          if (!res.destroyed) res.end()
          return
        }
        res.write(bytes.subarray(i, i + 1))
        i += 1
      },
      Math.max(1, delayMs)
    )
    this.intervals.add(t)
  }
}
