/**
 * The engine leaves nothing behind: once runPreflight returns, no timer, socket or request of its own
 * is still open. The bundled entry ends the process explicitly (src/exit.ts) so Node does not wait
 * for V8's background compiler; this test keeps that exit from hiding a leak.
 */
import {start} from './emulator/index.js'
import {preflight} from './support/preflight.js'

/** Open handles by kind (Timeout, TCPSocketWrap, …), without the ones jest and stdio hold. */
function openHandles(): Map<string, number> {
  const counts = new Map<string, number>()
  for (const kind of process.getActiveResourcesInfo())
    counts.set(kind, (counts.get(kind) ?? 0) + 1)
  return counts
}

/** Kinds that grew between two snapshots, with how many more there are. */
function grown(
  before: Map<string, number>,
  after: Map<string, number>
): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [kind, n] of after) {
    const more = n - (before.get(kind) ?? 0)
    if (more > 0) out[kind] = more
  }
  return out
}

/** A few turns of the event loop, so sockets the server closed are gone from the list. */
const settle = (): Promise<void> => new Promise(r => setTimeout(r, 50))

/** What grew since `before`, once closing sockets had up to a second to go (a leak stays). */
async function leftOver(
  before: Map<string, number>
): Promise<Record<string, number>> {
  const until = Date.now() + 1000
  let extra = grown(before, openHandles())
  while (Object.keys(extra).length > 0 && Date.now() < until) {
    await settle()
    extra = grown(before, openHandles())
  }
  return extra
}

describe('no handle outlives the run', () => {
  test('a fleet of four clusters (the shared cluster list, keep-alive sockets, the deadline)', async () => {
    const emu = await start('healthy-mixed')
    await settle()
    const before = openHandles()
    try {
      const report = await preflight(emu, {
        operation: 'worker-replace',
        cluster: 'prod-classic,prod-vpc,dev-classic,dev-vpc'
      })
      // The run did its work: a verdict per cluster, many requests on pooled connections.
      expect(report.result).toBe('pass')
      expect(report.requests.total).toBeGreaterThan(10)
      // Before the emulator closes: its side of a socket the client kept open would keep both open.
      expect(await leftOver(before)).toEqual({})
    } finally {
      await emu.close()
    }
  })

  test('a run cut off by its deadline while a request hangs', async () => {
    const emu = await start('healthy-mixed')
    emu.setFaults([{service: 'iks', path: '/v2/getWorkers', kind: 'hang'}])
    await settle()
    const before = openHandles()
    try {
      const report = await preflight(emu, {
        operation: 'worker-replace',
        cluster: 'prod-classic',
        'timeout-seconds': '5'
      })
      expect(report.result).not.toBe('pass')
      // Before the emulator closes: its side of a socket the client kept open would keep both open.
      expect(await leftOver(before)).toEqual({})
    } finally {
      await emu.close()
    }
  })
})
