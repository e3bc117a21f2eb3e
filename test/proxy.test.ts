/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY through a real proxy (tinyproxy from Debian; .ci/run installs it):
 * the emulator serves HTTPS under a throw-away CA passed with NODE_EXTRA_CA_CERTS, the bundled action
 * runs like on a runner, and tinyproxy's log shows the CONNECT tunnels (or, with NO_PROXY, none).
 */
import {execFileSync, spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import net from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {start, type Emulator} from './emulator/index.js'
import {runAction} from './support/run-action.js'

const findTinyproxy = (): string | undefined =>
  [
    '/usr/bin/tinyproxy',
    '/usr/sbin/tinyproxy',
    '/usr/local/bin/tinyproxy'
  ].find(p => existsSync(p))

/**
 * The test's own setup installs the proxy from Debian's packages when it can (root, as on CI and the
 * project's machines), so `npm test` passes on a fresh machine too. A missing proxy fails, never skips.
 */
function ensureTinyproxy(): string {
  const found = findTinyproxy()
  if (found) return found
  if (process.getuid?.() === 0) {
    execFileSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tinyproxy'
      ],
      {stdio: 'ignore', timeout: 300_000}
    )
  }
  const installed = findTinyproxy()
  if (!installed)
    throw new Error(
      'tinyproxy is not installed and could not be installed: apt-get install -y tinyproxy (.ci/run does this)'
    )
  return installed
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const {port} = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

/** A CA and a leaf for 127.0.0.1/localhost, made with the openssl CLI. */
function makeCerts(dir: string): {ca: string; cert: string; key: string} {
  const run = (...args: string[]): void =>
    void execFileSync('openssl', args, {cwd: dir, stdio: 'ignore'})
  run(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=iks-preflight test CA'
  )
  run(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'leaf.key',
    '-out',
    'leaf.csr',
    '-subj',
    '/CN=127.0.0.1'
  )
  writeFileSync(
    join(dir, 'leaf.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n'
  )
  run(
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'leaf.pem',
    '-days',
    '2',
    '-extfile',
    'leaf.ext'
  )
  return {
    ca: join(dir, 'ca.pem'),
    cert: readFileSync(join(dir, 'leaf.pem'), 'utf8'),
    key: readFileSync(join(dir, 'leaf.key'), 'utf8')
  }
}

async function waitForPort(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms
  for (;;) {
    const ok = await new Promise<boolean>(resolve => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.destroy()
        resolve(true)
      })
      s.on('error', () => resolve(false))
    })
    if (ok) return
    if (Date.now() > until)
      throw new Error(`tinyproxy did not listen on ${port} within ${ms} ms`)
    await new Promise(r => setTimeout(r, 50))
  }
}

