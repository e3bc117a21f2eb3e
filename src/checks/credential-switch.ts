import {infraErrors} from './sources.js'
import type {ClusterInfo} from '../ibm/containers.js'
import type {Msg, Outcome} from '../findings.js'
import {
  analyseOrphan,
  placeable,
  placeInLinked,
  reportsIncorrectAccount,
  type OrphanAnalysis
} from '../facts/classic-placement.js'
import {where} from './classic-fixes.js'
import {cmd} from '../commands/ibmcloud.js'
import type {Check, CheckContext} from './types.js'
import {allInOrder} from '../ibm/settle.js'

/** definite: its workers are devices of the account the credentials point to now; likely: inferred, see below. */
interface Affected {
  cluster: ClusterInfo
  certainty: 'definite' | 'likely'
}

/**
 * Which sibling clusters (same region and resource group) a credential switch would orphan: those whose
 * workers sit in the account the credentials point to now (IBM's troubleshooting step 7).
 * - fix 'set' (now: linked L): siblings with workers found in L — definite.
 * - fix 'unset' (now: manual C ≠ L, which we cannot read): siblings not in L that report no account
 *   mismatch — IKS manages them with C, so they are most likely in C.
 * - fix 'either': every sibling not shown to be in L is at risk — likely.
 */
async function affectedBy(
  ctx: CheckContext,
  a: OrphanAnalysis
): Promise<Affected[]> {
  const t = a.target
  const siblings = (await ctx.facts.clusters()).filter(
    c =>
      c.provider === 'classic' &&
      c.region === t.region &&
      c.resourceGroupId === t.resourceGroupId &&
      c.id !== t.id
  )
  const out: Affected[] = []
  await allInOrder(
    siblings.map(async c => {
      const workers = await ctx.facts.workers(c.id)
      const considered = placeable(workers)
      if (considered.length === 0) return
      const {found} = await placeInLinked(ctx.facts, considered)
      const mismatch = workers.some(reportsIncorrectAccount)
      if (a.fix === 'set' && found.length > 0)
        out.push({cluster: c, certainty: 'definite'})
      else if (a.fix !== 'set' && found.length === 0 && !mismatch)
        out.push({cluster: c, certainty: 'likely'})
    })
  )
  return out.sort((x, y) => x.cluster.name.localeCompare(y.cluster.name))
}

export const credentialSwitchCheck: Check = {
  id: 'credential-switch',
  family: 'classic',
  title: 'credential-switch.title',
  scope: 'cluster',
  providers: ['classic'],
  operations: [
    'cluster-update',
    'cluster-delete',
    'worker-add',
    'worker-delete',
    'worker-reload',
    'worker-reboot',
    'worker-replace',
    'worker-pool-resize',
    'worker-pool-create',
    'worker-pool-delete',
    'zone-add'
  ],
  requires: ['api-key', 'cluster-access', 'paid-account', 'totp-mfa'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors',
  needs:
    'Viewer platform role on Kubernetes Service for every cluster of the region and resource group',
  rules: [
    {
      id: 'credential-switch.orphans',
      says: "Switching the region's classic credentials to repair an orphaned cluster orphans the sibling clusters whose workers are in the account switched away from.",
      level: 'fail',
      sources: [infraErrors.switchOrphans]
    },
    {
      id: 'credential-switch.may-orphan',
      says: 'A sibling cluster is likely, not shown, to be in the account switched away from: a warning.',
      level: 'warn',
      sources: [infraErrors.switchOrphans]
    }
  ],
  async run(ctx): Promise<Outcome[]> {
    const a = await analyseOrphan(ctx.facts, ctx.target)
    const t = a.target
    const params = {cluster: t.name, ...where(t)}
    if (a.verdict === 'ok' || a.verdict === 'no-workers')
      return [
        {status: 'pass', summary: {id: 'credential-switch.not-needed', params}}
      ]
    if (a.verdict !== 'orphaned')
      return [
        {
          status: 'skip',
          summary: {id: 'credential-switch.no-switch-advised', params}
        }
      ]
    const affected = await affectedBy(ctx, a)
    if (affected.length === 0)
      return [{status: 'pass', summary: {id: 'credential-switch.safe', params}}]
    const definite = affected.some(x => x.certainty === 'definite')
    const names = affected.map(x => x.cluster.name).join(', ')
    const now: Msg =
      a.fix === 'set'
        ? {
            id: 'credential-switch.now.linked',
            params: {account: a.linkedId ?? '?'}
          }
        : {
            id: 'credential-switch.now.current',
            params: {account: a.currentId ?? '?'}
          }
    return [
      {
        status: definite ? 'fail' : 'warn',
        rule: definite
          ? 'credential-switch.orphans'
          : 'credential-switch.may-orphan',
        summary: {
          id: definite
            ? 'credential-switch.orphans'
            : 'credential-switch.may-orphan',
          params: {...params, count: affected.length, clusters: names, now}
        },
        why: {id: 'credential-switch.why', params: {region: t.region}},
        fix: [
          {
            text: {id: 'credential-switch.fix.lasting', params: {...params}},
            commands: [
              cmd.clusterLs('classic'),
              ...affected.map(x => cmd.workerLs(x.cluster.id))
            ]
          }
        ],
        details: affected.map(x => ({
          id:
            x.certainty === 'definite'
              ? 'credential-switch.detail.definite'
              : 'credential-switch.detail.likely',
          params: {cluster: x.cluster.name, id: x.cluster.id, now}
        }))
      }
    ]
  }
}
