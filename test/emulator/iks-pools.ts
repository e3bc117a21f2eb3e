/**
 * IKS worker pools and flavors (prefix `/iks/global`, registered by iks.ts): `GET /v2/getWorkerPools?cluster=`,
 * `GET /v2/getWorkerPool?cluster=&workerpool=`, `GET /v2/getFlavors?zone=&provider=`. Shapes: ref
 * ibm-cloud-api-more.md §1–2; bodies are built with `fill()` from the contract templates.
 */
import {fill} from '../contract/templates.js'
import {
  iksError,
  isReply,
  LOCATIONS,
  resolveCluster,
  IKS_ERRORS
} from './iks.js'
import type {ScenarioCluster, ScenarioFlavor} from './scenario.js'
import {stableId} from './state.js'
import {type Ctx, type Reply, json} from './types.js'

type Provider = 'classic' | 'vpc-gen2'

/** The flavor a worker has when the scenario names none (as iks.ts serves workers). */
export const defaultFlavor = (provider: string): string =>
  provider === 'vpc-gen2' ? 'bx2.4x16' : 'b3c.4x16'

/** What every zone offers unless the scenario's `flavors` table says otherwise (real IKS flavor names). */
const DEFAULT_FLAVORS: Record<Provider, string[]> = {
  classic: ['b3c.4x16', 'b3c.8x32', 'b3c.16x64', 'c3c.16x16', 'm3c.8x64'],
  'vpc-gen2': [
    'bx2.2x8',
    'bx2.4x16',
    'bx2.8x32',
    'bx2.16x64',
    'cx2.2x4',
    'cx2.4x8',
    'mx2.4x32'
  ]
}

/** Classic data centers the emulator knows (besides those its scenarios use). */
const CLASSIC_ZONES = [
  'dal10',
  'dal12',
  'dal13',
  'wdc04',
  'wdc06',
  'wdc07',
  'fra02',
  'fra04',
  'fra05',
  'lon02',
  'lon04',
  'lon06',
  'tok02',
  'tok04',
  'tok05',
  'syd01',
  'syd04',
  'syd05',
  'tor01',
  'sao01'
]

const kindOf = (zone: string): Provider | undefined =>
  /^[a-z]{2}-[a-z]+-\d$/.test(zone)
    ? 'vpc-gen2'
    : /^[a-z]{3}\d{2}$/.test(zone)
      ? 'classic'
      : undefined

/** A zone IKS knows for the provider: the scenario's table, its workers' zones, the regions' VPC zones, CLASSIC_ZONES. */
function knownZone(ctx: Ctx, zone: string, provider: Provider): boolean {
  if (kindOf(zone) !== provider) return false
  if (zone in ctx.state.scenario.flavors) return true
  if (
    ctx.state.scenario.clusters.some(c => c.workers.some(w => w.zone === zone))
  )
    return true
  return provider === 'vpc-gen2'
    ? Object.keys(LOCATIONS).some(r =>
        [1, 2, 3].some(n => zone === `${r}-${n}`)
      )
    : CLASSIC_ZONES.includes(zone)
}

/** The default flavors plus every flavor the scenario's workers and pools of that provider use. */
function defaults(ctx: Ctx, provider: Provider): ScenarioFlavor[] {
  const names = new Set(DEFAULT_FLAVORS[provider])
  for (const c of ctx.state.scenario.clusters.filter(
    x => x.provider === provider
  )) {
    for (const w of c.workers) names.add(w.flavor ?? defaultFlavor(provider))
    for (const p of c.workerPools ?? []) names.add(p.flavor)
  }
  return [...names].map(name => ({name, deprecated: false}))
}

/** GetFlavors: the flavors of one zone, for one provider or both; an unknown zone offers none (a model). */
function flavors(ctx: Ctx): Reply {
  const zone = ctx.query.get('zone')
  if (!zone) return IKS_ERRORS.missingQuery('zone')
  const asked = ctx.query.get('provider')
  const providers: Provider[] =
    asked === null || asked === ''
      ? ['classic', 'vpc-gen2']
      : asked === 'classic' || asked === 'vpc-gen2'
        ? [asked]
        : []
  const table = ctx.state.scenario.flavors
  const body = providers.flatMap(provider => {
    if (!knownZone(ctx, zone, provider)) return []
    const list = table[zone]?.[provider] ?? defaults(ctx, provider)
    return list.map(f =>
      fill('iksGetFlavors', {
        name: f.name,
        provider,
        deprecated: f.deprecated,
        ...(f.correspondingFlavor !== undefined && {
          correspondingFlavor: f.correspondingFlavor
        }),
        ...(f.ocpUnsupported !== undefined && {
          ocp_unsupported: f.ocpUnsupported
        })
      })
    )
  })
  return json(200, body)
}

