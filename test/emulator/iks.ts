/** IBM Cloud Kubernetes Service (containers) API, prefix `/iks/global`. Ref §4 and §11. */
import {randomUUID} from 'node:crypto'
import type {ScenarioCluster, ScenarioWorker} from './scenario.js'
import {stableId} from './state.js'
import {
  type Ctx,
  type Reply,
  type ServiceModule,
  header,
  json,
  noContent
} from './types.js'

/** IKS error envelope (ref §4.7). */
export function iksError(
  status: number,
  code: string,
  description: string,
  type: string,
  recoveryCLI?: string
): Reply {
  return json(status, {
    incidentID: randomUUID(),
    code,
    description,
    type,
    ...(recoveryCLI ? {recoveryCLI} : {})
  })
}

/**
 * Codes used by the emulator. Observed/documented: A0006, G0004, E0051, E0057, A0656. Given by the project brief
 * (model codes, not confirmed by IBM): A0003, A0012, E0046, E0103. Pure emulator codes: G01xx, E0060, G0000.
 */
export const IKS_ERRORS = {
  clusterNotFound: () =>
    iksError(
      404,
      'A0006',
      'The specified cluster could not be found. If applicable, make sure that you target the correct account, resource group or region.',
      'Authentication',
      "To list the clusters that you have access to, run 'ibmcloud ks cluster ls'."
    ),
  clusterNotInGroup: () =>
    iksError(
      404,
      'G0004',
      'The specified cluster could not be found. If applicable, make sure that you target the correct account and resource group.',
      'General'
    ),
  forbidden: () =>
    iksError(
      403,
      'A0003',
      'You do not have the required permissions to perform this action on the cluster. Ask an account administrator to assign you at least the Viewer platform access role for IBM Cloud Kubernetes Service.',
      'Authorization'
    ),
  invalidToken: (detail: string) =>
    iksError(
      401,
      'A0012',
      `The provided IAM token is not valid. ${detail}`.trim(),
      'Authentication'
    ),
  credentialsNotFound: () =>
    iksError(
      404,
      'E0051',
      'The user credentials could not be found.',
      'Authentication'
    ),
  notPaid: () =>
    iksError(
      401,
      'E0057',
      'Unable to connect to the IBM Cloud account. Ensure that you have a paid account.',
      'Authentication',
      "Run 'ibmcloud ks credential set classic' to set the infrastructure credentials."
    ),
  totp: () =>
    iksError(
      401,
      'E0103',
      "can't authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user.",
      'Authentication',
      "Run 'ibmcloud ks credential set classic --infrastructure-username <user> --infrastructure-api-key <key> --region <region>', then 'ibmcloud ks api-key reset --region <region>'."
    ),
  noStoredKey: () =>
    iksError(
      404,
      'E0046',
      'No API key is stored for this region and resource group.',
      'Authentication',
      "Run 'ibmcloud ks api-key reset --region <region>'."
    ),
  serviceIdKeyReset: () =>
    iksError(
      403,
      'A0656',
      'You are not authorized to create an API key in this resource group. IBM Cloud Kubernetes Service cannot create the regional API key from a service ID: a user must run the API key reset; a service ID must have the Operator role in the IAM Identity Service.',
      'Authorization'
    ),
  missingHeader: (name: string) =>
    iksError(
      400,
      'G0101',
      `The required request header '${name}' is missing or empty.`,
      'General'
    ),
  missingQuery: (name: string) =>
    iksError(
      400,
      'G0102',
      `The required query parameter '${name}' is missing or empty.`,
      'General'
    ),
  unknownGroup: (id: string) =>
    iksError(
      400,
      'G0103',
      `The resource group '${id}' could not be found in this account. Specify the resource group ID, not its name.`,
      'General'
    ),
  badBody: (detail: string) =>
    iksError(
      400,
      'G0104',
      `The request body is not valid: ${detail}`,
      'General'
    ),
  badInfraCredentials: () =>
    iksError(
      401,
      'E0060',
      'The infrastructure authentication credentials are not authorized for the request.',
      'Authentication'
    ),
  noRoute: (ctx: Ctx) =>
    iksError(
      404,
      'G0100',
      `No emulated IKS route for ${ctx.method} ${ctx.path}.`,
      'General'
    )
}

