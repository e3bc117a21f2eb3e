import * as z from 'zod/mini'
import {registerSecret} from '../secrets.js'
import {ApiError} from './errors.js'
import type {HttpClient} from './http.js'
import {optBool, optStr, parseBody} from './parse.js'

export interface TokenClaims {
  accountId: string
  /** Linked classic infrastructure (IMS) account, when the token carries one. */
  imsAccountId?: string
  iamId: string
  name?: string
  email?: string
  subject?: string
  /** `ServiceId` or `Profile` (trusted profile); absent for users (ibm-cloud-cli-sdk iam_token.go). */
  subType?: string
}

export interface IamToken {
  accessToken: string
  claims: TokenClaims
  imsUserId?: string
  /** IAM's refresh token, when it issued a usable one (not "not_supported"); a few IKS classic reads take it. */
  refreshToken?: string
}

export interface ApiKeyDetails {
  id?: string
  name?: string
  iamId?: string
  accountId?: string
  locked: boolean
  disabled: boolean
}

export type MfaSetting = string

/** A per-user MFA override (IAM `user_mfa`): it replaces the account's `mfa` for that user. */
export interface UserMfa {
  iamId?: string
  email?: string
  mfa: MfaSetting
}

export interface AccountSettings {
  mfa?: MfaSetting
  userMfa: UserMfa[]
  restrictCreatePlatformApikey?: string
  /**
   * IAM's `allowed_ip_addresses`: "the IP addresses and subnets from which IAM tokens can be created for the
   * account" (platform-services-go-sdk iamidentityv1). Empty or absent: no allowlist.
   */
  allowedIpAddresses?: string
  /** 'effective' when read from effective_settings (enterprise templates applied), else 'account'. */
  source: 'effective' | 'account'
}

const tokenBody = z.object({
  access_token: z.string().check(z.minLength(10)),
  refresh_token: optStr,
  ims_user_id: z.nullish(z.union([z.number(), z.string()]))
})

const claimsSchema = z.object({
  iam_id: z.string().check(z.minLength(1)),
  sub: optStr,
  sub_type: optStr,
  name: optStr,
  email: optStr,
  account: z.object({
    bss: z.string().check(z.minLength(1)),
    ims: z.nullish(z.union([z.string(), z.number()]))
  })
})

/** Decode (not verify: IAM signed it, we only read it) the JWT payload. */
export function decodeClaims(accessToken: string): TokenClaims {
  const part = accessToken.split('.')[1]
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'))
  } catch {
    payload = undefined
  }
  const c = parseBody(claimsSchema, payload, 'iam', 'read IAM token')
  const ims =
    c.account.ims === null ||
    c.account.ims === undefined ||
    String(c.account.ims).trim() === ''
      ? undefined
      : String(c.account.ims)
  return {
    accountId: c.account.bss,
    imsAccountId: ims,
    iamId: c.iam_id,
    name: c.name,
    email: c.email,
    subject: c.sub,
    subType: c.sub_type
  }
}

const apiKeyBody = z.object({
  id: optStr,
  name: optStr,
  iam_id: optStr,
  account_id: optStr,
  locked: optBool,
  disabled: optBool
})

const settingsBody = z.object({
  mfa: optStr,
  restrict_create_platform_apikey: optStr,
  allowed_ip_addresses: optStr,
  user_mfa: z.nullish(
    z.array(z.object({iam_id: optStr, email: optStr, mfa: optStr}))
  )
})

type SettingsBody = z.infer<typeof settingsBody>

const userMfaOf = (s: SettingsBody | null | undefined): UserMfa[] =>
  (s?.user_mfa ?? []).flatMap(u =>
    u.mfa ? [{iamId: u.iam_id, email: u.email, mfa: u.mfa}] : []
  )

const effectiveBody = z.object({
  effective: z.nullish(settingsBody),
  account: z.nullish(settingsBody)
})

export class IamClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string
  ) {}

  async exchangeApiKey(apiKey: string): Promise<IamToken> {
    const res = await this.http.request({
      service: 'iam',
      operation: 'exchange API key for IAM token',
      method: 'POST',
      url: `${this.baseUrl}/identity/token`,
      form: {
        grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
        apikey: apiKey,
        response_type: 'cloud_iam'
      },
      // Exchanging a key has no side effects, so it is safe to retry.
      idempotent: true
    })
    const body = parseBody(
      tokenBody,
      res.body,
      'iam',
      'exchange API key for IAM token'
    )
    registerSecret(body.access_token)
    if (body.refresh_token && body.refresh_token !== 'not_supported')
      registerSecret(body.refresh_token)
    const claims = decodeClaims(body.access_token)
    const imsUserId =
      body.ims_user_id === null || body.ims_user_id === undefined
        ? undefined
        : String(body.ims_user_id)
    const refreshToken =
      body.refresh_token && body.refresh_token !== 'not_supported'
        ? body.refresh_token
        : undefined
    return {
      accessToken: body.access_token,
      claims,
      imsUserId,
      ...(refreshToken && {refreshToken})
    }
  }

  async apiKeyDetails(token: string, apiKey: string): Promise<ApiKeyDetails> {
    const res = await this.http.request({
      service: 'iam',
      operation: 'read API key details',
      method: 'GET',
      url: `${this.baseUrl}/v1/apikeys/details`,
      headers: {Authorization: `Bearer ${token}`, 'IAM-ApiKey': apiKey}
    })
    const b = parseBody(apiKeyBody, res.body, 'iam', 'read API key details')
    return {
      id: b.id,
      name: b.name,
      iamId: b.iam_id,
      accountId: b.account_id,
      locked: b.locked ?? false,
      disabled: b.disabled ?? false
    }
  }

  /** The account's IAM settings, preferring the effective ones (enterprise templates can override). */
  async accountSettings(
    token: string,
    accountId: string
  ): Promise<AccountSettings> {
    const id = encodeURIComponent(accountId)
    try {
      const res = await this.http.request({
        service: 'iam',
        operation: 'read effective account settings',
        method: 'GET',
        url: `${this.baseUrl}/v1/accounts/${id}/effective_settings/identity`,
        headers: {Authorization: `Bearer ${token}`}
      })
      const b = parseBody(
        effectiveBody,
        res.body,
        'iam',
        'read effective account settings'
      )
      const s = b.effective ?? b.account
      if (s && s.mfa !== undefined)
        return {
          mfa: s.mfa,
          restrictCreatePlatformApikey:
            s.restrict_create_platform_apikey ??
            b.account?.restrict_create_platform_apikey,
          allowedIpAddresses:
            s.allowed_ip_addresses ?? b.account?.allowed_ip_addresses,
          userMfa: s.user_mfa ? userMfaOf(s) : userMfaOf(b.account),
          source: 'effective'
        }
    } catch (e) {
      // Older accounts or missing permission on the newer endpoint: fall back, but not on a dead service.
      if (
        !(e instanceof ApiError) ||
        e.kind === 'timeout' ||
        (e.kind === 'http' && e.status !== undefined && e.status >= 500)
      )
        throw e
    }
    const res = await this.http.request({
      service: 'iam',
      operation: 'read account settings',
      method: 'GET',
      url: `${this.baseUrl}/v1/accounts/${id}/settings/identity`,
      headers: {Authorization: `Bearer ${token}`}
    })
    const b = parseBody(settingsBody, res.body, 'iam', 'read account settings')
    return {
      mfa: b.mfa,
      restrictCreatePlatformApikey: b.restrict_create_platform_apikey,
      allowedIpAddresses: b.allowed_ip_addresses,
      userMfa: userMfaOf(b),
      source: 'account'
    }
  }
}
