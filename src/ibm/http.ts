import zlib from 'node:zlib'
import pLimit, {type LimitFunction} from 'p-limit'
import {getProxyForUrl} from 'proxy-from-env'
import {Agent, ProxyAgent, type Dispatcher} from 'undici'
import {redact} from '../secrets.js'
import {
  ApiError,
  describeRawBody,
  networkDetail,
  readIbmError,
  SERVICE_NAMES,
  type Service
} from './errors.js'
import type {Deadline} from './deadline.js'

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface RequestSpec {
  service: Service
  /** A short name for messages, e.g. "getCluster". */
  operation: string
  method: Method
  url: string
  query?: Record<string, string | number | boolean | undefined>
  headers?: Record<string, string | undefined>
  /** JSON body */
  json?: unknown
  /** application/x-www-form-urlencoded body */
  form?: Record<string, string>
  /** Safe to repeat on 429/5xx/network errors. Defaults to true for GET only. */
  idempotent?: boolean
  /** Statuses that are answers, not errors (e.g. 404 for "not found" facts). */
  okStatuses?: number[]
}

export interface HttpResponse {
  status: number
  headers: Record<string, string>
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown
}

export interface RequestRecord {
  service: Service
  operation: string
  method: Method
  status: number | 'network' | 'timeout'
  ms: number
  attempt: number
}

export interface HttpOptions {
  deadline: Deadline
  maxConcurrency: number
  /** Attempts per idempotent request, first included. */
  maxAttempts?: number
  /** Cap on one attempt; the deadline caps it further. */
  attemptTimeoutMs?: number
  userAgent?: string
  debug?: (message: string) => void
  /** Backoff base, for tests that need fast retries. */
  backoffBaseMs?: number
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504])
const MAX_BODY_BYTES = 32 * 1024 * 1024
const BACKOFF_CAP_MS = 8000

/** Retry-After in seconds or as an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterMs(
  value: string | undefined,
  now = Date.now()
): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const v = value.trim()
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000)
  const at = Date.parse(v)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** "host/path" of a URL, without scheme, credentials or query. */
export function hostAndPath(url: string): string {
  try {
    const u = new URL(url)
    return `${u.host}${u.pathname}`
  } catch {
    return '(unparsable URL)'
  }
}

/** Full jitter: a random wait between 0 and min(cap, base * 2^attempt). */
export function backoffMs(
  attempt: number,
  baseMs: number,
  random = Math.random
): number {
  return Math.floor(random() * Math.min(BACKOFF_CAP_MS, baseMs * 2 ** attempt))
}

/** The proxy a request to `url` goes through, as the environment names it; undefined when direct. */
function proxyOf(url: URL): string | undefined {
  return getProxyForUrl(url.href) || undefined
}

/** Where the requests to one origin go: the dispatcher, the origin it connects to, extra headers. */
interface Route {
  dispatcher: Dispatcher
  origin: string
  headers: Record<string, string>
  /** Through an HTTP proxy: the request target is the whole URL (absolute form). */
  absolute: boolean
}

/**
 * undici's dispatchers: one keep-alive pool for direct connections and one ProxyAgent per proxy URL
 * for HTTPS (a CONNECT tunnel). Plain-HTTP endpoints go to the proxy in absolute form, as HTTP proxies
 * expect (undici 6's ProxyAgent would tunnel them too). proxy-from-env decides, as curl does; NO_PROXY
 * and the proxy variables match scheme, host and port only, so each origin is routed once.
 */
class Dispatchers {
  private readonly tunnels = new Map<string, Dispatcher>()
  private readonly direct = new Agent({maxResponseSize: MAX_BODY_BYTES})
  private readonly routes = new Map<string, Route>()

  /** The dispatch options of one request: route of its origin, and its target. */
  for(url: URL): Omit<Route, 'absolute'> & {path: string} {
    let route = this.routes.get(url.origin)
    if (route === undefined) {
      route = this.routeOf(url)
      this.routes.set(url.origin, route)
    }
    const {absolute, ...rest} = route
    return {...rest, path: absolute ? url.href : `${url.pathname}${url.search}`}
  }

  private routeOf(url: URL): Route {
    const proxy = getProxyForUrl(url.href)
    if (proxy === '')
      return {
        dispatcher: this.direct,
        origin: url.origin,
        headers: {},
        absolute: false
      }
    if (url.protocol === 'http:') {
      const p = new URL(proxy)
      const headers: Record<string, string> = {host: url.host}
      if (p.username !== '' || p.password !== '')
        headers['proxy-authorization'] =
          `Basic ${Buffer.from(`${decodeURIComponent(p.username)}:${decodeURIComponent(p.password)}`).toString('base64')}`
      return {
        dispatcher: this.direct,
        origin: p.origin,
        headers,
        absolute: true
      }
    }
    let agent = this.tunnels.get(proxy)
    if (agent === undefined) {
      agent = new ProxyAgent({uri: proxy, maxResponseSize: MAX_BODY_BYTES})
      this.tunnels.set(proxy, agent)
    }
    return {dispatcher: agent, origin: url.origin, headers: {}, absolute: false}
  }

