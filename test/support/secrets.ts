import type {Emulator} from '../emulator/index.js'
import type {Channels} from './channels.js'

/**
 * Every secret value one emulator run involved: the pipeline key, every API key and classic API key of
 * the scenario, every token the emulator issued, and every credential the action sent (Authorization,
 * IAM-ApiKey, X-Auth-Softlayer-APIKey headers, the token form's apikey).
 */
export function secretsOf(emu: Emulator): string[] {
  const s = emu.scenario
  const values = new Set<string>([
    s.pipelineKey,
    ...s.apiKeys.map(k => k.key),
    ...s.classicAccounts.flatMap(a => a.users.map(u => u.apiKey)),
    ...emu.issuedTokens()
  ])
  for (const r of emu.requests) {
    const auth = r.headers['authorization']
    const bearer =
      auth === undefined ? undefined : /^bearer\s+(\S+)/i.exec(auth)?.[1]
    if (bearer) values.add(bearer)
    const basic =
      auth === undefined ? undefined : /^basic\s+(\S+)/i.exec(auth)?.[1]
    if (basic) {
      values.add(basic)
      const decoded = Buffer.from(basic, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      if (colon > 0) values.add(decoded.slice(colon + 1))
    }
    for (const h of ['iam-apikey', 'x-auth-softlayer-apikey'])
      if (r.headers[h]) values.add(r.headers[h]!)
    const formKey = new URLSearchParams(r.body).get('apikey')
    if (r.path === '/identity/token' && formKey) values.add(formKey)
  }
  return [...values].filter(v => v.length >= 8)
}

/** The forms in which a secret could leak: whole, a 12-character head or tail, base64, URL-encoded. */
export function leakForms(secret: string): Array<{form: string; text: string}> {
  const forms = [
    {form: 'value', text: secret},
    {form: 'head-12', text: secret.slice(0, 12)},
    {form: 'tail-12', text: secret.slice(-12)},
    {
      form: 'base64',
      text: Buffer.from(secret).toString('base64').replace(/=+$/, '')
    },
    {form: 'base64url', text: Buffer.from(secret).toString('base64url')},
    {form: 'url-encoded', text: encodeURIComponent(secret)}
  ]
  // JWTs share a header; their payload and signature are the secret parts.
  const parts = secret.split('.')
  if (parts.length === 3)
    forms.push(
      {form: 'jwt-payload-head', text: parts[1]!.slice(0, 24)},
      {form: 'jwt-signature', text: parts[2]!.slice(0, 16)}
    )
  const seen = new Set<string>()
  return forms.filter(
    f => f.text.length >= 8 && !seen.has(f.text) && (seen.add(f.text), true)
  )
}

/** `::add-mask::` lines are the runner's masking requests: consumed by the runner, never displayed. */
export function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n')
}

/** Describe every leak of any secret in any channel; empty when clean. */
export function findLeaks(
  channels: Channels,
  secrets: readonly string[]
): string[] {
  const found: string[] = []
  for (const secret of secrets) {
    for (const {form, text} of leakForms(secret)) {
      for (const [name, content] of Object.entries(channels)) {
        if (content.includes(text))
          found.push(
            `${name} contains a secret (${form}, secret starts ${JSON.stringify(secret.slice(0, 4))}…)`
          )
      }
    }
  }
  return found
}
