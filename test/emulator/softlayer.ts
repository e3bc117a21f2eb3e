/** SoftLayer (classic infrastructure) REST, prefix `/sl/rest/v3.1`. Ref §6. Auth is handled here, not by the server. */
import {fill} from '../contract/templates.js'
import type {ScenarioClassicAccount} from './scenario.js'
import {type ClassicDevice, type ClassicUser, stableUuid} from './state.js'
import {
  type Ctx,
  type Reply,
  type ServiceModule,
  header,
  json
} from './types.js'

export function slError(
  status: number,
  error: string,
  code = 'SoftLayer_Exception_Public'
): Reply {
  return json(status, {error, code})
}

const ACCESS_DENIED = (): Reply => slError(401, 'Access Denied. ')
const NO_IMS = (): Reply =>
  slError(
    500,
    'SoftLayer_Exception: Token received with no IMS account id, required for a TrustedProfile',
    'SoftLayer_Exception'
  )
const TOTP = (): Reply =>
  slError(
    401,
    "can't authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user."
  )

interface SlIdentity {
  account: ScenarioClassicAccount
  user: ClassicUser | undefined
}

function authenticate(ctx: Ctx): SlIdentity | Reply {
  const state = ctx.state
  const auth = header(ctx, 'authorization') ?? ''
  let identity: SlIdentity | undefined
  const basic = /^basic\s+(.+)$/i.exec(auth)
  const bearer = /^bearer\s+(.+)$/i.exec(auth)
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8')
    const sep = decoded.indexOf(':')
    if (sep < 0) return ACCESS_DENIED()
    const username = decoded.slice(0, sep)
    const password = decoded.slice(sep + 1)
    if (username === 'apikey') {
      const key = state.apiKeyByValue(password)
      if (!key || key.disabled) return ACCESS_DENIED()
      const linked = state.classicUserFor(key)
      if (!linked) return NO_IMS()
      identity = linked
    } else {
      const found = state.classicUserByName(username)
      if (!found || found.user.apiKey !== password) return ACCESS_DENIED()
      identity = found
    }
  } else if (bearer) {
    const claims = state.signer.verify(bearer[1]!)
    if (typeof claims === 'string') return ACCESS_DENIED()
    const ims = claims.account.ims
    if (!ims) return NO_IMS()
    const key = state.tokens.get(claims.jti)
    const account = state.classicAccount(ims)!
    identity = key
      ? (state.classicUserFor(key) ?? {account, user: undefined})
      : {account, user: account.users[0]}
  } else {
    return ACCESS_DENIED()
  }
  if (identity.user?.totpRequired) return TOTP()
  return identity
}

/** A device as SoftLayer lists it, built from the contract template (test/contract/templates.ts). */
function deviceBody(d: ClassicDevice): Record<string, unknown> {
  return fill('slDevice', {
    id: d.id,
    hostname: d.hostname,
    domain: d.domain,
    fullyQualifiedDomainName: `${d.hostname}.${d.domain}`,
    primaryBackendIpAddress: d.primaryBackendIpAddress,
    ...(d.primaryIpAddress ? {primaryIpAddress: d.primaryIpAddress} : {}),
    globalIdentifier: stableUuid(`device/${d.kind}/${d.id}`),
    datacenter: {id: 1441195, name: d.datacenter},
    status: {keyName: 'ACTIVE', name: 'Active'},
    ...(d.kind === 'guest' ? {powerState: {keyName: 'RUNNING'}} : {})
  })
}