  destroy(): void {
    void this.direct.destroy().catch(() => undefined)
    for (const a of this.tunnels.values())
      void a.destroy().catch(() => undefined)
  }
}

/** Bytes of a body in the encoding the server named; undefined when it is one we do not read. */
function decode(raw: Buffer, encoding: string | undefined): Buffer | undefined {
  const opts = {maxOutputLength: MAX_BODY_BYTES}
  switch ((encoding ?? 'identity').trim().toLowerCase()) {
    case 'identity':
    case '':
      return raw
    case 'gzip':
    case 'x-gzip':
      return zlib.gunzipSync(raw, opts)
    case 'deflate':
      return zlib.inflateSync(raw, opts)
    case 'br':
      return zlib.brotliDecompressSync(raw, opts)
    default:
      return undefined
  }
}

/**
 * The one HTTP layer under every IBM client: concurrency cap, per-attempt timeout inside the run's
 * deadline, retries of idempotent requests with full-jitter backoff and Retry-After, and errors
 * normalised to ApiError. It never logs request config, headers or bodies.
 */
export class HttpClient {
  readonly records: RequestRecord[] = []
  private readonly limit: LimitFunction
  private readonly dispatchers = new Dispatchers()

  constructor(private readonly opts: HttpOptions) {
    this.limit = pLimit(opts.maxConcurrency)
  }

  /** The run's time budget, for callers that wait between requests (remediation polling). */
  get deadline(): Deadline {
    return this.opts.deadline
  }

  get requestCount(): number {
    return this.records.length
  }

  close(): void {
    this.dispatchers.destroy()
  }

