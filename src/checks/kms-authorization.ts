import {policyCreate, roleForRead, type PolicySubject} from '../commands/iam.js'
import {cmd, type Command} from '../commands/ibmcloud.js'
import type {Msg, Outcome} from '../findings.js'
import type {ClusterInfo} from '../ibm/containers.js'
import type {WorkerPoolInfo} from '../ibm/iks-more.js'
import {
  BLOCK_STORAGE_KMS_ROLES,
  findAuthorization,
  IAM_SERVICE,
  IKS_KMS_ROLES,
  isInstanceActive,
  type AuthorizationParty,
  type AuthorizationPolicy,
  type AuthorizationVerdict,
  type ResourceInstance
} from '../ibm/kms-access.js'
import {
  isAfterApply,
  known,
  type KmsUse,
  type OperationIntent
} from '../intent/types.js'
import {intentsOf, poolByRef} from './helpers.js'
import type {Check, CheckContext, Rule} from './types.js'

const KMS_SERVICES = [IAM_SERVICE.keyProtect, IAM_SERVICE.hyperProtectCrypto]

/** How IBM's CLI and console name the roles (the CLI takes display names). */
const ROLE_DISPLAY: Record<string, string> = {
  Reader: 'Reader',
  AuthorizationDelegator: 'Authorization Delegator'
}
const displayRoles = (roles: readonly string[]): string[] =>
  roles.map(r => ROLE_DISPLAY[r] ?? r)

const SERVICE_LABEL: Record<string, string> = {
  [IAM_SERVICE.kubernetes]: 'Kubernetes Service',
  [IAM_SERVICE.blockStorage]: 'Cloud Block Storage',
  [IAM_SERVICE.keyProtect]: 'Key Protect',
  [IAM_SERVICE.hyperProtectCrypto]: 'Hyper Protect Crypto Services'
}
const label = (service: string): string => SERVICE_LABEL[service] ?? service

/** A KMS use whose instance is known, with where it came from. */
interface Use {
  scope: KmsUse['scope']
  instanceId: string
  accountId?: string
  /** The existing worker pool whose volumes use the instance (operations on a pool, from getWorkerPools). */
  pool?: string
}

/** Operations that add or replace workers in an existing pool: new volumes are encrypted as the pool says. */
const POOL_OPERATIONS: ReadonlySet<string> = new Set([
  'worker-add',
  'worker-pool-resize',
  'zone-add',
  'worker-replace'
])

interface Need {
  source: string
  roles: readonly string[]
}

/**
 * Worker volumes: Kubernetes Service → KMS with Reader and Authorization Delegator, and Cloud Block Storage
 * → KMS with Reader (containers `encryption-vpc-worker-disks`). Secret encryption: Kubernetes Service →
 * KMS with Reader, which IKS creates itself when it is missing (containers `encryption-setup`).
 */
function needsOf(scope: KmsUse['scope']): Need[] {
  if (scope === 'cluster')
    return [{source: IAM_SERVICE.kubernetes, roles: ['Reader']}]
  return [
    {source: IAM_SERVICE.kubernetes, roles: IKS_KMS_ROLES},
    {source: IAM_SERVICE.blockStorage, roles: BLOCK_STORAGE_KMS_ROLES}
  ]
}

const LIST_POLICIES_SDK = {
  kind: 'sdk',
  repo: 'IBM/platform-services-go-sdk',
  path: 'iampolicymanagementv1/iam_policy_management_v1.go (ListPolicies)',
  quote:
    'Only policies that have the specified attributes and that the caller has read access to are returned. If the caller does not have read access to any policies an empty array is returned.'
} as const

