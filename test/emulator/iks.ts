/** IBM Cloud Kubernetes Service (containers) API, prefix `/iks/global`. Ref §4 and §11. */
import {randomUUID} from 'node:crypto'
import type {ScenarioCluster, ScenarioWorker} from './scenario.js'
import {fill, TEMPLATES} from '../contract/templates.js'
import {zoneVlans} from './iks-vlans.js'
import {stableId} from './state.js'
import {poolRoutes} from './iks-pools.js'
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
 * (model codes, not confirmed by IBM): E0046, E0103. A0003 with its text is quoted in IBM's IKS runbook (status not
 * quoted). Pure emulator codes: G01xx (G0106 for a forbidden cluster), E0060, G0000.
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
  // What IKS answers a caller without a role on the cluster is not public; the code is the emulator's own.
  forbidden: () =>
    iksError(
      403,
      'G0106',
      'You do not have the required permissions to perform this action on the cluster. Ask an account administrator to assign you at least the Viewer platform access role for IBM Cloud Kubernetes Service.',
      'Authorization'
    ),
  // IBM's IKS runbook quotes this body for a token that cannot be verified (dummy Bearer token); the
  // status is not quoted there: 401 is the model.
  invalidToken: () =>
    iksError(
      401,
      'A0003',
      "Your IAM token could not be verified. To retrieve your access tokens, run 'ibmcloud iam oauth-tokens'. Then use the IAM token for the Authorization header.",
      'Authentication',
      "To log in to IBM Cloud, run 'ibmcloud login'."
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

type Category =
  | 'virtualWorkerManagerPermissions'
  | 'physicalWorkerManagerPermissions'
  | 'networkManagerPermissions'
  | 'storageManagerPermissions'

/**
 * keyName -> the name IBM shows and the AccountStatus category it is reported under. The names are IBM's
 * classic-roles display names; the category of each permission is a model (no public source lists it).
 */
export const PERMISSIONS: Record<string, {name: string; category: Category}> = {
  REMOTE_MANAGEMENT: {
    name: 'Remote Management',
    category: 'physicalWorkerManagerPermissions'
  },
  SERVER_ADD: {name: 'Add Server', category: 'virtualWorkerManagerPermissions'},
  SERVER_CANCEL: {
    name: 'Cancel Server',
    category: 'virtualWorkerManagerPermissions'
  },
  SERVER_RELOAD: {
    name: 'OS Reloads and Rescue Kernel',
    category: 'virtualWorkerManagerPermissions'
  },
  VIRTUAL_GUEST_VIEW: {
    name: 'View Virtual Server Details',
    category: 'virtualWorkerManagerPermissions'
  },
  HARDWARE_VIEW: {
    name: 'View Hardware Details',
    category: 'physicalWorkerManagerPermissions'
  },
  TICKET_ADD: {
    name: 'Add Tickets',
    category: 'virtualWorkerManagerPermissions'
  },
  TICKET_EDIT: {
    name: 'Edit Tickets',
    category: 'virtualWorkerManagerPermissions'
  },
  TICKET_VIEW: {
    name: 'View Tickets',
    category: 'virtualWorkerManagerPermissions'
  },
  ACCESS_ALL_GUEST: {
    name: 'Access All Virtual',
    category: 'virtualWorkerManagerPermissions'
  },
  ACCESS_ALL_HARDWARE: {
    name: 'Access All Hardware',
    category: 'physicalWorkerManagerPermissions'
  },
  PUBLIC_NETWORK_COMPUTE: {
    name: 'Public Network Computing',
    category: 'networkManagerPermissions'
  },
  DNS_MANAGE: {name: 'Manage DNS', category: 'networkManagerPermissions'},
  HOSTNAME_EDIT: {
    name: 'Edit Hostname/Domain',
    category: 'networkManagerPermissions'
  },
  IP_ADD: {name: 'Add IP Addresses', category: 'networkManagerPermissions'},
  NETWORK_ROUTE_MANAGE: {
    name: 'Manage Network Subnet Routes',
    category: 'networkManagerPermissions'
  },
  PORT_CONTROL: {
    name: 'Manage Port Control',
    category: 'networkManagerPermissions'
  },
  SECURITY_CERTIFICATE_MANAGE: {
    name: 'Manage Certificates (SSL)',
    category: 'networkManagerPermissions'
  },
  SECURITY_CERTIFICATE_VIEW: {
    name: 'View Certificates (SSL)',
    category: 'networkManagerPermissions'
  },
  ADD_SERVICE_STORAGE: {
    name: 'Add/Upgrade Storage (StorageLayer)',
    category: 'storageManagerPermissions'
  },
  NAS_MANAGE: {name: 'Manage Storage', category: 'storageManagerPermissions'}
}

/** IBM's AccountStatus for the missing keyNames: absent categories and parts mean "sufficient". */
export function accountStatus(
  account: string,
  accountType: string,
  required: string[],
  recommended: string[]
): Record<string, unknown> {
  const body: Record<string, Record<string, unknown>> = {}
  const add = (keys: string[], level: 'required' | 'recommended'): void => {
    for (const key of keys) {
      const p = PERMISSIONS[key] ?? {
        name: key,
        category: 'virtualWorkerManagerPermissions' as const
      }
      const part = (body[p.category] ??= {})
      const analysis = (part[level] ??= {
        insufficient: true,
        missingPermissions: []
      }) as {missingPermissions: string[]}
      analysis.missingPermissions.push(p.name)
    }
  }
  add(required, 'required')
  add(recommended, 'recommended')
  return fill('iksInfraPermissions', {
    ...(account ? {account} : {}),
    accountType,
    ...body
  })
}

export const LOCATIONS: Record<string, string> = {
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
  const v2 = fill('iksGetCluster', {
    addons: [],
    createdDate: c.createdDate,
    crn: `crn:v1:bluemix:public:containers-kubernetes:${c.region}:a/${c.accountId}:${c.id}::`,
    // IBM's SDK spells it datacenter, bluemix-go dataCenter: serve the SDK's, readers must not care.
    datacenter: vpc ? '' : (zones[0] ?? ''),
    disableAutoUpdate: false,
    entitlement: '',
    features: {
      keyProtectEnabled: c.keyProtectEnabled,
      pullSecretApplied: true
    },
    id: c.id,
    imageSecurityEnabled: false,
    ingress: {
      hostname: `${c.name}.${c.region}.containers.appdomain.cloud`,
      secretName: c.name,
      status: 'healthy',
      message: ''
    },
    isPaid: paid,
    lifecycle: {
      modifiedDate: c.createdDate,
      masterStatus: 'Ready',
      masterStatusModifiedDate: c.createdDate,
      masterHealth: 'normal',
      masterState: c.masterState ?? 'deployed'
    },
    location: LOCATIONS[c.region] ?? c.region,
    masterKubeVersion: c.masterKubeVersion,
    masterURL: `https://${host}:30123`,
    multiAzCapable: zones.length > 1 || vpc,
    name: c.name,
    podSubnet: '172.17.0.0/18',
    provider: c.provider,
    region: c.region,
    resourceGroup: c.resourceGroupId,
    resourceGroupName: group?.name ?? '',
    serviceEndpoints,
    serviceSubnet: '172.21.0.0/16',
    state: c.state,
    status: c.state === 'normal' ? 'All Workers Normal' : '',
    targetVersion: c.masterKubeVersion,
    // IKS names the platform in `type`; an OpenShift cluster runs an _openshift version.
    type: c.masterKubeVersion.includes('_openshift')
      ? 'openshift'
      : 'kubernetes',
    versionEOS: endOfService(
      versionEntry(ctx, c.masterKubeVersion)?.endOfService ?? ''
    ),
    workerCount: c.workers.length,
    workerZones: zones,
    ownerEmail: owner,
    apiUser: '',
    vpcs: c.vpcs
  })
  if (!v1) return v2
  // v1 routes (not read by the action) keep their legacy flat fields.
  return {
    ...v2,
    ...serviceEndpoints,
    dataCenter: v2.datacenter,
    ingressHostname: `${c.name}.${c.region}.containers.appdomain.cloud`,
    ingressSecretName: c.name,
    modifiedDate: c.createdDate,
    vlans: [],
    isTrusted: false,
    masterStatusModifiedDate: c.createdDate,
    keyProtectEnabled: c.keyProtectEnabled,
    pullSecretApplied: true,
    logOrg: '',
    logSpace: ''
  }
}

/** The getClusters item: only the fields of IBM's GetClustersResponse (no vpcs, workerZones, crn, lifecycle). */
function clusterListItem(
  ctx: Ctx,
  c: ScenarioCluster
): Record<string, unknown> {
  const full = clusterBody(ctx, c, false)
  const allowed = (TEMPLATES.iksGetClusters as Record<string, unknown>[])[0]!
  const item = Object.fromEntries(
    Object.entries(full).filter(([k]) => k in allowed)
  )
  return fill('iksGetClusters', item)
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
  const common = {
    id: w.id,
    flavor: w.flavor ?? (vpc ? 'bx2.4x16' : 'b3c.4x16'),
    location: w.zone,
    poolID: stableId(`${c.id}-`, `${c.id}/${w.poolName ?? 'default'}`, 7),
    poolName: w.poolName ?? 'default',
    dedicatedHostId: '',
    dedicatedHostPoolId: '',
    health: {state: w.healthState, message: w.healthMessage},
    kubeVersion: {
      actual: w.kubeVersion ?? c.masterKubeVersion,
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
      pendingOperation: w.pendingOperation ?? '',
      reasonForDelete: ''
    }
  }
  if (vpc) {
    const cidr = w.privateIP.replace(/\.\d+$/, '.0/24')
    return fill('iksGetWorkers', {
      ...common,
      networkInterfaces: [
        {
          cidr,
          ipAddress: w.privateIP,
          primary: true,
          subnetID: stableId('0717-', `${c.id}/${w.zone}/subnet`, 28)
        }
      ]
    })
  }
  return fill('iksGetWorkers', {
    ...common,
    networkInformation: {
      privateIP: w.privateIP,
      privateVLAN: '2918270',
      publicIP: w.publicIP ?? '',
      publicVLAN: w.publicIP ? '2918268' : ''
    }
  })
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
    kubeVersion: w.kubeVersion ?? c.masterKubeVersion,
    targetVersion: c.masterKubeVersion,
    location: w.zone,
    poolid: stableId(`${c.id}-`, `${c.id}/${w.poolName ?? 'default'}`, 7),
    poolName: w.poolName ?? 'default',
    trustedStatus: 'unsupported',
    reasonForDelete: '',
    versionEOS: '',
    masterVersionEOS: '',
    billing: 'hourly',
    pendingOperation: w.pendingOperation ?? ''
  }
}

