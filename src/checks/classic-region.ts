import {cmd} from '../commands/ibmcloud.js'
import type {Facts} from '../facts.js'
import type {FixStep, Outcome} from '../findings.js'
import type {Check} from './types.js'
import {regionOfZone} from './vpc-region.js'

/** From this day IKS refuses a classic create (E501e) in a region where the account has no classic cluster. */
export const CLASSIC_REGION_CUTOFF = Date.UTC(2026, 9, 1)

export function classicRegionRuleApplies(now: number): boolean {
  return now >= CLASSIC_REGION_CUTOFF
}

/** classic cluster-create: the account already has a classic cluster in the region (any resource group). */
export const classicRegionCheck: Check = {
  id: 'classic-region',
  family: 'classic',
  title: 'classic-region.title',
  scope: 'cluster',
  operations: ['cluster-create'],
  providers: ['classic'],
  requires: ['api-key'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors',
  needs:
    'Viewer platform role on Kubernetes Service (clusters the key cannot see are not counted)',
  rules: [
    {
      id: 'classic-region.existing',
      says: 'From 2026-10-01, an account can create a classic cluster only in a region where it already has one (E501e).',
      level: 'fail',
      sources: [
        {
          kind: 'doc',
          url: 'https://cloud.ibm.com/docs/containers?topic=containers-classic-create-restriction',
          quote:
            'Accounts that do not already have at least one classic cluster in a region can no longer create new classic clusters in that region. … E501e: Classic cluster creation is not supported in regions that do not have existing classic clusters.',
          read: 'ibm-cloud-docs/containers@45a9f0a132160f2d6ff6f1f355a6ed004d5c283a'
        }
      ]
    }
  ],
  async run({facts, target}): Promise<Outcome[]> {
    const t = await facts.target(target)
    const classic = (await facts.clusters()).filter(
      c => c.provider === 'classic'
    )
    const here = classic.filter(c => c.region === t.region)
    if (here.length > 0) {
      return [
        {
          status: 'pass',
          summary: {
            id: 'classic-region.pass',
            params: {
              region: t.region,
              count: here.length,
              clusters: here.map(c => c.name).join(', ')
            }
          }
        }
      ]
    }
    const elsewhere = [...new Set(classic.map(c => c.region))].sort()
    const applies = classicRegionRuleApplies(Date.now())
    const unknown = await unknownRegion(facts, t.region)
    return [
      {
        status: applies ? 'fail' : 'warn',
        rule: 'classic-region.existing',
        summary: {
          id: applies ? 'classic-region.none' : 'classic-region.none-soon',
          params: {region: t.region}
        },
        why: {id: 'classic-region.why'},
        fix: [
          ...(unknown
            ? [
                {
                  text: {
                    id: 'classic-region.fix.no-such-region',
                    params: {region: t.region, regions: unknown.join(', ')}
                  }
                } satisfies FixStep
              ]
            : []),
          elsewhere.length > 0
            ? {
                text: {
                  id: 'classic-region.fix.other-region',
                  params: {regions: elsewhere.join(', ')}
                },
                commands: [cmd.clusterLs('classic')]
              }
            : {text: {id: 'classic-region.fix.no-classic'}},
          // A VPC cluster "in the region" is no way out when the region does not exist.
          ...(unknown
            ? []
            : [
                {
                  text: {id: 'classic-region.fix.vpc'},
                  commands: [cmd.zoneLs('vpc-gen2')]
                } satisfies FixStep
              ])
        ],
        details: classic.map(c => `${c.name} (${c.id}): ${c.region}`)
      }
    ]
  }
}

/**
 * The known regions when `region` is none of them (no cluster of the account there, no IKS VPC zone):
 * a hint that the input is misspelt. Undefined when the region is known or the zone list cannot be read;
 * the verdict never depends on it.
 */
async function unknownRegion(
  facts: Facts,
  region: string
): Promise<string[] | undefined> {
  const zones = await facts.vpcZones().catch(() => undefined)
  if (zones === undefined || zones.length === 0) return undefined
  const clusters = await facts.clusters().catch(() => [])
  const known = new Set([
    ...zones.map(regionOfZone).filter(r => r !== undefined),
    ...clusters.map(c => c.region)
  ])
  return known.has(region) ? undefined : [...known].sort()
}