/** The rules of this check (docs/rules.md). */
const KMS_RULES: readonly Rule[] = [
  {
    id: 'kms-authorization.worker-volumes',
    says: 'Encrypting VPC worker volumes with a KMS root key (a pool kms_instance_id + crk, or a pool whose workerVolumeEncryption names one) needs an authorization from Kubernetes Service to the KMS instance with Reader, delegated (Authorization Delegator), and one from Cloud Block Storage (server-protect) with Reader. Missing is judged only from a policy list the key may read in full (Viewer or more on IAM Access Management, every IAM service or every account management service, account-wide); otherwise "could not verify".',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-encryption-vpc-worker-disks',
        quote:
          'Set the Source service to Kubernetes Service. Set the Target service to your KMS provider, such as Key Protect. Include at least Reader service access. Enable the authorization to be delegated by the source and dependent services. … Set the Source service to Cloud Block Storage. … Include at least Reader service access.',
        read: 'ibm-cloud-docs/containers@065070d91a9fafaaecb44bfb8cc8a108bd75fb7d'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/vpc?topic=vpc-block-s2s-auth',
        quote:
          'The source service is `server-protect` and the target service is either `kms` or `hs-crypto`. The role that you need to assign is `Reader`.',
        read: '2026-12'
      },
      {
        kind: 'error',
        code: 'E09c0',
        text: 'Not authorized to access the Key Management Service. Create an IBM Cloud IAM authorization policy to give the source Kubernetes Service delegate access to the target Key Management Service, and try again.',
        where:
          'IBM-Cloud/terraform-provider-ibm#5007; terraform-ibm-modules/terraform-ibm-landing-zone#645'
      },
      LIST_POLICIES_SDK,
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/account?topic=account-account-services#access-management',
        quote:
          'IAM Access Management service … Viewer: View access policies and custom roles',
        read: '2026-12'
      }
    ]
  },
  {
    id: 'kms-authorization.secret-policy',
    says: 'Secret encryption (kms_config) needs a Reader authorization from Kubernetes Service to the KMS instance, which IKS creates itself when it is missing: never a failure; a cluster already encrypting with KMS and no such authorization anywhere in a fully readable list is a warning.',
    level: 'warn',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-encryption-setup',
        quote:
          'An additional Reader service-to-service authorization policy between Kubernetes Service and Key Protect is automatically created for your cluster, if the policy does not already exist.',
        read: '2026-12'
      },
      LIST_POLICIES_SDK
    ],
    history:
      'Until issue 19 this check failed a kms_config without Reader and Authorization Delegator; IBM documents the delegator for VPC worker-disk encryption only (encryption-vpc-worker-disks), and the secret-encryption page says IKS creates the Reader policy itself. The current pages are followed.'
  },
  {
    id: 'kms-authorization.instance-state',
    says: 'The KMS instance should be readable and active; Resource Controller answering 404, or a state other than active, is a warning.',
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: 'Resource Controller lists the states (active, failed, inactive, pending_reclamation, pending_removal, pre_provisioning, provisioning, removed); IBM documents neither the IKS refusal for an inactive instance nor whether an instance the key may not view answers 403 or 404, so a 404 is not proof that it does not exist.',
        where: 'IBM/platform-services-go-sdk resourcecontrollerv2'
      }
    ]
  }
]

/** What the run knows about the caller's view of the account's authorizations. */
interface View {
  policies: readonly AuthorizationPolicy[]
  /** The caller may read every policy of the account: a missing authorization is proven missing. */
  complete: boolean
  who: PolicySubject | undefined
}

const scopeMsg = (u: Use): Msg =>
  u.pool !== undefined
    ? {id: 'kms-authorization.detail.scope-pool', params: {pool: u.pool}}
    : {id: `kms-authorization.detail.scope-${u.scope}`}

/** The best verdict over the KMS services the instance may belong to (one when its CRN says). */
function verdictFor(
  policies: readonly AuthorizationPolicy[],
  source: AuthorizationParty,
  target: Omit<AuthorizationParty, 'serviceName'>,
  services: readonly string[],
  roles: readonly string[]
): AuthorizationVerdict & {service: string} {
  const all = services.map(service => ({
    service,
    ...findAuthorization(policies, {
      source,
      target: {...target, serviceName: service},
      roles
    })
  }))
  return (
    all.find(v => v.verdict === 'granted') ??
    all.find(v => v.verdict === 'undetermined') ??
    all[0]!
  )
}

/**
 * When the operation uses a KMS root key (a plan's kms_config, a pool's kms_instance_id + crk, or a
 * KMS-enabled cluster's update), an active IAM authorization lets Kubernetes
 * Service use the KMS instance with Reader and Authorization Delegator (E09c0), and Cloud Block Storage
 * with Reader for worker volumes; and the instance is active. A policy the check cannot compare never
 * passes: it makes the finding "could not verify".
 */
