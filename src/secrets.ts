/**
 * Every secret value seen in a run (API key, IAM tokens, classic keys) is registered here before
 * anything could print it. `redact` is the last line of defence for text we build from API replies;
 * on GitHub the runner masks registered values too (core.setSecret, done by the entry points).
 */
const secrets = new Set<string>()
/** Values a Terraform plan marks sensitive: shown as Terraform shows them, longest first when redacting. */
const sensitive = new Set<string>()
const listeners: Array<(value: string) => void> = []

/** A Terraform sensitive value: every output shows "(sensitive value)" instead, as Terraform does. */
export function registerSensitive(value: string | undefined): void {
  if (value === undefined || value.length < 3 || sensitive.has(value)) return
  sensitive.add(value)
  for (const l of listeners) l(value)
}

export function registerSecret(value: string | undefined): void {
  if (value === undefined || value.length < 6 || secrets.has(value)) return
  secrets.add(value)
  for (const l of listeners) l(value)
}

/** Entry points subscribe (e.g. core.setSecret) so masking happens the moment a secret appears. */
export function onSecret(listener: (value: string) => void): void {
  listeners.push(listener)
  for (const s of secrets) listener(s)
  for (const s of sensitive) listener(s)
}

export function redact(text: string): string {
  let out = text
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('***')
  for (const s of [...sensitive].sort((a, b) => b.length - a.length))
    if (out.includes(s)) out = out.split(s).join('(sensitive value)')
  // Bearer tokens and basic credentials that were never registered still must not leak.
  return out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 ***')
}

/** For tests: forget registered values between runs in one process. */
export function clearSecretsForTests(): void {
  secrets.clear()
  sensitive.clear()
}
