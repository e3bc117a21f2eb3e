/**
 * Scenario format for the IBM Cloud API emulator: a zod schema (validated when a file is loaded)
 * and the inferred TypeScript types. See README.md in this folder for the meaning of each field.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {join} from 'node:path'
import {z} from 'zod'

export const SERVICES = [
  'iam',
  'iks',
  'accounts',
  'rc',
  'vpc',
  'softlayer',
  'um',
  'schematics'
] as const
export type ServiceName = (typeof SERVICES)[number]

export const MfaSchema = z.enum([
  'NONE',
  'NONE_NO_ROPC',
  'TOTP',
  'TOTP4ALL',
  'LEVEL1',
  'LEVEL2',
  'LEVEL3'
])
const Restriction = z.enum(['RESTRICTED', 'NOT_RESTRICTED', 'NOT_SET'])

export const FaultSpecSchema = z.object({
  service: z.enum([...SERVICES, '*']),
  method: z.string().optional(),
  /** Substring of the path (after the service prefix, including the query string). */
  path: z.string(),
  kind: z.enum([
    'status',
    'reset',
    'hang',
    'trickle',
    'truncated',
    'html',
    'empty',
    'wrongTypes',
    'delay'
  ]),
  status: z.number().int().min(100).max(599).optional(),
  retryAfter: z.string().optional(),
  body: z.unknown().optional(),
  delayMs: z.number().int().min(0).optional(),
  times: z.number().int().min(1).optional()
})
export type FaultSpec = z.infer<typeof FaultSpecSchema>

const AccountSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  linkedSoftlayerAccount: z.string().default(''),
  mfa: MfaSchema.default('NONE'),
  effectiveSettings: z.boolean().default(true),
  restrictCreatePlatformApikey: Restriction.default('NOT_SET'),
  restrictCreateServiceId: Restriction.default('NOT_SET'),
  /**
   * IAM's `allowed_ip_addresses` (comma-separated IPs or IPv4 CIDRs): tokens are refused to other callers with
   * BXNIM0430E, as IBM's OpenShift page ts-lb-sync-failed quotes. The emulator's callers come from 127.0.0.1.
   */
  allowedIpAddresses: z.string().default(''),
  /** Per-user MFA overrides (IAM user_mfa), e.g. the user whose credentials IKS uses. */
  userMfa: z
    .array(
      z.object({
        iamId: z.string(),
        email: z.string().optional(),
        mfa: MfaSchema
      })
    )
    .default([]),
  owner: z.object({iamId: z.string(), email: z.string()}).optional()
})

const ApiKeySchema = z.object({
  key: z.string().min(1),
  id: z.string().optional(),
  accountId: z.string(),
  iamId: z.string(),
  kind: z.enum(['user', 'serviceId']).default('user'),
  /** Display name of the identity (user or service ID). */
  name: z.string(),
  /** Name of the API key itself (apikeys/details `name`); default "<name> key". */
  keyName: z.string().optional(),
  email: z.string().optional(),
  description: z.string().optional(),
  locked: z.boolean().default(false),
  disabled: z.boolean().default(false),
  /** The user's own IP address restriction (IBM: a token needs the account's AND the user's list to match). */
  allowedIpAddresses: z.string().default(''),
  imsUserId: z.number().int().optional(),
  forbiddenClusters: z.array(z.string()).default([]),
  /** VPC subnets and VPCs (by ID) this key may not read: the VPC API answers 403. */
  forbiddenSubnets: z.array(z.string()).default([]),
  forbiddenVpcs: z.array(z.string()).default([]),
  /**
   * Security groups (by ID or name) the key may not see: VPC leaves them out of its lists, as it lists only
   * what the caller may read.
   */
  hiddenSecurityGroups: z.array(z.string()).default([]),
  /**
   * What the key may read of IAM policies (IAM lists only those, and an empty array when none):
   * 'account' (Viewer on IAM Access Management, account-wide: every policy), 'none', or the target
   * services whose authorizations it may read (e.g. Administrator on kms only: a partial list).
   */
  policyRead: z
    .union([
      z.enum(['account', 'none']),
      z.object({services: z.array(z.string()).min(1)})
    ])
    .default('account'),
  /** Issue a real refresh token with the access token (IAM does for some clients); default "not_supported". */
  refreshToken: z.boolean().default(false),
  /**
   * The key's access to User Management: a role ('viewer'), none with the account's "unrestricted view"
   * (the list shows only the caller: 'self-only'), or none at all (403: 'none').
   */
  userManagement: z.enum(['viewer', 'self-only', 'none']).default('viewer')
})

