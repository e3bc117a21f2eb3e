import {cmd} from '../commands/ibmcloud.js'
import {OPERATIONS, type Config} from '../config/types.js'
import type {Msg, Outcome} from '../findings.js'
import type {ClusterInfo, WorkerInfo} from '../ibm/containers.js'
import {ApiError} from '../ibm/errors.js'
import {known, type OperationIntent} from '../intent/types.js'
import type {Facts} from '../facts.js'
import type {MessageId} from '../messages/en.js'
import {normaliseState} from './cluster-access.js'
import {intentsOf, namedWorkers, poolByRef, resolveWorkers} from './helpers.js'
import type {Check, Rule} from './types.js'

const STATES_DOC =
  'https://cloud.ibm.com/docs/containers?topic=containers-cluster-states-reference'
const OPENSHIFT_DOCS =
  'ibm-cloud-docs/openshift@e8eca99b34681055b93eb9fd4bea938238fcd759'
// The copy of the states page read at OPENSHIFT_DOCS (same text as the containers page).
const OPENSHIFT_STATES =
  'https://cloud.ibm.com/docs/openshift?topic=openshift-cluster-states-reference'

// IKS cannot run a change on a cluster in these states (IBM's cluster states page, rule cluster-state.blocking).
const BLOCKING_STATES = new Set([
  'aborted',
  'delete_failed',
  'deleted',
  'deleting',
  'deploy_failed',
  'deploying'
])
// Failed states do not settle by themselves.
const FAILED_STATES = new Set(['aborted', 'delete_failed', 'deploy_failed'])
// Out of support: IBM lets you delete the cluster or workers and update the master, not add or reload workers.
const UNSUPPORTED_BLOCKS = new Set<string>([
  'worker-add',
  'worker-reload',
  'worker-replace',
  'worker-pool-create',
  'zone-add'
])
// The cluster works but IBM reports trouble or a change in progress: worth a look before changing it.
// `requested`: the create is sent, the master not deployed yet; IBM documents no refusal.
const DEGRADED_STATES = new Set([
  'critical',
  'warning',
  'updating',
  'requested'
])
// Master states in which a master operation is running (container-services-go-sdk CommonClusterLifecycle).
const MASTER_BUSY = new Set(['deploying', 'updating', 'deleting'])
// Operations on existing workers or their pool: they collide with another operation on those workers.
const WORKER_OPERATIONS = new Set<string>([
  'worker-add',
  'worker-delete',
  'worker-reload',
  'worker-reboot',
  'worker-replace',
  'worker-pool-resize',
  'worker-pool-delete',
  'zone-add'
])
// Worker states (SDK comment on WorkerLifecycle.actualState) in which another operation is under way or stuck.
const WORKER_BUSY = new Set(['reloading', 'reload_pending'])

const failedWorker = (w: WorkerInfo): boolean =>
  normaliseState(w.state ?? '').endsWith('_failed')

function workerBusy(w: WorkerInfo, operation: string): boolean {
  const state = normaliseState(w.state ?? '')
  // A failed worker is what a replace fixes (IBM's fix for deploy_failed workers), not a collision with it.
  if (operation === 'worker-replace' && failedWorker(w))
    return w.pendingOperation !== undefined
  return (
    w.pendingOperation !== undefined ||
    WORKER_BUSY.has(state) ||
    failedWorker(w)
  )
}

