import {cmd} from '../commands/ibmcloud.js'
import {OPERATIONS} from '../config/types.js'
import type {Outcome} from '../findings.js'
import type {WorkerInfo} from '../ibm/containers.js'
import {known} from '../intent/types.js'
import type {MessageId} from '../messages/en.js'
import {normaliseState} from './cluster-access.js'
import {intentsOf} from './helpers.js'
import type {Check} from './types.js'

// IKS refuses changes to a cluster in these states.
const BLOCKING_STATES = new Set([
  'aborted',
  'delete_failed',
  'deleted',
  'deleting',
  'deploy_failed',
  'deploying',
  'pending',
  'requested'
])
// Failed states do not settle by themselves.
const FAILED_STATES = new Set(['aborted', 'delete_failed', 'deploy_failed'])
// Out of support: workers cannot be added or reloaded (IBM's cluster states page); updating the master is the way out.
const UNSUPPORTED_BLOCKS = new Set<string>([
  'worker-add',
  'worker-reload',
  'worker-replace',
  'worker-pool-resize',
  'worker-pool-create',
  'zone-add'
])
// The cluster works but IBM reports trouble or a change in progress: worth a look before changing it.
const DEGRADED_STATES = new Set(['critical', 'warning', 'updating'])
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

function workerBusy(w: WorkerInfo): boolean {
  const state = normaliseState(w.state ?? '')
  return (
    w.pendingOperation !== undefined ||
    WORKER_BUSY.has(state) ||
    state.endsWith('_failed')
  )
}

/**
 * The cluster, its master and its workers let the operation run now. cluster-access says whether the
 * cluster can be read at all; this check owns every verdict on its state (one root cause, one finding).
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
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster-states-reference',
  needs: 'Viewer platform role on Kubernetes Service',
  rules: [],
  async run({config, facts, target}): Promise<Outcome[]> {
    // A cluster deleted in any state is fine by IKS: nothing here can block it.
    const operation = config.operation
    const cluster = await facts.cluster(target)
    const state = cluster.state ?? 'unknown'
    const wire = normaliseState(state)
    const outcomes: Outcome[] = []
    const stateOutcome = (
      status: 'fail' | 'warn',
      why: MessageId
    ): Outcome => ({
      status,
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
                cmd.masterUpdate(cluster.id, '<supported version>')
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
      outcomes.push(stateOutcome('fail', 'cluster-state.state.why'))
    else if (wire === 'unsupported')
      outcomes.push(
        stateOutcome(
          UNSUPPORTED_BLOCKS.has(operation) ? 'fail' : 'warn',
          'cluster-state.state.unsupported.why'
        )
      )
    else if (DEGRADED_STATES.has(wire))
      outcomes.push(stateOutcome('warn', 'cluster-state.state.degraded.why'))

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

    // Workers another operation holds; with a pool in the intent, only that pool's.
    const pools = new Set(
      intentsOf(config, [target, cluster.id, cluster.name]).map(o =>
        known(o.pool)
      )
    )
    const onlyPool = pools.size > 0 && !pools.has(undefined) ? pools : undefined
    const workers = WORKER_OPERATIONS.has(operation)
      ? await facts.workers(cluster.id)
      : []
    const busy = workers.filter(
      w =>
        workerBusy(w) &&
        (onlyPool === undefined ||
          w.poolName === undefined ||
          onlyPool.has(w.poolName))
    )
    if (busy.length > 0)
      outcomes.push({
        status: 'warn',
        summary: {
          id: 'cluster-state.workers',
          params: {name: cluster.name, count: busy.length}
        },
        why: {id: 'cluster-state.workers.why', params: {operation}},
        details: busy.map(
          w =>
            `${w.id}${w.poolName ? ` (pool ${w.poolName})` : ''}: ${w.state ?? 'unknown'}${w.pendingOperation ? `, pending ${w.pendingOperation}` : ''}`
        ),
        fix: [
          {
            text: {id: 'cluster-state.workers.fix'},
            commands: [cmd.workerLs(cluster.id)]
          }
        ]
      })

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
        }
      })
    return outcomes
  }
}