/**
 * A user of an account (User Management). Every user API key's identity and every stored key's owner is an
 * ACTIVE user of its account by default; an entry here (matched by iamId) changes the state or, with
 * `removed`, takes the user out of the account.
 */
const AccountUserSchema = z.object({
  accountId: z.string(),
  iamId: z.string(),
  email: z.string().optional(),
  userId: z.string().optional(),
  firstname: z.string().optional(),
  lastname: z.string().optional(),
  realm: z.string().default('IBMid'),
  state: z.string().default('ACTIVE'),
  removed: z.boolean().default(false),
  /** Served without `iam_id`, which IBM's SDK (UserProfile) marks optional. */
  omitIamId: z.boolean().default(false)
})

const ResourceGroupSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  accountId: z.string(),
  default: z.boolean().default(false)
})

const WorkerSchema = z.object({
  id: z.string(),
  zone: z.string(),
  privateIP: z.string(),
  publicIP: z.string().optional(),
  state: z.string().default('deployed'),
  healthState: z.string().default('normal'),
  healthMessage: z.string().default('Ready'),
  lifecycleMessage: z.string().optional(),
  lifecycleMessageDetails: z.string().optional(),
  messageDate: z.string().optional(),
  poolName: z.string().optional(),
  flavor: z.string().optional(),
  /** lifecycle.pendingOperation (v1: pendingOperation); '' when none, as IKS answers. */
  pendingOperation: z.string().optional(),
  /** kubeVersion.actual (SDK GetWorkerResponse); absent: the master's version. */
  kubeVersion: z.string().optional()
})

/** A worker pool as a scenario states it, when it should differ from what the cluster's workers imply. */
const WorkerPoolSchema = z.object({
  name: z.string().min(1),
  /** Default: derived from the cluster ID and the name, as the workers' poolID. */
  id: z.string().optional(),
  flavor: z.string(),
  /** Workers per zone (v2 workerCount). */
  workersPerZone: z.number().int().min(0),
  zones: z.array(z.string()).default([]),
  /** lifecycle.actualState; the v2 enum is not documented (ref ibm-cloud-api-more.md §1.2). */
  state: z.string().default('active'),
  /** workerVolumeEncryption: the KMS instance and root key of the workers' volumes (VPC); absent: unencrypted. */
  volumeEncryption: z
    .object({
      kmsInstanceId: z.string().min(1),
      rootKeyId: z.string().min(1),
      kmsAccountId: z.string().optional()
    })
    .optional()
})

/** One flavor IKS offers in a zone (SDK model Flavor: name, provider, deprecated, correspondingFlavor). */
const FlavorSchema = z.object({
  name: z.string().min(1),
  deprecated: z.boolean().default(false),
  correspondingFlavor: z.string().optional(),
  /** `ocp_unsupported` (SDK FlavorResponse / MachineType): served only when the scenario sets it. */
  ocpUnsupported: z.boolean().optional()
})
export type ScenarioFlavor = z.output<typeof FlavorSchema>

const ClusterSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  accountId: z.string(),
  region: z.string(),
  resourceGroupId: z.string(),
  provider: z.enum(['classic', 'vpc-gen2']),
  state: z.string().default('normal'),
  /** getCluster lifecycle.masterState. */
  masterState: z.string().optional(),
  vpcs: z.array(z.string()).default([]),
  masterKubeVersion: z.string().default('1.33.4_1534'),
  createdDate: z.string().default('2025-01-15T10:00:00+0000'),
  /** getCluster features.keyProtectEnabled (the cluster encrypts its secrets with a KMS root key). */
  keyProtectEnabled: z.boolean().default(false),
  onMasterRefresh: z
    .object({createGatewayAfterMs: z.number().int().min(0).nullable()})
    .optional(),
  workers: z.array(WorkerSchema).default([]),
  /** getWorkerPools; absent: one pool per poolName of the workers, with their flavor and zones. */
  workerPools: z.array(WorkerPoolSchema).optional()
})

const OwnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string()
})