const TOTP_MFA = new Set(['TOTP', 'TOTP4ALL', 'LEVEL2'])

export const PERMISSIONS: Record<string, {name: string; category: string}> = {
  REMOTE_MANAGEMENT: {name: 'Remote Management', category: 'Physical Worker'},
  SERVER_ADD: {name: 'Add Server', category: 'Physical Worker'},
  SERVER_CANCEL: {name: 'Cancel Server', category: 'Physical Worker'},
  SERVER_RELOAD: {
    name: 'OS Reloads and Rescue Kernel',
    category: 'Physical Worker'
  },
  VIRTUAL_GUEST_VIEW: {
    name: 'View Virtual Server Details',
    category: 'Virtual Worker'
  },
  HARDWARE_VIEW: {name: 'View Hardware Details', category: 'Physical Worker'},
  TICKET_ADD: {name: 'Add Tickets', category: 'Account'},
  TICKET_EDIT: {name: 'Edit Tickets', category: 'Account'},
  TICKET_VIEW: {name: 'View Tickets', category: 'Account'},
  ACCESS_ALL_GUEST: {name: 'Access All Virtual', category: 'Virtual Worker'},
  ACCESS_ALL_HARDWARE: {
    name: 'Access All Hardware',
    category: 'Physical Worker'
  },
  PUBLIC_NETWORK_COMPUTE: {
    name: 'Public Network Computing',
    category: 'Network'
  },
  DNS_MANAGE: {name: 'Manage DNS', category: 'Network'},
  HOSTNAME_EDIT: {name: 'Edit Hostname/Domain', category: 'Network'},
  IP_ADD: {name: 'Add IP Addresses', category: 'Network'},
  NETWORK_ROUTE_MANAGE: {
    name: 'Manage Network Subnet Routes',
    category: 'Network'
  },
  PORT_CONTROL: {name: 'Manage Port Control', category: 'Network'},
  SECURITY_CERTIFICATE_MANAGE: {
    name: 'Manage Certificates (SSL)',
    category: 'Network'
  },
  SECURITY_CERTIFICATE_VIEW: {
    name: 'View Certificates (SSL)',
    category: 'Network'
  },
  ADD_SERVICE_STORAGE: {
    name: 'Add/Upgrade Storage (StorageLayer)',
    category: 'Storage'
  },
  NAS_MANAGE: {name: 'Manage Storage', category: 'Storage'}
}

const permission = (
  key: string
): {key: string; name: string; category: string} => ({
  key,
  ...(PERMISSIONS[key] ?? {name: key, category: 'Account'})
})

const LOCATIONS: Record<string, string> = {
  'us-south': 'Dallas',
  'us-east': 'Washington DC',
  'eu-de': 'Frankfurt',
  'eu-gb': 'London',
  'jp-tok': 'Tokyo',
  'au-syd': 'Sydney',
  'ca-tor': 'Toronto',
  'br-sao': 'Sao Paulo'
}