interface Pool {
  id: string
  name: string
  flavor: string
  workersPerZone: number
  zones: Array<{id: string; workerCount: number}>
  state: string
  volumeEncryption?: NonNullable<
    ScenarioCluster['workerPools']
  >[number]['volumeEncryption']
}

/** The scenario's pools, or one per poolName of the workers (flavor, zones and counts from them). */
export function poolsOf(c: ScenarioCluster): Pool[] {
  const idOf = (name: string): string =>
    stableId(`${c.id}-`, `${c.id}/${name}`, 7)
  if (c.workerPools)
    return c.workerPools.map(p => ({
      id: p.id ?? idOf(p.name),
      name: p.name,
      flavor: p.flavor,
      workersPerZone: p.workersPerZone,
      zones: p.zones.map(id => ({id, workerCount: p.workersPerZone})),
      state: p.state,
      volumeEncryption: p.volumeEncryption
    }))
  const byName = new Map<string, ScenarioCluster['workers']>()
  for (const w of c.workers) {
    const name = w.poolName ?? 'default'
    byName.set(name, [...(byName.get(name) ?? []), w])
  }
  return [...byName].map(([name, workers]) => {
    const counts = new Map<string, number>()
    for (const w of workers) counts.set(w.zone, (counts.get(w.zone) ?? 0) + 1)
    return {
      id: idOf(name),
      name,
      flavor: workers[0]?.flavor ?? defaultFlavor(c.provider),
      workersPerZone: Math.max(0, ...counts.values()),
      zones: [...counts].map(([id, workerCount]) => ({id, workerCount})),
      state: 'active'
    }
  })
}

function poolBody(c: ScenarioCluster, p: Pool): Record<string, unknown> {
  const vpc = c.provider === 'vpc-gen2'
  return fill('iksGetWorkerPools', {
    id: p.id,
    poolName: p.name,
    flavor: p.flavor,
    workerCount: p.workersPerZone,
    provider: c.provider,
    isolation: 'public',
    autoscaleEnabled: false,
    isBalanced: true,
    lifecycle: {actualState: p.state, desiredState: p.state},
    ...(vpc && c.vpcs[0] !== undefined && {vpcID: c.vpcs[0]}),
    ...(vpc &&
      p.volumeEncryption !== undefined && {
        workerVolumeEncryption: {
          kmsInstanceID: p.volumeEncryption.kmsInstanceId,
          workerVolumeCRKID: p.volumeEncryption.rootKeyId,
          ...(p.volumeEncryption.kmsAccountId !== undefined && {
            kmsAccountID: p.volumeEncryption.kmsAccountId
          })
        }
      }),
    zones: p.zones.map(z =>
      vpc
        ? {
            id: z.id,
            workerCount: z.workerCount,
            // The subnet the workers of that zone are on (iks.ts workerV2).
            subnets: [
              {
                id: stableId('0717-', `${c.id}/${z.id}/subnet`, 28),
                primary: true
              }
            ]
          }
        : {
            id: z.id,
            workerCount: z.workerCount,
            privateVLAN: '2918270',
            publicVLAN: '2918268'
          }
    )
  })
}

/** Pure emulator code: IBM's description is real (IBM's provider matches it), its code is not published. */
const poolNotFound = (): Reply =>
  iksError(
    404,
    'G0105',
    'The specified worker pool could not be found.',
    'General'
  )

/** The routes of this file, or undefined for any other path. */
export function poolRoutes(ctx: Ctx): Reply | undefined {
  if (ctx.method !== 'GET') return undefined
  if (ctx.path === '/v2/getFlavors') return flavors(ctx)
  if (ctx.path === '/v2/getWorkerPools') {
    const c = resolveCluster(ctx, ctx.query.get('cluster'))
    if (isReply(c)) return c
    return json(
      200,
      poolsOf(c).map(p => poolBody(c, p))
    )
  }
  if (ctx.path === '/v2/getWorkerPool') {
    const c = resolveCluster(ctx, ctx.query.get('cluster'))
    if (isReply(c)) return c
    const ref = ctx.query.get('workerpool')
    if (!ref) return IKS_ERRORS.missingQuery('workerpool')
    const p = poolsOf(c).find(x => x.name === ref || x.id === ref)
    return p ? json(200, poolBody(c, p)) : poolNotFound()
  }
  return undefined
}