/** Find a cluster visible to the caller, applying the A0006 / 403 / G0004 rules. */
export function resolveCluster(
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

export const isReply = (v: unknown): v is Reply =>
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
      ? json(200, fill('iksCredentials', {apiUser: cred.username}))
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
    // A per-user override (user_mfa) for the owner of the stored key decides for IKS's classic calls.
    const owner = ctx.state.storedKey(acct.id, scope.region, scope.groupId)
    const mfa = acct.userMfa.find(u => u.iamId === owner?.id)?.mfa ?? acct.mfa
    if (TOTP_MFA.has(mfa)) return IKS_ERRORS.totp()
  }
  const missing = ctx.state.missingPermissions(
    acct.id,
    scope.region,
    scope.groupId
  )
  // The judged account: the manual user's IMS account (digits before '_'), else the linked one.
  const judged = manual
    ? (/^(\d+)_/.exec(manual.username)?.[1] ?? '')
    : ctx.state.linkedClassicId(acct.id)
  return json(
    200,
    accountStatus(
      judged,
      manual ? 'manually set IaaS credentials' : 'linked account API key',
      missing.required,
      missing.recommended
    )
  )
}

function clusterKeyOwner(ctx: Ctx, idOrName: string): Reply {
  const scope = requireScope(ctx)
  if (isReply(scope)) return scope
  const c = resolveCluster(ctx, idOrName)
  if (isReply(c)) return c
  if (lacksClassicAccess(ctx, c.accountId, c.region, c.resourceGroupId))
    return IKS_ERRORS.notPaid()
  const owner = ctx.state.storedKey(c.accountId, c.region, c.resourceGroupId)
  // IBM's `id` is the stored API key's ID, not the owner's.
  return owner
    ? json(
        200,
        fill('iksKeyOwner', {
          id: stableId(
            'ApiKey-',
            `${owner.id}/${c.region}/${c.resourceGroupId}`,
            32
          ),
          name: owner.name,
          email: owner.email
        })
      )
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
    list.map(c => (v1 ? clusterBody(ctx, c, true) : clusterListItem(ctx, c)))
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

/** IBM's classic data centers by metro (a sample of the real list; a scenario's own classic zones are added). */
const CLASSIC_METROS: Record<string, readonly string[]> = {
  Dallas: ['dal09', 'dal10', 'dal12', 'dal13'],
  'Washington DC': ['wdc04', 'wdc06', 'wdc07'],
  Frankfurt: ['fra02', 'fra04', 'fra05'],
  London: ['lon02', 'lon04', 'lon05', 'lon06'],
  Tokyo: ['tok02', 'tok04', 'tok05'],
  Sydney: ['syd01', 'syd04', 'syd05'],
  Toronto: ['tor01'],
  'Sao Paulo': ['sao01']
}

/**
 * GET /v1/zones: IKS's classic zones, in the SDK's ZoneResponse shape (id, name, metro; flavors only with
 * showFlavors, which the action does not ask). Global: the same list for every caller.
 */
function classicZones(ctx: Ctx): Reply {
  const listed = Object.entries(CLASSIC_METROS).flatMap(([metro, zones]) =>
    zones.map(id => ({id, name: id, metro}))
  )
  const own = ctx.state.scenario.clusters
    .filter(c => c.provider === 'classic')
    .flatMap(c => c.workers.map(w => w.zone))
    .filter(z => !listed.some(l => l.id === z))
  return json(200, [
    ...listed,
    ...[...new Set(own)].map(id => ({id, name: id}))
  ])
}

/**
 * A version's end of service as IKS writes it (`2022-06-06T12:00:00+0000`, IBM docs' real /v1/versions
 * answer); the scenario gives an ISO date or a number of days from now (`+20d`, `-3d`).
 */
export function endOfService(spec: string, now = Date.now()): string {
  const m = /^([+-])(\d+)d$/.exec(spec.trim())
  if (!m) return spec
  const at = now + (m[1] === '-' ? -1 : 1) * Number(m[2]) * 86_400_000
  return new Date(at).toISOString().replace(/\.\d+Z$/, '+0000')
}

/** The scenario's version entry for a master version such as 1.33.4_1534 or 4.17.40_1546_openshift. */
function versionEntry(
  ctx: Ctx,
  masterVersion: string
): {endOfService: string} | undefined {
  const m = /^(\d+)\.(\d+)/.exec(masterVersion)
  if (!m) return undefined
  const table = ctx.state.scenario.kubeVersions
  const list = masterVersion.endsWith('_openshift')
    ? table.openshift
    : table.kubernetes
  return list.find(v => v.major === Number(m[1]) && v.minor === Number(m[2]))
}

/** GET /v1/versions: every orderable version, keyed by platform (IBM answers it without a token too). */
function versions(ctx: Ctx): Reply {
  const now = Date.now()
  const table = ctx.state.scenario.kubeVersions
  const list = (vs: typeof table.kubernetes): Record<string, unknown>[] =>
    vs.map(v => ({
      major: v.major,
      minor: v.minor,
      patch: v.patch,
      default: v.default,
      end_of_service: endOfService(v.endOfService, now)
    }))
  return json(
    200,
    fill('iksVersions', {
      kubernetes: list(table.kubernetes),
      openshift: list(table.openshift)
    })
  )
}

export const iksService: ServiceModule = {
  name: 'iks',
  prefix: '/iks/global',
  auth: 'bearer',
  // IBM's docs read the version list with curl and no Authorization header.
  publicPaths: ['/v1/versions'],
  unauthorized: () => IKS_ERRORS.invalidToken(),
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
    if (method === 'GET' && path === '/v1/zones') return classicZones(ctx)
    const pools = poolRoutes(ctx)
    if (pools) return pools
    if (method === 'GET' && path === '/v1/versions') return versions(ctx)
    if (method === 'GET' && path === '/v1/subnets/vlan-spanning')
      return json(
        200,
        fill('iksVlanSpan', {
          enabled: ctx.state.scenario.classicVlanSpanning,
          modifiedDate: '2025-01-15T10:00:00+0000'
        })
      )
    let m = /^\/v1\/datacenters\/([^/]+)\/vlans$/.exec(path)
    if (method === 'GET' && m) return zoneVlans(ctx, decodeURIComponent(m[1]!))
    m = /^\/v1\/logging\/([^/]+)\/clusterkeyowner$/.exec(path)
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
