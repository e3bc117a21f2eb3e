/** IAM: token exchange (`/identity/token`), IAM Identity (`/v1/...`) and authorization policies (`/v1/policies`, kms.ts). Ref §2. */
import {randomUUID} from 'node:crypto'
import type {TokenClaims} from './jwt.js'
import {listPolicies} from './kms.js'
import type {ScenarioAccount} from './scenario.js'
import {stableUuid} from './state.js'
import {
  type Ctx,
  type Reply,
  type ServiceModule,
  header,
  json
} from './types.js'

const TOKEN_PATH = '/identity/token'

/** `{errorCode, errorMessage, context}` — the token endpoint's error body (ref §1.4). */
function tokenError(
  status: number,
  errorCode: string,
  errorMessage: string,
  errorDetails?: string
): Reply {
  return json(status, {
    errorCode,
    errorMessage,
    ...(errorDetails ? {errorDetails} : {}),
    context: {requestId: randomUUID(), url: 'https://iam.cloud.ibm.com'}
  })
}

/** IAM Identity `ExceptionResponse` (ref §1.4). */
export function identityError(
  status: number,
  code: string,
  message: string
): Reply {
  const trace = randomUUID()
  return json(status, {
    trace,
    status_code: String(status),
    errors: [{code, message_code: code, message}],
    context: {
      transaction_id: trace,
      operation: 'emulator',
      url: 'https://iam.cloud.ibm.com'
    }
  })
}

/** Whether `address` is in IAM's comma-separated allowlist of IPs and IPv4 CIDRs (an empty list allows all). */
function addressAllowed(list: string, address: string | undefined): boolean {
  const entries = list
    .split(',')
    .map(e => e.trim())
    .filter(e => e !== '')
  if (entries.length === 0) return true
  if (address === undefined) return false
  const v4 = (ip: string): number | undefined => {
    const p = ip.split('.').map(Number)
    return p.length === 4 &&
      p.every(n => Number.isInteger(n) && n >= 0 && n < 256)
      ? ((p[0]! << 24) | (p[1]! << 16) | (p[2]! << 8) | p[3]!) >>> 0
      : undefined
  }
  return entries.some(e => {
    const [net, bits] = e.split('/')
    if (bits === undefined) return net === address
    const a = v4(address)
    const n = v4(net!)
    const b = Number(bits)
    if (a === undefined || n === undefined || !(b >= 0 && b <= 32)) return false
    const mask = b === 0 ? 0 : (~0 << (32 - b)) >>> 0
    return (a & mask) === (n & mask)
  })
}

function issueToken(ctx: Ctx): Reply {
  if (ctx.method !== 'POST')
    return tokenError(405, 'BXNIM0106E', 'Method not allowed: use POST.')
  const ct = header(ctx, 'content-type') ?? ''
  if (!ct.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return tokenError(
      400,
      'BXNIM0106E',
      'Content-Type must be application/x-www-form-urlencoded.',
      `Got "${ct}".`
    )
  }
  const form = new URLSearchParams(ctx.body)
  const grant = form.get('grant_type')
  if (grant !== 'urn:ibm:params:oauth:grant-type:apikey') {
    return tokenError(
      400,
      'BXNIM0106E',
      'Unsupported or missing grant_type.',
      'Expected urn:ibm:params:oauth:grant-type:apikey.'
    )
  }
  const keyValue = form.get('apikey')
  if (!keyValue)
    return tokenError(400, 'BXNIM0106E', 'Missing required parameter apikey.')
  const state = ctx.state
  const key = state.apiKeyByValue(keyValue)
  if (!key)
    return tokenError(400, 'BXNIM0415E', 'Provided API key could not be found.')
  if (key.disabled)
    return tokenError(400, 'BXNIM0416E', 'Provided API key is disabled.')

  const acct = state.account(key.accountId)
  // IBM: "If an IP address restriction is defined for both the account and the user, the IP address needs to
  // match both specifications to be able to generate an IAM token." (docs iam-ips)
  if (
    (acct && !addressAllowed(acct.allowedIpAddresses, ctx.remoteAddress)) ||
    !addressAllowed(key.allowedIpAddresses, ctx.remoteAddress)
  )
    return tokenError(
      401,
      'BXNIM0430E',
      'User login from given IP address is not permitted.',
      `The user has configured IP address restriction for login. The given IP address '${ctx.remoteAddress ?? ''}' is not contained in the list of allowed IP addresses.`
    )
  const ims = state.linkedClassicId(key.accountId)
  const imsUser =
    key.kind === 'user' && ims ? state.classicUserFor(key)?.user : undefined
  const imsUserId = key.imsUserId ?? imsUser?.id
  const now = Math.floor(Date.now() / 1000)
  const isUser = key.kind === 'user'
  const identifier = isUser
    ? key.iamId.replace(/^IBMid-/, '')
    : key.iamId.replace(/^iam-/, '')
  const claims: TokenClaims = {
    iam_id: key.iamId,
    id: key.iamId,
    realmid: isUser ? 'IBMid' : 'iam',
    jti: randomUUID(),
    identifier,
    sub: isUser ? (key.email ?? key.iamId) : identifier,
    ...(isUser ? {} : {sub_type: 'ServiceId'}),
    name: key.name,
    ...(key.email ? {email: key.email} : {}),
    account: {
      valid: true,
      bss: key.accountId,
      ...(ims ? {ims} : {}),
      ...(ims && imsUserId !== undefined
        ? {ims_user_id: String(imsUserId)}
        : {}),
      boundary: 'global'
    },
    iat: now,
    exp: now + 3600,
    iss: 'https://iam.cloud.ibm.com/identity',
    grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
    scope: 'ibm openid',
    client_id: 'default',
    acr: 1,
    amr: ['pwd']
  }
  state.tokens.set(claims.jti, key)
  const accessToken = state.signer.sign(claims)
  const refreshToken = key.refreshToken
    ? `emu-refresh-${randomUUID()}`
    : 'not_supported'
  state.issuedTokens.push(
    accessToken,
    ...(key.refreshToken ? [refreshToken] : [])
  )
  return json(200, {
    access_token: accessToken,
    refresh_token: refreshToken,
    ...(ims && imsUserId !== undefined ? {ims_user_id: imsUserId} : {}),
    token_type: 'Bearer',
    expires_in: 3600,
    expiration: claims.exp,
    scope: 'ibm openid'
  })
}

