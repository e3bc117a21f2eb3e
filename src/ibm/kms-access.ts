/**
 * Read clients and a pure matcher for the KMS checks (issue 12): IAM authorization policies of an account
 * (IAM Policy Management v1, every page) and a resource instance (Resource Controller v2), to tell that a
 * service may use a KMS instance and that the instance is active. Shapes:
 * ../shared/reference/ibm-cloud-api-more.md §7 and §9, from IBM/platform-services-go-sdk
 * iampolicymanagementv1 and resourcecontrollerv2.
 */
import * as z from 'zod/mini'
import {ApiError} from './errors.js'
import type {HttpClient} from './http.js'
import {nonEmpty, optStr, parseBody, queryParamOf} from './parse.js'

/** IAM service names (the `serviceName` attribute of policies). */
export const IAM_SERVICE = {
  kubernetes: 'containers-kubernetes',
  /** Cloud Block Storage (VPC volumes): "The source service is `server-protect`" (vpc `block-s2s-auth`). */
  blockStorage: 'server-protect',
  keyProtect: 'kms',
  hyperProtectCrypto: 'hs-crypto'
} as const

/** Kubernetes Service → KMS: at least Reader, and the authorization delegated (IBM docs, §7.3). */
export const IKS_KMS_ROLES = ['Reader', 'AuthorizationDelegator'] as const
/** Cloud Block Storage → KMS for encrypted VPC worker volumes: at least Reader (§7.3). */
export const BLOCK_STORAGE_KMS_ROLES = ['Reader'] as const

export interface PolicyAttribute {
  name: string
  /** Only string values are kept: any other value can never match, so it cannot pass a check. */
  value?: string
  operator?: string
}

export interface PolicyRole {
  roleId?: string
  displayName?: string
}

export interface AuthorizationPolicy {
  id: string
  /** undefined when IAM did not say; the list is asked for active policies only. */
  state?: string
  /** One attribute list per subject (IAM allows one; more is kept, and read as "cannot tell"). */
  subjects: PolicyAttribute[][]
  resources: PolicyAttribute[][]
  roles: PolicyRole[]
}

export interface ResourceInstance {
  id: string
  guid?: string
  crn?: string
  name?: string
  /** active, failed, inactive, pending_reclamation, pending_removal, pre_provisioning, provisioning, removed (SDK). */
  state?: string
  /** The catalog service ID (a GUID, not the service name; the name is in the CRN). */
  resourceId?: string
  regionId?: string
  accountId?: string
  resourceGroupId?: string
  /** From the CRN, e.g. kms or hs-crypto. */
  serviceName?: string
}

const attrBody = z.object({
  name: z.string(),
  value: z.optional(z.unknown()),
  operator: optStr
})
const attrList = z.object({attributes: z.nullish(z.array(attrBody))})

const policyBody = z.object({
  id: z.string().check(z.minLength(1)),
  state: optStr,
  subjects: z.nullish(z.array(attrList)),
  resources: z.nullish(z.array(attrList)),
  roles: z.nullish(z.array(z.object({role_id: optStr, display_name: optStr})))
})

const policyPage = z.object({
  policies: z.nullish(z.array(policyBody)),
  next: z.nullish(z.object({start: optStr, href: optStr}))
})

const toAttrs = (l: z.infer<typeof attrList>): PolicyAttribute[] =>
  (l.attributes ?? []).map(a => ({
    name: a.name,
    value: typeof a.value === 'string' ? a.value : undefined,
    operator: nonEmpty(a.operator)
  }))

const toPolicy = (p: z.infer<typeof policyBody>): AuthorizationPolicy => ({
  id: p.id,
  state: nonEmpty(p.state),
  subjects: (p.subjects ?? []).map(toAttrs),
  resources: (p.resources ?? []).map(toAttrs),
  roles: (p.roles ?? []).map(r => ({
    roleId: nonEmpty(r.role_id),
    displayName: nonEmpty(r.display_name)
  }))
})

