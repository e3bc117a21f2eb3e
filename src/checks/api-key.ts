import {ApiError, unverifiedKind} from '../ibm/errors.js'
import type {Outcome} from '../findings.js'
import {cmd} from '../commands/ibmcloud.js'
import {apiErrorParams, couldNotVerify, ibmDiagnostics} from './helpers.js'
import type {Check} from './types.js'

export const CREATE_KEY = [cmd.apiKeyCreate(), cmd.serviceApiKeyCreate()]

/** The key exchanges for an IAM token; unknown, rejected, disabled and locked keys are named with the fix. */
export const apiKeyCheck: Check = {
  id: 'api-key',
  family: 'credentials',
  title: 'api-key.title',
  scope: 'account',
  requires: [],
  docs: 'https://cloud.ibm.com/docs/account?topic=account-userapikey',
  needs: 'none (any valid API key)',
  rules: [],
  async run({facts}): Promise<Outcome[]> {
    let token
    try {
      token = await facts.token()
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      // Only IBM's own refusal judges the key: a proxy's page or an empty 404 is "not IBM answering".
      if (unverifiedKind(e) === 'transient' || unverifiedKind(e) === 'not-ibm')
        return [couldNotVerify(e)]
      const unknown =
        e.code === 'BXNIM0415E' || /could not be found/i.test(e.detail)
      const disabled = /disabled/i.test(e.detail)
      if (disabled) {
        return [
          {
            status: 'fail',
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
        }
      })
    return outcomes
  }
}
