import {workerIssues} from './sources.js'
import type {KeyOwner} from '../ibm/containers.js'
import type {AccountUser} from '../ibm/iks-more.js'
import type {TargetInfo} from '../facts.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import {
  apiErrorParams,
  couldNotVerify,
  groupArg,
  groupLabel,
  ibmDiagnostics,
  scopeOf
} from './helpers.js'
import {cmd, iamPolicyCreate, sequences} from '../commands/ibmcloud.js'
import {policyCreate, USER_MANAGEMENT_VIEWER} from '../commands/iam.js'
import {ApiError, isHttpError} from '../ibm/errors.js'
import type {Check, CheckContext} from './types.js'

/** Name, e-mail and the key's ID; the words around the ID are a message, so Japanese reads API キー. */
const ownerLabel = (o: KeyOwner): string | Msg => {
  const who = [o.name, o.email && `<${o.email}>`].filter(Boolean).join(' ')
  if (!o.apiKeyId) return who
  return who
    ? {
        id: 'cluster-api-key.owner.detail.with-key',
        params: {owner: who, key: o.apiKeyId}
      }
    : {id: 'cluster-api-key.owner.detail.key-only', params: {key: o.apiKeyId}}
}

function resetSteps(t: TargetInfo): FixStep[] {
  return [
    {
      text: {id: 'cluster-api-key.reset.fix'},
      commands: sequences.apiKeyReset(t.region, groupArg(t))
    }
  ]
}

/** The account's users, or why they could not be read; asked with the key owner, never after it. */
type UsersRead = {ok: true; users: AccountUser[]} | {ok: false; error: unknown}

const readUsers = (ctx: CheckContext): Promise<UsersRead> =>
  ctx.facts.accountUsers().then(
    users => ({ok: true as const, users}),
    (error: unknown) => ({ok: false as const, error})
  )

const norm = (s: string | undefined): string | undefined =>
  s?.trim().toLowerCase() || undefined

/**
 * An owner without an e-mail, or whose name or e-mail carries `ServiceId-` (IBM's IAM ID prefix), is a
 * service ID. IKS names the owner by name and e-mail only (clusterkeyowner): without an e-mail there is
 * nothing to find among the account's users, and service IDs are not users.
 */
const isServiceIdOwner = (o: KeyOwner): boolean =>
  !o.email || /(^|[^a-z])ServiceId-/i.test(`${o.name ?? ''} ${o.email}`)

/**
 * User states IBM documents (User Management API and "Updating a user's status"): only ACTIVE is a working
 * user. DISABLED_CLASSIC_INFRASTRUCTURE keeps the console and platform (IAM) resources but loses classic
 * infrastructure: a classic cluster's infrastructure calls fail, a VPC cluster's do not touch it (warn: IKS
 * does not document whether it accepts such an owner). Every other state (PENDING, PROCESSING, VPN_ONLY,
 * SUSPENDED, IAMID_INVALID, ERROR_WHILE_*, or one IBM adds later) is not active: IKS's own words are
 * "Provided user not found or active".
 */
const LIMITED_STATE = 'DISABLED_CLASSIC_INFRASTRUCTURE'

type StateMeaning =
  | 'pending'
  | 'processing'
  | 'vpn-only'
  | 'suspended'
  | 'invalid'
  | 'no-classic'
  | 'no-classic-vpc'
  | 'other'
/**
 * IAM refuses the key of a user who is not an active member ("Provided user not found or active"): pending
 * invitations, suspended and invalid users, and on classic a user without classic infrastructure. VPN_ONLY
 * has no documented effect on IKS (it limits console login), PROCESSING is a transition: warnings.
 */
const REFUSED: ReadonlySet<StateMeaning> = new Set([
  'pending',
  'suspended',
  'invalid',
  'no-classic'
])
const STATE_MEANING = new Map<string, StateMeaning>([
  ['PENDING', 'pending'],
  ['PROCESSING', 'processing'],
  ['VPN_ONLY', 'vpn-only'],
  ['SUSPENDED', 'suspended'],
  ['IAMID_INVALID', 'invalid'],
  // The SDK's search example spells it INVALID.
  ['INVALID', 'invalid'],
  [LIMITED_STATE, 'no-classic']
])