function clusterBody(
  ctx: Ctx,
  c: ScenarioCluster,
  v1: boolean
): Record<string, unknown> {
  const state = ctx.state
  const group = state.group(c.resourceGroupId)
  const vpc = c.provider === 'vpc-gen2'
  const zones = [...new Set(c.workers.map(w => w.zone))]
  const host = `c100.${vpc ? 'private.' : ''}${c.region}.containers.cloud.ibm.com`
  const privateURL = `https://c100.private.${c.region}.containers.cloud.ibm.com:30123`
  const publicURL = vpc
    ? ''
    : `https://c100.${c.region}.containers.cloud.ibm.com:30123`
  const paid = vpc || state.linkedClassicId(c.accountId) !== ''
  const owner =
    state.storedKey(c.accountId, c.region, c.resourceGroupId)?.email ??
    state.scenario.apiKeys.find(k => k.accountId === c.accountId && k.email)
      ?.email ??
    ''
  const serviceEndpoints = {
    privateServiceEndpointEnabled: true,
    privateServiceEndpointURL: privateURL,
    publicServiceEndpointEnabled: !vpc,
    publicServiceEndpointURL: publicURL
  }
  const body: Record<string, unknown> = {
    id: c.id,
    name: c.name,
    region: c.region,
    resourceGroup: c.resourceGroupId,
    resourceGroupName: group?.name ?? '',
    provider: c.provider,
    state: c.state,
    status: c.state === 'normal' ? 'All Workers Normal' : '',
    masterStatus: 'Ready',
    masterHealth: 'normal',
    masterURL: `https://${host}:30123`,
    serverURL: vpc ? '' : `https://${host}:30123`,
    createdDate: c.createdDate,
    dataCenter: vpc ? '' : (zones[0] ?? ''),
    location: LOCATIONS[c.region] ?? c.region,
    entitlement: '',
    masterKubeVersion: c.masterKubeVersion,
    targetVersion: c.masterKubeVersion,
    isPaid: paid,
    addons: [],
    ownerEmail: owner,
    type: 'kubernetes',
    serviceSubnet: '172.21.0.0/16',
    podSubnet: '172.17.0.0/18',
    multiAzCapable: zones.length > 1 || vpc,
    apiUser: '',
    disableAutoUpdate: false,
    workerZones: zones,
    vpcs: c.vpcs,
    crn: `crn:v1:bluemix:public:containers-kubernetes:${c.region}:a/${c.accountId}:${c.id}::`,
    versionEOS: '',
    serviceEndpoints,
    ...serviceEndpoints,
    lifecycle: {
      modifiedDate: c.createdDate,
      masterStatus: 'Ready',
      masterStatusModifiedDate: c.createdDate,
      masterHealth: 'normal',
      masterState: 'deployed'
    },
    workerCount: c.workers.length,
    ingress: {
      hostname: `${c.name}.${c.region}.containers.appdomain.cloud`,
      secretName: c.name
    },
    features: {keyProtectEnabled: false, pullSecretApplied: true},
    imageSecurityEnabled: false,
    virtualPrivateEndpointURL: vpc
      ? `https://${c.id}.vpe.private.${c.region}.containers.cloud.ibm.com:30123`
      : '',
    networkPlugin: 'calico',
    offering: vpc ? 'vpc-gen2' : 'classic'
  }
  if (v1) {
    Object.assign(body, {
      ingressHostname: `${c.name}.${c.region}.containers.appdomain.cloud`,
      ingressSecretName: c.name,
      modifiedDate: c.createdDate,
      vlans: [],
      isTrusted: false,
      masterStatusModifiedDate: c.createdDate,
      keyProtectEnabled: false,
      pullSecretApplied: true,
      logOrg: '',
      logSpace: ''
    })
  }
  return body
}

/** A scenario date as served: ISO as written, or relative to now ("-30m", "-2h", "-45s", "-1d"). */
export function resolveDate(d: string | undefined, now = Date.now()): string {
  const m = d === undefined ? null : /^-(\d+)([smhd])$/.exec(d.trim())
  if (!m) return d ?? ''
  const unit = {s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000}[
    m[2] as 's' | 'm' | 'h' | 'd'
  ]
  return new Date(now - Number(m[1]) * unit)
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
}

