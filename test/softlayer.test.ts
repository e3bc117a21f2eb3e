import {Deadline} from '../src/ibm/deadline.js'
import {ApiError} from '../src/ibm/errors.js'
import {HttpClient} from '../src/ibm/http.js'
import {SoftLayerClient, type SoftLayerAuth} from '../src/ibm/softlayer.js'
import {redact} from '../src/secrets.js'
import {start, type Emulator} from './emulator/index.js'

async function withClient<T>(
  scenario: string,
  auth: (emu: Emulator) => SoftLayerAuth,
  fn: (sl: SoftLayerClient, emu: Emulator) => Promise<T>
): Promise<T> {
  const emu = await start(scenario)
  const deadline = new Deadline(20_000)
  const http = new HttpClient({deadline, maxConcurrency: 8, backoffBaseMs: 5})
  try {
    return await fn(
      new SoftLayerClient(
        http,
        emu.env['IAAS_CLASSIC_ENDPOINT_URL']!,
        auth(emu)
      ),
      emu
    )
  } finally {
    deadline.dispose()
    http.close()
    await emu.close()
  }
}

const apikey = (emu: Emulator): SoftLayerAuth => ({
  apiKey: emu.scenario.pipelineKey
})
const guestsPath = '/SoftLayer_Account/getVirtualGuests.json'

describe('SoftLayerClient', () => {
  test('pages a large account by resultLimit using SoftLayer-Total-Items, with every page requested once', async () => {
    await withClient('large-account', apikey, async (sl, emu) => {
      const list = await sl.listDevices('guest')
      expect(list.complete).toBe(true)
      if (!list.complete) return
      expect(list.devices).toHaveLength(1506)
      expect(new Set(list.devices.map(d => d.id)).size).toBe(1506)
      expect(
        emu.requests
          .filter(r => r.path === guestsPath)
          .map(r => r.query['resultLimit'])
          .sort()
      ).toEqual(['0,500', '1000,500', '1500,500', '500,500'])
    })
  })

  test('stops at the page bound and reports the account as too large, after one request', async () => {
    await withClient('large-account', apikey, async (sl, emu) => {
      expect(
        await sl.listDevices('guest', {pageSize: 100, maxPages: 5})
      ).toEqual({complete: false, total: 1506, limit: 500})
      expect(emu.count({path: guestsPath})).toBe(1)
    })
  })

  test('without the total header it pages until a short page, still bounded', async () => {
    await withClient('healthy-classic', apikey, async (sl, emu) => {
      // A proxy that drops the header: every page is "full", so only the bound ends the loop.
      emu.setFaults([
        {
          service: 'softlayer',
          path: 'getVirtualGuests',
          kind: 'status',
          status: 200,
          body: [
            {id: 1, hostname: 'a'},
            {id: 2, hostname: 'b'}
          ]
        }
      ])
      expect(await sl.listDevices('guest', {pageSize: 2, maxPages: 3})).toEqual(
        {complete: false, total: 6, limit: 6}
      )
      expect(emu.count({path: guestsPath})).toBe(3)
    })
  })

  test('finds a device by exact host name with an objectFilter', async () => {
    await withClient('large-account', apikey, async (sl, emu) => {
      const found = await sl.findDevices(
        'guest',
        'hostname',
        'kube-dal12-crbqclassicprod0000001-w2'
      )
      expect(found).toEqual([
        {
          kind: 'guest',
          id: 110000002,
          hostname: 'kube-dal12-crbqclassicprod0000001-w2',
          primaryBackendIpAddress: '10.185.5.12',
          primaryIpAddress: '169.62.5.12'
        }
      ])
      expect(JSON.parse(emu.requests[0]!.query['objectFilter']!)).toEqual({
        virtualGuests: {
          hostname: {operation: 'kube-dal12-crbqclassicprod0000001-w2'}
        }
      })
    })
  })

  test('classic user credentials: bad key is a 401 ApiError, the key is registered as a secret', async () => {
    await withClient(
      'healthy-classic',
      () => ({
        username: '1234567_owner@acme.example',
        classicApiKey: 'emu-classic-key-wrong-000000'
      }),
      async sl => {
        const e = await sl.listDevices('hardware').catch((x: unknown) => x)
        expect(e).toBeInstanceOf(ApiError)
        expect((e as ApiError).status).toBe(401)
        expect((e as ApiError).code).toBe('SoftLayer_Exception_Public')
        expect(redact('key emu-classic-key-wrong-000000')).toBe('key ***')
      }
    )
  })

  test('unknown fields are ignored; a body of the wrong shape is unreadable, not empty', async () => {
    await withClient('healthy-classic', apikey, async (sl, emu) => {
      const list = await sl.listDevices('hardware')
      expect(list).toEqual({
        complete: true,
        devices: [
          {
            kind: 'hardware',
            id: 220000001,
            hostname: 'db-bare-metal-01',
            primaryBackendIpAddress: '10.176.40.5'
          }
        ]
      })
      emu.setFaults([
        {service: 'softlayer', path: 'getHardware', kind: 'wrongTypes'}
      ])
      await expect(sl.listDevices('hardware')).rejects.toMatchObject({
        kind: 'unreadable'
      })
    })
  })
})