const ClassicAccountSchema = z.object({
  id: z.string().regex(/^\d+$/, 'classic (IMS) account ids are digits'),
  linkedToAccount: z.string().optional(),
  companyName: z.string().optional(),
  users: z
    .array(
      z.object({
        id: z.number().int(),
        username: z.string(),
        apiKey: z.string(),
        email: z.string().optional(),
        canListDevices: z.boolean().default(true),
        totpRequired: z.boolean().default(false)
      })
    )
    .default([]),
  devices: z
    .array(
      z.object({
        kind: z.enum(['guest', 'hardware']),
        id: z.number().int(),
        hostname: z.string(),
        domain: z.string().optional(),
        primaryBackendIpAddress: z.string(),
        primaryIpAddress: z.string().optional(),
        datacenter: z.string().optional()
      })
    )
    .default([]),
  generateDevices: z
    .object({
      count: z.number().int().min(0),
      prefix: z.string(),
      kind: z.enum(['guest', 'hardware']).default('guest')
    })
    .optional()
})

const GatewaySchema = z.object({
  id: z.string(),
  name: z.string(),
  vpcId: z.string(),
  region: z.string(),
  accountId: z.string().optional(),
  lifecycleState: z.string().default('stable'),
  healthState: z.string().default('ok'),
  /** The cluster this gateway targets, when its name is not iks-/kube-<cluster ID>. */
  targetClusterId: z.string().optional(),
  /** Why the gateway is not stable (VPC lifecycle_reasons). */
  lifecycleReasons: z
    .array(z.object({code: z.string(), message: z.string()}))
    .default([]),
  ips: z
    .array(
      z.object({
        zone: z.string(),
        address: z.string(),
        deleted: z.boolean().default(false)
      })
    )
    .default([])
})

/** A security group rule (VPC SecurityGroupRule); the remote is another group of the VPC (by name), a CIDR or an IP. */
const SecurityGroupRuleSchema = z.object({
  direction: z.enum(['inbound', 'outbound']).default('inbound'),
  protocol: z.enum(['all', 'icmp', 'tcp', 'udp']).default('all'),
  remoteGroup: z.string().optional(),
  cidr: z.string().optional(),
  address: z.string().optional()
})

/**
 * A security group of a VPC. The emulator derives the groups IKS manages for every VPC cluster (and each
 * VPC's default group); a scenario group with the same VPC and name replaces the derived one's rules.
 */
const SecurityGroupSchema = z.object({
  name: z.string().min(1),
  vpcId: z.string(),
  region: z.string(),
  accountId: z.string().optional(),
  /** The group's rules; absent: the derived group's rules (or none). */
  rules: z.array(SecurityGroupRuleSchema).optional(),
  /** So many more inbound rules, each with another group of the VPC as remote (NHC010 counts these). */
  extraRemoteRules: z.number().int().min(0).default(0),
  /**
   * So many more inbound rules whose remote is the cluster's `kube-lbaas-<clusterID>` (one per load-balancer
   * node port IKS opens in the worker group `kube-<clusterID>`): many rules, one unique remote.
   */
  nodePortRules: z.number().int().min(0).default(0),
  /** Serve the group without its rules list (IBM's SDK marks it required). */
  omitRules: z.boolean().default(false)
})

const KmsInstanceSchema = z.object({
  /** The instance GUID. */
  id: z.string().min(1),
  name: z.string(),
  service: z.enum(['kms', 'hs-crypto']),
  accountId: z.string(),
  region: z.string(),
  resourceGroupId: z.string().optional(),
  /** Resource Controller state: active, inactive, removed, pending_removal, provisioning, failed… */
  state: z.string().default('active')
})

/** A Cloud Object Storage instance in Resource Controller (a global service: its CRN's location is `global`). */
const CosInstanceSchema = z.object({
  /** The instance GUID. */
  id: z.string().min(1),
  name: z.string(),
  accountId: z.string(),
  resourceGroupId: z.string().optional(),
  /** Resource Controller state: active, inactive, removed, pending_reclamation, provisioning, failed… */
  state: z.string().default('active')
})
export type ScenarioCosInstance = z.output<typeof CosInstanceSchema>

/** Attribute name → value (stringEquals), as IAM lists them: serviceName, accountId, serviceInstance… */
const PolicySideSchema = z.record(z.string(), z.string())

const AuthorizationPolicySchema = z.object({
  id: z.string().min(1),
  /** The account the policy lives in (the target's account). */
  accountId: z.string(),
  state: z.string().default('active'),
  description: z.string().default(''),
  subject: PolicySideSchema,
  resource: PolicySideSchema,
  /** Display names, e.g. Reader, Authorization Delegator. */
  roles: z.array(z.string()).min(1)
})