/** The page token: `next.start` (the SDK's GetNextStart), else the `start` of `next.href`. */
function nextToken(
  next: z.infer<typeof policyPage>['next']
): string | undefined {
  if (next === undefined || next === null) return undefined
  return nonEmpty(next.start) ?? queryParamOf(next.href ?? undefined, 'start')
}

const resourceInstanceBody = z.object({
  id: z.string().check(z.minLength(1)),
  guid: optStr,
  crn: optStr,
  name: optStr,
  state: optStr,
  resource_id: optStr,
  region_id: optStr,
  account_id: optStr,
  resource_group_id: optStr
})

/** The service name of a CRN (crn:v1:cname:ctype:service-name:location:scope:instance:type:resource). */
export function crnServiceName(crn: string | undefined): string | undefined {
  const parts = crn?.split(':')
  return parts && parts.length >= 5 && parts[0] === 'crn'
    ? nonEmpty(parts[4])
    : undefined
}

/** Guard against a server that keeps answering with a next page. */
const MAX_POLICY_PAGES = 100

export interface KmsAccessEndpoints {
  /** IAM, e.g. https://iam.cloud.ibm.com (policies live under it). */
  iam: string
  /** Resource Controller, e.g. https://resource-controller.cloud.ibm.com (IBMCLOUD_RESOURCE_CONTROLLER_API_ENDPOINT). */
  resourceController: string
}

export class KmsAccessClient {
  constructor(
    private readonly http: HttpClient,
    private readonly endpoints: KmsAccessEndpoints
  ) {}

  /**
   * GET /v1/policies?account_id=&type=authorization&state=active, every page. v1 has no filter by source or
   * target service, so the whole list is read and matched with findAuthorization.
   */
  async listAuthorizationPolicies(
    token: string,
    accountId: string
  ): Promise<AuthorizationPolicy[]> {
    return this.listPolicies(token, accountId, 'authorization')
  }

  /**
   * GET /v1/policies?account_id=&type=access&iam_id=&state=active, every page: the access policies granted
   * to one identity directly (roles through access groups are not in this list). Filtered by what the
   * caller may read, like every policy list.
   */
  async listAccessPolicies(
    token: string,
    accountId: string,
    iamId: string
  ): Promise<AuthorizationPolicy[]> {
    return this.listPolicies(token, accountId, 'access', iamId)
  }

  private async listPolicies(
    token: string,
    accountId: string,
    type: 'authorization' | 'access',
    iamId?: string
  ): Promise<AuthorizationPolicy[]> {
    const operation =
      type === 'authorization'
        ? 'list authorization policies'
        : 'list access policies'
    const out: AuthorizationPolicy[] = []
    const seen = new Set<string>()
    let start: string | undefined
    for (let page = 0; page < MAX_POLICY_PAGES; page++) {
      const res = await this.http.request({
        service: 'iam',
        operation,
        method: 'GET',
        url: `${this.endpoints.iam}/v1/policies`,
        query: {
          account_id: accountId,
          type,
          iam_id: iamId,
          state: 'active',
          start
        },
        headers: {Authorization: `Bearer ${token}`}
      })
      const body = parseBody(policyPage, res.body, 'iam', operation)
      out.push(...(body.policies ?? []).map(toPolicy))
      start = nextToken(body.next)
      if (start === undefined) return out
      if (seen.has(start))
        throw new ApiError({
          service: 'iam',
          operation,
          kind: 'unreadable',
          detail:
            'answered the same next page twice; the policy list cannot be read in full'
        })
      seen.add(start)
    }
    throw new ApiError({
      service: 'iam',
      operation,
      kind: 'unreadable',
      detail: `answered more than ${MAX_POLICY_PAGES} pages; the policy list cannot be read in full`
    })
  }

