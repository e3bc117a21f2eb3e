import {OPERATIONS} from '../config/types.js'
import {isIbmAnswer} from '../ibm/errors.js'
import type {Outcome} from '../findings.js'
import type {MessageId} from '../messages/en.js'
import {apiErrorParams, ibmDiagnostics, roleFor} from './helpers.js'
import {cmd, iamPolicyCreate, type Command} from '../commands/ibmcloud.js'
import type {Check} from './types.js'

// IKS cluster IDs: 20 lower-case letters and digits.
const CLUSTER_ID = /^[a-z0-9]{20}$/

/**
 * Cluster states on the wire are snake_case (container-services-go-sdk GetClusterResponse.State): aborted,
 * critical, delete_failed, deleted, deleting, deploy_failed, deploying, normal, pending, requested,
 * updating, unsupported, warning. Display names ("Deploy failed") are folded to the same form.
 */
export function normaliseState(state: string): string {
  return state
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
}

/** Each cluster can be read with this key; 404s say which of account, group or region is likely wrong. */
export const clusterAccessCheck: Check = {
  id: 'cluster-access',
  family: 'credentials',
  title: 'cluster-access.title',
  scope: 'cluster',
  operations: OPERATIONS.filter(o => o !== 'cluster-create'),
  requires: ['api-key'],
  // A resource group that does not exist explains a cluster not found in it.
  explainedBy: ['account'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-access_reference',
  needs: 'Viewer platform role on Kubernetes Service',
  rules: [
    {
      id: 'cluster-access.forbidden',
      says: 'IKS refuses this key the read of the cluster (HTTP 403): every cluster or worker operation reads the cluster first, so it is refused too.',
      level: 'fail',
      sources: [
        {
          kind: 'answer',
          service: 'IBM Cloud Kubernetes Service',
          note: 'GET /v2/getCluster answered 403 for this key; `ibmcloud ks` and the Terraform provider make the same read before any cluster or worker operation.'
        },
        {
          kind: 'doc',
          url: 'https://cloud.ibm.com/docs/containers?topic=containers-iam-platform-access-roles',
          quote:
            'With platform access roles, users can manage resources like clusters, worker pools, worker nodes, and add-ons.',
          read: '2026-12'
        }
      ]
    },
    {
      id: 'cluster-access.not-found',
      says: 'IKS cannot find the cluster for this key (HTTP 404, G0004 / A0006): the operation names a cluster it cannot reach in the account, region and resource group targeted.',
      level: 'fail',
      sources: [
        {
          kind: 'answer',
          service: 'IBM Cloud Kubernetes Service',
          note: 'GET /v2/getCluster answered 404 for this key; the operation resolves the cluster the same way.'
        },
        {
          kind: 'error',
          code: 'G0004',
          text: 'The specified cluster could not be found. If applicable, make sure that you target the correct account and resource group.',
          where:
            'IBM docs, maximo-application-suite ts-failed-cluster-config-download (a Schematics log quoting IKS)'
        }
      ]
    },
    {
      id: 'cluster-access.mismatch',
      says: "The cluster is in another region or resource group than the inputs target: commands that target the inputs' region or group may not find it.",
      level: 'warn',
      sources: [
        {
          kind: 'error',
          code: 'G0004',
          text: "To list the resource groups that you have access to, run 'ibmcloud resource groups'. To target the resource group, run 'ibmcloud target -g <resource_group>'.",
          where:
            "IKS's recoveryCLI in the G0004 answer quoted by IBM docs, maximo-application-suite ts-failed-cluster-config-download"
        }
      ]
    }
  ],
  async run({config, facts, target}): Promise<Outcome[]> {
    let cluster
    try {
      cluster = await facts.cluster(target)
    } catch (e) {
      // Anything but IBM's own 403/404 (a proxy's page included) is the engine's "could not verify".
      if (!isIbmAnswer(e, 403, 404)) throw e
      const identity = await facts.identity().catch(() => undefined)
      const who = identity?.iamId ?? '<iam-id>'
      const policy = (roles: string, instance?: string): Command =>
        iamPolicyCreate(
          identity?.kind === 'service-id' ? 'service' : 'user',
          identity?.kind === 'service-id'
            ? who
            : (identity?.email ?? '<user-email>'),
          roles,
          [
            ['--service-name', 'containers-kubernetes'],
            ['--service-instance', instance]
          ]
        )
      if (e.status === 403) {
        return [
          {
            status: 'fail',
            rule: 'cluster-access.forbidden',
            summary: {
              id: 'cluster-access.forbidden',
              params: {cluster: target, answer: e.answer}
            },
            why: {
              id: 'cluster-access.forbidden.why',
              params: {
                operation: config.operation,
                role: {id: `common.role.${roleFor(config.operation)}`}
              }
            },
            // IAM policies name the cluster by ID; the key cannot read it, so the ID is only known when it was given.
            fix: [
              {
                text: {id: 'cluster-access.forbidden.fix'},
                commands: [
                  policy(
                    `Viewer,${roleFor(config.operation)}`,
                    CLUSTER_ID.test(target)
                      ? target
                      : `<ID of cluster ${target}>`
                  )
                ]
              }
            ],
            ibm: ibmDiagnostics(e)
          }
        ]
      }
      const hint: MessageId =
        e.code === 'G0004'
          ? 'cluster-access.hint.G0004'
          : e.code === 'A0006'
            ? 'cluster-access.hint.A0006'
            : 'cluster-access.hint.other'
      return [
        {
          status: 'fail',
          rule: 'cluster-access.not-found',
          summary: {
            id: 'cluster-access.not-found',
            params: {cluster: target, ...apiErrorParams(e)}
          },
          why: {id: hint, params: {accountId: identity?.accountId ?? '?'}},
          fix: [
            {
              text: {id: 'cluster-access.not-found.fix.list'},
              commands: [cmd.target(), cmd.clusterLs('all')]
            },
            {
              text: {id: 'cluster-access.not-found.fix.role'},
              commands: [policy('Viewer')]
            }
          ],
          ibm: ibmDiagnostics(e)
        }
      ]
    }
    // The cluster's state is cluster-state's to judge: here only whether it can be read, and where it is.
    const outcomes: Outcome[] = []
    const state = cluster.state ?? 'unknown'
    const retarget = [
      cmd.target({
        region: cluster.region,
        group: cluster.resourceGroupName ?? cluster.resourceGroupId
      })
    ]
    if (config.region !== undefined && config.region !== cluster.region) {
      outcomes.push({
        status: 'warn',
        summary: {
          id: 'cluster-access.region-mismatch',
          params: {
            name: cluster.name,
            actual: cluster.region,
            given: config.region
          }
        },
        why: {id: 'cluster-access.mismatch.why'},
        fix: [{text: {id: 'cluster-access.mismatch.fix'}, commands: retarget}]
      })
    }
    const rg = config.resourceGroup
    if (
      rg !== undefined &&
      rg !== cluster.resourceGroupId &&
      rg !== cluster.resourceGroupName
    ) {
      outcomes.push({
        status: 'warn',
        summary: {
          id: 'cluster-access.group-mismatch',
          params: {
            name: cluster.name,
            actual: cluster.resourceGroupName ?? cluster.resourceGroupId,
            given: rg
          }
        },
        why: {id: 'cluster-access.mismatch.why'},
        fix: [{text: {id: 'cluster-access.mismatch.fix'}, commands: retarget}]
      })
    }
    if (outcomes.length === 0) {
      outcomes.push({
        status: 'pass',
        summary: {
          id: 'cluster-access.pass',
          params: {
            name: cluster.name,
            id: cluster.id,
            provider: cluster.provider,
            region: cluster.region,
            resourceGroup: cluster.resourceGroupName ?? cluster.resourceGroupId,
            state
          }
        }
      })
    }
    return outcomes
  }
}
