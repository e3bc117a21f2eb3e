import type {Config} from './config/types.js'
import {AccountsClient, type AccountInfo} from './ibm/accounts.js'
import {
  ContainersClient,
  type ClusterInfo,
  type InfraCredentials,
  type KeyOwner,
  type InfraPermissionStatus,
  type ClusterList,
  type RegionScope,
  type WorkerInfo
} from './ibm/containers.js'
import type {Endpoints} from './ibm/endpoints.js'
import {isHttpError} from './ibm/errors.js'
import type {HttpClient} from './ibm/http.js'
import {
  IamClient,
  type AccountSettings,
  type ApiKeyDetails,
  type IamToken
} from './ibm/iam.js'
import {
  ResourceGroupsClient,
  type ResourceGroup
} from './ibm/resource-groups.js'
import {
  SoftLayerClient,
  type ClassicDevice,
  type DeviceList
} from './ibm/softlayer.js'
import {VpcClient, type EndpointGateway, type GatewayFilter} from './ibm/vpc.js'
import {
  IksMoreClient,
  type AccountUser,
  type ClassicZone,
  type FlavorInfo,
  type KubeVersionInfo,
  type WorkerPoolInfo
} from './ibm/iks-more.js'
import {
  NetworkMoreClient,
  type ClassicVlan,
  type SecurityGroupInfo,
  type SubnetRead,
  type VpcRead
} from './ibm/network-more.js'
import {
  KmsAccessClient,
  readsAccountPolicies,
  type AuthorizationPolicy,
  type ResourceInstance
} from './ibm/kms-access.js'
import {allInOrder} from './ibm/settle.js'
import {known} from './intent/types.js'
import {
  clusterPlatform,
  versionPlatform,
  type Platform
} from './facts/platform.js'

/** From this many targets on, clusters are looked up in one getClusters list instead of one getCluster each. */
const LIST_CLUSTERS_FROM = 3
// How long a cluster waits for the shared list before asking IKS for itself.
const LIST_WAIT_MS = 5000

/** What a check is about: an existing cluster (read from IKS) or the cluster a cluster-create will make. */
export interface TargetInfo {
  ref: string
  kind: 'existing' | 'new'
  id?: string
  name: string
  provider: string
  region: string
  resourceGroupId: string
  resourceGroupName?: string
  vpcs: string[]
  state?: string
}

/** The region and resource group IKS scopes per-region settings by (credentials, stored API key). */
export function scopeOf(t: TargetInfo): RegionScope {
  return {region: t.region, resourceGroupId: t.resourceGroupId}
}

export interface Identity {
  accountId: string
  accountName?: string
  iamId: string
  kind: 'user' | 'service-id' | 'profile' | 'other'
  name?: string
  email?: string
  apiKeyName?: string
}

/** A problem found while resolving facts that is the user's to fix, not IBM's (e.g. an unknown resource group). */
export class FactError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FactError'
  }
}

/** The token's `sub_type` says service ID or trusted profile; the IAM ID prefix is the fallback. */
export function identityKind(
  iamId: string,
  subType?: string
): Identity['kind'] {
  const st = subType?.toLowerCase()
  if (st === 'serviceid') return 'service-id'
  if (st === 'profile') return 'profile'
  if (iamId.startsWith('IBMid-')) return 'user'
  if (iamId.startsWith('iam-ServiceId-')) return 'service-id'
  if (iamId.startsWith('iam-Profile-')) return 'profile'
  return 'other'
}

/**
 * Every fact a check may need, fetched lazily and at most once per run: each accessor memoises its
 * promise by key, so concurrent checks asking the same fact share one request.
 */
export class Facts {
  private readonly memo = new Map<string, Promise<unknown>>()
  readonly iam: IamClient
  readonly containers: ContainersClient
  readonly accounts: AccountsClient
  readonly groups: ResourceGroupsClient
  private softlayerClient?: SoftLayerClient
  readonly vpc: VpcClient
  readonly iksMore: IksMoreClient
  readonly network: NetworkMoreClient
  readonly kms: KmsAccessClient

  constructor(
    readonly config: Config,
    readonly endpoints: Endpoints,
    readonly http: HttpClient
  ) {
    this.iam = new IamClient(http, endpoints.iam)
    this.containers = new ContainersClient(http, endpoints.containers)
    this.accounts = new AccountsClient(http, endpoints.accounts)
    this.groups = new ResourceGroupsClient(http, endpoints.resourceManager)
    this.vpc = new VpcClient(http, endpoints.vpc)
    this.iksMore = new IksMoreClient(http, endpoints)
    this.network = new NetworkMoreClient(http, endpoints)
    this.kms = new KmsAccessClient(http, endpoints)
  }