const RULES: Rule[] = [
  {
    id: 'cluster-state.blocking',
    says: 'A cluster that is deploying, deploy_failed, deleting, deleted, delete_failed or aborted takes no change but its delete.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: `${OPENSHIFT_STATES}#cluster-state-deploying`,
        quote:
          "The Kubernetes master is not fully deployed yet. You can't access your cluster.",
        read: OPENSHIFT_DOCS
      },
      {
        kind: 'doc',
        url: `${OPENSHIFT_STATES}#cluster-state-deploy-failed`,
        quote:
          "The deployment of the Kubernetes master can't be completed. You can't resolve this state.",
        read: OPENSHIFT_DOCS
      },
      {
        kind: 'doc',
        url: `${OPENSHIFT_STATES}#cluster-state-deleting`,
        quote:
          "The cluster is being deleted and cluster infrastructure is being dismantled. You can't access the cluster.",
        read: OPENSHIFT_DOCS
      },
      {
        kind: 'doc',
        url: `${OPENSHIFT_STATES}#cluster-state-aborted`,
        quote:
          'You sent a delete request before the Kubernetes master deployment completed.',
        read: OPENSHIFT_DOCS
      }
    ],
    history:
      'Re-read for issue 19 on the OpenShift copy of the page (same text as containers): deploying, deploy_failed, deleting, deleted, delete_failed and aborted confirmed. pending ("The Kubernetes master is deployed. The worker nodes are provisioning") and requested were blockers until issue 19 and are removed: IBM documents no refusal in them (pending passes, requested warns).'
  },
  {
    id: 'cluster-state.unsupported',
    says: 'An unsupported cluster cannot add or reload workers (worker-add, pool create, zone add, a resize that grows, reload, replace); deleting workers, shrinking and updating the master stay allowed.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: `${OPENSHIFT_STATES}#cluster-state-unsupported`,
        quote:
          "Additionally, you can't add or reload worker nodes. To continue receiving important security updates and support, you must update your cluster.",
        read: OPENSHIFT_DOCS
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions',
        quote:
          'You can still delete the cluster or worker nodes, or update the cluster to the next version.',
        read: '2026-12'
      }
    ],
    history:
      'Until issue 19 every resize of an unsupported cluster failed; IBM allows deleting workers, so a resize that removes workers only warns.'
  },
  {
    id: 'cluster-state.master-deployed',
    says: 'A master update needs the master deployed (no other master operation in flight).',
    level: 'fail',
    sources: [
      {
        kind: 'error',
        code: 'Ef9cc',
        text: 'The master must be in the deployed state',
        where:
          'IBM-Cloud/terraform-provider-ibm issues (cluster master update during an update)'
      },
      {
        kind: 'doc',
        url: `${OPENSHIFT_STATES}#cluster-state-updating`,
        quote:
          'During the update, you can still access and change the cluster. However, you cannot initiate concurrent master operations, such as enabling API server auditing.',
        read: OPENSHIFT_DOCS
      }
    ]
  },
  {
    id: 'cluster-state.degraded',
    says: 'A critical, warning, updating or requested cluster, a master operation in flight, or workers busy with another operation: worth a look, not a refusal IBM documents.',
    level: 'warn',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-worker-node-state-reference',
        quote:
          "Other operations can't be issued against the worker node while the worker node deletes.",
        read: '2026-12'
      },
      {
        kind: 'doc',
        url: `${OPENSHIFT_STATES}#cluster-state-requested`,
        quote:
          'A request to create the cluster and order the infrastructure for the Kubernetes master and worker nodes is sent. When the deployment of the cluster starts, the cluster state changes to `Deploying`.',
        read: OPENSHIFT_DOCS
      }
    ]
  }
]

/** Whether a resize adds workers (true), removes or keeps them (false), or cannot be told (undefined). */
async function resizeGrows(
  facts: Facts,
  cluster: ClusterInfo,
  intents: readonly OperationIntent[]
): Promise<boolean | undefined> {
  if (intents.length === 0) return undefined
  let pools
  try {
    pools = await facts.workerPools(cluster.id)
  } catch (e) {
    if (e instanceof ApiError) return undefined
    throw e
  }
  let grows = false
  for (const o of intents) {
    const ref = known(o.pool)
    const size = known(o.workersPerZone)
    const before =
      o.previousWorkersPerZone ??
      (ref === undefined ? undefined : poolByRef(pools, ref)?.workersPerZone)
    if (size === undefined || before === undefined) return undefined
    if (size > before) grows = true
  }
  return grows
}

/**
 * The cluster, its master and its workers let the operation run now. cluster-access says whether the
 * cluster can be read at all; this check owns every verdict on its state (one root cause, one finding),
 * and on the workers the `workers` input names.
 */