/** A VPC (GET /v1/vpcs/{id}); its account is the one of the cluster that uses it unless given. */
const VpcSchema = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  accountId: z.string().optional(),
  status: z.string().default('available')
})

/** A VPC subnet (GET /v1/subnets/{id}); its account is the one of its VPC unless given. */
const SubnetSchema = z.object({
  id: z.string(),
  name: z.string(),
  zone: z.string(),
  vpcId: z.string(),
  accountId: z.string().optional(),
  cidr: z.string(),
  total: z.number().int().min(0),
  available: z.number().int().min(0),
  status: z.string().default('available')
})

/** One entry of IKS's version list (GET /v1/versions); `endOfService` is ISO or relative to the request (`+20d`, `-3d`). */
const KubeVersionSchema = z.object({
  major: z.number().int().min(0),
  minor: z.number().int().min(0),
  patch: z.number().int().min(0),
  default: z.boolean().default(false),
  endOfService: z.string().default('')
})

/** A classic VLAN of an account in a zone, as IKS lists it (GET /v1/datacenters/{zone}/vlans). */
const ClassicVlanSchema = z.object({
  accountId: z.string(),
  zone: z.string(),
  id: z.string().regex(/^\d+$/, 'classic VLAN ids are digits'),
  /** IBM documents private and public; another value tests readers that keep it. */
  type: z.string(),
  name: z.string().default(''),
  vlanNumber: z.string().optional(),
  /** bcr… for private, fcr… for public VLANs, e.g. bcr01a.dal10. */
  primaryRouter: z.string().optional(),
  subnetCount: z.number().int().min(0).default(1)
})

