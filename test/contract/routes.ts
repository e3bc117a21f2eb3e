/** Which contract template an emulator answer must conform to, by service, method, path and status. */
import type {RecordedRequest} from '../emulator/server.js'
import type {TemplateName} from './templates.js'

/** undefined: a route we do not read (v1 cluster routes, remediation writes, SoftLayer user lookups). */
export function templateFor(r: RecordedRequest): TemplateName | undefined {
  const ok = r.status >= 200 && r.status < 300
  const p = r.path
  switch (r.service) {
    case 'iam':
      if (p === '/identity/token') return ok ? 'iamToken' : 'iamTokenError'
      if (!ok) return 'iamIdentityError'
      if (p === '/v1/apikeys/details') return 'iamApiKeyDetails'
      if (/^\/v1\/accounts\/[^/]+\/settings\/identity$/.test(p))
        return 'iamAccountSettings'
      if (/^\/v1\/accounts\/[^/]+\/effective_settings\/identity$/.test(p))
        return 'iamEffectiveSettings'
      if (p === '/v1/policies') return 'iamPolicies'
      return undefined
    case 'iks':
      if (!ok) return 'iksError'
      if (r.method !== 'GET') return undefined
      if (p === '/v2/getCluster') return 'iksGetCluster'
      if (p === '/v2/getClusters') return 'iksGetClusters'
      if (p === '/v2/getWorkers') return 'iksGetWorkers'
      if (p === '/v2/getWorkerPools') return 'iksGetWorkerPools'
      if (p === '/v2/getWorkerPool') return 'iksGetWorkerPool'
      if (p === '/v2/getFlavors') return 'iksGetFlavors'
      if (p === '/v1/credentials') return 'iksCredentials'
      if (p === '/v1/infra-permissions') return 'iksInfraPermissions'
      if (p === '/v1/versions') return 'iksVersions'
      if (p === '/v1/zones') return 'iksZones'
      if (/^\/v1\/logging\/[^/]+\/clusterkeyowner$/.test(p))
        return 'iksKeyOwner'
      if (/^\/v1\/datacenters\/[^/]+\/vlans$/.test(p)) return 'iksVlans'
      return undefined
    case 'accounts':
      return ok && /^\/v4\/accounts\/[^/]+$/.test(p)
        ? 'accountsGetAccount'
        : undefined
    case 'rc':
      if (!ok) return undefined
      if (p === '/v2/resource_groups') return 'rcResourceGroups'
      return /^\/v2\/resource_instances\/[^/]+$/.test(p)
        ? 'rcResourceInstance'
        : undefined
    case 'vpc':
      if (!ok) return 'vpcError'
      if (p === '/security_groups') return 'vpcSecurityGroups'
      if (/^\/subnets\/[^/]+$/.test(p)) return 'vpcSubnet'
      if (/^\/vpcs\/[^/]+$/.test(p)) return 'vpcVpc'
      return p === '/endpoint_gateways' ? 'vpcEndpointGateways' : undefined
    case 'softlayer':
      if (/getVirtualGuests|getHardware/.test(p))
        return ok && Array.isArray(r.reply) ? 'slDevice' : 'slError'
      return ok ? undefined : 'slError'
    case 'um':
      if (!ok) return 'umError'
      if (/^\/v2\/accounts\/[^/]+\/users$/.test(p)) return 'umUserList'
      if (/^\/v2\/accounts\/[^/]+\/users\/[^/]+$/.test(p))
        return 'umUserProfile'
      return undefined
    case 'schematics':
      if (!ok) return 'schematicsError'
      return /^\/v2\/jobs\/[^/]+\/files$/.test(p)
        ? 'schematicsJobFiles'
        : undefined
    default:
      return undefined
  }
}
