import {infraErrors} from './sources.js'
import type {WorkerInfo} from '../ibm/containers.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import {blockerOf} from './blockers.js'
import {
  analyseOrphan,
  reportsIncorrectAccount,
  type OrphanAnalysis
} from '../facts/classic-placement.js'
import {
  credentialsMsg,
  setCommands,
  supportStep,
  unsetCommands,
  where
} from './classic-fixes.js'
import {isHttpError} from '../ibm/errors.js'
import {couldNotVerify, ibmDiagnostics} from './helpers.js'
import {cmd} from '../commands/ibmcloud.js'
import type {Check} from './types.js'

function workerLines(a: OrphanAnalysis): Msg[] {
  const found = new Set(a.placement?.found.map(w => w.id))
  const account: Msg | string = a.linkedId ?? {
    id: 'orphaned-workers.detail.linked'
  }
  const line = (w: WorkerInfo): Msg => {
    const params = {
      worker: w.id,
      ip: w.privateIP ?? {id: 'orphaned-workers.detail.no-ip'},
      state: w.state ?? {id: 'orphaned-workers.detail.unknown-state'},
      account,
      // IBM's own words, kept in English in every language: users search for them.
      incorrect: reportsIncorrectAccount(w)
        ? ': incorrect account for worker'
        : ''
    } satisfies Msg['params']
    if (a.placement === undefined)
      return {id: 'orphaned-workers.detail.plain', params}
    return {
      id: found.has(w.id)
        ? 'orphaned-workers.detail.in'
        : 'orphaned-workers.detail.not-in',
      params
    }
  }
  return a.workers.map(line)
}

function orphanedFix(a: OrphanAnalysis): FixStep[] {
  const t = a.target
  const linked = a.linkedId ?? '?'
  const switchNote: FixStep = {
    text: {id: 'orphaned-workers.fix.see-switch', params: where(t)}
  }
  const unset: FixStep = {
    text: {id: 'orphaned-workers.fix.unset', params: {...where(t), linked}},
    commands: unsetCommands(t)
  }
  const set: FixStep = {
    text: {id: 'orphaned-workers.fix.set', params: where(t)},
    commands: setCommands(t)
  }
  if (a.fix === 'unset') return [unset, switchNote]
  if (a.fix === 'set') return [set, supportStep(t), switchNote]
  return [
    {
      ...unset,
      text: {id: 'orphaned-workers.fix.either-unset', params: {linked}}
    },
    {...set, text: {id: 'orphaned-workers.fix.either-set'}},
    supportStep(t),
    switchNote
  ]
}

function unverified(a: OrphanAnalysis): Outcome {
  const e = a.placementError!
  if (blockerOf(e)) return couldNotVerify(e)
  const account = a.linkedId ?? '?'
  const forbidden = isHttpError(e, 401, 403)
  return {
    status: 'error',
    summary: {
      id: 'orphaned-workers.unverified',
      params: {cluster: a.target.name, account, reason: e.message}
    },
    why: {id: 'orphaned-workers.unverified.why'},
    fix: forbidden
      ? [
          {
            text: {
              id: 'orphaned-workers.unverified.fix.permissions',
              params: {account}
            },
            commands: ['VIRTUAL_GUEST_VIEW', 'HARDWARE_VIEW'].map(p =>
              cmd.slPermissionEdit(p)
            )
          }
        ]
      : [{text: {id: 'orphaned-workers.unverified.fix.other'}}],
    details: workerLines(a),
    ibm: ibmDiagnostics(e)
  }
}

