/**
 * Like Promise.all, but when several promises reject, the error thrown is the rejection of the first of
 * them in argument order, not the first to arrive: concurrent reads that fail together (TOTP on every
 * classic call, a refused SoftLayer login on every device list) then give the same message on every run.
 */
export async function allInOrder<T extends readonly unknown[] | []>(
  promises: T
): Promise<{-readonly [K in keyof T]: Awaited<T[K]>}> {
  const settled = await Promise.allSettled(promises)
  for (const r of settled) if (r.status === 'rejected') throw r.reason
  return settled.map(r => (r as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>
  }
}