  /** Classic infrastructure as the pipeline's key reaches it (`apikey:` Basic auth = the linked account); built on first use, as only classic clusters ask it. */
  get softlayer(): SoftLayerClient {
    this.softlayerClient ??= new SoftLayerClient(
      this.http,
      this.endpoints.classic,
      {apiKey: this.config.apiKey}
    )
    return this.softlayerClient
  }

  /**
   * The same run seen by another operation of a Terraform plan: every read is shared, except the
   * targets (which a cluster-create answers from the inputs, not from IKS).
   */
  forOperation(config: Config): Facts {
    const next = new Facts(config, this.endpoints, this.http)
    // A plan's creates may name another resource group (resource_group_id): that one is looked up again.
    const sameGroup = config.resourceGroup === this.config.resourceGroup
    for (const [key, value] of this.memo)
      if (!key.startsWith('target:') && (sameGroup || key !== 'resource-group'))
        next.memo.set(key, value)
    return next
  }

  /**
   * A view for after a write: what the write may have changed (memo keys starting with one of
   * `stale`) is asked again; everything else (token, identity, account) is shared, not re-requested.
   */
  refreshed(stale: readonly string[]): Facts {
    const next = new Facts(this.config, this.endpoints, this.http)
    for (const [key, value] of this.memo)
      if (!stale.some(prefix => key.startsWith(prefix)))
        next.memo.set(key, value)
    return next
  }

  /** A fact's value if it has already arrived; never waits and never starts a request. */
  async settled<T>(key: string): Promise<T | undefined> {
    const p = this.memo.get(key) as Promise<T> | undefined
    if (p === undefined) return undefined
    const pending = Symbol('pending')
    // An already-settled promise wins the race against one resolved after it.
    const v = await Promise.race([p, Promise.resolve(pending)]).catch(
      () => pending
    )
    return v === pending ? undefined : (v as T)
  }