  /**
   * GET /v2/resource_instances/{id} (GUID or CRN); undefined when the Resource Controller answers 404.
   * A deleted instance may still answer 200 with state `removed`: read `state`, not presence.
   */
  async getResourceInstance(
    token: string,
    instanceId: string
  ): Promise<ResourceInstance | undefined> {
    const operation = 'get resource instance'
    const res = await this.http.request({
      // The project's error model has no separate Resource Controller service; it is resource management.
      service: 'resource-manager',
      operation,
      method: 'GET',
      url: `${this.endpoints.resourceController}/v2/resource_instances/${encodeURIComponent(instanceId)}`,
      headers: {Authorization: `Bearer ${token}`},
      okStatuses: [404]
    })
    if (res.status === 404) return undefined
    const r = parseBody(
      resourceInstanceBody,
      res.body,
      'resource-manager',
      operation
    )
    return {
      id: r.id,
      guid: nonEmpty(r.guid),
      crn: nonEmpty(r.crn),
      name: nonEmpty(r.name),
      state: nonEmpty(r.state),
      resourceId: nonEmpty(r.resource_id),
      regionId: nonEmpty(r.region_id),
      accountId: nonEmpty(r.account_id),
      resourceGroupId: nonEmpty(r.resource_group_id),
      serviceName: crnServiceName(r.crn)
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The pure question: does an active authorization policy let service S use KMS instance I with roles R?

export interface AuthorizationParty {
  serviceName: string
  /** The instance (GUID) when known; a policy scoped to another instance never counts. */
  instanceId?: string
  accountId?: string
  resourceGroupId?: string
}

export interface AuthorizationNeed {
  source: AuthorizationParty
  target: AuthorizationParty
  /** Role names, e.g. ['Reader', 'AuthorizationDelegator']. */
  roles: readonly string[]
}

export type AuthorizationVerdict =
  /** The roles are granted by policies whose every attribute we could compare. */
  | {verdict: 'granted'; policyIds: string[]}
  /** Some role is granted by no policy that could apply. */
  | {verdict: 'missing'; missingRoles: string[]; policyIds: string[]}
  /** The missing roles are only in policies scoped by something we cannot compare (e.g. stringMatch). */
  | {verdict: 'undetermined'; missingRoles: string[]; policyIds: string[]}

type Match = 'yes' | 'no' | 'unknown'

const normRole = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '')

/**
 * Service roles that include another one's access, for "at least Reader". Assumed from the KMS services'
 * role ladder (Reader < ReaderPlus < Writer < Manager); see docs/ibm-api-assumptions-network.md.
 */
const INCLUDED_BY: Record<string, string[]> = {
  reader: ['reader', 'readerplus', 'writer', 'manager']
}

/** The names a role answers to: its display name and the last segment of its CRN role_id. */
function roleNames(r: PolicyRole): string[] {
  const names: string[] = []
  if (r.displayName !== undefined) names.push(normRole(r.displayName))
  const tail = r.roleId?.split(':').pop()
  if (tail !== undefined && tail !== '') names.push(normRole(tail))
  return names
}

function grants(held: PolicyRole[], required: string): boolean {
  const need = normRole(required)
  const accepted = INCLUDED_BY[need] ?? [need]
  return held.some(r => roleNames(r).some(n => accepted.includes(n)))
}

const KEYS: Record<string, keyof AuthorizationParty> = {
  serviceName: 'serviceName',
  serviceInstance: 'instanceId',
  accountId: 'accountId',
  resourceGroupId: 'resourceGroupId'
}

/** Does one side of a policy (its attributes) cover the party? */
function matchSide(
  sides: PolicyAttribute[][],
  party: AuthorizationParty
): Match {
  // IAM allows one subject and one resource per policy; anything else we cannot read with confidence.
  if (sides.length !== 1) return 'unknown'
  const attrs = sides[0]!
  let result: Match = attrs.some(a => a.name === 'serviceName')
    ? 'yes'
    : 'unknown'
  for (const a of attrs) {
    const key = KEYS[a.name]
    if (key === undefined) {
      // resourceType, region, serviceGroupId, …: a narrower or different scope we do not model.
      result = 'unknown'
      continue
    }
    const operator = a.operator ?? 'stringEquals'
    const want = party[key]
    // IBM docs show comma lists of instances in one value; we do not guess how IAM reads them.
    if (
      operator !== 'stringEquals' ||
      a.value === undefined ||
      a.value.includes(',')
    ) {
      result = 'unknown'
      continue
    }
    if (want === undefined) {
      // The policy is scoped (e.g. to one instance) and we do not know ours: cannot tell.
      result = 'unknown'
      continue
    }
    if (a.value !== want) return 'no'
  }
  return result
}

function matchPolicy(p: AuthorizationPolicy, need: AuthorizationNeed): Match {
  if (p.state !== undefined && p.state !== 'active') return 'no'
  const s = matchSide(p.subjects, need.source)
  if (s === 'no') return 'no'
  const r = matchSide(p.resources, need.target)
  if (r === 'no') return 'no'
  return s === 'yes' && r === 'yes' ? 'yes' : 'unknown'
}

/**
 * Answer from the account's authorization policies whether `need.source` may use `need.target` with at
 * least `need.roles`. IAM adds up policies, so the roles may come from several. Never a pass on doubt:
 * a policy scoped by an attribute or operator we cannot compare only ever yields 'undetermined'.
 */
export function findAuthorization(
  policies: readonly AuthorizationPolicy[],
  need: AuthorizationNeed
): AuthorizationVerdict {
  const sure: AuthorizationPolicy[] = []
  const maybe: AuthorizationPolicy[] = []
  for (const p of policies) {
    const m = matchPolicy(p, need)
    if (m === 'yes') sure.push(p)
    else if (m === 'unknown') maybe.push(p)
  }
  const missing = need.roles.filter(
    role => !sure.some(p => grants(p.roles, role))
  )
  const contributing = (list: AuthorizationPolicy[], roles: string[]) =>
    list.filter(p => roles.some(role => grants(p.roles, role))).map(p => p.id)
  if (missing.length === 0)
    return {verdict: 'granted', policyIds: contributing(sure, [...need.roles])}
  const coveredByMaybe = missing.every(role =>
    maybe.some(p => grants(p.roles, role))
  )
  if (coveredByMaybe)
    return {
      verdict: 'undetermined',
      missingRoles: missing,
      policyIds: contributing(maybe, missing)
    }
  return {
    verdict: 'missing',
    missingRoles: missing,
    policyIds: contributing(sure, [...need.roles])
  }
}

/**
 * IBM's account-management roles table (ibm-cloud-docs/account `account-services.md`, "IAM Access
 * Management service"): Viewer and Operator "View access policies and custom roles", Editor and
 * Administrator more. A policy on the service alone, on every IAM account-management service
 * (`service_group_id=IAM`) or on every account-management service (`serviceType=platform_service`)
 * covers the whole account's policies.
 */
const POLICY_READ_ROLES = ['viewer', 'operator', 'editor', 'administrator']

function coversPolicyReads(
  side: PolicyAttribute[],
  accountId: string
): boolean {
  let scoped = false
  for (const a of side) {
    if ((a.operator ?? 'stringEquals') !== 'stringEquals') return false
    if (a.name === 'accountId') {
      if (a.value !== accountId) return false
    } else if (a.name === 'serviceName' && a.value === 'iam-access-management')
      scoped = true
    else if (a.name === 'service_group_id' && a.value === 'IAM') scoped = true
    else if (a.name === 'serviceType' && a.value === 'platform_service')
      scoped = true
    // Any other attribute (resourceType of a child service, a resource group…) narrows it: not proof.
    else return false
  }
  return scoped
}

/**
 * Whether the caller's own access policies prove it may read every policy of the account (IAM lists only
 * the policies the caller may read, and an empty array when none: platform-services-go-sdk ListPolicies).
 * Only such a caller's authorization list can prove that an authorization is missing.
 */
export function readsAccountPolicies(
  own: readonly AuthorizationPolicy[],
  accountId: string
): boolean {
  return own.some(
    p =>
      (p.state === undefined || p.state === 'active') &&
      p.resources.length === 1 &&
      coversPolicyReads(p.resources[0]!, accountId) &&
      p.roles.some(r => roleNames(r).some(n => POLICY_READ_ROLES.includes(n)))
  )
}

/** The KMS instance can serve keys: its state is `active` (anything else, or no state, is not). */
export function isInstanceActive(r: ResourceInstance | undefined): boolean {
  return r?.state === 'active'
}