function workerV2(
  c: ScenarioCluster,
  w: ScenarioWorker
): Record<string, unknown> {
  const vpc = c.provider === 'vpc-gen2'
  const body: Record<string, unknown> = {
    id: w.id,
    flavor: w.flavor ?? (vpc ? 'bx2.4x16' : 'b3c.4x16'),
    location: w.zone,
    poolID: stableId(`${c.id}-`, `${c.id}/${w.poolName ?? 'default'}`, 7),
    poolName: w.poolName ?? 'default',
    dedicatedHostId: '',
    dedicatedHostPoolId: '',
    autoRecoverable: true,
    health: {state: w.healthState, message: w.healthMessage},
    kubeVersion: {
      actual: c.masterKubeVersion,
      desired: '',
      eos: '',
      masterEOS: '',
      target: c.masterKubeVersion
    },
    lifecycle: {
      actualState: w.state,
      desiredState: 'deployed',
      message: w.lifecycleMessage ?? '',
      messageDate: resolveDate(w.messageDate),
      messageDetails: w.lifecycleMessageDetails ?? '',
      messageDetailsDate: '',
      pendingOperation: '',
      reasonForDelete: '',
      actualOperatingSystem: 'UBUNTU_24_64',
      desiredOperatingSystem: 'UBUNTU_24_64'
    }
  }
  if (vpc) {
    const cidr = w.privateIP.replace(/\.\d+$/, '.0/24')
    body.networkInterfaces = [
      {
        cidr,
        ipAddress: w.privateIP,
        primary: true,
        subnetID: stableId('0717-', `${c.id}/${w.zone}/subnet`, 28)
      }
    ]
  } else {
    body.networkInformation = {
      privateIP: w.privateIP,
      privateVLAN: '2918270',
      publicIP: w.publicIP ?? '',
      publicVLAN: w.publicIP ? '2918268' : ''
    }
  }
  return body
}

function workerV1(
  c: ScenarioCluster,
  w: ScenarioWorker
): Record<string, unknown> {
  const vpc = c.provider === 'vpc-gen2'
  return {
    id: w.id,
    state: w.state,
    status: w.healthMessage,
    errorMessage: w.lifecycleMessage ?? '',
    privateIP: w.privateIP,
    publicIP: w.publicIP ?? '',
    privateVlan: vpc ? '' : '2918270',
    publicVlan: vpc || !w.publicIP ? '' : '2918268',
    machineType: w.flavor ?? (vpc ? 'bx2.4x16' : 'b3c.4x16'),
    isolation: 'public',
    kubeVersion: c.masterKubeVersion,
    targetVersion: c.masterKubeVersion,
    location: w.zone,
    poolid: stableId(`${c.id}-`, `${c.id}/${w.poolName ?? 'default'}`, 7),
    poolName: w.poolName ?? 'default',
    trustedStatus: 'unsupported',
    reasonForDelete: '',
    versionEOS: '',
    masterVersionEOS: '',
    billing: 'hourly',
    pendingOperation: ''
  }
}

/** Find a cluster visible to the caller, applying the A0006 / A0003 / G0004 rules. */
function resolveCluster(
  ctx: Ctx,
  idOrName: string | null | undefined
): ScenarioCluster | Reply {
  if (!idOrName) return IKS_ERRORS.missingQuery('cluster')
  const caller = ctx.caller!
  const c = ctx.state.cluster(caller.account.id, idOrName)
  if (!c) return IKS_ERRORS.clusterNotFound()
  if (
    caller.apiKey.forbiddenClusters.includes(c.id) ||
    caller.apiKey.forbiddenClusters.includes(c.name)
  ) {
    return IKS_ERRORS.forbidden()
  }
  const group = header(ctx, 'x-auth-resource-group')
  if (group && group !== c.resourceGroupId)
    return IKS_ERRORS.clusterNotInGroup()
  return c
}

const isReply = (v: unknown): v is Reply =>
  typeof v === 'object' &&
  v !== null &&
  'status' in v &&
  typeof (v as Reply).status === 'number' &&
  !('workers' in v)

/** X-Region + X-Auth-Resource-Group (a group ID of the caller's account) are required. */
function requireScope(ctx: Ctx): {region: string; groupId: string} | Reply {
  const region = header(ctx, 'x-region')
  if (!region) return IKS_ERRORS.missingHeader('X-Region')
  const groupId = header(ctx, 'x-auth-resource-group')
  if (!groupId) return IKS_ERRORS.missingHeader('X-Auth-Resource-Group')
  const g = ctx.state.group(groupId)
  if (!g || g.accountId !== ctx.caller!.account.id)
    return IKS_ERRORS.unknownGroup(groupId)
  return {region, groupId}
}

/** No linked classic account and no manual credentials for region+group → E0057. */
function lacksClassicAccess(
  ctx: Ctx,
  accountId: string,
  region: string,
  groupId: string
): boolean {
  return (
    ctx.state.linkedClassicId(accountId) === '' &&
    !ctx.state.manualCredentials(accountId, region, groupId)
  )
}

