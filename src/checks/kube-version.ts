import {cmd, type Command} from '../commands/ibmcloud.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {ClusterInfo} from '../ibm/containers.js'
import type {KubeVersionInfo} from '../ibm/iks-more.js'
import type {Operation} from '../config/types.js'
import {isAfterApply, type OperationIntent} from '../intent/types.js'
import {normaliseState} from './cluster-access.js'
import {intentsOrBare} from './helpers.js'
import type {Check} from './types.js'

/** From this many days before its end of service, a version is worth a warning. Our choice, not IBM's. */
export const NEAR_EOS_DAYS = 30
const DAY_MS = 86_400_000

// Operations that add or reload workers: IBM refuses them on a cluster whose version is unsupported.
const ADDS_OR_RELOADS: readonly Operation[] = [
  'worker-add',
  'worker-reload',
  'worker-replace',
  'worker-pool-create',
  'zone-add'
]

type Platform = 'kubernetes' | 'openshift'

/** A version as `ibmcloud ks cluster create --version` takes it: major.minor[.patch][_build][_openshift]. */
export interface VersionRef {
  major: number
  minor: number
  patch?: number
  openshift: boolean
}

const REQUESTED = /^(\d+)\.(\d+)(?:\.(\d+))?(?:_\d+)?(_openshift)?$/
// A master version such as 1.33.4_1534 or 4.17.40_1546_openshift; during an update IKS adds more text.
const RUNNING = /(\d+)\.(\d+)\.(\d+)(?:_\d+)?(_openshift)?/

/** The requested version, or undefined when it is not in a form IKS takes. */
export function parseRequested(text: string): VersionRef | undefined {
  const m = REQUESTED.exec(text.trim())
  if (!m) return undefined
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    ...(m[3] !== undefined && {patch: Number(m[3])}),
    openshift: m[4] !== undefined
  }
}

/** The version a master runs (getCluster masterKubeVersion). */
export function parseRunning(text: string | undefined): VersionRef | undefined {
  const m = text === undefined ? null : RUNNING.exec(text)
  if (!m) return undefined
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    openshift: m[4] !== undefined
  }
}

const platformOf = (v: VersionRef): Platform =>
  v.openshift ? 'openshift' : 'kubernetes'

/** The listed versions of one platform; a list IBM did not group by platform counts for both. */
const listedFor = (
  versions: readonly KubeVersionInfo[],
  platform: Platform
): KubeVersionInfo[] =>
  versions.filter(v => v.platform === undefined || v.platform === platform)

const sameMinor = (a: KubeVersionInfo, b: VersionRef): boolean =>
  a.major === b.major && a.minor === b.minor

const minorOf = (v: {major: number; minor: number}): string =>
  `${v.major}.${v.minor}`
const full = (v: {
  major: number
  minor: number
  patch?: number
  openshift?: boolean
}): string =>
  `${minorOf(v)}${v.patch === undefined ? '' : `.${v.patch}`}${v.openshift ? '_openshift' : ''}`
const listedName = (v: KubeVersionInfo, platform: Platform): string =>
  full({...v, openshift: platform === 'openshift'})

type Eos =
  | {kind: 'none'}
  | {kind: 'past'; date: string}
  | {kind: 'near'; date: string; days: number}
  | {kind: 'later'; date: string; days: number}
  /** Announced, but not as a date we can read. */
  | {kind: 'unreadable'; date: string}

export function endOfService(text: string | undefined, now: number): Eos {
  if (text === undefined || text.trim() === '') return {kind: 'none'}
  const at = Date.parse(text)
  if (Number.isNaN(at)) return {kind: 'unreadable', date: text.slice(0, 64)}
  const date = new Date(at).toISOString().slice(0, 10)
  if (at <= now) return {kind: 'past', date}
  const days = Math.ceil((at - now) / DAY_MS)
  return days <= NEAR_EOS_DAYS
    ? {kind: 'near', date, days}
    : {kind: 'later', date, days}
}

/** One line per listed version of the platform, for the details. */
function listing(
  versions: readonly KubeVersionInfo[],
  platform: Platform,
  now: number
): string[] {
  return listedFor(versions, platform).map(v => {
    const eos = endOfService(v.endOfService, now)
    const notes = [
      ...(v.isDefault ? ['default'] : []),
      ...(eos.kind === 'none' ? [] : [`end of service ${eos.date}`])
    ]
    return `IKS offers ${listedName(v, platform)}${notes.length ? ` (${notes.join(', ')})` : ''}`
  })
}

const versionsFix = (): FixStep => ({
  text: {id: 'kube-version.fix.versions'},
  commands: [cmd.versions()]
})