function apiKeyDetails(ctx: Ctx): Reply {
  const value = header(ctx, 'iam-apikey')
  if (!value)
    return identityError(
      400,
      'missing_header',
      'The IAM-ApiKey header is required.'
    )
  const key = ctx.state.apiKeyByValue(value)
  if (!key) return identityError(404, 'not_found', 'API key not found.')
  const id = ctx.state.apiKeyId(key)
  return json(200, {
    context: {
      transaction_id: randomUUID(),
      operation: 'apikeys_details',
      url: 'https://iam.cloud.ibm.com'
    },
    id,
    entity_tag: '1-' + stableUuid(`etag/${id}`).replace(/-/g, '').slice(0, 32),
    crn: `crn:v1:bluemix:public:iam-identity::a/${key.accountId}::apikey:${id}`,
    locked: key.locked,
    disabled: key.disabled,
    created_at: '2025-01-10T08:00+0000',
    created_by: key.iamId,
    modified_at: '2025-01-10T08:00+0000',
    name: key.keyName ?? `${key.name} key`,
    support_sessions: false,
    action_when_leaked: 'none',
    description: key.description ?? 'API key used by the CI pipeline',
    iam_id: key.iamId,
    account_id: key.accountId
  })
}

function settingsBody(a: ScenarioAccount): Record<string, unknown> {
  return {
    account_id: a.id,
    entity_tag: '7',
    history: [],
    restrict_create_service_id: a.restrictCreateServiceId,
    restrict_create_platform_apikey: a.restrictCreatePlatformApikey,
    allowed_ip_addresses: a.allowedIpAddresses,
    mfa: a.mfa,
    user_mfa: a.userMfa.map(u => ({
      iam_id: u.iamId,
      mfa: u.mfa,
      ...(u.email ? {email: u.email} : {})
    })),
    session_expiration_in_seconds: 'NOT_SET',
    session_invalidation_in_seconds: 'NOT_SET',
    max_sessions_per_identity: 'NOT_SET',
    system_access_token_expiration_in_seconds: 'NOT_SET',
    system_refresh_token_expiration_in_seconds: 'NOT_SET',
    restrict_user_list_visibility: 'NOT_RESTRICTED',
    restrict_user_domains: []
  }
}

function accountSettings(
  ctx: Ctx,
  accountId: string,
  effective: boolean
): Reply {
  const acct = ctx.state.account(accountId)
  if (!acct)
    return identityError(404, 'not_found', `Account ${accountId} not found.`)
  if (ctx.caller?.account.id !== accountId) {
    return identityError(
      403,
      'insufficient_permissions',
      'You are not authorized to read the settings of this account.'
    )
  }
  const context = {
    transaction_id: randomUUID(),
    operation: effective ? 'get_effective_settings' : 'get_settings'
  }
  if (!effective) return json(200, {context, ...settingsBody(acct)})
  if (!acct.effectiveSettings)
    return identityError(
      404,
      'not_found',
      'Effective account settings are not available for this account.'
    )
  const body = settingsBody(acct)
  const effectiveFields = Object.fromEntries(
    Object.entries(body).filter(
      ([k]) =>
        ![
          'account_id',
          'entity_tag',
          'history',
          'restrict_user_domains'
        ].includes(k)
    )
  )
  return json(200, {
    context,
    account_id: acct.id,
    effective: effectiveFields,
    account: body,
    assigned_templates: []
  })
}

export const iamService: ServiceModule = {
  name: 'iam',
  prefix: '/iam',
  auth: 'bearer',
  publicPaths: [TOKEN_PATH],
  unauthorized: message => identityError(401, 'invalid_access_token', message),
  errorReply: (status, path, message) =>
    path.startsWith(TOKEN_PATH)
      ? tokenError(
          status,
          status === 429 ? 'BXNIM0429E' : 'BXNIM0500E',
          message ?? `Emulated IAM error (HTTP ${status}).`
        )
      : identityError(
          status,
          status === 429 ? 'too_many_requests' : 'internal_error',
          message ?? `Emulated IAM error (HTTP ${status}).`
        ),
  handle(ctx) {
    if (ctx.path === TOKEN_PATH) return issueToken(ctx)
    if (ctx.method === 'GET' && ctx.path === '/v1/apikeys/details')
      return apiKeyDetails(ctx)
    if (ctx.method === 'GET' && ctx.path === '/v1/policies')
      return listPolicies(ctx)
    const m =
      /^\/v1\/accounts\/([^/]+)\/(settings|effective_settings)\/identity$/.exec(
        ctx.path
      )
    if (ctx.method === 'GET' && m)
      return accountSettings(
        ctx,
        decodeURIComponent(m[1]!),
        m[2] === 'effective_settings'
      )
    return identityError(
      404,
      'not_found',
      `No emulated IAM route for ${ctx.method} ${ctx.path}.`
    )
  }
}
