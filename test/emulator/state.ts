/** Mutable emulator state built from a scenario: credentials, stored keys, gateways, issued tokens. */
import {createHash} from 'node:crypto'
import {JwtSigner} from './jwt.js'
import type {
  Scenario,
  ScenarioAccount,
  ScenarioApiKey,
  ScenarioAccountUser,
  ScenarioClassicAccount,
  ScenarioCluster
} from './scenario.js'

export const stableId = (prefix: string, seed: string, len = 32): string =>
  prefix + createHash('sha256').update(seed).digest('hex').slice(0, len)

/** Dashed UUID-looking id derived from a seed. */
export const stableUuid = (seed: string): string => {
  const h = createHash('sha256').update(seed).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

export interface GatewayIpState {
  id: string
  zone: string
  address: string
  deleted: boolean
}

export interface GatewayState {
  id: string
  name: string
  vpcId: string
  region: string
  accountId: string
  lifecycleState: string
  healthState: string
  lifecycleReasons: Array<{code: string; message: string}>
  /** The cluster the gateway targets when its name does not say (a renamed gateway). */
  targetClusterId?: string
  createdAt: string
  ips: GatewayIpState[]
}

export interface ClassicDevice {
  kind: 'guest' | 'hardware'
  id: number
  hostname: string
  domain: string
  primaryBackendIpAddress: string
  primaryIpAddress?: string
  datacenter: string
}

export type ClassicUser = ScenarioClassicAccount['users'][number]

export interface Owner {
  id: string
  name: string
  email: string
}

export class State {
  readonly scenario: Scenario
  readonly signer = new JwtSigner()
  /** jti -> the API key the token was issued for. */
  readonly tokens = new Map<string, ScenarioApiKey>()
  /** Every access and refresh token issued, in order (for secret-leak tests). */
  readonly issuedTokens: string[] = []
  credentials: Scenario['credentials']
  storedKeys: Scenario['storedApiKeys']
  gateways: GatewayState[]
  readonly refreshes: {clusterId: string; at: number}[] = []
  readonly apiKeyResets: {
    accountId: string
    region: string
    resourceGroupId: string
    owner: Owner
    at: number
  }[] = []
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly devices = new Map<string, ClassicDevice[]>()

  constructor(scenario: Scenario) {
    this.scenario = structuredClone(scenario)
    this.credentials = [...this.scenario.credentials]
    this.storedKeys = [...this.scenario.storedApiKeys]
    this.gateways = this.scenario.endpointGateways.map(g => ({
      id: g.id,
      name: g.name,
      vpcId: g.vpcId,
      region: g.region,
      accountId: g.accountId ?? this.accountOfVpc(g.vpcId),
      lifecycleState: g.lifecycleState,
      healthState: g.healthState,
      lifecycleReasons: g.lifecycleReasons,
      targetClusterId: g.targetClusterId,
      createdAt: '2025-01-15T10:05:00Z',
      ips: g.ips.map((ip, i) => ({
        ...ip,
        id: stableId('0717-', `${g.id}/ip/${i}`, 24)
      }))
    }))
    const gen = this.scenario.generateGateways
    if (gen) {
      const fillers: GatewayState[] = []
      for (let i = 1; i <= gen.count; i++) {
        const n = String(i).padStart(4, '0')
        fillers.push({
          id: stableId('r006-', `filler-gw-${i}`, 28),
          name: `filler-gw-${n}`,
          vpcId: gen.vpcId,
          region: gen.region,
          accountId: gen.accountId ?? this.accountOfVpc(gen.vpcId),
          lifecycleState: 'stable',
          healthState: 'ok',
          lifecycleReasons: [],
          createdAt: '2024-06-01T00:00:00Z',
          ips: [
            {
              id: stableId('0717-', `filler-gw-${i}/ip`, 24),
              zone: `${gen.region}-1`,
              address: `10.250.${Math.floor(i / 250)}.${(i % 250) + 2}`,
              deleted: false
            }
          ]
        })
      }
      this.gateways = gen.before
        ? [...fillers, ...this.gateways]
        : [...this.gateways, ...fillers]
    }
  }

  private accountOfVpc(vpcId: string): string {
    const c = this.scenario.clusters.find(cl => cl.vpcs.includes(vpcId))
    return c?.accountId ?? this.scenario.accounts[0]?.id ?? ''
  }

  account(id: string): ScenarioAccount | undefined {
    return this.scenario.accounts.find(a => a.id === id)
  }

  apiKeyByValue(key: string): ScenarioApiKey | undefined {
    return this.scenario.apiKeys.find(k => k.key === key)
  }

  apiKeyId(k: ScenarioApiKey): string {
    return k.id ?? `ApiKey-${stableUuid(`apikey/${k.key}`)}`
  }

  groupsOf(accountId: string): Scenario['resourceGroups'] {
    return this.scenario.resourceGroups.filter(g => g.accountId === accountId)
  }

  group(id: string): Scenario['resourceGroups'][number] | undefined {
    return this.scenario.resourceGroups.find(g => g.id === id)
  }

  clustersOf(accountId: string): ScenarioCluster[] {
    return this.scenario.clusters.filter(c => c.accountId === accountId)
  }

  cluster(accountId: string, idOrName: string): ScenarioCluster | undefined {
    const own = this.clustersOf(accountId)
    return (
      own.find(c => c.id === idOrName) ?? own.find(c => c.name === idOrName)
    )
  }

  /** The classic (IMS) account id linked to an IBM Cloud account, or '' (not a paid account). */
  linkedClassicId(accountId: string): string {
    const acct = this.account(accountId)
    if (acct?.linkedSoftlayerAccount) return acct.linkedSoftlayerAccount
    return (
      this.scenario.classicAccounts.find(c => c.linkedToAccount === accountId)
        ?.id ?? ''
    )
  }

  classicAccount(id: string): ScenarioClassicAccount | undefined {
    if (!id) return undefined
    return (
      this.scenario.classicAccounts.find(c => c.id === id) ?? {
        id,
        users: [],
        devices: []
      }
    )
  }

  /** The classic user behind an IBM Cloud identity in its linked classic account. */
  classicUserFor(
    apiKey: ScenarioApiKey
  ):
    | {account: ScenarioClassicAccount; user: ClassicUser | undefined}
    | undefined {
    const account = this.classicAccount(this.linkedClassicId(apiKey.accountId))
    if (!account) return undefined
    const user =
      (apiKey.imsUserId !== undefined
        ? account.users.find(u => u.id === apiKey.imsUserId)
        : undefined) ??
      (apiKey.email
        ? account.users.find(
            u =>
              u.username.endsWith(`_${apiKey.email}`) ||
              u.email === apiKey.email
          )
        : undefined) ??
      account.users[0]
    return {account, user}
  }

  classicUserByName(
    username: string
  ): {account: ScenarioClassicAccount; user: ClassicUser} | undefined {
    for (const account of this.scenario.classicAccounts) {
      const user = account.users.find(u => u.username === username)
      if (user) return {account, user}
    }
    return undefined
  }

  devicesOf(classicId: string): ClassicDevice[] {
    const cached = this.devices.get(classicId)
    if (cached) return cached
    const acct = this.scenario.classicAccounts.find(c => c.id === classicId)
    const list: ClassicDevice[] = (acct?.devices ?? []).map(d => ({
      kind: d.kind,
      id: d.id,
      hostname: d.hostname,
      domain: d.domain ?? 'iks.example',
      primaryBackendIpAddress: d.primaryBackendIpAddress,
      ...(d.primaryIpAddress ? {primaryIpAddress: d.primaryIpAddress} : {}),
      datacenter: d.datacenter ?? 'dal10'
    }))
    const gen = acct?.generateDevices
    if (gen) {
      for (let i = 1; i <= gen.count; i++) {
        list.push({
          kind: gen.kind,
          id: 90_000_000 + i,
          hostname: `${gen.prefix}-${String(i).padStart(5, '0')}`,
          domain: 'filler.example',
          primaryBackendIpAddress: `10.210.${Math.floor(i / 250) % 250}.${(i % 250) + 2}`,
          datacenter: 'dal12'
        })
      }
    }
    this.devices.set(classicId, list)
    return list
  }

  manualCredentials(
    accountId: string,
    region: string,
    groupId: string
  ): Scenario['credentials'][number] | undefined {
    return this.credentials.find(
      c =>
        c.accountId === accountId &&
        c.region === region &&
        c.resourceGroupId === groupId
    )
  }

  setManualCredentials(
    accountId: string,
    region: string,
    resourceGroupId: string,
    username: string
  ): void {
    this.unsetManualCredentials(accountId, region, resourceGroupId)
    this.credentials.push({accountId, region, resourceGroupId, username})
  }

  unsetManualCredentials(
    accountId: string,
    region: string,
    groupId: string
  ): boolean {
    const before = this.credentials.length
    this.credentials = this.credentials.filter(
      c =>
        !(
          c.accountId === accountId &&
          c.region === region &&
          c.resourceGroupId === groupId
        )
    )
    return this.credentials.length !== before
  }

  storedKey(
    accountId: string,
    region: string,
    groupId: string
  ): Owner | undefined {
    return this.storedKeys.find(
      k =>
        k.accountId === accountId &&
        k.region === region &&
        k.resourceGroupId === groupId
    )?.owner
  }

  resetStoredKey(
    accountId: string,
    region: string,
    resourceGroupId: string,
    owner: Owner
  ): void {
    this.storedKeys = this.storedKeys.filter(
      k =>
        !(
          k.accountId === accountId &&
          k.region === region &&
          k.resourceGroupId === resourceGroupId
        )
    )
    this.storedKeys.push({accountId, region, resourceGroupId, owner})
    this.apiKeyResets.push({
      accountId,
      region,
      resourceGroupId,
      owner,
      at: Date.now()
    })
  }

  /**
   * The users of an account, in a stable order: every user API key's identity and every stored key's owner
   * (as stored now, after resets) is ACTIVE unless the scenario's accountUsers says otherwise.
   */
  accountUsers(accountId: string): ScenarioAccountUser[] {
    const users = new Map<string, ScenarioAccountUser>()
    const add = (iamId: string, name: string, email?: string): void => {
      if (users.has(iamId)) return
      const [firstname, ...rest] = name.split(' ')
      users.set(iamId, {
        accountId,
        iamId,
        email,
        userId: email,
        firstname,
        lastname: rest.join(' ') || undefined,
        realm: 'IBMid',
        state: 'ACTIVE',
        removed: false,
        omitIamId: false
      })
    }
    for (const k of this.scenario.apiKeys)
      if (k.accountId === accountId && k.kind === 'user')
        add(k.iamId, k.name, k.email)
    for (const k of this.storedKeys)
      if (k.accountId === accountId && /^IBMid-/.test(k.owner.id))
        add(k.owner.id, k.owner.name, k.owner.email || undefined)
    for (const u of this.scenario.accountUsers) {
      if (u.accountId !== accountId) continue
      if (u.removed) users.delete(u.iamId)
      else users.set(u.iamId, {...users.get(u.iamId), ...u})
    }
    return [...users.values()]
  }

  missingPermissions(
    accountId: string,
    region: string,
    groupId: string
  ): {required: string[]; recommended: string[]} {
    const entries = this.scenario.missingInfraPermissions.filter(
      m =>
        m.accountId === accountId &&
        m.region === region &&
        (m.resourceGroupId === undefined || m.resourceGroupId === groupId)
    )
    return {
      required: [...new Set(entries.flatMap(e => e.required))],
      recommended: [...new Set(entries.flatMap(e => e.recommended))]
    }
  }

  /** Master refresh: heal the cluster's VPE gateway per `onMasterRefresh`. */
  recordMasterRefresh(cluster: ScenarioCluster): void {
    this.refreshes.push({clusterId: cluster.id, at: Date.now()})
    const after = cluster.onMasterRefresh?.createGatewayAfterMs
    if (after === undefined || after === null) return
    const heal = (): void => this.healGateway(cluster)
    if (after === 0) {
      heal()
      return
    }
    const t = setTimeout(() => {
      this.timers.delete(t)
      heal()
    }, after)
    t.unref()
    this.timers.add(t)
  }

  private healGateway(cluster: ScenarioCluster): void {
    const name = `iks-${cluster.id}`
    const vpcId = cluster.vpcs[0] ?? ''
    let gw = this.gateways.find(
      g =>
        g.name === name &&
        (cluster.vpcs.length === 0 || cluster.vpcs.includes(g.vpcId))
    )
    if (!gw) {
      gw = {
        id: stableId(
          'r006-',
          `healed/${cluster.id}/${this.refreshes.length}`,
          28
        ),
        name,
        vpcId,
        region: cluster.region,
        accountId: cluster.accountId,
        lifecycleState: 'stable',
        healthState: 'ok',
        lifecycleReasons: [],
        createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        ips: []
      }
      this.gateways.unshift(gw)
    }
    const zones = [...new Set(cluster.workers.map(w => w.zone))]
    gw.ips = gw.ips.filter(ip => !ip.deleted)
    zones.forEach((zone, i) => {
      if (!gw.ips.some(ip => ip.zone === zone)) {
        const worker = cluster.workers.find(w => w.zone === zone)
        const address = (worker?.privateIP ?? `10.240.${i * 64}.4`).replace(
          /\.\d+$/,
          '.250'
        )
        gw.ips.push({
          id: stableId(
            '0717-',
            `healed/${cluster.id}/${zone}/${Date.now()}`,
            24
          ),
          zone,
          address,
          deleted: false
        })
      }
    })
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }
}