describe('corporate proxy', () => {
  let dir: string
  let proxy: ChildProcess | undefined
  let proxyPort: number
  let logFile: string
  let emu: Emulator
  let ca: string

  beforeAll(async () => {
    const TINYPROXY = ensureTinyproxy()
    dir = mkdtempSync(join(tmpdir(), 'iks-preflight-proxy-'))
    const certs = makeCerts(dir)
    ca = certs.ca
    emu = await start('healthy-mixed', {
      https: {cert: certs.cert, key: certs.key}
    })
    proxyPort = await freePort()
    logFile = join(dir, 'tinyproxy.log')
    // No ConnectPort lines: CONNECT to any port (the emulator's is random) is allowed.
    writeFileSync(
      join(dir, 'tinyproxy.conf'),
      [
        `Port ${proxyPort}`,
        'Listen 127.0.0.1',
        'Timeout 30',
        `LogFile "${logFile}"`,
        'LogLevel Info',
        'MaxClients 50',
        'Allow 127.0.0.1',
        `PidFile "${join(dir, 'tinyproxy.pid')}"`
      ].join('\n') + '\n'
    )
    proxy = spawn(TINYPROXY, ['-d', '-c', join(dir, 'tinyproxy.conf')], {
      stdio: 'ignore'
    })
    await waitForPort(proxyPort, 10_000)
  }, 330_000) // room for a first-time apt-get install of tinyproxy

  afterAll(async () => {
    if (proxy && proxy.exitCode === null) {
      const exited = new Promise(r => proxy!.once('exit', r))
      proxy.kill('SIGTERM')
      await exited
    }
    await emu?.close()
  })

  const tunnels = (): string[] =>
    existsSync(logFile)
      ? readFileSync(logFile, 'utf8')
          .split('\n')
          .filter(
            l =>
              /CONNECT/.test(l) &&
              l.includes(`127.0.0.1:${new URL(emu.baseUrl).port}`)
          )
      : []

  async function runThrough(proxyEnv: Record<string, string>): Promise<{
    exitCode: number
    result?: string
    requests: number
    tunnelsBefore: number
    tunnelsAfter: number
  }> {
    emu.clearRequests()
    const tunnelsBefore = tunnels().length
    const run = await runAction({
      inputs: {
        'api-key': emu.scenario.pipelineKey,
        operation: 'worker-replace',
        cluster: 'prod-classic,prod-vpc',
        'timeout-seconds': '30'
      },
      env: {...emu.env, NODE_EXTRA_CA_CERTS: ca, ...proxyEnv},
      timeoutMs: 45_000
    })
    // tinyproxy writes its log line when the tunnel closes; give it a moment after the action exits.
    await new Promise(r => setTimeout(r, 300))
    return {
      exitCode: run.exitCode,
      result: run.outputs['result'],
      requests: emu.requests.length,
      tunnelsBefore,
      tunnelsAfter: tunnels().length
    }
  }

  test.each([
    ['HTTPS_PROXY', {HTTPS_PROXY: ''}],
    ['https_proxy', {https_proxy: ''}]
  ])(
    '%s: every IBM call is tunnelled (CONNECT) through the proxy',
    async (_name, vars) => {
      const env = Object.fromEntries(
        Object.keys(vars).map(k => [k, `http://127.0.0.1:${proxyPort}`])
      )
      const r = await runThrough(env)
      expect(r.exitCode).toBe(0)
      expect(r.result).toBe('pass')
      expect(r.requests).toBeGreaterThan(3)
      // Keep-alive reuses tunnels, so there are fewer tunnels than requests, but at least one, all to the emulator.
      expect(r.tunnelsAfter).toBeGreaterThan(r.tunnelsBefore)
      const log = readFileSync(logFile, 'utf8')
      expect(log).toContain(`CONNECT 127.0.0.1:${new URL(emu.baseUrl).port}`)
    },
    60_000
  )

  test.each([
    ['NO_PROXY', {HTTPS_PROXY: 'proxy', NO_PROXY: '127.0.0.1'}],
    ['no_proxy', {https_proxy: 'proxy', no_proxy: '127.0.0.1,localhost'}]
  ])(
    '%s bypasses the proxy: the calls succeed and the proxy log shows no new tunnel',
    async (_name, vars) => {
      const env = Object.fromEntries(
        Object.entries(vars).map(([k, v]) => [
          k,
          v === 'proxy' ? `http://127.0.0.1:${proxyPort}` : v
        ])
      )
      const r = await runThrough(env)
      expect(r.exitCode).toBe(0)
      expect(r.result).toBe('pass')
      expect(r.requests).toBeGreaterThan(3)
      expect(r.tunnelsAfter).toBe(r.tunnelsBefore)
    },
    60_000
  )

  test('NO_PROXY is per host: IAM on localhost goes through the proxy, the rest on 127.0.0.1 does not', async () => {
    const port = new URL(emu.baseUrl).port
    const before = readFileSync(logFile, 'utf8').split('\n').length
    const run = await runAction({
      inputs: {
        'api-key': emu.scenario.pipelineKey,
        operation: 'worker-replace',
        cluster: 'prod-classic',
        'timeout-seconds': '30'
      },
      env: {
        ...emu.env,
        IBMCLOUD_IAM_API_ENDPOINT: `https://localhost:${port}/iam`,
        NODE_EXTRA_CA_CERTS: ca,
        HTTPS_PROXY: `http://127.0.0.1:${proxyPort}`,
        NO_PROXY: '127.0.0.1'
      },
      timeoutMs: 45_000
    })
    await new Promise(r => setTimeout(r, 300))
    expect(run.exitCode).toBe(0)
    const fresh = readFileSync(logFile, 'utf8')
      .split('\n')
      .slice(before - 1)
      .join('\n')
    expect(fresh).toContain(`CONNECT localhost:${port}`)
    expect(fresh).not.toContain(`CONNECT 127.0.0.1:${port}`)
  }, 60_000)

  test('HTTP_PROXY carries plain-HTTP endpoints (absolute-form requests through the proxy)', async () => {
    const plain = await start('healthy-mixed')
    try {
      const run = await runAction({
        inputs: {
          'api-key': plain.scenario.pipelineKey,
          operation: 'worker-replace',
          cluster: 'prod-classic',
          'timeout-seconds': '30'
        },
        env: {...plain.env, HTTP_PROXY: `http://127.0.0.1:${proxyPort}`},
        timeoutMs: 45_000
      })
      await new Promise(r => setTimeout(r, 300))
      expect(run.exitCode).toBe(0)
      // tinyproxy adds a Via header to every request it forwards.
      expect(plain.requests.length).toBeGreaterThan(3)
      expect(
        plain.requests.every(r => /tinyproxy/i.test(r.headers['via'] ?? ''))
      ).toBe(true)
    } finally {
      await plain.close()
    }
  }, 60_000)

  test('a proxy that is down: every check is "could not verify" naming the service, exit 1, no hang', async () => {
    const dead = await freePort()
    emu.clearRequests()
    const run = await runAction({
      inputs: {
        'api-key': emu.scenario.pipelineKey,
        operation: 'worker-replace',
        cluster: 'prod-classic',
        'timeout-seconds': '10'
      },
      env: {
        ...emu.env,
        NODE_EXTRA_CA_CERTS: ca,
        HTTPS_PROXY: `http://127.0.0.1:${dead}`
      },
      timeoutMs: 30_000
    })
    expect(run.exitCode).toBe(1)
    expect(emu.requests).toHaveLength(0)
    const findings = run.report?.['findings'] as Array<{
      status: string
      summary: string
    }>
    expect(findings.filter(f => f.status === 'pass')).toEqual([])
    expect(findings.find(f => f.status === 'error')?.summary).toMatch(
      // One sentence naming the host, the proxy tried and what happened (issue 21).
      /IBM Cloud IAM .*no answer from 127\.0\.0\.1:\d+ through the proxy 127\.0\.0\.1:\d+ \(HTTPS_PROXY\/HTTP_PROXY\): the proxy refused the connection/
    )
  }, 40_000)
})