function ownerFix(t: TargetInfo, clusterRef?: string): FixStep[] {
  return [
    {
      text: {
        id: 'cluster-api-key.owner.fix',
        params: {region: t.region, resourceGroup: groupArg(t)}
      },
      commands: sequences.apiKeyReset(t.region, groupArg(t))
    },
    ...(clusterRef
      ? [
          {
            text: {id: 'cluster-api-key.owner.fix.verify' as const},
            commands: [cmd.apiKeyInfo(clusterRef)]
          }
        ]
      : [])
  ]
}

/** The part that was verified when the owner's state could not be: the stored key and its owner's name. */
const keyVerified = (pass: Outcome): Msg => ({
  id: 'cluster-api-key.owner.detail.key-verified',
  params: pass.summary.params
})

/**
 * Is the owner of the stored key still a working user of the account? The check's outcomes once the key
 * is known: the key's pass with the owner's state in its details, or the finding that replaces it.
 */
async function ownerOutcomes(
  ctx: CheckContext,
  t: TargetInfo,
  owner: KeyOwner,
  read: UsersRead,
  pass: Outcome,
  clusterRef?: string
): Promise<Outcome[]> {
  const label = ownerLabel(owner)
  if (isServiceIdOwner(owner))
    return [
      {
        ...pass,
        details: [
          {
            id: 'cluster-api-key.owner.detail.service-id',
            params: {owner: label}
          }
        ]
      }
    ]
  if (!read.ok) {
    if (!(read.error instanceof ApiError)) throw read.error
    const who = await ctx.facts.identity().catch(() => undefined)
    // The key is there; only its owner's state is unknown: not a pass, and the verified part is kept.
    return [
      {
        ...couldNotVerify(read.error, who, t.name),
        details: [keyVerified(pass)]
      }
    ]
  }
  const email = norm(owner.email)
  const matches = read.users.filter(
    u => norm(u.email) === email || norm(u.userId) === email
  )
  const accountId = await ctx.facts.accountId()
  const where = {region: t.region, resourceGroup: groupLabel(t), accountId}
  if (matches.length === 0) {
    // Without a role on User Management, IBM may list only the caller ("unrestricted view"): an owner
    // missing from such a list is not evidence that the owner left.
    const caller = (await ctx.facts.token()).claims.iamId
    if (read.users.every(u => u.iamId === caller))
      return [
        {
          status: 'error',
          summary: {
            id: 'cluster-api-key.owner.self-only',
            params: {owner: label, accountId}
          },
          details: [keyVerified(pass)],
          why: {id: 'common.could-not-verify.why'},
          fix: [
            {
              text: {id: 'cluster-api-key.owner.self-only.fix'},
              commands: [
                policyCreate(
                  await ctx.facts.identity().catch(() => undefined),
                  USER_MANAGEMENT_VIEWER
                )
              ]
            }
          ]
        }
      ]
    return [
      {
        status: 'fail',
        rule: 'cluster-api-key.owner-active',
        summary: {
          id: 'cluster-api-key.owner-gone',
          params: {owner: label, email: owner.email ?? '', ...where}
        },
        why: {
          id: 'cluster-api-key.owner.why',
          params: {operation: ctx.config.operation}
        },
        fix: ownerFix(t, clusterRef)
      }
    ]
  }
  const user = matches.find(u => u.state === 'ACTIVE') ?? matches[0]!
  const state = user.state ?? ''
  if (state === 'ACTIVE')
    return [
      {
        ...pass,
        details: [
          {
            id: 'cluster-api-key.owner.detail.active',
            params: {owner: label, iamId: user.iamId ?? '?', accountId}
          }
        ]
      }
    ]
  const limitedOnVpc = state === LIMITED_STATE && t.provider !== 'classic'
  const meaning: StateMeaning = limitedOnVpc
    ? 'no-classic-vpc'
    : (STATE_MEANING.get(state) ?? 'other')
  // Only states IBM documents as not active fail; VPN_ONLY, PROCESSING and states IBM adds later warn.
  const refused = REFUSED.has(meaning)
  return [
    {
      status: refused ? 'fail' : 'warn',
      rule: refused
        ? 'cluster-api-key.owner-active'
        : 'cluster-api-key.owner-state',
      summary: {
        id: 'cluster-api-key.owner-inactive',
        params: {
          owner: label,
          iamId: user.iamId ?? '?',
          state: state || '(none)',
          ...where
        }
      },
      why: {
        id: `cluster-api-key.owner-inactive.why.${meaning}`,
        params: {operation: ctx.config.operation}
      },
      fix: ownerFix(t, clusterRef)
    }
  ]
}

