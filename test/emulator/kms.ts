/**
 * IAM authorization policies (`GET /iam/v1/policies`, IAM Policy Management v1) and KMS resource instances
 * (`GET /rc/v2/resource_instances/{id}`, Resource Controller v2), for the kms-authorization check. Bodies
 * from the contract templates iamPolicies (platform-services-go-sdk iampolicymanagementv1 PolicyCollection)
 * and rcResourceInstance (resourcecontrollerv2 ResourceInstance). Paging as the SDK's pager reads it: the
 * next page's token is `next.start`, sent back as `start`; `limit` caps a page.
 */
import {fill} from '../contract/templates.js'
import {identityError} from './iam.js'
import {rcError} from './resource-manager.js'
import type {Scenario} from './scenario.js'
import {stableUuid} from './state.js'
import {type Ctx, type Reply, json} from './types.js'

type ScenarioPolicy = Scenario['authorizationPolicies'][number]
type ScenarioKmsInstance = Scenario['kmsInstances'][number]

/**
 * Role CRNs as IBM's docs show them (`crn:v1:bluemix:public:iam::::serviceRole:Reader`); the delegator's
 * CRN is not documented (reference §7.1), so its display name without spaces is a model.
 */
const roleId = (displayName: string): string =>
  `crn:v1:bluemix:public:iam::::serviceRole:${displayName.replace(/\s+/g, '')}`

/** The attribute lists of one side, in the order IBM's provider reads them. */
const attributes = (
  side: Record<string, string>,
  withOperator: boolean
): Array<Record<string, string>> =>
  Object.entries(side).map(([name, value]) => ({
    name,
    value,
    // The real `ibmcloud iam … --output JSON` shows operators on resource attributes only (reference §7.1).
    ...(withOperator ? {operator: 'stringEquals'} : {})
  }))

function policyBody(
  p: ScenarioPolicy,
  baseUrl: string
): Record<string, unknown> {
  return {
    id: p.id,
    type: 'iam_id' in p.subject ? 'access' : 'authorization',
    description: p.description,
    subjects: [{attributes: attributes(p.subject, false)}],
    roles: p.roles.map(r => ({role_id: roleId(r), display_name: r})),
    resources: [{attributes: attributes(p.resource, true)}],
    href: `${baseUrl}/iam/v1/policies/${p.id}`,
    created_at: '2025-01-10T08:00:00.000Z',
    created_by_id: 'IBMid-6600000OWN',
    last_modified_at: '2025-01-10T08:00:00.000Z',
    last_modified_by_id: 'IBMid-6600000OWN',
    state: p.state
  }
}

/** Unrelated authorizations (Object Storage → Key Protect and the like) that push the scenario's own to later pages. */
function fillers(count: number, accountId: string): ScenarioPolicy[] {
  const out: ScenarioPolicy[] = []
  for (let i = 1; i <= count; i++)
    out.push({
      id: stableUuid(`filler-policy-${i}`),
      accountId,
      state: 'active',
      description: `filler authorization ${i}`,
      subject: {
        serviceName: 'cloud-object-storage',
        accountId,
        serviceInstance: stableUuid(`filler-cos-${i}`)
      },
      resource: {serviceName: 'kms', accountId},
      roles: ['Reader']
    })
  return out
}

/** Every policy of an account, in list order (fillers first when the scenario says so). */
export function policiesOf(
  scenario: Scenario,
  accountId: string
): ScenarioPolicy[] {
  const own = scenario.authorizationPolicies.filter(
    p => p.accountId === accountId
  )
  const gen = scenario.generatePolicies
  if (!gen || (gen.accountId ?? accountId) !== accountId) return own
  const extra = fillers(gen.count, accountId)
  return gen.before ? [...extra, ...own] : [...own, ...extra]
}

/** An opaque page token (IBM's is opaque too): the client must send back exactly what `next.start` says. */
const tokenOf = (offset: number): string =>
  Buffer.from(`offset:${offset}`).toString('base64url')
const offsetOf = (token: string): number | undefined => {
  const m = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString())
  return m ? Number(m[1]) : undefined
}

type ApiKey = NonNullable<Ctx['caller']>['apiKey']

/**
 * The access policies granted to the caller itself, as IAM would list them with `iam_id`: the role that
 * decides what else it may read (Viewer on IAM Access Management, or Administrator on the services named).
 */
