/** api-key and the IAM IP allowlist (issue 24): BXNIM0430E is its own cause, and a readable allowlist is named. */
import {commandsOf, findingOf, preflightOn} from './support/preflight.js'

const DELETE = {operation: 'cluster-delete', cluster: 'prod-classic'}

describe('api-key: the IAM IP address allowlist', () => {
  test("a token refused for the runner's address fails api-key under its own rule, with the allowlist fix (not a new key)", async () => {
    const {report} = await preflightOn('ip-allowlist-refused', DELETE)
    const f = findingOf(report, 'api-key')
    expect(f.status).toBe('fail')
    expect(f.rule).toBe('api-key.ip-allowlist')
    expect(f.messageId).toBe('api-key.ip-allowlist')
    expect(f.summary).toContain('BXNIM0430E')
    expect(f.ibm?.code).toBe('BXNIM0430E')
    expect(commandsOf(f)).toEqual(['ibmcloud iam account-settings'])
    expect(commandsOf(f).join('\n')).not.toContain('api-key-create')
  })

  test('an allowlist that lets the runner in: api-key passes and says the allowlist is on, with its entries', async () => {
    const {report} = await preflightOn('ip-allowlist-on', DELETE)
    const f = findingOf(report, 'api-key')
    expect(f.status).toBe('pass')
    expect(f.details.join('\n')).toContain('127.0.0.1,203.0.113.0/24')
  })

  test('no allowlist: api-key says so', async () => {
    const {report} = await preflightOn('healthy-classic', DELETE)
    expect(findingOf(report, 'api-key').details.join('\n')).toMatch(
      /No IAM IP address allowlist/
    )
  })
})