export const ScenarioSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().default(''),
    pipelineKey: z.string().min(1),
    /** Optional hint for tests: what the pipeline is asked to check in this scenario. */
    target: z
      .object({
        operation: z.string().optional(),
        cluster: z.string().optional(),
        region: z.string().optional(),
        resourceGroup: z.string().optional(),
        provider: z.string().optional()
      })
      .optional(),
    accounts: z.array(AccountSchema).default([]),
    apiKeys: z.array(ApiKeySchema).default([]),
    resourceGroups: z.array(ResourceGroupSchema).default([]),
    clusters: z.array(ClusterSchema).default([]),
    storedApiKeys: z
      .array(
        z.object({
          accountId: z.string(),
          region: z.string(),
          resourceGroupId: z.string(),
          owner: OwnerSchema
        })
      )
      .default([]),
    classicAccounts: z.array(ClassicAccountSchema).default([]),
    accountUsers: z.array(AccountUserSchema).default([]),
    /**
     * Schematics jobs and the plan each keeps (GetJobFiles file_type=plan_json): `plan` names a file in
     * test/fixtures/terraform-plans (without .json); absent: a job that kept no plan.
     */
    schematicsJobs: z
      .array(
        z.object({
          id: z.string().min(1),
          accountId: z.string(),
          name: z.string().default('job'),
          plan: z.string().optional()
        })
      )
      .default([]),
    credentials: z
      .array(
        z.object({
          accountId: z.string(),
          region: z.string(),
          resourceGroupId: z.string(),
          username: z.string()
        })
      )
      .default([]),
    missingInfraPermissions: z
      .array(
        z.object({
          accountId: z.string(),
          region: z.string(),
          resourceGroupId: z.string().optional(),
          required: z.array(z.string()).default([]),
          recommended: z.array(z.string()).default([])
        })
      )
      .default([]),
    endpointGateways: z.array(GatewaySchema).default([]),
    vpcs: z.array(VpcSchema).default([]),
    subnets: z.array(SubnetSchema).default([]),
    /** Classic VLANs per account and zone; absent: none (a zone's first cluster gets new ones). */
    classicVlans: z.array(ClassicVlanSchema).default([]),
    /** IKS vlan-spanning (GET /v1/subnets/vlan-spanning) for every classic account; off: VRF is assumed absent. */
    classicVlanSpanning: z.boolean().default(true),
    /** The VPC API ignores the `name` filter (as some API versions/regions may): clients must page and match. */
    vpcIgnoresNameFilter: z.boolean().default(false),
    generateGateways: z
      .object({
        count: z.number().int().min(0),
        vpcId: z.string(),
        region: z.string(),
        accountId: z.string().optional(),
        /** List the fillers before the scenario's own gateways, so those land on later pages. */
        before: z.boolean().default(false)
      })
      .optional(),
    securityGroups: z.array(SecurityGroupSchema).default([]),
    /** Derive the groups IKS creates for each VPC cluster (kube-<clusterID>, …) and each VPC's default group. */
    deriveSecurityGroups: z.boolean().default(true),
    /** Filler groups in one VPC (a VPC near its quota); names `<prefix><n>`, n zero-padded to `pad` digits. */
    generateSecurityGroups: z
      .array(
        z.object({
          vpcId: z.string(),
          region: z.string(),
          count: z.number().int().min(0),
          prefix: z.string().default('app-sg-'),
          pad: z.number().int().min(1).default(3)
        })
      )
      .default([]),
    /** The VPC serves at most this many security groups per page, whatever `limit` asks (clients follow next). */
    securityGroupsPageCap: z.number().int().min(1).optional(),
    /** KMS instances (Resource Controller), by GUID: Key Protect (kms) or Hyper Protect Crypto Services (hs-crypto). */
    kmsInstances: z.array(KmsInstanceSchema).default([]),
    /** Cloud Object Storage instances (Resource Controller), by GUID: the COS instance of a VPC OpenShift create. */
    cosInstances: z.array(CosInstanceSchema).default([]),
    /** IAM authorization policies, each in the account it lives in. */
    authorizationPolicies: z.array(AuthorizationPolicySchema).default([]),
    /** Policies per page when the client sends no `limit` (a model: IBM documents no default). */
    policyPageSize: z.number().int().min(1).default(50),
    /** Unrelated authorization policies, listed before the scenario's own by default so those land on later pages. */
    generatePolicies: z
      .object({
        count: z.number().int().min(0),
        accountId: z.string().optional(),
        before: z.boolean().default(true)
      })
      .optional(),
    /**
     * getFlavors: zone → provider → the flavors offered there. A zone or provider not listed offers the
     * emulator's defaults (iks-pools.ts), which include every flavor the scenario's workers use.
     */
    flavors: z
      .record(z.string(), z.record(z.string(), z.array(FlavorSchema)))
      .default({}),
    /** What IKS lists as orderable, per platform (world.json holds the table every scenario starts from). */
    kubeVersions: z
      .object({
        kubernetes: z.array(KubeVersionSchema).default([]),
        openshift: z.array(KubeVersionSchema).default([])
      })
      .default({kubernetes: [], openshift: []}),
    faults: z.array(FaultSpecSchema).default([]),
    latencyMs: z.number().int().min(0).optional()
  })
  .superRefine((s, ctx) => {
    const accounts = new Set(s.accounts.map(a => a.id))
    const groups = new Set(s.resourceGroups.map(g => g.id))
    const need = (
      ok: boolean,
      path: (string | number)[],
      message: string
    ): void => {
      if (!ok) ctx.addIssue({code: 'custom', path, message})
    }
    s.apiKeys.forEach((k, i) =>
      need(
        accounts.has(k.accountId),
        ['apiKeys', i, 'accountId'],
        `unknown account "${k.accountId}"`
      )
    )
    s.resourceGroups.forEach((g, i) =>
      need(
        accounts.has(g.accountId),
        ['resourceGroups', i, 'accountId'],
        `unknown account "${g.accountId}"`
      )
    )
    s.clusters.forEach((c, i) => {
      need(
        accounts.has(c.accountId),
        ['clusters', i, 'accountId'],
        `unknown account "${c.accountId}"`
      )
      need(
        groups.has(c.resourceGroupId),
        ['clusters', i, 'resourceGroupId'],
        `unknown resource group "${c.resourceGroupId}"`
      )
    })
    s.classicVlans.forEach((v, i) =>
      need(
        accounts.has(v.accountId),
        ['classicVlans', i, 'accountId'],
        `unknown account "${v.accountId}"`
      )
    )
    s.storedApiKeys.forEach((k, i) =>
      need(
        groups.has(k.resourceGroupId),
        ['storedApiKeys', i, 'resourceGroupId'],
        `unknown resource group "${k.resourceGroupId}"`
      )
    )
    s.credentials.forEach((c, i) =>
      need(
        groups.has(c.resourceGroupId),
        ['credentials', i, 'resourceGroupId'],
        `unknown resource group "${c.resourceGroupId}"`
      )
    )
    const keys = new Set<string>()
    s.apiKeys.forEach((k, i) => {
      need(!keys.has(k.key), ['apiKeys', i, 'key'], 'duplicate API key value')
      keys.add(k.key)
    })
  })

