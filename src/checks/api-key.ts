import {ApiError, unverifiedKind} from '../ibm/errors.js'
import type {Msg, Outcome} from '../findings.js'
import {cmd} from '../commands/ibmcloud.js'
import {apiErrorParams, couldNotVerify, ibmDiagnostics} from './helpers.js'
import type {Check, Rule} from './types.js'

export const CREATE_KEY = [cmd.apiKeyCreate(), cmd.serviceApiKeyCreate()]

const SDK_IAM = {
  kind: 'sdk',
  repo: 'IBM/platform-services-go-sdk',
  path: 'iamidentityv1/iam_identity_v1.go'
} as const

const RULES: Rule[] = [
  {
    id: 'api-key.unknown',
    says: 'IAM does not know the API key (BXNIM0415E): no IBM Cloud call of the operation can be made.',
    level: 'fail',
    sources: [
      {
        kind: 'error',
        code: 'BXNIM0415E',
        text: 'Provided API key could not be found.',
        where: 'https://github.com/IBM-Cloud/terraform-provider-ibm/issues/3561'
      }
    ]
  },
  {
    id: 'api-key.disabled',
    says: 'A disabled API key cannot be used.',
    level: 'fail',
    sources: [
      {
        ...SDK_IAM,
        quote:
          "Defines if API key is disabled, API key cannot be used if 'disabled' is set to true."
      }
    ]
  },
  {
    id: 'api-key.ip-allowlist',
    says: "IAM refuses a token to an address outside the account's (or user's) IP address allowlist (BXNIM0430E); the fix is the allowlist, not the key.",
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-ts-loadbalancer-sync-failed',
        quote:
          '"errorCode":"BXNIM0430E","errorMessage":"User login from given IP address is not permitted.","errorDetails":"The user has configured IP address restriction for login. The given IP address \'XXXX\' is not contained in the list of allowed IP addresses."',
        read: 'ibm-cloud-docs/openshift@e8eca99'
      },
      {
        ...SDK_IAM,
        quote:
          'Defines the IP addresses and subnets from which IAM tokens can be created for the account.'
      }
    ]
  },
  {
    id: 'api-key.rejected',
    says: 'IAM refused to exchange the API key for a token (another BXNIM code): without a token no call can be made.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-ts-perms-creds',
        quote:
          'The IAM token exchange request failed with the message: <message>',
        read: 'ibm-cloud-docs/openshift@e8eca99'
      }
    ]
  },
  {
    id: 'api-key.locked',
    says: 'A locked API key still works but cannot be changed; worth knowing before a rotation.',
    level: 'warn',
    sources: [
      {...SDK_IAM, quote: 'The API key cannot be changed if set to true.'}
    ]
  }
]

/** BXNIM0430E, IAM's refusal of the caller's address (IBM's OpenShift page ts-lb-sync-failed quotes it). */
const ipRefused = (e: ApiError): boolean =>
  e.code === 'BXNIM0430E' ||
  /given IP address is not permitted|not contained in the list of allowed IP addresses/i.test(
    e.detail
  )

/** The key exchanges for an IAM token; unknown, rejected, disabled and locked keys are named with the fix. */
export const apiKeyCheck: Check = {
  id: 'api-key',
  family: 'credentials',
  title: 'api-key.title',
  scope: 'account',
  requires: [],
  docs: 'https://cloud.ibm.com/docs/account?topic=account-userapikey',
  needs: 'none (any valid API key)',
  rules: RULES,
  async run({facts}): Promise<Outcome[]> {
    let token
    try {
      token = await facts.token()
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      // Only IBM's own refusal judges the key: a proxy's page or an empty 404 is "not IBM answering".
      if (unverifiedKind(e) === 'transient' || unverifiedKind(e) === 'not-ibm')
        return [couldNotVerify(e)]
      if (ipRefused(e))
        return [
          {
            status: 'fail',
            rule: 'api-key.ip-allowlist',
            summary: {id: 'api-key.ip-allowlist', params: apiErrorParams(e)},
            why: {id: 'api-key.ip-allowlist.why'},
            fix: [
              {
                text: {id: 'api-key.ip-allowlist.fix'},
                commands: [cmd.accountSettings()]
              }
            ],
            ibm: ibmDiagnostics(e)
          }
        ]
      const unknown =
        e.code === 'BXNIM0415E' || /could not be found/i.test(e.detail)
      const disabled = /disabled/i.test(e.detail)
      if (disabled) {
        return [
          {
            status: 'fail',
            rule: 'api-key.disabled',
            summary: {
              id: 'api-key.disabled',
              params: {keyName: '(the key in api-key)'}
            },
            why: {id: 'api-key.disabled.why'},
            fix: [
              {
                text: {id: 'api-key.disabled.fix'},
                commands: [cmd.apiKeys(), cmd.apiKeyEnable()]
              }
            ],
            ibm: ibmDiagnostics(e)
          }
        ]
      }
      return [
        {
          status: 'fail',
          rule: unknown ? 'api-key.unknown' : 'api-key.rejected',
          summary: {
            id: unknown ? 'api-key.unknown' : 'api-key.rejected',
            params: apiErrorParams(e)
          },
          why: {id: unknown ? 'api-key.unknown.why' : 'api-key.rejected.why'},
          fix: [
            {
              text: {
                id: unknown ? 'api-key.unknown.fix' : 'api-key.rejected.fix'
              },
              commands: CREATE_KEY
            }
          ],
          ibm: ibmDiagnostics(e)
        }
      ]
    }
    const {claims} = token
    const who = claims.name ?? claims.email ?? claims.iamId
    const outcomes: Outcome[] = []
    try {
      const details = await facts.apiKeyDetails()
      const keyName = details.name ?? details.id ?? '(unnamed)'
      if (details.disabled) {
        outcomes.push({
          status: 'fail',
          rule: 'api-key.disabled',
          summary: {id: 'api-key.disabled', params: {keyName}},
          why: {id: 'api-key.disabled.why'},
          fix: [
            {
              text: {id: 'api-key.disabled.fix'},
              commands: [cmd.apiKeyEnable(details.id ?? keyName)]
            }
          ]
        })
      } else if (details.locked) {
        outcomes.push({
          status: 'warn',
          rule: 'api-key.locked',
          summary: {id: 'api-key.locked', params: {keyName}},
          why: {id: 'api-key.locked.why'},
          fix: [
            {
              text: {id: 'api-key.locked.fix'},
              commands: [cmd.apiKeyUnlock(details.id ?? keyName)]
            }
          ]
        })
      }
    } catch (e) {
      // The exchange itself proves the key works; details only add the disabled/locked flags and the name.
      if (!(e instanceof ApiError)) throw e
    }
    if (outcomes.length === 0)
      outcomes.push({
        status: 'pass',
        summary: {
          id: 'api-key.pass',
          params: {
            identity: `${who} (${claims.iamId})`,
            accountId: claims.accountId
          }
        },
        details: await allowlistDetail(facts)
      })
    return outcomes
  }
}

/**
 * Whether the account restricts IAM tokens to listed addresses: this run passed it, but IKS's own control plane
 * must pass it too (IBM's ts-lb-sync-failed). Settings the key may not read say nothing.
 */
async function allowlistDetail(
  facts: Parameters<Check['run']>[0]['facts']
): Promise<Msg[]> {
  try {
    const list = (await facts.accountSettings()).allowedIpAddresses?.trim()
    return list
      ? [{id: 'api-key.detail.allowlist-on', params: {addresses: list}}]
      : [{id: 'api-key.detail.allowlist-off'}]
  } catch (e) {
    if (!(e instanceof ApiError)) throw e
    return []
  }
}