export const clusterStateCheck: Check = {
  id: 'cluster-state',
  family: 'credentials',
  title: 'cluster-state.title',
  scope: 'cluster',
  operations: OPERATIONS.filter(o => o !== 'cluster-create'),
  requires: ['api-key', 'cluster-access'],
  // Worker states a broken gateway or orphaned workers cause are those findings' symptoms.
  explainedBy: ['vpe-gateway', 'orphaned-workers'],
  docs: STATES_DOC,
  needs: 'Viewer platform role on Kubernetes Service',
  rules: RULES,
  async run({config, facts, target}): Promise<Outcome[]> {
    // A cluster deleted in any state is fine by IKS: nothing here can block it.
    const operation = config.operation
    const cluster = await facts.cluster(target)
    const state = cluster.state ?? 'unknown'
    const wire = normaliseState(state)
    const refs = [target, cluster.id, cluster.name]
    const intents = intentsOf(config, refs)
    const outcomes: Outcome[] = []
    const stateOutcome = (
      status: 'fail' | 'warn',
      why: MessageId,
      rule: string
    ): Outcome => ({
      status,
      rule,
      summary: {
        id: 'cluster-state.state',
        params: {name: cluster.name, id: cluster.id, state}
      },
      why: {id: why, params: {operation, state}},
      fix: [
        wire === 'unsupported'
          ? {
              text: {id: 'cluster-state.state.fix.update'},
              commands: [
                cmd.versions(),
                cmd.masterUpdate(cluster.id, '<next version>')
              ]
            }
          : FAILED_STATES.has(wire)
            ? {
                text: {id: 'cluster-state.state.fix.failed'},
                commands: [cmd.clusterGet(cluster.id)]
              }
            : {
                text: {id: 'cluster-state.state.fix'},
                commands: [cmd.clusterGet(cluster.id)]
              }
      ]
    })
    if (operation === 'cluster-delete')
      return [
        {
          status: 'pass',
          summary: {
            id: 'cluster-state.pass-delete',
            params: {name: cluster.name, state}
          }
        }
      ]
    if (BLOCKING_STATES.has(wire))
      outcomes.push(
        stateOutcome(
          'fail',
          'cluster-state.state.why',
          'cluster-state.blocking'
        )
      )
    else if (wire === 'unsupported')
      outcomes.push(
        await unsupportedOutcome(
          operation,
          facts,
          cluster,
          intents,
          stateOutcome
        )
      )
    else if (DEGRADED_STATES.has(wire))
      outcomes.push(
        stateOutcome(
          'warn',
          wire === 'requested'
            ? 'cluster-state.state.requested.why'
            : 'cluster-state.state.degraded.why',
          'cluster-state.degraded'
        )
      )

    // The master: an update needs it deployed (Ef9cc); other operations only meet a master operation in flight.
    const master =
      cluster.masterState === undefined
        ? undefined
        : normaliseState(cluster.masterState)
    if (
      master !== undefined &&
      ((operation === 'cluster-update' && master !== 'deployed') ||
        MASTER_BUSY.has(master))
    )
      outcomes.push({
        status: operation === 'cluster-update' ? 'fail' : 'warn',
        rule:
          operation === 'cluster-update'
            ? 'cluster-state.master-deployed'
            : 'cluster-state.degraded',
        summary: {
          id: 'cluster-state.master',
          params: {name: cluster.name, masterState: cluster.masterState!}
        },
        why: {
          id:
            operation === 'cluster-update'
              ? 'cluster-state.master.update.why'
              : 'cluster-state.master.busy.why',
          params: {operation}
        },
        fix: [
          {
            text: {id: 'cluster-state.master.fix'},
            commands: [cmd.clusterGet(cluster.id)]
          }
        ]
      })

    const workerOutcomes = WORKER_OPERATIONS.has(operation)
      ? await judgeWorkers(config, facts, cluster, intents, refs)
      : {outcomes: [], notes: []}
    outcomes.push(...workerOutcomes.outcomes)

    if (outcomes.length === 0)
      outcomes.push({
        status: 'pass',
        summary: {
          // Each pass says only what was read: the workers only for operations on workers.
          id: WORKER_OPERATIONS.has(operation)
            ? master === undefined
              ? 'cluster-state.pass-no-master'
              : 'cluster-state.pass'
            : master === undefined
              ? 'cluster-state.pass-cluster-only'
              : 'cluster-state.pass-cluster',
          params: {
            name: cluster.name,
            state,
            masterState: cluster.masterState ?? ''
          }
        },
        ...(workerOutcomes.notes.length > 0 && {details: workerOutcomes.notes})
      })
    return outcomes
  }
}

