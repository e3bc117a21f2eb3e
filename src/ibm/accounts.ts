import * as z from 'zod/mini'
import type {HttpClient} from './http.js'
import {optStr, parseBody} from './parse.js'

export interface AccountInfo {
  id: string
  name?: string
  /** The linked classic infrastructure (IMS) account, undefined when none is linked. */
  linkedSoftlayerAccount?: string
}

const accountBody = z.object({
  id: optStr,
  name: optStr,
  linked_softlayer_account: z.nullish(z.union([z.string(), z.number()]))
})

export class AccountsClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string
  ) {}

  async getAccount(token: string, accountId: string): Promise<AccountInfo> {
    const res = await this.http.request({
      service: 'accounts',
      operation: 'read account',
      method: 'GET',
      url: `${this.baseUrl}/v4/accounts/${encodeURIComponent(accountId)}`,
      headers: {Authorization: `Bearer ${token}`}
    })
    const b = parseBody(accountBody, res.body, 'accounts', 'read account')
    const linked =
      b.linked_softlayer_account === null ||
      b.linked_softlayer_account === undefined
        ? ''
        : String(b.linked_softlayer_account).trim()
    return {
      id: b.id ?? accountId,
      name: b.name,
      linkedSoftlayerAccount: linked === '' ? undefined : linked
    }
  }
}
