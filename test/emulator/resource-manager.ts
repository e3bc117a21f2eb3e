/** Resource Manager: `GET /v2/resource_groups?account_id=`. Ref §12. Resource Controller instances: kms.ts. */
import {randomUUID} from 'node:crypto'
import {getResourceInstance} from './kms.js'
import {fill} from '../contract/templates.js'
import type {ScenarioCosInstance} from './scenario.js'
import {type Ctx, type Reply, type ServiceModule, json} from './types.js'

/** Resource Controller style error (model shape): `message` is what node-sdk-core shows. */
export function rcError(status: number, code: string, message: string): Reply {
  return json(status, {
    message,
    status_code: status,
    error_code: code,
    transaction_id: randomUUID()
  })
}

const cosCrn = (i: ScenarioCosInstance): string =>
  `crn:v1:bluemix:public:cloud-object-storage:global:a/${i.accountId}:${i.id}::`

/** A COS instance by GUID or CRN (SDK model ResourceInstance); else the KMS instances (kms.ts). */
function resourceInstance(ctx: Ctx, ref: string): Reply {
  const found = ctx.state.scenario.cosInstances.find(
    i => i.id === ref || cosCrn(i) === ref
  )
  if (!found) return getResourceInstance(ctx, ref)
  if (found.accountId !== ctx.caller!.account.id)
    return rcError(
      403,
      'forbidden',
      `You are not authorized to view instance ${ref}.`
    )
  const crn = cosCrn(found)
  return json(
    200,
    fill('rcResourceInstance', {
      // Resource Controller's `id` is the CRN; `guid` the instance ID.
      id: crn,
      guid: found.id,
      crn,
      name: found.name,
      region_id: 'global',
      account_id: found.accountId,
      ...(found.resourceGroupId !== undefined && {
        resource_group_id: found.resourceGroupId
      }),
      state: found.state,
      type: 'service_instance',
      created_at: '2024-11-01T09:00:00.000Z',
      updated_at: '2024-11-01T09:00:00.000Z'
    })
  )
}

export const resourceManagerService: ServiceModule = {
  name: 'rc',
  prefix: '/rc',
  auth: 'bearer',
  unauthorized: message => rcError(401, 'invalid_access_token', message),
  errorReply: (status, _path, message) =>
    rcError(
      status,
      status === 429 ? 'too_many_requests' : 'internal_error',
      message ?? `Emulated Resource Manager error (HTTP ${status}).`
    ),
  handle(ctx) {
    const instance = /^\/v2\/resource_instances\/([^/]+)$/.exec(ctx.path)
    if (ctx.method === 'GET' && instance)
      return resourceInstance(ctx, decodeURIComponent(instance[1]!))
    if (ctx.method !== 'GET' || ctx.path !== '/v2/resource_groups') {
      return rcError(
        404,
        'not_found',
        `No emulated route for ${ctx.method} ${ctx.path}.`
      )
    }
    const caller = ctx.caller!.account.id
    const accountId = ctx.query.get('account_id') ?? caller
    if (accountId !== caller)
      return rcError(
        403,
        'forbidden',
        `You are not authorized to list resource groups of account ${accountId}.`
      )
    const name = ctx.query.get('name')
    const def = ctx.query.get('default')
    const resources = ctx.state
      .groupsOf(accountId)
      .filter(
        g =>
          (name === null || g.name === name) &&
          (def === null || String(g.default) === def)
      )
      .map(g => ({
        id: g.id,
        crn: `crn:v1:bluemix:public:resource-controller::a/${accountId}::resource-group:${g.id}`,
        account_id: accountId,
        name: g.name,
        state: 'ACTIVE',
        default: g.default,
        quota_id: 'a3d7b8d01e261c24677937c29ab33f3c',
        quota_url: '/v2/quota_definitions/a3d7b8d01e261c24677937c29ab33f3c',
        payment_methods_url: `/v2/resource_groups/${g.id}/payment_methods`,
        resource_linkages: [],
        teams_url: `/v2/resource_groups/${g.id}/teams`,
        created_at: '2024-11-01T09:00:00.000Z',
        updated_at: '2024-11-01T09:00:00.000Z'
      }))
    return json(200, {resources})
  }
}
