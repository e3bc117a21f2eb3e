/**
 * IKS classic VLANs of a zone: `GET /v1/datacenters/{zone}/vlans` (ref part 2 §4.1), the account's VLANs
 * from the scenario's `classicVlans`. IKS lists them with the classic infrastructure of the region and
 * resource group (X-Region, X-Auth-Resource-Group, as bluemix-go sends them): without classic access it
 * answers E0057 like the other classic reads, and TOTP on the linked account's user blocks it (E0103).
 */
import {fill} from '../contract/templates.js'
import {IKS_ERRORS} from './iks.js'
import type {ScenarioClassicVlan} from './scenario.js'
import {type Ctx, type Reply, header, json} from './types.js'

const TOTP_MFA = new Set(['TOTP', 'TOTP4ALL', 'LEVEL2'])

function body(v: ScenarioClassicVlan): Record<string, unknown> {
  return fill('iksVlans', {
    id: v.id,
    type: v.type,
    properties: {
      name: v.name,
      note: '',
      primary_router: v.primaryRouter ?? '',
      vlan_number: v.vlanNumber ?? '',
      vlan_type: 'standard',
      location: v.zone,
      local_disk_storage_capability: 'true',
      san_storage_capability: 'true',
      subnet_count: v.subnetCount
    }
  })
}

export function zoneVlans(ctx: Ctx, zone: string): Reply {
  const acct = ctx.caller!.account
  const region = header(ctx, 'x-region')
  const groupId = header(ctx, 'x-auth-resource-group')
  if (groupId) {
    const g = ctx.state.group(groupId)
    if (!g || g.accountId !== acct.id) return IKS_ERRORS.unknownGroup(groupId)
  }
  const manual =
    region && groupId
      ? ctx.state.manualCredentials(acct.id, region, groupId)
      : undefined
  if (!manual) {
    if (ctx.state.linkedClassicId(acct.id) === '') return IKS_ERRORS.notPaid()
    const owner =
      region && groupId
        ? ctx.state.storedKey(acct.id, region, groupId)
        : undefined
    const mfa = acct.userMfa.find(u => u.iamId === owner?.id)?.mfa ?? acct.mfa
    if (TOTP_MFA.has(mfa)) return IKS_ERRORS.totp()
  }
  return json(
    200,
    ctx.state.scenario.classicVlans
      .filter(v => v.accountId === acct.id && v.zone === zone)
      .map(body)
  )
}