function credentials(ctx: Ctx): Reply {
  const scope = requireScope(ctx)
  if (isReply(scope)) return scope
  const acct = ctx.caller!.account.id
  if (ctx.method === 'GET') {
    const cred = ctx.state.manualCredentials(acct, scope.region, scope.groupId)
    return cred
      ? json(200, {softlayer_username: cred.username})
      : IKS_ERRORS.credentialsNotFound()
  }
  if (ctx.method === 'POST') {
    const username = header(ctx, 'x-auth-softlayer-username')
    if (!username) return IKS_ERRORS.missingHeader('X-Auth-Softlayer-Username')
    const apiKey = header(ctx, 'x-auth-softlayer-apikey')
    if (!apiKey) return IKS_ERRORS.missingHeader('X-Auth-Softlayer-APIKey')
    const found = ctx.state.classicUserByName(username)
    if (!found || found.user.apiKey !== apiKey)
      return IKS_ERRORS.badInfraCredentials()
    ctx.state.setManualCredentials(acct, scope.region, scope.groupId, username)
    return noContent()
  }
  if (ctx.method === 'DELETE') {
    ctx.state.unsetManualCredentials(acct, scope.region, scope.groupId)
    return noContent()
  }
  return IKS_ERRORS.noRoute(ctx)
}

function infraPermissions(ctx: Ctx): Reply {
  const scope = requireScope(ctx)
  if (isReply(scope)) return scope
  const acct = ctx.caller!.account
  const manual = ctx.state.manualCredentials(
    acct.id,
    scope.region,
    scope.groupId
  )
  if (!manual) {
    if (ctx.state.linkedClassicId(acct.id) === '') return IKS_ERRORS.notPaid()
    if (TOTP_MFA.has(acct.mfa)) return IKS_ERRORS.totp()
  }
  const missing = ctx.state.missingPermissions(
    acct.id,
    scope.region,
    scope.groupId
  )
  return json(200, {
    required: missing.required.map(permission),
    suggested: missing.suggested.map(permission)
  })
}

function clusterKeyOwner(ctx: Ctx, idOrName: string): Reply {
  const scope = requireScope(ctx)
  if (isReply(scope)) return scope
  const c = resolveCluster(ctx, idOrName)
  if (isReply(c)) return c
  if (lacksClassicAccess(ctx, c.accountId, c.region, c.resourceGroupId))
    return IKS_ERRORS.notPaid()
  const owner = ctx.state.storedKey(c.accountId, c.region, c.resourceGroupId)
  return owner
    ? json(200, {id: owner.id, name: owner.name, email: owner.email})
    : IKS_ERRORS.noStoredKey()
}

function resetKey(ctx: Ctx): Reply {
  const scope = requireScope(ctx)
  if (isReply(scope)) return scope
  const caller = ctx.caller!
  if (lacksClassicAccess(ctx, caller.account.id, scope.region, scope.groupId))
    return IKS_ERRORS.notPaid()
  if (caller.apiKey.kind === 'serviceId') return IKS_ERRORS.serviceIdKeyReset()
  ctx.state.resetStoredKey(caller.account.id, scope.region, scope.groupId, {
    id: caller.apiKey.iamId,
    name: caller.apiKey.name,
    email: caller.apiKey.email ?? ''
  })
  return noContent()
}

function workers(ctx: Ctx, idOrName: string | null, v1: boolean): Reply {
  const c = resolveCluster(ctx, idOrName)
  if (isReply(c)) return c
  if (
    c.provider === 'classic' &&
    lacksClassicAccess(ctx, c.accountId, c.region, c.resourceGroupId)
  )
    return IKS_ERRORS.notPaid()
  const pool = ctx.query.get('pool')
  const list = c.workers.filter(
    w => !pool || (w.poolName ?? 'default') === pool
  )
  return json(
    200,
    list.map(w => (v1 ? workerV1(c, w) : workerV2(c, w)))
  )
}

