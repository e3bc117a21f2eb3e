import type {Outcome} from '../findings.js'
import {infraErrors} from './sources.js'
import {blockerOf} from './blockers.js'
import {classicProbe} from './classic-probe.js'
import {setCommands, where} from './classic-fixes.js'
import {ibmDiagnostics, scopeOf} from './helpers.js'
import type {Check} from './types.js'

/** Classic operations need classic infrastructure: a linked account (paid) or manually set credentials. */
export const paidAccountCheck: Check = {
  id: 'paid-account',
  family: 'classic',
  title: 'paid-account.title',
  scope: 'cluster',
  providers: ['classic'],
  requires: ['api-key', 'cluster-access'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors',
  needs:
    'Viewer platform role on Kubernetes Service; Viewer on Account Management (account read)',
  rules: [
    {
      id: 'paid-account.paid',
      says: 'Classic clusters and workers need a paid account with linked classic infrastructure (or manually set classic credentials); IKS refuses them otherwise (E0057).',
      level: 'fail',
      sources: [infraErrors.paid, infraErrors.unlinked]
    }
  ],
  async run({facts, target}): Promise<Outcome[]> {
    const t = await facts.target(target)
    const errors = await classicProbe(facts, t)
    const fix = [
      {text: {id: 'paid-account.fix.upgrade'}},
      {
        text: {id: 'paid-account.fix.credentials', params: {region: t.region}},
        commands: setCommands(t)
      },
      {text: {id: 'paid-account.fix.vpc'}}
    ] as const
    const e0057 = errors.find(
      e => blockerOf(e) === 'paid' && e.service === 'iks'
    )
    if (e0057) {
      return [
        {
          status: 'fail',
          rule: 'paid-account.paid',
          summary: {
            id: 'paid-account.e0057',
            params: {
              ...where(t),
              code: e0057.code ?? '',
              message: e0057.detail,
              operation: e0057.operation
            }
          },
          why: {id: 'paid-account.why'},
          fix: [...fix],
          ibm: ibmDiagnostics(e0057)
        }
      ]
    }
    // getCluster's isPaid answers for an existing cluster directly; a create asks the account.
    const isPaid =
      t.kind === 'existing'
        ? await facts.cluster(target).then(
            c => c.isPaid,
            () => undefined
          )
        : undefined
    if (isPaid === true) {
      const account = await facts
        .linkedClassicAccountId()
        .catch(() => undefined)
      return [
        {
          status: 'pass',
          summary: {
            id: 'paid-account.is-paid',
            params: {...where(t), cluster: t.name, account: account ?? '?'}
          }
        }
      ]
    }
    const linked =
      isPaid === false ? undefined : await facts.linkedClassicAccountId()
    if (linked !== undefined)
      return [
        {
          status: 'pass',
          summary: {
            id: 'paid-account.pass',
            params: {...where(t), account: linked}
          }
        }
      ]
    const creds = await facts.credentials(scopeOf(t))
    if (creds.kind === 'manual') {
      return [
        {
          status: 'pass',
          summary: {
            id: 'paid-account.manual',
            params: {...where(t), username: creds.username}
          }
        }
      ]
    }
    return [
      {
        status: 'fail',
        rule: 'paid-account.paid',
        summary: {
          id: 'paid-account.unlinked',
          params: {...where(t), accountId: await facts.accountId()}
        },
        why: {id: 'paid-account.why'},
        fix: [...fix]
      }
    ]
  }
}