/** The listed minor versions after `from`, in order: the steps of a master update one minor at a time. */
function stepsAfter(
  versions: readonly KubeVersionInfo[],
  platform: Platform,
  from: VersionRef
): KubeVersionInfo[] {
  return listedFor(versions, platform)
    .filter(
      v =>
        v.major > from.major || (v.major === from.major && v.minor > from.minor)
    )
    .sort((a, b) => a.major - b.major || a.minor - b.minor)
}

interface Ctx {
  versions: readonly KubeVersionInfo[]
  now: number
}

function createOutcome(
  intent: OperationIntent,
  name: string,
  {versions, now}: Ctx
): Outcome {
  const wanted = intent.kubeVersion
  if (isAfterApply(wanted))
    return {status: 'skip', summary: {id: 'kube-version.after-apply'}}
  if (wanted === undefined) {
    // No version: IKS creates the default Kubernetes version (IBM's CLI docs for --version).
    const def = listedFor(versions, 'kubernetes').find(v => v.isDefault)
    if (def === undefined)
      return {
        status: 'warn',
        summary: {id: 'kube-version.create.no-default', params: {name}},
        why: {id: 'kube-version.create.no-default.why'},
        fix: [versionsFix()],
        details: listing(versions, 'kubernetes', now)
      }
    return eosOnCreate(def, 'kubernetes', name, now, versions, {
      id: 'kube-version.create.default',
      params: {name, version: listedName(def, 'kubernetes')}
    })
  }
  const ref = parseRequested(wanted)
  if (ref === undefined) return malformed(wanted)
  const platform = platformOf(ref)
  const listed = listedFor(versions, platform).find(v => sameMinor(v, ref))
  if (listed === undefined) {
    // "4.17" without _openshift names a Kubernetes 4.17 that does not exist; say what was meant.
    const other = listedFor(
      versions,
      platform === 'kubernetes' ? 'openshift' : 'kubernetes'
    ).find(v => sameMinor(v, ref))
    return {
      status: 'fail',
      summary: {
        id: 'kube-version.create.unknown',
        params: {name, requested: wanted, platform}
      },
      why: {id: 'kube-version.create.unknown.why'},
      fix: [versionsFix()],
      details: [
        ...(other
          ? [
              {
                id: 'kube-version.detail.other-platform',
                params: {
                  requested: wanted,
                  suggestion: `${minorOf(other)}${platform === 'kubernetes' ? '_openshift' : ''}`
                }
              } satisfies Msg
            ]
          : []),
        ...listing(versions, platform, now)
      ]
    }
  }
  // IKS's E0156: only the most recent patch of a minor can be given on create.
  if (ref.patch !== undefined && ref.patch !== listed.patch)
    return {
      status: 'fail',
      summary: {
        id: 'kube-version.create.patch',
        params: {
          name,
          requested: wanted,
          listed: listedName(listed, platform)
        }
      },
      why: {id: 'kube-version.create.patch.why'},
      fix: [
        {
          text: {
            id: 'kube-version.create.patch.fix',
            params: {
              minor: `${minorOf(listed)}${ref.openshift ? '_openshift' : ''}`,
              listed: listedName(listed, platform)
            }
          },
          commands: [cmd.versions()]
        }
      ]
    }
  return eosOnCreate(listed, platform, name, now, versions, {
    id: 'kube-version.create.pass',
    params: {name, version: listedName(listed, platform)}
  })
}

/** A create with an orderable version: warn when its end of service is near or past (IKS still lists it). */
function eosOnCreate(
  listed: KubeVersionInfo,
  platform: Platform,
  name: string,
  now: number,
  versions: readonly KubeVersionInfo[],
  pass: Msg
): Outcome {
  const eos = endOfService(listed.endOfService, now)
  if (eos.kind === 'none' || eos.kind === 'later')
    return {status: 'pass', summary: pass}
  const later = stepsAfter(versions, platform, {
    ...listed,
    openshift: platform === 'openshift'
  }).filter(v => endOfService(v.endOfService, now).kind !== 'past')
  return {
    status: 'warn',
    summary: {
      id: 'kube-version.create.eos',
      params: {
        name,
        version: listedName(listed, platform),
        eos: eosText(eos)
      }
    },
    why: {id: 'kube-version.eos.why'},
    fix: [
      later[0]
        ? {
            text: {
              id: 'kube-version.create.eos.fix',
              params: {suggestion: listedName(later[0], platform)}
            },
            commands: [cmd.versions()]
          }
        : versionsFix()
    ]
  }
}

function eosText(eos: Exclude<Eos, {kind: 'none'}>): Msg {
  switch (eos.kind) {
    case 'past':
      return {id: 'kube-version.detail.eos-past', params: {date: eos.date}}
    case 'unreadable':
      return {
        id: 'kube-version.detail.eos-unreadable',
        params: {date: eos.date}
      }
    default:
      return {
        id: 'kube-version.detail.eos-days',
        params: {date: eos.date, days: eos.days}
      }
  }
}