/** `objectFilter={"virtualGuests":{"hostname":{"operation":"x"}}}` — equality on top-level string fields only. */
function applyFilter(ctx: Ctx, items: ClassicDevice[]): ClassicDevice[] {
  const raw = ctx.query.get('objectFilter')
  if (!raw) return items
  let filter: unknown
  try {
    filter = JSON.parse(raw)
  } catch {
    return items
  }
  if (typeof filter !== 'object' || filter === null) return items
  const inner = Object.values(filter as Record<string, unknown>)[0]
  if (typeof inner !== 'object' || inner === null) return items
  const conditions = Object.entries(inner as Record<string, unknown>).flatMap(
    ([field, cond]) => {
      const op =
        typeof cond === 'object' && cond !== null
          ? (cond as Record<string, unknown>).operation
          : undefined
      return typeof op === 'string' || typeof op === 'number'
        ? [[field, String(op)] as const]
        : []
    }
  )
  return items.filter(d =>
    conditions.every(
      ([field, value]) =>
        String((d as unknown as Record<string, unknown>)[field] ?? '') === value
    )
  )
}

function paged(ctx: Ctx, all: ClassicDevice[]): Reply {
  const filtered = applyFilter(ctx, all)
  let items = filtered
  const rl = ctx.query.get('resultLimit')
  if (rl) {
    const parts = rl.split(',').map(p => Number(p.trim()))
    const [offset, limit] =
      parts.length >= 2 ? [parts[0]!, parts[1]!] : [0, parts[0]!]
    if (
      !Number.isInteger(offset) ||
      !Number.isInteger(limit) ||
      offset < 0 ||
      limit < 0
    ) {
      return slError(
        400,
        `Invalid resultLimit "${rl}".`,
        'SoftLayer_Exception_WebService_BadRequest'
      )
    }
    items = filtered.slice(offset, offset + limit)
  }
  return json(200, items.map(deviceBody), {
    'SoftLayer-Total-Items': String(filtered.length)
  })
}

export const softlayerService: ServiceModule = {
  name: 'softlayer',
  prefix: '/sl/rest/v3.1',
  auth: 'custom',
  unauthorized: () => ACCESS_DENIED(),
  errorReply: (status, _path, message) =>
    slError(
      status,
      message ?? `Emulated SoftLayer error (HTTP ${status}).`,
      status >= 500
        ? 'SoftLayer_Exception_InternalError'
        : 'SoftLayer_Exception_Public'
    ),
  handle(ctx) {
    const m = /^\/(SoftLayer_[A-Za-z_]+)\/([A-Za-z]+?)(?:\.json)?$/.exec(
      ctx.path
    )
    if (!m)
      return slError(
        404,
        `No emulated SoftLayer route for ${ctx.path}.`,
        'SoftLayer_Exception_ObjectNotFound'
      )
    const [, service, method] = m as unknown as [string, string, string]
    if (service !== 'SoftLayer_Account')
      return slError(
        404,
        `Service does not exist: ${service}`,
        'SoftLayer_Exception_Public'
      )
    const who = authenticate(ctx)
    if ('status' in who) return who
    const classicId = who.account.id
    switch (method) {
      case 'getCurrentUser': {
        const u = who.user
        return json(200, {
          id: u?.id ?? Number(classicId) * 10 + 1,
          username: u?.username ?? `${classicId}_owner`,
          accountId: Number(classicId),
          email: u?.email ?? (u?.username.split('_').slice(1).join('_') || ''),
          userStatusId: 1001
        })
      }
      case 'getObject':
        return json(200, {
          id: Number(classicId),
          companyName:
            who.account.companyName ?? `Classic account ${classicId}`,
          accountStatusId: 1001,
          brandId: 2,
          country: 'US',
          email: who.user?.email ?? ''
        })
      case 'getVirtualGuests':
      case 'getHardware': {
        if (who.user && !who.user.canListDevices) {
          const perm =
            method === 'getHardware' ? 'HARDWARE_VIEW' : 'VIRTUAL_GUEST_VIEW'
          return slError(
            403,
            `Access Denied. The user does not have the ${perm} permission required to list devices.`
          )
        }
        const kind = method === 'getHardware' ? 'hardware' : 'guest'
        return paged(
          ctx,
          ctx.state.devicesOf(classicId).filter(d => d.kind === kind)
        )
      }
      default:
        return slError(
          404,
          `Function ("${method}") is not a valid method for this service.`,
          'SoftLayer_Exception_Public'
        )
    }
  }
}
