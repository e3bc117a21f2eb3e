import { z } from 'zod';
import { ApiError, type Service } from './errors.js';

/**
 * Validate an API body against the fields we rely on. Unknown keys are ignored; a body that lacks
 * or mistypes a field we need becomes an 'unreadable' ApiError (a "could not verify" finding).
 */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, service: Service, operation: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the body';
  const got = body === undefined ? 'an empty body' : `${where}: ${issue?.message ?? 'unexpected shape'}`;
  throw new ApiError({ service, operation, kind: 'unreadable', detail: `answered a body we cannot read (${got})` });
}

/** Optional string that tolerates null. */
export const optStr = z.string().nullish().transform((v) => (v === null ? undefined : v));
/** Optional boolean that tolerates null. */
export const optBool = z.boolean().nullish().transform((v) => (v === null ? undefined : v));
