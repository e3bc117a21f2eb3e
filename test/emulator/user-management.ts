/**
 * User Management: `GET /v2/accounts/{account_id}/users[/{iam_id}]`. Ref ibm-cloud-api-more.md §8; bodies
 * from the contract templates (platform-services-go-sdk usermanagementv1 UserProfile, UserList).
 */
import {randomUUID} from 'node:crypto'
import {fill} from '../contract/templates.js'
import type {ScenarioAccountUser} from './scenario.js'
import {type Ctx, type Reply, type ServiceModule, json} from './types.js'

/** The platform-services error envelope (`errors[]`, `trace`, `status_code`), as IBM's SDKs read it. */
export function umError(status: number, code: string, message: string): Reply {
  return json(
    status,
    fill('umError', {
      errors: [{code, message}],
      trace: randomUUID(),
      status_code: status
    })
  )
}

/** IBM's documented default and (we assume) maximum page size. */
const PAGE = 100

const profile = (u: ScenarioAccountUser): Record<string, unknown> =>
  fill('umUserProfile', {
    id: `${u.iamId.replace(/^IBMid-/, '')}-profile`,
    ...(u.omitIamId ? {} : {iam_id: u.iamId}),
    realm: u.realm,
    ...(u.userId ? {user_id: u.userId} : {}),
    ...(u.firstname ? {firstname: u.firstname} : {}),
    ...(u.lastname ? {lastname: u.lastname} : {}),
    state: u.state,
    ...(u.email ? {email: u.email} : {}),
    account_id: u.accountId,
    added_on: '2024-03-01T09:00:00Z'
  })

const forbidden = (): Reply =>
  umError(
    403,
    'forbidden',
    'You are not authorized to view the users of this account.'
  )

function listUsers(ctx: Ctx, accountId: string): Reply {
  const caller = ctx.caller!
  if (caller.apiKey.userManagement === 'none') return forbidden()
  let users = ctx.state.accountUsers(accountId)
  // Unrestricted view without a User Management role: IBM lists only the caller.
  if (caller.apiKey.userManagement === 'self-only')
    users = users.filter(u => u.iamId === caller.apiKey.iamId)
  const limitRaw = ctx.query.get('limit')
  const limit = limitRaw === null ? PAGE : Number(limitRaw)
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE)
    return umError(400, 'bad_request', `limit must be 1 to ${PAGE}.`)
  const start = Number(ctx.query.get('_start') ?? '0')
  if (!Number.isInteger(start) || start < 0 || start > users.length)
    return umError(400, 'bad_request', 'Invalid _start token.')
  const page = users.slice(start, start + limit)
  const base = `/v2/accounts/${encodeURIComponent(accountId)}/users`
  const next = start + limit < users.length ? start + limit : undefined
  return json(
    200,
    fill('umUserList', {
      total_results: users.length,
      limit,
      first_url: `${base}?limit=${limit}`,
      ...(next === undefined
        ? {}
        : {next_url: `${base}?limit=${limit}&_start=${next}`}),
      resources: page.map(profile)
    })
  )
}

function getUser(ctx: Ctx, accountId: string, iamId: string): Reply {
  const caller = ctx.caller!
  const self = iamId === caller.apiKey.iamId
  if (caller.apiKey.userManagement !== 'viewer' && !self) return forbidden()
  const user = ctx.state.accountUsers(accountId).find(u => u.iamId === iamId)
  // No public source gives the answer for a removed user (assumption A20): 404.
  return user
    ? json(200, profile(user))
    : umError(404, 'not_found', `User ${iamId} not found in the account.`)
}

export const userManagementService: ServiceModule = {
  name: 'um',
  prefix: '/um',
  auth: 'bearer',
  unauthorized: message => umError(401, 'invalid_access_token', message),
  errorReply: (status, _path, message) =>
    umError(
      status,
      status === 429
        ? 'too_many_requests'
        : status === 403
          ? 'forbidden'
          : 'internal_error',
      message ?? `Emulated User Management error (HTTP ${status}).`
    ),
  handle(ctx) {
    const m = /^\/v2\/accounts\/([^/]+)\/users(?:\/([^/]+))?$/.exec(ctx.path)
    if (ctx.method !== 'GET' || !m)
      return umError(
        404,
        'not_found',
        `No emulated route for ${ctx.method} ${ctx.path}.`
      )
    const accountId = decodeURIComponent(m[1]!)
    // A token of another account sees none of this account's users.
    if (ctx.caller!.account.id !== accountId) return forbidden()
    return m[2] === undefined
      ? listUsers(ctx, accountId)
      : getUser(ctx, accountId, decodeURIComponent(m[2]))
  }
}