function accessPoliciesOf(key: ApiKey, accountId: string): ScenarioPolicy[] {
  const read = key.policyRead
  if (read === 'none') return []
  const subject = {iam_id: key.iamId}
  if (read === 'account')
    return [
      {
        id: stableUuid(`access-iam-${key.iamId}`),
        accountId,
        state: 'active',
        description: '',
        subject,
        resource: {serviceName: 'iam-access-management', accountId},
        roles: ['Viewer']
      }
    ]
  return read.services.map(service => ({
    id: stableUuid(`access-${service}-${key.iamId}`),
    accountId,
    state: 'active',
    description: '',
    subject,
    resource: {serviceName: service, accountId},
    roles: ['Administrator']
  }))
}

/** Whether the caller may read an authorization policy: every one, none, or those whose target it administers. */
function mayRead(key: ApiKey, p: ScenarioPolicy): boolean {
  const read = key.policyRead
  if (read === 'account') return true
  if (read === 'none') return false
  return read.services.includes(p.resource.serviceName ?? '')
}

/**
 * GET /v1/policies?account_id=&type=authorization|access[&iam_id=][&state=][&start=][&limit=]: only the
 * policies the caller may read, an empty array when none (platform-services-go-sdk ListPolicies).
 */
export function listPolicies(ctx: Ctx): Reply {
  const caller = ctx.caller!.account.id
  const accountId = ctx.query.get('account_id')
  if (!accountId)
    return identityError(
      400,
      'invalid_parameter',
      'The account_id query parameter is required.'
    )
  if (accountId !== caller)
    return identityError(
      403,
      'insufficient_permissions',
      `You are not authorized to list the policies of account ${accountId}.`
    )
  const type = ctx.query.get('type')
  const state = ctx.query.get('state')
  const iamId = ctx.query.get('iam_id')
  const key = ctx.caller!.apiKey
  // Access policies: only the caller's own are modelled, and only when it may read policies at all.
  const access =
    type === 'access' && (iamId === null || iamId === key.iamId)
      ? accessPoliciesOf(key, accountId)
      : []
  const authorizations =
    type === null || type === 'authorization'
      ? policiesOf(ctx.state.scenario, accountId).filter(p => mayRead(key, p))
      : []
  const all = [...authorizations, ...access].filter(
    p => state === null || p.state === state
  )
  const limitParam = ctx.query.get('limit')
  const limit =
    limitParam === null
      ? ctx.state.scenario.policyPageSize
      : Math.min(Math.max(Number(limitParam) || 1, 1), 100)
  const start = ctx.query.get('start')
  const offset = start === null ? 0 : offsetOf(start)
  if (offset === undefined)
    return identityError(
      400,
      'invalid_parameter',
      `The start value ${start} is not a page token this API issued.`
    )
  const page = all.slice(offset, offset + limit)
  const base = `${ctx.baseUrl}/iam/v1/policies?account_id=${accountId}&type=${type ?? 'authorization'}${iamId === null ? '' : `&iam_id=${iamId}`}${state === null ? '' : `&state=${state}`}&limit=${limit}`
  const next = offset + limit < all.length ? tokenOf(offset + limit) : undefined
  return json(
    200,
    fill('iamPolicies', {
      limit,
      first: {href: base},
      ...(next ? {next: {href: `${base}&start=${next}`, start: next}} : {}),
      policies: page.map(p => policyBody(p, ctx.baseUrl))
    })
  )
}

function instanceBody(i: ScenarioKmsInstance): Record<string, unknown> {
  const crn = `crn:v1:bluemix:public:${i.service}:${i.region}:a/${i.accountId}:${i.id}::`
  return {
    // Resource Controller's `id` is the CRN; `guid` is the instance ID a Terraform kms_config carries.
    id: crn,
    guid: i.id,
    crn,
    name: i.name,
    region_id: i.region,
    account_id: i.accountId,
    resource_group_id: i.resourceGroupId,
    state: i.state,
    type: 'service_instance',
    created_at: '2024-11-01T09:00:00.000Z',
    updated_at: '2024-11-01T09:00:00.000Z'
  }
}

/** GET /v2/resource_instances/{id}: by GUID or (URL-encoded) CRN. */
export function getResourceInstance(ctx: Ctx, ref: string): Reply {
  const found = ctx.state.scenario.kmsInstances.find(
    i =>
      i.id === ref ||
      `crn:v1:bluemix:public:${i.service}:${i.region}:a/${i.accountId}:${i.id}::` ===
        ref
  )
  if (!found)
    return rcError(404, 'not_found', `Instance ${ref} could not be found.`)
  if (found.accountId !== ctx.caller!.account.id)
    return rcError(
      403,
      'forbidden',
      `You are not authorized to view instance ${ref}.`
    )
  return json(200, fill('rcResourceInstance', instanceBody(found)))
}
