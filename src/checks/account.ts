import {cmd} from '../commands/ibmcloud.js'
import {FactError} from '../facts.js'
import type {Outcome} from '../findings.js'
import type {Check} from './types.js'

/** The key's account is the intended one (expected-account-ids), and a named resource group exists in it. */
export const accountCheck: Check = {
  id: 'account',
  family: 'credentials',
  title: 'account.title',
  scope: 'account',
  requires: ['api-key'],
  docs: 'https://cloud.ibm.com/docs/account?topic=account-account-getting-started',
  needs: 'Viewer on the resource group (to list groups)',
  rules: [
    {
      id: 'account.expected',
      says: "The key belongs to one of the accounts the workflow allows (expected-account-ids): a pipeline pointed at another account changes that account's clusters.",
      level: 'fail',
      sources: [
        {
          kind: 'user',
          input: 'expected-account-ids',
          note: 'The workflow declares the accounts it may act on; a key of any other account is refused by that policy.'
        }
      ]
    }
  ],
  async run({config, facts}): Promise<Outcome[]> {
    const identity = await facts.identity()
    const account = identity.accountName
      ? `${identity.accountId} (${identity.accountName})`
      : identity.accountId
    const outcomes: Outcome[] = []
    if (config.expectedAccountIds.length === 0) {
      outcomes.push({
        status: 'skip',
        summary: {id: 'account.no-allow-list', params: {account}}
      })
    } else if (config.expectedAccountIds.includes(identity.accountId)) {
      outcomes.push({
        status: 'pass',
        summary: {id: 'account.pass', params: {account}}
      })
    } else {
      outcomes.push({
        status: 'fail',
        rule: 'account.expected',
        summary: {
          id: 'account.unexpected',
          params: {account, expected: config.expectedAccountIds.join(', ')}
        },
        why: {id: 'account.unexpected.why'},
        fix: [
          {
            text: {
              id: 'account.unexpected.fix',
              params: {accountId: identity.accountId}
            }
          }
        ]
      })
      // On the wrong account, resource groups and clusters are the wrong account's: stop here.
      return outcomes
    }
    if (config.resourceGroup !== undefined) {
      try {
        await facts.resourceGroup()
      } catch (e) {
        if (!(e instanceof FactError)) throw e
        outcomes.push({
          status: 'fail',
          rule: 'common.input',
          summary: {
            id: 'account.resource-group-unknown',
            params: {group: config.resourceGroup, account, message: e.message}
          },
          why: {id: 'account.resource-group-unknown.why'},
          fix: [
            {
              text: {id: 'account.resource-group-unknown.fix'},
              commands: [cmd.resourceGroups()]
            }
          ]
        })
      }
    }
    return outcomes
  }
}