export const kmsAuthorizationCheck: Check = {
  id: 'kms-authorization',
  family: 'credentials',
  title: 'kms-authorization.title',
  scope: 'cluster',
  operations: [
    'cluster-create',
    'cluster-update',
    'worker-pool-create',
    'worker-add',
    'worker-pool-resize',
    'zone-add',
    'worker-replace'
  ],
  requires: ['api-key', 'cluster-access', 'operation-target'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-encryption-setup',
  needs:
    'Viewer on IAM Access Management (to list authorization policies and prove the list is whole) and Viewer on the KMS instance',
  rules: KMS_RULES,
  async run(ctx): Promise<Outcome[]> {
    const {config, facts} = ctx
    const operation = config.operation
    const prefetch = (uses: Use[]): void => {
      // Start the reads the plan already names, alongside the cluster read; errors surface when awaited.
      // A use with its own KMS account may be another account's: its reads wait until that is known.
      uses = uses.filter(u => u.accountId === undefined)
      if (uses.length === 0) return
      void facts.authorizationPolicies().catch(() => undefined)
      for (const u of uses)
        void facts.resourceInstance(u.instanceId).catch(() => undefined)
    }
    const planned = (intents: OperationIntent[]): KmsUse[] =>
      intents.flatMap(o => o.kms ?? [])
    const knownUses = (list: KmsUse[]): Use[] =>
      list.flatMap(k => {
        const instanceId = known(k.instanceId)
        return instanceId === undefined
          ? []
          : [{scope: k.scope, instanceId, accountId: known(k.accountId)}]
      })
    prefetch(knownUses(planned(intentsOf(ctx.config, [ctx.target]))))

    const cluster =
      operation === 'cluster-create'
        ? undefined
        : await facts.cluster(ctx.target)
    const intents = intentsOf(ctx.config, [
      ctx.target,
      cluster?.id,
      cluster?.name
    ])
    const kms = planned(intents)

    if (kms.some(k => isAfterApply(k.instanceId)))
      return [
        {
          status: 'skip',
          summary: {id: 'kms-authorization.after-apply', params: {operation}}
        }
      ]
    let uses = knownUses(kms)
    if (POOL_OPERATIONS.has(operation) && cluster?.provider === 'vpc-gen2') {
      const fromPools = await poolUses(ctx, cluster, intents)
      if (!Array.isArray(fromPools)) return [fromPools]
      uses = [...uses, ...fromPools]
    }

    if (uses.length === 0) {
      if (cluster?.keyProtectEnabled === true && operation === 'cluster-update')
        return unknownInstance(ctx, cluster)
      return [
        {
          status: 'skip',
          summary: {id: 'kms-authorization.no-kms', params: {operation}}
        }
      ]
    }

    const distinct = [
      ...new Map(
        uses.map(u => [`${u.scope}|${u.instanceId}|${u.pool ?? ''}`, u])
      ).values()
    ]
    const own = await facts.accountId()
    const local = distinct.filter(
      u => u.accountId === undefined || u.accountId === own
    )
    const [policies, instances] = await Promise.all([
      local.length > 0 ? facts.authorizationPolicies() : Promise.resolve([]),
      Promise.all(local.map(u => facts.resourceInstance(u.instanceId)))
    ])
    // Judged first as if the list were whole; only a failure asks whether the key may read every policy.
    const whole: View = {policies, complete: true, who: undefined}
    const first = local.map((u, i) =>
      judge(u, instances[i], whole, own, cluster)
    )
    let view = whole
    if (first.some(o => o.status === 'fail')) {
      const complete = await facts.readsAccountPolicies()
      // Only an unproven gap prints a policy command for the key's identity; no verdict depends on it.
      const who = complete
        ? undefined
        : await facts.identity().catch(() => undefined)
      view = {policies, complete, who}
    }
    return distinct.map(u => {
      const at = local.indexOf(u)
      if (at === -1)
        return {
          status: 'skip',
          summary: {
            id: 'kms-authorization.other-account',
            params: {instance: u.instanceId, account: u.accountId!, own}
          }
        } satisfies Outcome
      return view === whole
        ? first[at]!
        : judge(u, instances[at], view, own, cluster)
    })
  }
}

/**
 * The KMS uses of the pools an operation on a VPC cluster touches: the pool named by worker-pool, or every
 * pool for a worker replace without it. The policy list is started beside the pool list (same wave); an
 * unencrypted pool leaves it unused. A skip outcome when the pool cannot be told.
 */
async function poolUses(
  ctx: CheckContext,
  cluster: ClusterInfo,
  intents: OperationIntent[]
): Promise<Use[] | Outcome> {
  const operation = ctx.config.operation
  const named = intents.map(o => known(o.pool))
  const all = named.length === 0 || named.some(n => n === undefined)
  if (all && operation !== 'worker-replace')
    return {
      status: 'skip',
      summary: {
        id: 'kms-authorization.needs-pool',
        params: {operation, name: cluster.name}
      }
    }
  void ctx.facts.authorizationPolicies().catch(() => undefined)
  const pools = await ctx.facts.workerPools(cluster.id)
  let chosen: WorkerPoolInfo[] = pools
  if (!all) {
    chosen = []
    for (const ref of new Set(named as string[])) {
      const p = poolByRef(pools, ref)
      if (p === undefined)
        return {
          status: 'skip',
          summary: {
            id: 'kms-authorization.pool-unknown',
            params: {name: cluster.name, pool: ref}
          }
        }
      chosen.push(p)
    }
  }
  return chosen.flatMap(p => {
    const instanceId = p.volumeEncryption?.kmsInstanceId
    if (instanceId === undefined) return []
    const accountId = p.volumeEncryption?.kmsAccountId
    return [
      {
        scope: 'worker-volumes' as const,
        instanceId,
        pool: p.name ?? p.id,
        ...(accountId !== undefined && {accountId})
      }
    ]
  })
}

/** The role that lets the key read every policy of the account, and the command that grants it. */
function readRoleFix(who: PolicySubject | undefined): {
  role: string
  label: string
  command: Command
} {
  const grant = roleForRead('iam', 'list authorization policies')!
  return {
    role: grant.role,
    label: grant.label,
    command: policyCreate(who, grant)
  }
}

/**
 * One KMS use: the instance is readable and active, and every authorization it needs is there. A missing
 * authorization fails only for worker volumes and only when the key may read every policy of the account;
 * secret encryption's Reader policy is created by IKS itself.
 */
function judge(
  u: Use,
  instance: ResourceInstance | undefined,
  view: View,
  own: string,
  cluster: ClusterInfo | undefined
): Outcome {
  const scope = scopeMsg(u)
  // Resource Controller's 404 is not proof: IBM does not document whether an instance the key may not view answers 403 or 404.
  if (instance === undefined)
    return {
      status: 'warn',
      rule: 'kms-authorization.instance-state',
      summary: {
        id: 'kms-authorization.instance-missing',
        params: {instance: u.instanceId, scope}
      },
      why: {id: 'kms-authorization.instance-missing.why'},
      fix: [
        {
          text: {id: 'kms-authorization.instance.fix'},
          commands: [cmd.serviceInstances(IAM_SERVICE.keyProtect)]
        }
      ]
    }
  const name = instance.name ?? u.instanceId
  if (!isInstanceActive(instance))
    return {
      status: 'warn',
      rule: 'kms-authorization.instance-state',
      summary: {
        id: 'kms-authorization.instance-inactive',
        params: {name, instance: u.instanceId, state: instance.state ?? '?'}
      },
      why: {id: 'kms-authorization.instance-inactive.why'},
      fix: [
        {
          text: {id: 'kms-authorization.instance.fix'},
          commands: [cmd.serviceInstance(u.instanceId)]
        }
      ]
    }
  const services =
    instance.serviceName !== undefined ? [instance.serviceName] : KMS_SERVICES
  const target = {
    instanceId: instance.guid ?? u.instanceId,
    accountId: instance.accountId ?? u.accountId ?? own
  }
  const details: Array<string | Msg> = []
  const problems: Outcome[] = []
  for (const need of needsOf(u.scope)) {
    const source: AuthorizationParty = {
      serviceName: need.source,
      accountId: own,
      ...(need.source === IAM_SERVICE.kubernetes && cluster
        ? {instanceId: cluster.id}
        : {})
    }
    const v = verdictFor(view.policies, source, target, services, need.roles)
    const params = {
      source: label(need.source),
      service: label(v.service),
      name,
      instance: target.instanceId,
      roles: displayRoles(need.roles).join(', '),
      scope
    }
    if (v.verdict === 'granted') {
      details.push(
        `${label(need.source)} → ${label(v.service)} ${name}: ${displayRoles(need.roles).join(', ')} (policy ${v.policyIds.join(', ')})`
      )
      continue
    }
    if (u.scope === 'cluster') {
      // IBM: the Reader policy "is automatically created for your cluster, if the policy does not already exist".
      details.push({id: 'kms-authorization.detail.auto-policy', params})
      continue
    }
    const create = cmd.authorizationPolicyCreate(
      need.source,
      v.service,
      displayRoles(need.roles),
      target.instanceId
    )
    const missing = displayRoles(v.missingRoles).join(', ')
    if (v.verdict === 'undetermined') {
      problems.push({
        status: 'warn',
        summary: {
          id: 'kms-authorization.undetermined',
          params: {...params, missing}
        },
        why: {id: 'kms-authorization.undetermined.why'},
        fix: [
          {
            text: {id: 'kms-authorization.undetermined.fix'},
            commands: [cmd.authorizationPolicies(), create]
          }
        ],
        details: v.policyIds.map(id => `policy ${id}`)
      })
      continue
    }
    if (!view.complete) {
      // IAM lists only the policies the caller may read (an empty array when none): not seeing one is not proof.
      const read = readRoleFix(view.who)
      problems.push({
        status: 'error',
        summary: {
          id: 'kms-authorization.unverifiable',
          params: {...params, missing, role: read.role, label: read.label}
        },
        why: {id: 'kms-authorization.unverifiable.why'},
        fix: [
          {
            text: {
              id: 'kms-authorization.unverifiable.fix',
              params: {role: read.role, label: read.label}
            },
            commands: [read.command]
          },
          {
            text: {
              id: 'kms-authorization.missing.fix',
              params: {account: target.accountId}
            },
            commands: [create]
          }
        ]
      })
      continue
    }
    problems.push({
      status: 'fail',
      rule: 'kms-authorization.worker-volumes',
      summary: {
        id: 'kms-authorization.missing',
        params: {...params, missing}
      },
      why: {
        id:
          need.source === IAM_SERVICE.kubernetes
            ? 'kms-authorization.missing.why'
            : 'kms-authorization.missing.why.block-storage'
      },
      fix: [
        {
          text: {
            id: 'kms-authorization.missing.fix',
            params: {account: target.accountId}
          },
          commands: [create]
        }
      ],
      ...(v.policyIds.length > 0
        ? {details: v.policyIds.map(id => `policy ${id}`)}
        : {})
    })
  }
  if (problems.length > 0) {
    // The worst first; the other findings of the same use go into its details.
    const worst =
      problems.find(p => p.status === 'fail') ??
      problems.find(p => p.status === 'error') ??
      problems[0]!
    const rest = problems.filter(p => p !== worst)
    return {
      ...worst,
      fix: [...(worst.fix ?? []), ...rest.flatMap(p => p.fix ?? [])],
      details: [
        ...(worst.details ?? []),
        ...rest.map(p => p.summary),
        ...details
      ]
    }
  }
  return {
    status: 'pass',
    summary: {
      id: 'kms-authorization.pass',
      params: {
        name,
        instance: target.instanceId,
        service: label(instance.serviceName ?? services[0]!),
        scope
      }
    },
    details
  }
}

/**
 * The cluster encrypts its secrets with KMS (getCluster features.keyProtectEnabled) but IKS does not say
 * with which instance: only "no authorization to any KMS instance in this account" can be told.
 */
async function unknownInstance(
  ctx: CheckContext,
  cluster: ClusterInfo
): Promise<Outcome[]> {
  const [policies, own] = await Promise.all([
    ctx.facts.authorizationPolicies(),
    ctx.facts.accountId()
  ])
  const source = {
    serviceName: IAM_SERVICE.kubernetes,
    accountId: own,
    instanceId: cluster.id
  }
  const verdicts = KMS_SERVICES.map(service =>
    findAuthorization(policies, {
      source,
      target: {serviceName: service, accountId: own},
      roles: ['Reader']
    })
  )
  // A list the key sees only in part proves nothing missing; IKS creates the Reader policy itself anyway.
  if (
    verdicts.every(v => v.verdict === 'missing') &&
    (await ctx.facts.readsAccountPolicies())
  )
    return [
      {
        status: 'warn',
        rule: 'kms-authorization.secret-policy',
        summary: {
          id: 'kms-authorization.none-in-account',
          params: {name: cluster.name, account: own}
        },
        why: {id: 'kms-authorization.none-in-account.why'},
        fix: [
          {
            text: {id: 'kms-authorization.missing.fix', params: {account: own}},
            commands: [
              cmd.authorizationPolicyCreate(
                IAM_SERVICE.kubernetes,
                IAM_SERVICE.keyProtect,
                displayRoles(['Reader']),
                '<kms-instance-id>'
              )
            ]
          }
        ]
      }
    ]
  return [
    {
      status: 'skip',
      summary: {
        id: 'kms-authorization.instance-unknown',
        params: {name: cluster.name}
      },
      details: [...new Set(verdicts.flatMap(v => v.policyIds))].map(
        id => `policy ${id}`
      )
    }
  ]
}