/** The commands that update a master one minor version at a time up to `to` (real values). */
function updateCommands(
  cluster: ClusterInfo,
  steps: readonly KubeVersionInfo[],
  platform: Platform,
  to: VersionRef
): Command[] {
  return steps
    .filter(
      v => v.major < to.major || (v.major === to.major && v.minor <= to.minor)
    )
    .map(v =>
      cmd.masterUpdate(
        cluster.id,
        `${minorOf(v)}${platform === 'openshift' ? '_openshift' : ''}`
      )
    )
}

function updateOutcome(
  intent: OperationIntent,
  cluster: ClusterInfo,
  {versions, now}: Ctx
): Outcome {
  const name = cluster.name
  const wanted = intent.kubeVersion
  if (isAfterApply(wanted))
    return {status: 'skip', summary: {id: 'kube-version.after-apply'}}
  if (wanted === undefined)
    return intent.source.kind === 'plan'
      ? {
          status: 'skip',
          summary: {
            id: 'kube-version.no-version-change',
            params: {attributes: intent.source.attributes.join(', ') || '–'}
          }
        }
      : {
          status: 'skip',
          summary: {
            id: 'kube-version.needs-input',
            params: {operation: 'cluster-update'}
          }
        }
  const ref = parseRequested(wanted)
  if (ref === undefined) return malformed(wanted)
  // IKS's answer is the truth about the master; a plan's prior state is only the fallback.
  const running =
    parseRunning(cluster.masterKubeVersion) ??
    parseRunning(intent.previousKubeVersion)
  if (running === undefined)
    return {
      status: 'skip',
      summary: {id: 'kube-version.current-unknown', params: {name}}
    }
  // The cluster's platform decides (`--version 4.17` on an OpenShift cluster means 4.17_openshift).
  const platform = running.openshift ? 'openshift' : platformOf(ref)
  const target = {...ref, openshift: platform === 'openshift'}
  const current = full(running)
  const params = {name, current, target: wanted}
  const listed = listedFor(versions, platform).find(v => sameMinor(v, target))
  const steps = stepsAfter(versions, platform, running)
  const ahead =
    target.major === running.major ? target.minor - running.minor : undefined

  if (
    target.major < running.major ||
    (ahead !== undefined && ahead < 0) ||
    (ahead === 0 &&
      target.patch !== undefined &&
      target.patch < (running.patch ?? 0))
  )
    return {
      status: 'fail',
      summary: {id: 'kube-version.update.downgrade', params},
      why: {id: 'kube-version.update.why'},
      fix: [
        {
          text: {id: 'kube-version.update.downgrade.fix', params: {current}},
          commands: [cmd.versions()]
        }
      ]
    }
  if (ahead === 0) {
    // The same minor: a patch update when IKS lists a later patch, else "already up to date" (E0120).
    if (
      listed !== undefined &&
      listed.patch > (running.patch ?? 0) &&
      (target.patch === undefined || target.patch === listed.patch)
    )
      return {
        status: 'pass',
        summary: {
          id: 'kube-version.update.patch',
          params: {...params, listed: listedName(listed, platform)}
        }
      }
    return {
      status: 'warn',
      summary: {id: 'kube-version.update.same', params},
      why: {id: 'kube-version.update.same.why'},
      fix: [
        {
          text: {id: 'kube-version.update.same.fix'},
          commands: [cmd.clusterGet(cluster.id), cmd.versions()]
        }
      ]
    }
  }
  if (listed === undefined)
    return {
      status: 'fail',
      summary: {
        id: 'kube-version.update.unknown',
        params: {...params, platform}
      },
      why: {id: 'kube-version.update.unknown.why'},
      fix: [versionsFix()],
      details: listing(versions, platform, now)
    }
  if (ahead === undefined || ahead > 1) {
    const commands = updateCommands(cluster, steps, platform, target)
    return {
      status: 'fail',
      summary: {
        id: 'kube-version.update.skip',
        // Across a major version, count the minor versions IKS lists on the way.
        params: {...params, count: ahead ?? commands.length}
      },
      why: {id: 'kube-version.update.why'},
      fix: [
        {
          text: {id: 'kube-version.update.skip.fix'},
          commands
        }
      ]
    }
  }
  const eos = endOfService(listed.endOfService, now)
  if (eos.kind !== 'none' && eos.kind !== 'later')
    return {
      status: 'warn',
      summary: {
        id: 'kube-version.update.eos',
        params: {
          ...params,
          version: listedName(listed, platform),
          eos: eosText(eos)
        }
      },
      why: {id: 'kube-version.eos.why'},
      fix: [versionsFix()]
    }
  return {
    status: 'pass',
    summary: {
      id: 'kube-version.update.pass',
      params: {...params, version: listedName(listed, platform)}
    }
  }
}

