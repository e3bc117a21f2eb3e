import {cmd} from '../commands/ibmcloud.js'
import type {Outcome} from '../findings.js'
import type {Check} from './types.js'

/** A VPC zone ID is its region and a zone number (us-south-1); the region is what precedes the number. */
export function regionOfZone(zone: string): string | undefined {
  return /^([a-z]{2}-[a-z]+)-\d+$/.exec(zone)?.[1]
}

/** vpc-gen2 cluster-create: the region is one where IKS lists VPC zones (us-sout-1 or xx-fake is not). */
export const vpcRegionCheck: Check = {
  id: 'vpc-region',
  family: 'vpc',
  title: 'vpc-region.title',
  scope: 'cluster',
  operations: ['cluster-create'],
  providers: ['vpc-gen2'],
  requires: ['api-key'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-regions-and-zones',
  needs: 'IAM token only (IKS lists its zones to any authenticated caller)',
  rules: [],
  async run({facts, target}): Promise<Outcome[]> {
    const t = await facts.target(target)
    const zones = await facts.vpcZones()
    if (zones.length === 0)
      return [
        {
          status: 'error',
          summary: {id: 'vpc-region.empty', params: {region: t.region}}
        }
      ]
    const here = zones.filter(z => regionOfZone(z) === t.region).sort()
    if (here.length > 0)
      return [
        {
          status: 'pass',
          summary: {
            id: 'vpc-region.pass',
            params: {
              region: t.region,
              count: here.length,
              zones: here.join(', ')
            }
          }
        }
      ]
    const regions = [
      ...new Set(zones.map(regionOfZone).filter(r => r !== undefined))
    ].sort()
    return [
      {
        status: 'fail',
        summary: {id: 'vpc-region.unknown', params: {region: t.region}},
        why: {
          id: 'vpc-region.unknown.why',
          params: {regions: regions.join(', ')}
        },
        fix: [
          {
            text: {id: 'vpc-region.unknown.fix'},
            commands: [cmd.zoneLs('vpc-gen2')]
          }
        ]
      }
    ]
  }
}