  async request(spec: RequestSpec): Promise<HttpResponse> {
    const {deadline} = this.opts
    const idempotent = spec.idempotent ?? spec.method === 'GET'
    const maxAttempts = idempotent ? (this.opts.maxAttempts ?? 4) : 1
    let lastError: ApiError | undefined
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (deadline.expired) break
      const outcome = await this.limit(() => this.attempt(spec, attempt))
      if (!(outcome instanceof ApiError)) {
        if (outcome.status >= 200 && outcome.status < 300) return outcome
        if (spec.okStatuses?.includes(outcome.status)) return outcome
        lastError = this.httpError(spec, outcome)
        if (!RETRYABLE_STATUS.has(outcome.status)) throw lastError
        const wait =
          retryAfterMs(outcome.headers['retry-after']) ??
          backoffMs(attempt, this.opts.backoffBaseMs ?? 250)
        if (attempt === maxAttempts) break
        if (wait >= deadline.remaining()) {
          this.opts.debug?.(
            `${spec.service} ${spec.operation}: retry wait ${wait} ms exceeds the remaining time budget; giving up`
          )
          break
        }
        this.opts.debug?.(
          `${spec.service} ${spec.operation}: HTTP ${outcome.status}, retry ${attempt}/${maxAttempts - 1} in ${wait} ms`
        )
        if (!(await deadline.sleep(wait))) break
        continue
      }
      lastError = outcome
      if (outcome.kind === 'timeout' && deadline.expired) break
      if (attempt === maxAttempts) break
      const wait = backoffMs(attempt, this.opts.backoffBaseMs ?? 250)
      this.opts.debug?.(
        `${spec.service} ${spec.operation}: ${outcome.detail}, retry ${attempt}/${maxAttempts - 1} in ${wait} ms`
      )
      if (!(await deadline.sleep(wait))) break
    }
    if (deadline.expired) {
      // Never sent: name the calls that used the budget up, so the report blames the slow service, not this one.
      // The last attempt's own words when they already say the budget ran out: said once, not twice.
      const detail = lastError
        ? lastError.kind === 'timeout' && /time budget/.test(lastError.detail)
          ? lastError.detail
          : `the run's time budget (timeout-seconds) ran out; the last attempt: ${lastError.detail}`
        : `not sent: the run's time budget (timeout-seconds) ran out${this.timedOutCalls()}`
      throw new ApiError({
        service: spec.service,
        operation: spec.operation,
        kind: 'timeout',
        detail,
        status: lastError?.status,
        code: lastError?.code,
        incidentID: lastError?.incidentID
      })
    }
    throw (
      lastError ??
      new ApiError({
        service: spec.service,
        operation: spec.operation,
        kind: 'network',
        detail: 'no attempt was made'
      })
    )
  }

  /** " waiting for <service> (<operation>), …" for the attempts the deadline cut off; empty when none. */
  private timedOutCalls(): string {
    const calls = [
      ...new Set(
        this.records
          .filter(r => r.status === 'timeout')
          .map(r => `${SERVICE_NAMES[r.service]} (${r.operation})`)
      )
    ]
    return calls.length === 0
      ? ''
      : ` waiting for ${calls.slice(0, 3).join(', ')}${calls.length > 3 ? ` and ${calls.length - 3} more` : ''}`
  }

  /** One attempt: an HttpResponse (any status) or an ApiError for no/unreadable answer. */
  private async attempt(
    spec: RequestSpec,
    attempt: number
  ): Promise<HttpResponse | ApiError> {
    const {deadline} = this.opts
    const started = Date.now()
    const perAttempt = Math.min(
      this.opts.attemptTimeoutMs ?? 30_000,
      deadline.remaining()
    )
    const signal = AbortSignal.any([
      deadline.signal,
      AbortSignal.timeout(Math.max(1, perAttempt))
    ])
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': this.opts.userAgent ?? 'iks-preflight'
    }
    for (const [k, v] of Object.entries(spec.headers ?? {}))
      if (v !== undefined) headers[k] = v
    let data: string | undefined
    if (spec.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded'
      data = new URLSearchParams(spec.form).toString()
    } else if (spec.json !== undefined) {
      headers['Content-Type'] = 'application/json'
      data = JSON.stringify(spec.json)
    }
    const url = new URL(spec.url)
    for (const [k, v] of Object.entries(spec.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v))
    const record = (status: RequestRecord['status']): void => {
      const ms = Date.now() - started
      this.records.push({
        service: spec.service,
        operation: spec.operation,
        method: spec.method,
        status,
        ms,
        attempt
      })
      // Method, host, path, status, time, attempt: never the query (it can carry account data), headers or body.
      this.opts.debug?.(
        `request ${spec.method} ${hostAndPath(spec.url)} -> ${typeof status === 'number' ? `HTTP ${status}` : status} in ${ms} ms${attempt > 1 ? ` (retry ${attempt - 1})` : ''}`
      )
    }
    try {
      // No redirects (undici's request never follows them), no Accept-Encoding asked for; the body is capped.
      const route = this.dispatchers.for(url)
      const res = await route.dispatcher.request({
        origin: route.origin,
        path: route.path,
        method: spec.method,
        headers: {...headers, ...route.headers},
        body: data,
        signal
      })
      const raw = Buffer.from(await res.body.arrayBuffer())
      const status = res.statusCode
      record(status)
      const resHeaders: Record<string, string> = {}
      for (const [k, v] of Object.entries(res.headers))
        if (typeof v === 'string') resHeaders[k.toLowerCase()] = v
        else if (Array.isArray(v)) resHeaders[k.toLowerCase()] = v.join(', ')
      let bytes: Buffer | undefined
      try {
        bytes = decode(raw, resHeaders['content-encoding'])
      } catch {
        bytes = undefined
      }
      if (bytes === undefined)
        return new ApiError({
          service: spec.service,
          operation: spec.operation,
          kind: 'unreadable',
          status,
          detail: 'the answer could not be read'
        })
      // A UTF-8 byte-order mark is not part of the JSON (some proxies and gateways add one).
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
      if (text.trim() === '')
        return {status, headers: resHeaders, body: undefined}
      try {
        return {
          status,
          headers: resHeaders,
          body: JSON.parse(text) as unknown
        }
      } catch {
        if (status >= 200 && status < 300) {
          return new ApiError({
            service: spec.service,
            operation: spec.operation,
            kind: 'unreadable',
            status,
            detail: `${describeRawBody(text, resHeaders['content-type'])} from ${url.host} where JSON was expected`
          })
        }
        // An error status with a non-JSON body (HTML error page, gzip garbage): keep the status, describe the body.
        return {
          status,
          headers: resHeaders,
          body: {
            description: describeRawBody(text, resHeaders['content-type'])
          }
        }
      }
    } catch (e) {
      const timedOut = signal.aborted
      record(timedOut ? 'timeout' : 'network')
      // Never surface the HTTP client's error object: it carries the request config and headers.
      const codeOf = (e as {code?: unknown}).code
      const code =
        typeof codeOf === 'string' && /^[A-Z_]{3,40}$/.test(codeOf)
          ? codeOf
          : undefined
      if (timedOut) {
        return new ApiError({
          service: spec.service,
          operation: spec.operation,
          kind: 'timeout',
          detail: deadline.expired
            ? `no answer from ${url.host} within the run's time budget (timeout-seconds)`
            : networkDetail({
                host: url.host,
                proxy: proxyOf(url),
                timeoutMs: perAttempt
              })
        })
      }
      // Over the size cap, or a body shorter than its Content-Length: an answer we could not read.
      if (
        code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE' ||
        code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH'
      ) {
        return new ApiError({
          service: spec.service,
          operation: spec.operation,
          kind: 'unreadable',
          detail: 'the answer could not be read'
        })
      }
      return new ApiError({
        service: spec.service,
        operation: spec.operation,
        kind: 'network',
        detail: networkDetail({host: url.host, proxy: proxyOf(url), code})
      })
    }
  }

  private httpError(spec: RequestSpec, res: HttpResponse): ApiError {
    const fields = readIbmError(res.body)
    return new ApiError({
      service: spec.service,
      operation: spec.operation,
      kind: 'http',
      status: res.status,
      code: fields.code,
      incidentID: fields.incidentID,
      recoveryCLI: fields.recoveryCLI,
      // Messages already print the status; repeating it as the detail read "HTTP 404 : HTTP 404".
      detail: redact(
        fields.message ??
          (res.body === undefined
            ? 'empty answer'
            : 'the answer carried no error message')
      )
    })
  }
}
