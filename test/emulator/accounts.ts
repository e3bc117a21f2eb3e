/** Account Management v4: `GET /v4/accounts/{id}`. Ref §3. */
import {randomUUID} from 'node:crypto'
import {type Reply, type ServiceModule, json} from './types.js'

/** Platform-services error body: `errors[0].message` is what node-sdk-core shows (ref §1.4). Model shape. */
export function platformError(
  status: number,
  code: string,
  message: string
): Reply {
  const trace = randomUUID()
  return json(status, {trace, status_code: status, errors: [{code, message}]})
}

export const accountsService: ServiceModule = {
  name: 'accounts',
  prefix: '/accounts',
  auth: 'bearer',
  unauthorized: message => platformError(401, 'invalid_access_token', message),
  errorReply: (status, _path, message) =>
    platformError(
      status,
      status === 429 ? 'too_many_requests' : 'internal_error',
      message ?? `Emulated Account Management error (HTTP ${status}).`
    ),
  handle(ctx) {
    const m = /^\/v4\/accounts\/([^/]+)$/.exec(ctx.path)
    if (ctx.method !== 'GET' || !m)
      return platformError(
        404,
        'not_found',
        `No emulated route for ${ctx.method} ${ctx.path}.`
      )
    const id = decodeURIComponent(m[1]!)
    const acct = ctx.state.account(id)
    if (!acct)
      return platformError(404, 'not_found', `Account ${id} not found.`)
    if (ctx.caller?.account.id !== id)
      return platformError(
        403,
        'forbidden',
        'You are not authorized to view this account.'
      )
    const linked = ctx.state.linkedClassicId(id)
    const ownerKey = ctx.state.scenario.apiKeys.find(
      k => k.accountId === id && k.kind === 'user'
    )
    const owner = acct.owner ?? {
      iamId: ownerKey?.iamId ?? 'IBMid-0000000OWN',
      email: ownerKey?.email ?? 'owner@example.com'
    }
    return json(200, {
      name: acct.name,
      id: acct.id,
      owner: owner.email,
      owner_userid: owner.email,
      owner_iamid: owner.iamId,
      type: linked ? 'PAYG' : 'TRIAL',
      status: 'ACTIVE',
      linked_softlayer_account: linked,
      team_directory_enabled: false,
      traits: {eu_supported: false, poc: false, hippa: false}
    })
  }
}
