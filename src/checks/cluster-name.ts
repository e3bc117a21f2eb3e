import type {Outcome} from '../findings.js'
import {cmd} from '../commands/ibmcloud.js'
import type {Config} from '../config/types.js'
import {known} from '../intent/types.js'
import type {Check} from './types.js'

/** A Terraform replace: the plan deletes the cluster of that name before it creates the new one. */
function deletedFirst(config: Config, name: string): boolean {
  return config.intent.clusters.some(c => {
    if (known(c.cluster.nameOrId) !== name) return false
    const ops = c.operations.map(o => o.operation)
    const del = ops.indexOf('cluster-delete')
    return del !== -1 && del < ops.indexOf('cluster-create')
  })
}

/** cluster-create: no cluster with that name exists in the region already (IKS E0007). */
export const clusterNameCheck: Check = {
  id: 'cluster-name',
  family: 'credentials',
  title: 'cluster-name.title',
  scope: 'cluster',
  operations: ['cluster-create'],
  requires: ['api-key'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-clusters',
  needs: 'Viewer platform role on Kubernetes Service',
  rules: [
    {
      id: 'cluster-name.taken',
      says: 'A cluster with the new name already exists in the region: IKS refuses the create (E0007).',
      level: 'fail',
      sources: [
        {
          kind: 'error',
          code: 'E0007',
          text: 'A cluster with the same name already exists. Choose another name.',
          where:
            'terraform-ibm-modules/terraform-ibm-cluster#67 (HTTP 409 from IKS)'
        }
      ]
    }
  ],
  async run({config, facts, target}): Promise<Outcome[]> {
    const info = await facts.target(target)
    const same = (await facts.clusters()).filter(c => c.name === info.name)
    const here = same.find(c => c.region === info.region)
    if (here && deletedFirst(config, info.name))
      return [
        {
          status: 'pass',
          summary: {
            id: 'cluster-name.pass-replaced',
            params: {name: info.name, region: info.region, id: here.id}
          }
        }
      ]
    if (here) {
      return [
        {
          status: 'fail',
          rule: 'cluster-name.taken',
          summary: {
            id: 'cluster-name.taken',
            params: {
              name: info.name,
              region: info.region,
              id: here.id,
              resourceGroup: here.resourceGroupName ?? here.resourceGroupId
            }
          },
          why: {id: 'cluster-name.taken.why'},
          fix: [
            {
              text: {id: 'cluster-name.taken.fix'},
              commands: [cmd.clusterGet(here.id)]
            }
          ]
        }
      ]
    }
    if (same.length > 0) {
      return [
        {
          status: 'pass',
          summary: {
            id: 'cluster-name.pass-other-regions',
            params: {
              name: info.name,
              region: info.region,
              regions: [...new Set(same.map(c => c.region))].join(', ')
            }
          }
        }
      ]
    }
    return [
      {
        status: 'pass',
        summary: {
          id: 'cluster-name.pass',
          params: {name: info.name, region: info.region}
        }
      }
    ]
  }
}
