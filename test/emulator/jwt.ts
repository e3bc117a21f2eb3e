/** Minimal HS256 JWT (three base64url parts) with a per-server random secret. */
import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto'

export interface TokenClaims {
  iam_id: string
  id: string
  sub: string
  sub_type?: string
  name: string
  email?: string
  realmid: string
  identifier: string
  jti: string
  account: {
    bss: string
    ims?: string
    ims_user_id?: string
    valid: boolean
    boundary: string
  }
  iat: number
  exp: number
  iss: string
  grant_type: string
  scope: string
  client_id: string
  acr: number
  amr: string[]
}

const b64url = (data: string | Buffer): string =>
  Buffer.from(data).toString('base64url')

export class JwtSigner {
  private readonly secret = randomBytes(32)

  sign(claims: TokenClaims): string {
    const header = b64url(
      JSON.stringify({kid: 'emulator', alg: 'HS256', typ: 'JWT'})
    )
    const payload = b64url(JSON.stringify(claims))
    const sig = createHmac('sha256', this.secret)
      .update(`${header}.${payload}`)
      .digest('base64url')
    return `${header}.${payload}.${sig}`
  }

  /** Returns the claims, or a reason string when the token is malformed, badly signed or expired. */
  verify(
    token: string,
    nowSec = Math.floor(Date.now() / 1000)
  ): TokenClaims | string {
    const parts = token.split('.')
    if (parts.length !== 3) return 'The token is not a JWT.'
    const [header, payload, sig] = parts as [string, string, string]
    const expected = createHmac('sha256', this.secret)
      .update(`${header}.${payload}`)
      .digest()
    const given = Buffer.from(sig, 'base64url')
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return 'The token signature is not valid.'
    let claims: TokenClaims
    try {
      claims = JSON.parse(
        Buffer.from(payload, 'base64url').toString('utf8')
      ) as TokenClaims
    } catch {
      return 'The token payload is not JSON.'
    }
    if (typeof claims.exp !== 'number' || claims.exp <= nowSec)
      return 'The token is expired.'
    return claims
  }
}

export function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? ''
  return JSON.parse(
    Buffer.from(payload, 'base64url').toString('utf8')
  ) as Record<string, unknown>
}