  /** Memoise `fetch` under `key`; exported for fact modules added by later check families. */
  once<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined
    if (p === undefined) {
      p = fetch()
      // Keep rejections observed so an unawaited failed fact never crashes the process.
      p.catch(() => undefined)
      this.memo.set(key, p)
    }
    return p
  }

  token(): Promise<IamToken> {
    return this.once('token', () => this.iam.exchangeApiKey(this.config.apiKey))
  }

  async accessToken(): Promise<string> {
    return (await this.token()).accessToken
  }

  apiKeyDetails(): Promise<ApiKeyDetails> {
    return this.once('apikey-details', async () =>
      this.iam.apiKeyDetails(await this.accessToken(), this.config.apiKey)
    )
  }

  async accountId(): Promise<string> {
    return (await this.token()).claims.accountId
  }

  account(): Promise<AccountInfo> {
    return this.once('account', async () =>
      this.accounts.getAccount(await this.accessToken(), await this.accountId())
    )
  }

  accountSettings(): Promise<AccountSettings> {
    return this.once('account-settings', async () =>
      this.iam.accountSettings(await this.accessToken(), await this.accountId())
    )
  }

  /** Who the key is; the account name and key name are extras that never fail the identity. */
  identity(): Promise<Identity> {
    return this.once('identity', async () => {
      const {claims} = await this.token()
      const [account, details] = await Promise.allSettled([
        this.account(),
        this.apiKeyDetails()
      ])
      return {
        accountId: claims.accountId,
        accountName:
          account.status === 'fulfilled' ? account.value.name : undefined,
        iamId: claims.iamId,
        kind: identityKind(claims.iamId, claims.subType),
        name: claims.name,
        email: claims.email,
        apiKeyName:
          details.status === 'fulfilled' ? details.value.name : undefined
      }
    })
  }

  resourceGroups(): Promise<ResourceGroup[]> {
    return this.once('resource-groups', async () =>
      this.groups.list(await this.accessToken(), await this.accountId())
    )
  }

  /** The resource group the user named (by ID or exact name), or the account's default group. */
  resourceGroup(): Promise<ResourceGroup> {
    return this.once('resource-group', async () => {
      const groups = await this.resourceGroups()
      const wanted = this.config.resourceGroup
      if (wanted === undefined) {
        const def = groups.find(g => g.isDefault)
        if (!def)
          throw new FactError(
            'the account has no default resource group; set the resource-group input.'
          )
        return def
      }
      const found =
        groups.find(g => g.id === wanted) ?? groups.find(g => g.name === wanted)
      if (found) return found
      const near = groups.find(
        g => g.name.toLowerCase() === wanted.toLowerCase()
      )
      const hint = near
        ? ` Names are case-sensitive: did you mean '${near.name}'?`
        : ''
      throw new FactError(
        `resource group '${wanted}' is not in account ${await this.accountId()} (groups: ${groups.map(g => g.name).join(', ') || 'none'}).${hint}`
      )
    })
  }

  cluster(ref: string): Promise<ClusterInfo> {
    return this.once(`cluster:${ref}`, async () => {
      // Several targets: one list answers them all (docs/performance.md). A miss, an ambiguous name or a
      // failed list asks IKS for the one cluster, which also gives that cluster's exact error.
      if (this.config.clusters.length >= LIST_CLUSTERS_FROM) {
        // A slow list must not hold every cluster hostage: after a short wait each asks for itself.
        const wait = Math.min(LIST_WAIT_MS, this.http.deadline.remaining() / 4)
        // The wait's timer is cleared once the list answers: a pending timer kept the process alive for up to 5 s.
        let timer: NodeJS.Timeout | undefined
        const listed = await Promise.race([
          this.clusterList().catch(() => undefined),
          new Promise<undefined>(resolve => {
            timer = setTimeout(() => resolve(undefined), wait)
          })
        ]).finally(() => clearTimeout(timer))
        const hits =
          listed?.clusters.filter(c => c.id === ref || c.name === ref) ?? []
        // The list carries no vpcs: a VPC cluster is asked for itself (by ID, now known).
        if (hits.length === 1 && !hits[0]!.provider.startsWith('vpc'))
          return hits[0]!
        if (hits.length === 1)
          return this.containers.getCluster(
            await this.accessToken(),
            hits[0]!.id
          )
      }
      return this.containers.getCluster(await this.accessToken(), ref)
    })
  }

  /** IKS's VPC zone IDs (us-south-1, …), for the regions a VPC cluster can be created in. */
  vpcZones(): Promise<string[]> {
    return this.once('vpc-zones', async () =>
      this.containers.listVpcZones(await this.accessToken())
    )
  }

  /** IKS's classic zones (GET /v1/zones): dal10, … with their metro. */
  classicZones(): Promise<ClassicZone[]> {
    return this.once('classic-zones', async () =>
      this.iksMore.getClassicZones(await this.accessToken())
    )
  }

  /** All clusters the key can see (any region), optionally one provider's; items IBM sent unreadable are left out. */
  async clusters(provider?: string): Promise<ClusterInfo[]> {
    return (await this.clusterList(provider)).clusters
  }

  /** The cluster list with the count of items that could not be read. */
  clusterList(provider?: string): Promise<ClusterList> {
    return this.once(`clusters:${provider ?? '*'}`, async () =>
      this.containers.listClusters(await this.accessToken(), provider)
    )
  }

  workers(clusterId: string): Promise<WorkerInfo[]> {
    return this.once(`workers:${clusterId}`, async () =>
      this.containers.getWorkers(await this.accessToken(), clusterId)
    )
  }

  credentials(scope: RegionScope): Promise<InfraCredentials> {
    return this.once(
      `credentials:${scope.region}:${scope.resourceGroupId}`,
      async () =>
        this.containers.getCredentials(await this.accessToken(), scope)
    )
  }

  infraPermissions(scope: RegionScope): Promise<InfraPermissionStatus> {
    return this.once(
      `infra-permissions:${scope.region}:${scope.resourceGroupId}`,
      async () =>
        this.containers.getInfraPermissions(await this.accessToken(), scope)
    )
  }

  /** VPE gateways in a region; `fresh` skips the memo (remediation polls until a gateway appears). */
  endpointGateways(
    region: string,
    filter: GatewayFilter,
    fresh = false
  ): Promise<EndpointGateway[]> {
    const fetch = async (): Promise<EndpointGateway[]> =>
      this.vpc.listEndpointGateways(await this.accessToken(), region, filter)
    return fresh
      ? fetch()
      : this.once(
          `endpoint-gateways:${region}:${filter.vpcId ?? '*'}:${filter.name ?? '*'}`,
          fetch
        )
  }

  /** The classic (IMS) account linked to the IBM Cloud account: the token's `account.ims`, else Account Management; undefined = none. */
  linkedClassicAccountId(): Promise<string | undefined> {
    return this.once(
      'linked-classic-account',
      async () =>
        (await this.token()).claims.imsAccountId ??
        (await this.account()).linkedSoftlayerAccount
    )
  }

  /** Virtual guests and bare metal of the linked classic account (paged, bounded; see SoftLayerClient). */
  classicDevices(): Promise<DeviceList> {
    return this.once('classic-devices', async () => {
      const [guests, hardware] = await allInOrder([
        this.softlayer.listDevices('guest'),
        this.softlayer.listDevices('hardware')
      ])
      if (!guests.complete) return guests
      if (!hardware.complete) return hardware
      return {complete: true, devices: [...guests.devices, ...hardware.devices]}
    })
  }

  /** Devices of the linked classic account with this host name or private IP (for accounts too large to list). */
  classicDevicesWhere(
    field: 'hostname' | 'primaryBackendIpAddress',
    value: string
  ): Promise<ClassicDevice[]> {
    return this.once(`classic-find:${field}:${value}`, async () => {
      const [guests, hardware] = await allInOrder([
        this.softlayer.findDevices('guest', field, value),
        this.softlayer.findDevices('hardware', field, value)
      ])
      return [...guests, ...hardware]
    })
  }

  /**
   * IKS stores one API key per region and resource group: its owner is asked once per pair, through the
   * first cluster asked about. If that answer is a failure other than 404 (no key stored for the pair),
   * each other cluster asks for itself, so one cluster's refusal does not decide for the rest.
   */
  keyOwner(clusterId: string, scope: RegionScope): Promise<KeyOwner> {
    const shared = `key-owner:${scope.region}:${scope.resourceGroupId}`
    const first = !this.memo.has(shared)
    const fetch = (id: string) => async (): Promise<KeyOwner> =>
      this.containers.getKeyOwner(await this.accessToken(), id, scope)
    const answer = this.once(shared, fetch(clusterId))
    if (first) return answer
    return answer.catch((e: unknown) =>
      isHttpError(e, 404)
        ? Promise.reject(e)
        : this.once(`key-owner:${clusterId}`, fetch(clusterId))
    )
  }

  /**
   * Every worker pool of a cluster (flavor, zones, size per zone, KMS of its volumes), by the cluster's ID or
   * name. A list already asked by the cluster's other reference (a check that starts it with the name, before
   * the ID is known) is reused: same cluster, same list.
   */
  workerPools(clusterRef: string): Promise<WorkerPoolInfo[]> {
    return this.once(`worker-pools:${clusterRef}`, async () => {
      for (const key of [...this.memo.keys()]) {
        const ref = key.startsWith('cluster:') ? key.slice(8) : undefined
        if (ref === undefined || ref === clusterRef) continue
        const other = this.memo.get(`worker-pools:${ref}`)
        if (other === undefined) continue
        const c = await this.settled<ClusterInfo>(key)
        if (c !== undefined && (c.id === clusterRef || c.name === clusterRef))
          return other as Promise<WorkerPoolInfo[]>
      }
      return this.iksMore.getWorkerPools(await this.accessToken(), clusterRef)
    })
  }

  /** The flavors IKS offers in one zone for one provider (classic, vpc-gen2). */
  flavors(zone: string, provider: string): Promise<FlavorInfo[]> {
    return this.once(`flavors:${provider}:${zone}`, async () =>
      this.iksMore.getFlavors(await this.accessToken(), zone, provider)
    )
  }

  /** The Kubernetes versions IKS can order (GET /v1/versions). */
  kubeVersions(): Promise<KubeVersionInfo[]> {
    return this.once('kube-versions', async () =>
      this.iksMore.getVersions(await this.accessToken())
    )
  }

  /**
   * Every user of the key's account (User Management), once per run: IKS names the owner of its stored key
   * by e-mail only, so the owner is found in this list, which needs no answer of IKS and can be asked at
   * the same time as the key owner.
   */
  accountUsers(): Promise<AccountUser[]> {
    return this.once('account-users', async () =>
      this.iksMore.listAccountUsers(
        await this.accessToken(),
        await this.accountId()
      )
    )
  }

  /** Whether the classic account of a region and resource group has VLAN spanning on (IKS vlan-spanning). */
  vlanSpanning(scope: RegionScope): Promise<boolean | undefined> {
    return this.once(
      `vlan-spanning:${scope.region}:${scope.resourceGroupId}`,
      async () =>
        this.network.getVlanSpanning((await this.token()).accessToken, scope)
    )
  }

  /**
   * The account's classic VLANs in one zone (IKS /v1/datacenters/{zone}/vlans), read with the classic
   * credentials of `scope` (region and resource group) and IAM's refresh token when it has one.
   */
  zoneVlans(zone: string, scope: RegionScope): Promise<ClassicVlan[]> {
    return this.once(
      `zone-vlans:${zone}:${scope.region}:${scope.resourceGroupId}`,
      async () => {
        const t = await this.token()
        return this.network.getZoneVlans(
          t.accessToken,
          zone,
          t.refreshToken,
          scope
        )
      }
    )
  }

  /** One VPC subnet; 403 and 404 are answers (SubnetRead), not errors. */
  subnet(region: string, subnetId: string): Promise<SubnetRead> {
    return this.once(`subnet:${region}:${subnetId}`, async () =>
      this.network.getSubnet(await this.accessToken(), region, subnetId)
    )
  }

  /** One VPC; 403 and 404 are answers (VpcRead), not errors. */
  vpcNetwork(region: string, vpcId: string): Promise<VpcRead> {
    return this.once(`vpc:${region}:${vpcId}`, async () =>
      this.network.getVpc(await this.accessToken(), region, vpcId)
    )
  }

  /** Every security group of a VPC, with rule counts (every page). */
  securityGroups(region: string, vpcId: string): Promise<SecurityGroupInfo[]> {
    return this.once(`security-groups:${region}:${vpcId}`, async () =>
      this.network.listSecurityGroups(await this.accessToken(), region, vpcId)
    )
  }

  /** The key's account's active authorization policies (IAM, every page). */
  authorizationPolicies(): Promise<AuthorizationPolicy[]> {
    return this.once('authorization-policies', async () =>
      this.kms.listAuthorizationPolicies(
        await this.accessToken(),
        await this.accountId()
      )
    )
  }

  /**
   * Whether the key's identity may read every policy of its account, from its own access policies
   * (readsAccountPolicies). A list it cannot read proves nothing either way: false.
   */
  readsAccountPolicies(): Promise<boolean> {
    return this.once('reads-account-policies', async () => {
      const {claims} = await this.token()
      const own = await this.kms
        .listAccessPolicies(
          await this.accessToken(),
          claims.accountId,
          claims.iamId
        )
        .catch(() => [])
      return readsAccountPolicies(own, claims.accountId)
    })
  }

  /** A resource instance (a KMS instance) by GUID or CRN; undefined when Resource Controller has none. */
  resourceInstance(instanceId: string): Promise<ResourceInstance | undefined> {
    return this.once(`resource-instance:${instanceId}`, async () =>
      this.kms.getResourceInstance(await this.accessToken(), instanceId)
    )
  }

  /**
   * The target's platform: an existing cluster's (getCluster), or for a create the platform of the version it
   * asks for (kube-version input, Terraform kube_version); undefined when neither says.
   */
  async platform(ref: string): Promise<Platform | undefined> {
    if (this.config.operation !== 'cluster-create')
      return clusterPlatform(await this.cluster(ref))
    const versions = this.config.intent.clusters
      .filter(c => known(c.cluster.nameOrId) === ref)
      .flatMap(c => c.operations)
      .filter(o => o.operation === 'cluster-create')
      .map(o => known(o.kubeVersion))
    return versionPlatform(versions.find(v => v !== undefined))
  }

  /** Where a check's target lives: read from IKS for existing clusters, from the inputs for a create. */
  target(ref: string): Promise<TargetInfo> {
    return this.once(`target:${ref}`, async () => {
      if (this.config.operation === 'cluster-create') {
        const group = await this.resourceGroup()
        return {
          ref,
          kind: 'new',
          name: ref,
          provider: this.config.provider ?? 'classic',
          region: this.config.region ?? '',
          resourceGroupId: group.id,
          resourceGroupName: group.name,
          vpcs: this.config.vpcId ? [this.config.vpcId] : []
        } satisfies TargetInfo
      }
      const c = await this.cluster(ref)
      return {
        ref,
        kind: 'existing',
        id: c.id,
        name: c.name,
        provider: c.provider,
        region: c.region,
        resourceGroupId: c.resourceGroupId,
        resourceGroupName: c.resourceGroupName,
        vpcs: c.vpcs,
        state: c.state
      } satisfies TargetInfo
    })
  }
}