function workersOutcome(
  operation: string,
  cluster: ClusterInfo,
  {versions, now}: Ctx
): Outcome {
  const name = cluster.name
  // cluster-state owns the unsupported state: one root cause, one finding.
  if (normaliseState(cluster.state ?? '') === 'unsupported')
    return {
      status: 'skip',
      summary: {id: 'kube-version.covered', params: {name}}
    }
  const running = parseRunning(cluster.masterKubeVersion)
  if (running === undefined)
    return {
      status: 'skip',
      summary: {id: 'kube-version.current-unknown', params: {name}}
    }
  const platform = platformOf(running)
  const current = full(running)
  const params = {name, current, operation}
  const listed = listedFor(versions, platform).find(v => sameMinor(v, running))
  // The way out: the next minor IKS lists (one at a time), then the workers.
  const next = stepsAfter(versions, platform, running)[0]
  const update: FixStep[] = next
    ? [
        {
          text: {
            id: 'kube-version.workers.fix',
            params: {next: listedName(next, platform)}
          },
          commands: [
            cmd.masterUpdate(
              cluster.id,
              `${minorOf(next)}${platform === 'openshift' ? '_openshift' : ''}`
            ),
            cmd.versions()
          ]
        }
      ]
    : [versionsFix()]
  if (listed === undefined)
    return {
      status: 'fail',
      summary: {id: 'kube-version.workers.unsupported', params},
      why: {id: 'kube-version.workers.why'},
      fix: update,
      details: listing(versions, platform, now)
    }
  // IKS's version list first; the cluster's own versionEOS when the list names no date.
  const eos = endOfService(listed.endOfService ?? cluster.versionEOS, now)
  if (eos.kind === 'past')
    return {
      status: 'fail',
      summary: {
        id: 'kube-version.workers.eos-past',
        params: {...params, eos: eosText(eos)}
      },
      why: {id: 'kube-version.workers.why'},
      fix: update
    }
  if (eos.kind === 'near' || eos.kind === 'unreadable')
    return {
      status: 'warn',
      summary: {
        id: 'kube-version.workers.eos',
        params: {...params, eos: eosText(eos)}
      },
      why: {id: 'kube-version.eos.why'},
      fix: update
    }
  return {
    status: 'pass',
    summary: {
      id:
        eos.kind === 'later'
          ? 'kube-version.workers.pass-eos'
          : 'kube-version.workers.pass',
      params: {
        ...params,
        ...(eos.kind === 'later' && {eos: eosText(eos)})
      }
    }
  }
}

/**
 * The Kubernetes version of the operation: a create asks for a version IKS offers (or gets the default),
 * a master update goes to the next minor version, and workers are added or reloaded only while the
 * cluster's version is supported. Reads IKS's version list (GET /v1/versions) and getCluster.
 */
export const kubeVersionCheck: Check = {
  id: 'kube-version',
  family: 'credentials',
  title: 'kube-version.title',
  scope: 'cluster',
  operations: ['cluster-create', 'cluster-update', ...ADDS_OR_RELOADS],
  requires: ['api-key', 'cluster-access'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions',
  needs: 'Viewer platform role on Kubernetes Service',
  rules: [],
  async run({config, facts, target}): Promise<Outcome[]> {
    const operation = config.operation
    const now = Date.now()
    if (operation === 'cluster-create') {
      const versions = await facts.kubeVersions()
      if (versions.length === 0) return [emptyList()]
      const intents = intentsOrBare(config, [target])
      return distinct(intents).map(i =>
        createOutcome(i, target, {versions, now})
      )
    }
    // Independent reads, awaited together (getCluster is shared with cluster-access).
    const [cluster, versions] = await Promise.all([
      facts.cluster(target),
      facts.kubeVersions()
    ])
    if (versions.length === 0) return [emptyList()]
    if (operation === 'cluster-update') {
      const intents = intentsOrBare(config, [target, cluster.id, cluster.name])
      return distinct(intents).map(i =>
        updateOutcome(i, cluster, {versions, now})
      )
    }
    return [workersOutcome(operation, cluster, {versions, now})]
  }
}

/** A version the CLI would not parse either: named (cut to 64 characters), with the list to pick from. */
const malformed = (wanted: string): Outcome => ({
  status: 'fail',
  summary: {
    id: 'kube-version.malformed',
    params: {requested: wanted.slice(0, 64)}
  },
  why: {id: 'kube-version.malformed.why'},
  fix: [versionsFix()]
})

const emptyList = (): Outcome => ({
  status: 'error',
  summary: {id: 'kube-version.empty'}
})

/** One outcome per distinct requested version (a plan may name the same update twice). */
function distinct(intents: OperationIntent[]): OperationIntent[] {
  const seen = new Set<string>()
  return intents.filter(i => {
    const key = JSON.stringify(i.kubeVersion ?? null)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