/** An unsupported cluster: adding or reloading workers fails, deleting or shrinking warns (IBM allows it). */
async function unsupportedOutcome(
  operation: string,
  facts: Facts,
  cluster: ClusterInfo,
  intents: readonly OperationIntent[],
  stateOutcome: (s: 'fail' | 'warn', why: MessageId, rule: string) => Outcome
): Promise<Outcome> {
  const rule = 'cluster-state.unsupported'
  if (UNSUPPORTED_BLOCKS.has(operation))
    return stateOutcome('fail', 'cluster-state.state.unsupported.why', rule)
  if (operation === 'worker-pool-resize') {
    const grows = await resizeGrows(facts, cluster, intents)
    if (grows === true)
      return stateOutcome('fail', 'cluster-state.state.unsupported.why', rule)
    if (grows === undefined)
      return stateOutcome(
        'warn',
        'cluster-state.state.unsupported.resize-unknown.why',
        rule
      )
  }
  return stateOutcome(
    'warn',
    'cluster-state.state.unsupported.allowed.why',
    rule
  )
}

/**
 * Workers another operation holds: the ones the `workers` input names, else those of the pool in the
 * intent, else every worker. An ID IKS does not list is an input that cannot be checked.
 */
async function judgeWorkers(
  config: Config,
  facts: Facts,
  cluster: ClusterInfo,
  intents: readonly OperationIntent[],
  refs: Array<string | undefined>
): Promise<{outcomes: Outcome[]; notes: Msg[]}> {
  const operation = config.operation
  const workers = await facts.workers(cluster.id)
  const named = namedWorkers(config, refs)
  const notes: Msg[] = []
  let judged: WorkerInfo[] = workers
  if (named !== undefined) {
    const {found, unknown} = resolveWorkers(workers, named)
    if (unknown.length > 0)
      return {
        outcomes: [
          {
            status: 'fail',
            rule: 'common.input',
            summary: {
              id: 'cluster-state.workers-unknown',
              params: {
                name: cluster.name,
                workers: unknown.join(', '),
                known: workers.map(w => w.id).join(', ') || '–'
              }
            },
            why: {
              id: 'cluster-state.workers-unknown.why',
              params: {command: cmd.workerLs(cluster.id)}
            },
            fix: [
              {
                text: {id: 'cluster-state.workers-unknown.fix'},
                commands: [cmd.workerLs(cluster.id)]
              }
            ]
          }
        ],
        notes
      }
    judged = found
  } else {
    const pools = new Set(intents.map(o => known(o.pool)))
    const onlyPool = pools.size > 0 && !pools.has(undefined) ? pools : undefined
    if (onlyPool !== undefined)
      judged = workers.filter(
        w => w.poolName === undefined || onlyPool.has(w.poolName)
      )
    if (
      [
        'worker-delete',
        'worker-reload',
        'worker-reboot',
        'worker-replace'
      ].includes(operation)
    )
      notes.push({id: 'cluster-state.detail.all-workers'})
  }
  const busy = judged.filter(w => workerBusy(w, operation))
  if (operation === 'worker-replace')
    for (const w of judged.filter(w => failedWorker(w) && !busy.includes(w)))
      notes.push({
        id: 'cluster-state.detail.replace-fixes',
        params: {worker: w.id, state: w.state ?? ''}
      })
  if (busy.length === 0) return {outcomes: [], notes}
  return {
    outcomes: [
      {
        status: 'warn',
        rule: 'cluster-state.degraded',
        summary: {
          id: 'cluster-state.workers',
          params: {name: cluster.name, count: busy.length}
        },
        why: {id: 'cluster-state.workers.why', params: {operation}},
        details: [
          ...busy.map(
            w =>
              `${w.id}${w.poolName ? ` (pool ${w.poolName})` : ''}: ${w.state ?? 'unknown'}${w.pendingOperation ? `, pending ${w.pendingOperation}` : ''}`
          ),
          ...notes
        ],
        fix: [
          {
            text: {id: 'cluster-state.workers.fix'},
            commands: [cmd.workerLs(cluster.id)]
          }
        ]
      }
    ],
    notes: []
  }
}
