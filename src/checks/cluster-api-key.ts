import type {KeyOwner} from '../ibm/containers.js'
import type {TargetInfo} from '../facts.js'
import type {FixStep, Outcome} from '../findings.js'
import {
  apiErrorParams,
  groupArg,
  groupLabel,
  ibmDiagnostics,
  scopeOf,
  sh
} from './helpers.js'
import {sequences} from '../commands/ibmcloud.js'
import {isHttpError} from '../ibm/errors.js'
import type {Check, CheckContext} from './types.js'

const ownerLabel = (o: KeyOwner): string =>
  [o.name, o.email && `<${o.email}>`, o.apiKeyId && `(API key ${o.apiKeyId})`]
    .filter(Boolean)
    .join(' ')

function resetSteps(t: TargetInfo): FixStep[] {
  return [
    {
      text: {id: 'cluster-api-key.reset.fix'},
      commands: sequences.apiKeyReset(t.region, groupArg(t))
    }
  ]
}

/** For a create: is a key stored for the region and group? Asks a sibling cluster there; undefined = cannot tell. */
async function storedKeyForCreate(
  ctx: CheckContext,
  t: TargetInfo
): Promise<KeyOwner | null | undefined> {
  const sibling = (await ctx.facts.clusters()).find(
    c => c.region === t.region && c.resourceGroupId === t.resourceGroupId
  )
  if (!sibling) return undefined
  try {
    return await ctx.facts.keyOwner(sibling.id, scopeOf(t))
  } catch (e) {
    if (isHttpError(e, 404)) return null
    throw e
  }
}

/** The API key IKS stores for the region and resource group exists, and its owner is named. */
export const clusterApiKeyCheck: Check = {
  id: 'cluster-api-key',
  family: 'credentials',
  title: 'cluster-api-key.title',
  scope: 'cluster',
  requires: ['api-key', 'cluster-access'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-access-creds',
  needs:
    'Viewer platform role on Kubernetes Service; Viewer on IAM Identity to read account settings',
  async run(ctx): Promise<Outcome[]> {
    const t = await ctx.facts.target(ctx.target)
    const where = {region: t.region, resourceGroup: groupLabel(t)}
    if (t.kind === 'existing') {
      try {
        const owner = await ctx.facts.keyOwner(t.id ?? t.ref, scopeOf(t))
        return [
          {
            status: 'pass',
            summary: {
              id: 'cluster-api-key.pass',
              params: {owner: ownerLabel(owner), ...where}
            }
          }
        ]
      } catch (e) {
        if (!isHttpError(e, 404)) throw e
        return [
          {
            status: 'fail',
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
    const stored = await storedKeyForCreate(ctx, t)
    if (stored)
      return [
        {
          status: 'pass',
          summary: {
            id: 'cluster-api-key.pass',
            params: {owner: ownerLabel(stored), ...where}
          }
        }
      ]
    const identity = await ctx.facts.identity()
    // A definite "no key" blocks; "cannot tell" (no cluster there to ask) only warns.
    const status = stored === null ? 'fail' : 'warn'
    if (identity.kind === 'service-id') {
      return [
        {
          status,
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
                `ibmcloud iam service-policy-create ${sh(identity.iamId)} --roles Operator --service-name iam-identity`
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
                `ibmcloud iam user-policy-create ${sh(identity.email ?? '<user-email>')} --roles "User API key creator" --service-name iam-identity`
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
