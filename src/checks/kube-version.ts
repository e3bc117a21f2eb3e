import {cmd, type Command} from '../commands/ibmcloud.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {ClusterInfo, WorkerInfo} from '../ibm/containers.js'
import {ApiError} from '../ibm/errors.js'
import type {KubeVersionInfo} from '../ibm/iks-more.js'
import type {Operation} from '../config/types.js'
import {isAfterApply, type OperationIntent} from '../intent/types.js'
import {normaliseState} from './cluster-access.js'
import {intentsOrBare} from './helpers.js'
import type {Check, Rule} from './types.js'

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

const OPENSHIFT_DOCS =
  'ibm-cloud-docs/openshift@e8eca99b34681055b93eb9fd4bea938238fcd759'
const N_PLUS_1 =
  'You can update the API server only to the next version ahead of its current version (`n+1`).'

const RULES: Rule[] = [
  {
    id: 'kube-version.create-listed',
    says: 'A create asks for a version IKS lists now (GET /v1/versions), of the platform it names.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions',
        quote:
          'Unsupported clusters cannot add or reload existing worker nodes, and you cannot create clusters at an unsupported version.',
        read: '2026-12'
      }
    ]
  },
  {
    id: 'kube-version.create-latest-patch',
    says: 'A create that names a patch names the latest patch of its minor version.',
    level: 'fail',
    sources: [
      {
        kind: 'error',
        code: 'E0156',
        text: 'A previous patch was specified. Only the most recent patch for a particular minor version can be specified during cluster create.',
        where: 'terraform-ibm-modules/terraform-ibm-cluster#80'
      }
    ]
  },
  {
    id: 'kube-version.update-next',
    says: 'A master update goes to the next minor version IKS lists (n+1), one at a time; OpenShift the same.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-update#master',
        quote: N_PLUS_1,
        read: '2026-12'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-update#master',
        quote: N_PLUS_1,
        read: OPENSHIFT_DOCS
      }
    ],
    history:
      "OpenShift's update page (read at the commit above) names only n+1 and no Extended Update Support path for the master; EUS appears in IBM's OpenShift docs for RHEL worker repositories only, so no EUS skip is allowed."
  },
  {
    id: 'kube-version.no-downgrade-or-switch',
    says: 'A master never goes back to an older version, and never changes platform (Kubernetes ↔ OpenShift).',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-faqs#container_platforms',
        quote:
          "Later, you can update the version but can't roll back to a previous version or switch to a different container platform.",
        read: '2026-12'
      }
    ]
  },
  {
    id: 'kube-version.too-old',
    says: 'A master two or more minor versions behind the oldest version IKS lists cannot be updated: the cluster must be recreated.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions',
        quote:
          'If the cluster master runs two or more versions behind the oldest supported version, you can no longer apply updates and must delete the cluster and create a new one.',
        read: '2026-12'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-openshift_versions',
        quote:
          'If the cluster master runs two or more versions behind the oldest supported version, you can no longer apply updates and must delete the cluster and create a new one.',
        read: OPENSHIFT_DOCS
      }
    ]
  },
  {
    id: 'kube-version.worker-skew',
    says: 'Workers run at most 2 minor versions behind the master (OpenShift: 1): a master update that leaves workers further behind fails.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-update#master',
        quote:
          'Additionally, your worker nodes can be only up to two versions behind the master version (`n-2`).',
        read: '2026-12'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-update#master',
        quote:
          'Additionally, your worker nodes can only be one minor version behind the master version (`n-1`).',
        read: OPENSHIFT_DOCS
      }
    ]
  },
  {
    id: 'kube-version.unsupported-workers',
    says: 'Workers are not added or reloaded while the cluster runs a version IKS no longer supports.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-cluster-states-reference#cluster-state-unsupported',
        quote:
          "Your cluster's health is no longer actively monitored or reported. Additionally, you can't add or reload worker nodes.",
        read: OPENSHIFT_DOCS
      }
    ]
  },
  {
    id: 'kube-version.same',
    says: 'A master update to the version it already runs changes nothing (IKS answers E0120).',
    level: 'warn',
    sources: [
      {
        kind: 'error',
        code: 'E0120',
        text: 'The master is already up to date for the specified version.',
        where: 'IBM-Cloud/terraform-provider-ibm#2283'
      }
    ]
  },
  {
    id: 'kube-version.eos-near',
    says: 'A version whose end of service is within 30 days (or announced in a form we cannot read) warns.',
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: "IKS's version list carries end_of_service; the 30-day window is this product's choice."
      }
    ]
  },
  {
    id: 'kube-version.no-default',
    says: 'A create without a version when IKS marks no version as default warns: the version the cluster gets is unknown.',
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: "IBM's CLI reference: without --version the default version is used; a list without a default cannot say which."
      }
    ]
  }
]

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
): Msg[] {
  return listedFor(versions, platform).map((v): Msg => {
    const eos = endOfService(v.endOfService, now)
    const version = listedName(v, platform)
    if (eos.kind === 'none')
      return {
        id: v.isDefault
          ? 'kube-version.detail.offers-default'
          : 'kube-version.detail.offers',
        params: {version}
      }
    return {
      id: v.isDefault
        ? 'kube-version.detail.offers-default-eos'
        : 'kube-version.detail.offers-eos',
      params: {version, date: eos.date}
    }
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
  /** For a master update: the cluster's workers, or why they could not be read. */
  workers?: readonly WorkerInfo[] | ApiError
}

/** How many minor versions workers may run behind the master: Kubernetes n-2, OpenShift n-1 (IBM's update pages). */
const MAX_SKEW: Record<Platform, number> = {kubernetes: 2, openshift: 1}

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
        rule: 'kube-version.no-default',
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
      rule: 'kube-version.create-listed',
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
      rule: 'kube-version.create-latest-patch',
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
    rule: 'kube-version.eos-near',
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
  {versions, now, workers}: Ctx
): Outcome[] {
  const one = (o: Outcome): Outcome[] => [o]
  const name = cluster.name
  const wanted = intent.kubeVersion
  if (isAfterApply(wanted))
    return one({status: 'skip', summary: {id: 'kube-version.after-apply'}})
  if (wanted === undefined)
    return intent.source.kind === 'plan'
      ? one({
          status: 'skip',
          summary: {
            id: 'kube-version.no-version-change',
            params: {attributes: intent.source.attributes.join(', ') || '–'}
          }
        })
      : one({
          status: 'skip',
          summary: {
            id: 'kube-version.needs-input',
            params: {operation: 'cluster-update'}
          }
        })
  const ref = parseRequested(wanted)
  if (ref === undefined) return one(malformed(wanted))
  // IKS's answer is the truth about the master; a plan's prior state is only the fallback.
  const running =
    parseRunning(cluster.masterKubeVersion) ??
    parseRunning(intent.previousKubeVersion)
  if (running === undefined)
    return one({
      status: 'skip',
      summary: {id: 'kube-version.current-unknown', params: {name}}
    })
  const current = full(running)
  const params = {name, current, target: wanted}
  // `--version 4.18` on an OpenShift 4.17 cluster means 4.18_openshift; any other change of platform
  // (Kubernetes ↔ OpenShift) is refused: IBM does not switch a cluster's container platform.
  const sameMajorBare =
    running.openshift && !ref.openshift && ref.major === running.major
  if (running.openshift !== ref.openshift && !sameMajorBare)
    return one({
      status: 'fail',
      rule: 'kube-version.no-downgrade-or-switch',
      summary: {
        id: 'kube-version.update.platform',
        params: {
          ...params,
          from: running.openshift ? 'Red Hat OpenShift' : 'Kubernetes',
          to: ref.openshift ? 'Red Hat OpenShift' : 'Kubernetes'
        }
      },
      why: {id: 'kube-version.update.platform.why'},
      fix: [
        {
          text: {id: 'kube-version.update.platform.fix'},
          commands: [cmd.versions()]
        }
      ]
    })
  const platform: Platform = running.openshift ? 'openshift' : 'kubernetes'
  const target = {...ref, openshift: platform === 'openshift'}
  // Two or more minor versions behind the oldest version IKS lists: no update at all (delete and recreate).
  const oldest = listedFor(versions, platform).sort(
    (a, b) => a.major - b.major || a.minor - b.minor
  )[0]
  if (
    oldest !== undefined &&
    (running.major < oldest.major ||
      (running.major === oldest.major && oldest.minor - running.minor >= 2))
  )
    return one({
      status: 'fail',
      rule: 'kube-version.too-old',
      summary: {
        id: 'kube-version.update.too-old',
        params: {...params, oldest: listedName(oldest, platform)}
      },
      why: {id: 'kube-version.update.too-old.why'},
      fix: [
        {
          text: {id: 'kube-version.update.too-old.fix'},
          commands: [cmd.versions()]
        }
      ]
    })
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
    return one({
      status: 'fail',
      rule: 'kube-version.no-downgrade-or-switch',
      summary: {id: 'kube-version.update.downgrade', params},
      why: {id: 'kube-version.update.why'},
      fix: [
        {
          text: {id: 'kube-version.update.downgrade.fix', params: {current}},
          commands: [cmd.versions()]
        }
      ]
    })
  if (ahead === 0) {
    // The same minor: a patch update when IKS lists a later patch, else "already up to date" (E0120).
    if (
      listed !== undefined &&
      listed.patch > (running.patch ?? 0) &&
      (target.patch === undefined || target.patch === listed.patch)
    )
      return one({
        status: 'pass',
        summary: {
          id: 'kube-version.update.patch',
          params: {...params, listed: listedName(listed, platform)}
        }
      })
    return one({
      status: 'warn',
      rule: 'kube-version.same',
      summary: {id: 'kube-version.update.same', params},
      why: {id: 'kube-version.update.same.why'},
      fix: [
        {
          text: {id: 'kube-version.update.same.fix'},
          commands: [cmd.clusterGet(cluster.id), cmd.versions()]
        }
      ]
    })
  }
  if (listed === undefined)
    return one({
      status: 'fail',
      rule: 'kube-version.update-next',
      summary: {
        id: 'kube-version.update.unknown',
        params: {...params, platform}
      },
      why: {id: 'kube-version.update.unknown.why'},
      fix: [versionsFix()],
      details: listing(versions, platform, now)
    })
  if (ahead === undefined || ahead > 1) {
    const commands = updateCommands(cluster, steps, platform, target)
    return one({
      status: 'fail',
      rule: 'kube-version.update-next',
      summary:
        ahead === undefined
          ? {id: 'kube-version.update.skip-major', params}
          : {id: 'kube-version.update.skip', params: {...params, count: ahead}},
      why: {id: 'kube-version.update.why'},
      fix: [
        {
          text: {id: 'kube-version.update.skip.fix'},
          commands
        }
      ]
    })
  }
  // Workers more than n-2 (OpenShift n-1) behind the new master version would be stranded.
  if (workers instanceof ApiError)
    return [
      passOrEos(listed, platform, params, now),
      {
        status: 'skip',
        summary: {
          id: 'kube-version.update.workers-unread',
          params: {
            name,
            answer: `HTTP ${workers.status} ${workers.code ?? ''}`.trim()
          }
        }
      }
    ]
  const behind = (workers ?? []).filter(w => {
    const v = parseRunning(w.kubeVersion)
    return (
      v !== undefined &&
      (v.major < target.major ||
        (v.major === target.major &&
          target.minor - v.minor > MAX_SKEW[platform]))
    )
  })
  if (behind.length > 0)
    return one({
      status: 'fail',
      rule: 'kube-version.worker-skew',
      summary: {
        id: 'kube-version.update.strands-workers',
        params: {
          ...params,
          count: behind.length,
          skew: MAX_SKEW[platform],
          platform:
            platform === 'openshift' ? 'Red Hat OpenShift' : 'Kubernetes'
        }
      },
      why: {
        id:
          platform === 'openshift'
            ? 'kube-version.update.strands-workers.openshift.why'
            : 'kube-version.update.strands-workers.why'
      },
      fix: [
        {
          text: {
            id: 'kube-version.update.strands-workers.fix',
            params: {current}
          },
          commands: behind.map(w =>
            cmd.workerUpdate(
              cluster.provider === 'classic' ? 'classic' : 'vpc-gen2',
              cluster.id,
              w.id
            )
          )
        }
      ],
      details: behind.map(w => `${w.id}: ${w.kubeVersion}`)
    })
  return one(passOrEos(listed, platform, params, now))
}

/** The next minor version: a pass, or a warning when its end of service is near or past. */
function passOrEos(
  listed: KubeVersionInfo,
  platform: Platform,
  params: {name: string; current: string; target: string},
  now: number
): Outcome {
  const eos = endOfService(listed.endOfService, now)
  if (eos.kind !== 'none' && eos.kind !== 'later')
    return {
      status: 'warn',
      rule: 'kube-version.eos-near',
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
      rule: 'kube-version.unsupported-workers',
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
      rule: 'kube-version.unsupported-workers',
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
      rule: 'kube-version.eos-near',
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
  rules: RULES,
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
      const workers = await facts.workers(cluster.id).catch((e: unknown) => {
        if (e instanceof ApiError) return e
        throw e
      })
      return distinct(intents).flatMap(i =>
        updateOutcome(i, cluster, {versions, now, workers})
      )
    }
    return [workersOutcome(operation, cluster, {versions, now})]
  }
}

/** A version the CLI would not parse either: named (cut to 64 characters), with the list to pick from. */
const malformed = (wanted: string): Outcome => ({
  status: 'fail',
  rule: 'common.input',
  summary: {
    id: 'kube-version.malformed',
    params: {requested: wanted.slice(0, 64)}
  },
  why: {id: 'kube-version.malformed.why', params: {command: cmd.versions()}},
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