/**
 * For a create: is a key stored for the region and group? Asks a sibling cluster there; undefined = cannot
 * tell. When there is a sibling, the account's users are asked at the same time as its key owner.
 */
async function storedKeyForCreate(
  ctx: CheckContext,
  t: TargetInfo
): Promise<{owner: KeyOwner | null | undefined; users?: Promise<UsersRead>}> {
  const sibling = (await ctx.facts.clusters()).find(
    c => c.region === t.region && c.resourceGroupId === t.resourceGroupId
  )
  if (!sibling) return {owner: undefined}
  const users = readUsers(ctx)
  try {
    return {owner: await ctx.facts.keyOwner(sibling.id, scopeOf(t)), users}
  } catch (e) {
    if (isHttpError(e, 404)) return {owner: null}
    throw e
  }
}

/**
 * The API key IKS stores for the region and resource group exists, and its owner is still an active user
 * of the account (User Management).
 */
export const clusterApiKeyCheck: Check = {
  id: 'cluster-api-key',
  family: 'credentials',
  title: 'cluster-api-key.title',
  scope: 'cluster',
  requires: ['api-key', 'cluster-access'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-access-creds',
  needs:
    "Viewer platform role on Kubernetes Service; Viewer on IAM Identity to read account settings; Viewer on User Management to read the key owner's state",
  rules: [
    {
      id: 'cluster-api-key.owner-active',
      says: "IKS makes a cluster's infrastructure and IAM calls with the API key stored for its region and resource group: when that key's owner is no longer an active user of the account (gone, invited but pending, suspended, invalid, or without classic infrastructure on a classic cluster), those calls fail.",
      level: 'fail',
      sources: [
        workerIssues.ownerGone,
        {
          kind: 'error',
          code: 'BXNIM0410E',
          text: 'Provided user not found or active',
          where:
            'IBM docs, containers common_worker_nodes_issues#instance-not-found (the IAM answer IKS passes on)'
        }
      ]
    },
    {
      id: 'cluster-api-key.owner-state',
      says: 'A key owner in a state IBM does not document as refused by IKS (VPN_ONLY, PROCESSING, DISABLED_CLASSIC_INFRASTRUCTURE on a VPC cluster, or a state IBM adds later) is reported as a warning.',
      level: 'warn',
      sources: [
        {
          kind: 'sdk',
          repo: 'IBM/platform-services-go-sdk',
          path: 'usermanagementv1/user_management_v1.go',
          quote:
            'UserProfile.State: The state of the user. Possible values are PROCESSING, PENDING, ACTIVE, DISABLED_CLASSIC_INFRASTRUCTURE, and VPN_ONLY.'
        }
      ]
    },
    {
      id: 'cluster-api-key.stored',
      says: "IKS has no API key stored for the cluster's region and resource group (E0046): the operation has no key to make its infrastructure calls with.",
      level: 'fail',
      sources: [
        {
          kind: 'answer',
          service: 'IBM Cloud Kubernetes Service',
          note: 'GET /v1/clusterkeyowner answered 404 for the cluster: IKS itself reports no stored key for its region and resource group.'
        },
        {
          kind: 'doc',
          url: 'https://cloud.ibm.com/docs/containers?topic=containers-access-creds',
          quote:
            'IBM Cloud Kubernetes Service accesses the infrastructure portfolio and other services needed by your cluster by using an API key.',
          read: 'ibm-cloud-docs/containers@005fbfe7ff6607b3522dae9e978fa6126f5cc93d'
        }
      ]
    },
    {
      id: 'cluster-api-key.creator',
      says: 'A create by a service ID, or in an account that restricts API key creation, needs a role this run does not read (Operator on IAM Identity; User API key creator): a warning naming the role.',
      level: 'warn',
      sources: [
        {
          kind: 'doc',
          url: 'https://cloud.ibm.com/docs/containers?topic=containers-access-creds',
          quote:
            'Make sure that the identity that is used to run this command has the required Administrator platform role in IBM Cloud Kubernetes Service, the Operator platform role in the IAM Identity Service if you are using a service ID',
          read: 'ibm-cloud-docs/containers@005fbfe7ff6607b3522dae9e978fa6126f5cc93d'
        },
        {
          kind: 'doc',
          url: 'https://cloud.ibm.com/docs/account?topic=account-allow-api-create',
          quote:
            'If the API key creation setting is turned on, only users, including the account owner, assigned the `User API key creator` role on the IAM Identity Service can create API keys.',
          read: '2026-12'
        }
      ],
      history:
        "Until this version the service-ID case failed, after public reports of A0656 and A03e9b; IBM's access-creds page (lastupdated 2026-07-27) recommends service IDs as key owners given the Operator role on IAM Identity, so the case warns."
    }
  ],
  async run(ctx): Promise<Outcome[]> {
    // A create looks for a sibling cluster in the cluster list: asked now (memoised), beside the resource
    // group lookup the target needs, not after it: one round trip less. (The memoised promise observes its
    // own failure; the check meets it again below.)
    if (ctx.config.operation === 'cluster-create') void ctx.facts.clusterList()
    const t = await ctx.facts.target(ctx.target)
    const where = {region: t.region, resourceGroup: groupLabel(t)}
    if (t.kind === 'existing') {
      const ref = t.id ?? t.ref
      // The users are asked together with the key owner: the owner's state costs no extra round trip.
      const users = readUsers(ctx)
      try {
        const owner = await ctx.facts.keyOwner(ref, scopeOf(t))
        const pass: Outcome = {
          status: 'pass',
          summary: {
            id: 'cluster-api-key.pass',
            params: {owner: ownerLabel(owner), ...where}
          }
        }
        return await ownerOutcomes(ctx, t, owner, await users, pass, t.name)
      } catch (e) {
        if (!isHttpError(e, 404)) throw e
        return [
          {
            status: 'fail',
            rule: 'cluster-api-key.stored',
            summary: {
              id: 'cluster-api-key.missing',
              params: {...where, ...apiErrorParams(e)}
            },
            why: {
              id: 'cluster-api-key.missing.why',
              params: {operation: ctx.config.operation}
            },
            fix: resetSteps(t),
            ibm: ibmDiagnostics(e)
          }
        ]
      }
    }
    const {owner: stored, users} = await storedKeyForCreate(ctx, t)
    if (stored && users)
      return ownerOutcomes(ctx, t, stored, await users, {
        status: 'pass',
        summary: {
          id: 'cluster-api-key.pass',
          params: {owner: ownerLabel(stored), ...where}
        }
      })
    const identity = await ctx.facts.identity()
    // IBM's current pages name what a service ID or a restricted account needs (Operator on IAM Identity,
    // User API key creator); the caller may hold it, and we do not read its roles: warnings.
    const status = 'warn'
    if (identity.kind === 'service-id') {
      return [
        {
          status,
          rule: 'cluster-api-key.creator',
          summary: {
            id:
              stored === null
                ? 'cluster-api-key.service-id'
                : 'cluster-api-key.service-id-unknown',
            params: {caller: identity.iamId, ...where}
          },
          why: {id: 'cluster-api-key.service-id.why'},
          fix: [
            ...resetSteps(t),
            {
              text: {id: 'cluster-api-key.service-id.fix.operator'},
              commands: [
                iamPolicyCreate('service', identity.iamId, 'Operator', [
                  ['--service-name', 'iam-identity']
                ])
              ]
            }
          ]
        }
      ]
    }
    const settings = await ctx.facts.accountSettings()
    if (settings.restrictCreatePlatformApikey === 'RESTRICTED') {
      return [
        {
          status,
          rule: 'cluster-api-key.creator',
          summary: {
            id:
              stored === null
                ? 'cluster-api-key.restricted'
                : 'cluster-api-key.restricted-unknown',
            params: {accountId: identity.accountId, ...where}
          },
          why: {id: 'cluster-api-key.restricted.why'},
          fix: [
            {
              text: {id: 'cluster-api-key.restricted.fix'},
              commands: [
                iamPolicyCreate(
                  'user',
                  identity.email ?? '<user-email>',
                  'User API key creator',
                  [['--service-name', 'iam-identity']]
                )
              ]
            },
            ...resetSteps(t)
          ]
        }
      ]
    }
    return [
      {
        status: 'pass',
        summary: {
          id: 'cluster-api-key.pass-will-create',
          params: {caller: identity.name ?? identity.iamId, ...where}
        }
      }
    ]
  }
}
