import * as z from 'zod/mini'
import type {HttpClient} from './http.js'
import {optBool, optStr, parseBody} from './parse.js'

export interface ResourceGroup {
  id: string
  name: string
  isDefault: boolean
}

const groupsBody = z.object({
  resources: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      name: z.string(),
      default: optBool,
      state: optStr
    })
  )
})

export class ResourceGroupsClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string
  ) {}

  async list(token: string, accountId: string): Promise<ResourceGroup[]> {
    const res = await this.http.request({
      service: 'resource-manager',
      operation: 'list resource groups',
      method: 'GET',
      url: `${this.baseUrl}/v2/resource_groups`,
      query: {account_id: accountId},
      headers: {Authorization: `Bearer ${token}`}
    })
    const b = parseBody(
      groupsBody,
      res.body,
      'resource-manager',
      'list resource groups'
    )
    return b.resources.map(r => ({
      id: r.id,
      name: r.name,
      isDefault: r.default ?? false
    }))
  }
}
