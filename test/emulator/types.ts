/** Types shared by the server and the per-service handlers. */
import type {IncomingHttpHeaders} from 'node:http'
import type {TokenClaims} from './jwt.js'
import type {ScenarioAccount, ScenarioApiKey, ServiceName} from './scenario.js'
import type {State} from './state.js'

export interface Caller {
  token: string
  claims: TokenClaims
  apiKey: ScenarioApiKey
  account: ScenarioAccount
}

export interface Ctx {
  service: ServiceName
  method: string
  /** Path after the service prefix, without the query string. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
  state: State
  /** http(s)://127.0.0.1:P */
  baseUrl: string
  /** Set by the server for bearer-authenticated services. */
  caller?: Caller
  /** The caller's address as IAM sees it (IPv4-mapped IPv6 unwrapped). */
  remoteAddress?: string
}

export interface Reply {
  status: number
  /** JSON body (serialised by the server); ignored when `raw` is set. */
  body?: unknown
  raw?: string
  contentType?: string
  headers?: Record<string, string>
}

export interface ServiceModule {
  name: ServiceName
  prefix: string
  /** 'bearer': the server verifies `Authorization: Bearer` before `handle`; 'custom': the handler does it. */
  auth: 'bearer' | 'custom'
  /** Paths (after the prefix) that need no auth, e.g. the IAM token endpoint. */
  publicPaths?: string[]
  /** The service's 401 body for a missing or invalid bearer token. */
  unauthorized(message: string): Reply
  /** The service's error envelope for an arbitrary status (used by `status` faults); `path` is after the prefix. */
  errorReply(status: number, path: string, message?: string): Reply
  handle(ctx: Ctx): Reply | Promise<Reply>
}

export function header(ctx: Ctx, name: string): string | undefined {
  const v = ctx.headers[name.toLowerCase()]
  const s = Array.isArray(v) ? v[0] : v
  return s === undefined ? undefined : s.trim()
}

export const json = (
  status: number,
  body: unknown,
  headers?: Record<string, string>
): Reply => ({
  status,
  body,
  ...(headers ? {headers} : {})
})

export const noContent = (): Reply => ({status: 204})