/** Classic clusters: the workers are devices of the classic account the region's credentials point to. */
export const orphanedWorkersCheck: Check = {
  id: 'orphaned-workers',
  family: 'classic',
  title: 'orphaned-workers.title',
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
    "Viewer platform role on Kubernetes Service; classic infrastructure VIRTUAL_GUEST_VIEW and HARDWARE_VIEW for the key's classic user",
  rules: [
    {
      id: 'orphaned-workers.orphaned',
      says: "The cluster's workers are not in the classic infrastructure account that its region's and resource group's credentials point to: IKS cannot change them (incorrect account for worker).",
      level: 'fail',
      sources: [
        infraErrors.orphaned,
        {
          kind: 'error',
          text: "incorrect account for worker - The 'classic' infrastructure user credentials changed and no longer match the worker node instance infrastructure account.",
          where: 'IBM docs, containers cluster_infra_errors#orphaned'
        }
      ]
    },
    {
      id: 'orphaned-workers.unconfirmed',
      says: 'Workers could not all be placed in the account the credentials use (not listed, or the account cannot be read): a warning.',
      level: 'warn',
      sources: [infraErrors.orphaned]
    }
  ],
  async run({config, facts, target}): Promise<Outcome[]> {
    const a = await analyseOrphan(facts, target)
    const t = a.target
    const credentials = credentialsMsg(a.creds, a.linkedId)
    const base = {cluster: t.name, ...where(t), credentials}
    const considered =
      (a.placement?.found.length ?? 0) + (a.placement?.missing.length ?? 0)
    switch (a.verdict) {
      case 'ok':
        return [
          {
            status: 'pass',
            summary: {
              id: 'orphaned-workers.pass',
              params: {...base, count: considered, account: a.currentId ?? '?'}
            },
            details: workerLines(a)
          }
        ]
      case 'no-workers':
        return [
          {
            status: 'pass',
            summary: {id: 'orphaned-workers.no-workers', params: base}
          }
        ]
      case 'partial': {
        const missing = a.placement!.missing
        return [
          {
            status: 'warn',
            summary: {
              id: 'orphaned-workers.partial',
              params: {
                ...base,
                missing: missing.length,
                count: considered,
                account: a.currentId ?? '?'
              }
            },
            why: {id: 'orphaned-workers.partial.why'},
            fix: [
              {
                text: {id: 'orphaned-workers.partial.fix'},
                commands: missing.slice(0, 5).map(w => cmd.slFindHost(w.id))
              }
            ],
            details: workerLines(a)
          }
        ]
      }
      case 'unconfirmed': {
        const username = a.creds.kind === 'manual' ? a.creds.username : ''
        return [
          {
            status: 'warn',
            rule: 'orphaned-workers.unconfirmed',
            summary: {
              id: 'orphaned-workers.unconfirmed',
              params: {
                ...base,
                linked: a.linkedId ?? '?',
                username,
                current: a.currentId ?? '?'
              }
            },
            why: {id: 'orphaned-workers.unconfirmed.why'},
            fix: [
              {
                text: {
                  id: 'orphaned-workers.unconfirmed.fix',
                  params: {username}
                },
                commands: [
                  cmd.workerLs(t.id ?? t.name),
                  ...a.workers.slice(0, 3).map(w => cmd.slFindHost(w.id))
                ]
              }
            ],
            details: workerLines(a)
          }
        ]
      }
      case 'unverified':
        return [unverified(a)]
      case 'orphaned': {
        const username = a.creds.kind === 'manual' ? a.creds.username : ''
        const params = {
          ...base,
          linked: a.linkedId ?? '?',
          current: a.currentId ?? '?',
          username,
          reported: a.reported.length,
          count: considered
        }
        const id =
          a.fix === 'unset'
            ? 'orphaned-workers.orphaned.unset'
            : a.fix === 'set'
              ? 'orphaned-workers.orphaned.set'
              : 'orphaned-workers.orphaned.either'
        return [
          {
            status: 'fail',
            rule: 'orphaned-workers.orphaned',
            summary: {id, params},
            why: {
              id: 'orphaned-workers.orphaned.why',
              params: {operation: config.operation}
            },
            fix: orphanedFix(a),
            details: workerLines(a)
          }
        ]
      }
    }
  }
}
