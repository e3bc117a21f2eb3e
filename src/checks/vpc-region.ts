import {cmd} from '../commands/ibmcloud.js'
import type {Outcome} from '../findings.js'
import {regionOfZone} from '../intent/types.js'
import type {Check} from './types.js'

export {regionOfZone} from '../intent/types.js'

/** vpc-gen2 cluster-create: the region is one where IKS lists VPC zones (us-sout-1 or xx-fake is not). */
export const vpcRegionCheck: Check = {
  id: 'vpc-region',
  family: 'vpc',
  title: 'vpc-region.title',
  scope: 'cluster',
  operations: ['cluster-create'],
  providers: ['vpc-gen2'],
  requires: ['api-key', 'operation-target'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-regions-and-zones',
  needs: 'IAM token only (IKS lists its zones to any authenticated caller)',
  rules: [
    {
      id: 'vpc-region.zones',
      says: 'A VPC cluster is created in a region where IKS offers VPC zones; IKS lists no zone of the region asked for.',
      level: 'fail',
      sources: [
        {
          kind: 'answer',
          service: 'IBM Cloud Kubernetes Service',
          note: "IKS's own VPC zone list (`ibmcloud ks zone ls --provider vpc-gen2`) has no zone in the region: the create has nowhere to place its workers."
        }
      ]
    }
  ],
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
        rule: 'vpc-region.zones',
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