export type Scenario = z.output<typeof ScenarioSchema>
export type ScenarioInput = z.input<typeof ScenarioSchema>
export type ScenarioCluster = Scenario['clusters'][number]
export type ScenarioWorker = ScenarioCluster['workers'][number]
export type ScenarioApiKey = Scenario['apiKeys'][number]
export type ScenarioAccount = Scenario['accounts'][number]
export type ScenarioClassicAccount = Scenario['classicAccounts'][number]
export type ScenarioGateway = Scenario['endpointGateways'][number]
export type ScenarioSecurityGroup = Scenario['securityGroups'][number]
export type ScenarioVpc = Scenario['vpcs'][number]
export type ScenarioSubnet = Scenario['subnets'][number]
export type ScenarioAccountUser = Scenario['accountUsers'][number]
export type ScenarioClassicVlan = Scenario['classicVlans'][number]

export const SCENARIO_DIR = join(
  fileURLToPath(new URL('.', import.meta.url)),
  'scenarios'
)

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map(
      i => `  - ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`
    )
    .join('\n')
}

/** Validate a scenario object; `source` names the file (or "inline") in the error message. */
export function parseScenario(
  raw: unknown,
  source = 'inline scenario'
): Scenario {
  const result = ScenarioSchema.safeParse(raw)
  if (!result.success) {
    throw new Error(
      `Invalid emulator scenario ${source}:\n${formatIssues(result.error)}`
    )
  }
  return result.data
}

export function listScenarios(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter(f => f.endsWith('.json'))
    .map(f => f.slice(0, -'.json'.length))
    .sort()
}

type JsonObject = Record<string, unknown>
const isObject = (v: unknown): v is JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** How an item of a list is recognised across the base world and an override: id, iamId, key, or its scope. */
function identity(v: unknown): string | undefined {
  if (!isObject(v)) return undefined
  for (const k of ['id', 'iamId', 'key'])
    if (k in v) return `${k}:${JSON.stringify(v[k])}`
  if ('region' in v && 'resourceGroupId' in v)
    return `scope:${JSON.stringify([v['accountId'] ?? null, v['region'], v['resourceGroupId']])}`
  return undefined
}

/**
 * A scenario file is the base world (world.json) plus overrides: objects merge key by key
 * (`{"$remove": true}` drops a key); `{"$merge": [...]}` patches a list item by item, matched by identity
 * (an item with `"$remove": true` drops it, an unknown one is appended); any other value replaces.
 */
export function applyOverrides(base: unknown, over: unknown): unknown {
  if (isObject(over) && Array.isArray(over['$merge']) && Array.isArray(base)) {
    const out = structuredClone(base)
    for (const item of over['$merge'] as unknown[]) {
      const id = identity(item)
      const at = out.findIndex(b => id !== undefined && identity(b) === id)
      if (isObject(item) && item['$remove'] === true) {
        if (at >= 0) out.splice(at, 1)
      } else if (at >= 0) out[at] = applyOverrides(out[at], item)
      else out.push(structuredClone(item))
    }
    return out
  }
  if (isObject(over) && isObject(base)) {
    const out = structuredClone(base)
    for (const [k, v] of Object.entries(over)) {
      if (isObject(v) && v['$remove'] === true && Object.keys(v).length === 1)
        delete out[k]
      else out[k] = k in out ? applyOverrides(out[k], v) : structuredClone(v)
    }
    return out
  }
  return structuredClone(over)
}

const WORLD_FILE = join(
  fileURLToPath(new URL('.', import.meta.url)),
  'world.json'
)

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8')
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new Error(
      `Emulator scenario file ${file} is not valid JSON: ${(e as Error).message}`
    )
  }
}

export function loadScenario(name: string): Scenario {
  const file = join(SCENARIO_DIR, `${name}.json`)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new Error(
      `Unknown emulator scenario "${name}" (no file ${file}). Known: ${listScenarios().join(', ')}`
    )
  }
  let over: unknown
  try {
    over = JSON.parse(text)
  } catch (e) {
    throw new Error(
      `Emulator scenario file ${file} is not valid JSON: ${(e as Error).message}`
    )
  }
  const raw = applyOverrides(readJson(WORLD_FILE), over)
  return parseScenario(raw, `file ${file}`)
}