function masterRefresh(ctx: Ctx, idOrName: string): Reply {
  const c = resolveCluster(ctx, idOrName)
  if (isReply(c)) return c
  let body: unknown
  try {
    body = JSON.parse(ctx.body || 'null')
  } catch {
    return IKS_ERRORS.badBody('expected JSON {"action": "refresh"}.')
  }
  const action =
    typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>).action
      : undefined
  if (action !== 'refresh')
    return IKS_ERRORS.badBody(
      `unsupported action ${JSON.stringify(action)}; expected "refresh".`
    )
  ctx.state.recordMasterRefresh(c)
  return noContent()
}

function listClusters(ctx: Ctx, v1: boolean): Reply {
  const caller = ctx.caller!
  const provider = ctx.query.get('provider')
  const group = header(ctx, 'x-auth-resource-group')
  const list = ctx.state
    .clustersOf(caller.account.id)
    .filter(c => !provider || c.provider === provider)
    .filter(c => !group || c.resourceGroupId === group)
    .filter(
      c =>
        !caller.apiKey.forbiddenClusters.includes(c.id) &&
        !caller.apiKey.forbiddenClusters.includes(c.name)
    )
  return json(
    200,
    list.map(c => clusterBody(ctx, c, v1))
  )
}

/**
 * VpcGetZones: three zones per region the emulator knows, flat (`[{id, name, metro}]`); IBM's SDK types
 * the body as a nested array, which the client reads too (test/fixtures/iks-vpc-zones.json).
 */
function vpcZones(ctx: Ctx): Reply {
  const provider = ctx.query.get('provider')
  if (provider !== null && provider !== 'vpc-gen2') return json(200, [])
  return json(
    200,
    Object.entries(LOCATIONS).flatMap(([region, metro]) =>
      [1, 2, 3].map(n => ({
        id: `${region}-${n}`,
        name: `${region}-${n}`,
        metro
      }))
    )
  )
}

export const iksService: ServiceModule = {
  name: 'iks',
  prefix: '/iks/global',
  auth: 'bearer',
  unauthorized: message => IKS_ERRORS.invalidToken(message),
  errorReply: (status, _path, message) =>
    iksError(
      status,
      'G0000',
      message ?? `Emulated IKS error (HTTP ${status}).`,
      status >= 500 ? 'Internal' : 'General'
    ),
  handle(ctx) {
    const {method, path, query} = ctx
    if (method === 'GET' && path === '/v2/getCluster') {
      const c = resolveCluster(ctx, query.get('cluster'))
      return isReply(c) ? c : json(200, clusterBody(ctx, c, false))
    }
    if (method === 'GET' && path === '/v2/getClusters')
      return listClusters(ctx, false)
    if (method === 'GET' && path === '/v1/clusters')
      return listClusters(ctx, true)
    if (method === 'GET' && path === '/v2/getWorkers')
      return workers(ctx, query.get('cluster'), false)
    if (path === '/v1/credentials') return credentials(ctx)
    if (method === 'GET' && path === '/v1/infra-permissions')
      return infraPermissions(ctx)
    if (method === 'POST' && path === '/v1/keys') return resetKey(ctx)
    if (method === 'GET' && path === '/v2/vpc/getZones') return vpcZones(ctx)
    let m = /^\/v1\/logging\/([^/]+)\/clusterkeyowner$/.exec(path)
    if (method === 'GET' && m)
      return clusterKeyOwner(ctx, decodeURIComponent(m[1]!))
    m = /^\/v1\/clusters\/([^/]+)(\/workers|\/masters)?$/.exec(path)
    if (m) {
      const id = decodeURIComponent(m[1]!)
      if (method === 'GET' && !m[2]) {
        const c = resolveCluster(ctx, id)
        return isReply(c) ? c : json(200, clusterBody(ctx, c, true))
      }
      if (method === 'GET' && m[2] === '/workers') return workers(ctx, id, true)
      if (method === 'PUT' && m[2] === '/masters') return masterRefresh(ctx, id)
    }
    return IKS_ERRORS.noRoute(ctx)
  }
}
