import * as z from 'zod/mini'
import {ApiError, type Service} from './errors.js'

/**
 * Validate an API body against the fields we rely on. Unknown keys are ignored; a body that lacks
 * or mistypes a field we need becomes an 'unreadable' ApiError (a "could not verify" finding).
 */
export function parseBody<T>(
  schema: z.ZodMiniType<T>,
  body: unknown,
  service: Service,
  operation: string
): T {
  const result = schema.safeParse(body)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where =
    issue && issue.path.length > 0 ? issue.path.join('.') : 'the body'
  // zod/mini carries no message texts (that keeps the bundle lean): say what was expected ourselves.
  const expected =
    issue && 'expected' in issue && typeof issue.expected === 'string'
      ? `expected ${issue.expected}`
      : (issue?.code ?? 'unexpected shape').replace(/_/g, ' ')
  const got = body === undefined ? 'an empty body' : `${where}: ${expected}`
  throw new ApiError({
    service,
    operation,
    kind: 'unreadable',
    detail: `answered a body we cannot read (${got})`
  })
}

/** Optional string that tolerates null. */
export const optStr = z.pipe(
  z.nullish(z.string()),
  z.transform(v => (v === null ? undefined : v))
)
/** Optional boolean that tolerates null. */
export const optBool = z.pipe(
  z.nullish(z.boolean()),
  z.transform(v => (v === null ? undefined : v))
)

/** A text that is absent or only blanks counts as absent. */
export const nonEmpty = (s: string | undefined | null): string | undefined =>
  s === undefined || s === null || s.trim() === '' ? undefined : s

/**
 * One query parameter of a paging link (absolute or relative): the page token IBM's APIs put in
 * `next.href` / `next_url`. Only the token is reused, never the link's host.
 */
export function queryParamOf(
  href: string | undefined,
  name: string
): string | undefined {
  if (nonEmpty(href) === undefined) return undefined
  try {
    return nonEmpty(
      new URL(href!, 'http://placeholder.invalid').searchParams.get(name)
    )
  } catch {
    return undefined
  }
}
