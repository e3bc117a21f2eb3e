import {readFileSync} from 'node:fs'
import {INPUT_NAMES} from '../src/config/types.js'
import {resolveEndpoints} from '../src/ibm/endpoints.js'
import {emulatorEnv} from './emulator/index.js'

/**
 * Every endpoint variable the code reads (src/ibm/endpoints.ts) is listed in .env.example, with the
 * emulator's URL that `npm run local-action` serves, and in the README's endpoint table; none is listed
 * that the code does not read. The issue: .env.example lacked two variables and the run reached IBM.
 */
const source = readFileSync('src/ibm/endpoints.ts', 'utf8')
const read = new Set(
  [...source.matchAll(/'((?:IBMCLOUD|IAAS)_[A-Z_]+)'/g)].map(m => m[1]!)
)
const isEndpoint = (v: string): boolean =>
  /^(IBMCLOUD_[A-Z_]*ENDPOINT|IAAS_CLASSIC_ENDPOINT_URL)$/.test(v)

describe('endpoint variables', () => {
  test('the code reads the variables it is known to read', () => {
    expect(read.size).toBeGreaterThanOrEqual(9)
    for (const v of read) expect(isEndpoint(v)).toBe(true)
    // Each variable really switches its endpoint (the list above is not just strings in the file).
    const url = 'http://endpoint.example'
    const e = resolveEndpoints(
      Object.fromEntries([...read].map(v => [v, `${url}/${v}`])),
      'public',
      'us-south'
    )
    const used = new Set(
      [
        e.iam,
        e.containers,
        e.accounts,
        e.resourceManager,
        e.resourceController,
        e.userManagement,
        e.classic,
        e.schematics,
        e.vpc('us-south')
      ].map(u => u.slice(url.length + 1))
    )
    expect([...used].sort()).toEqual([...read].sort())
  })

  test('.env.example lists every one, pointing at the emulator local-action starts', () => {
    const lines = readFileSync('.env.example', 'utf8').split('\n')
    const listed = Object.fromEntries(
      lines
        .map(l => /^([A-Z_]+)=(.*)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null && isEndpoint(m[1]!))
        .map(m => [m[1]!, m[2]!])
    )
    expect(Object.keys(listed).sort()).toEqual([...read].sort())
    const emu = emulatorEnv('http://127.0.0.1:8787')
    for (const v of read) expect({v, url: listed[v]}).toEqual({v, url: emu[v]})
  })

  test('.env.example lists every input of action.yml, ', () => {
    const inputs = readFileSync('.env.example', 'utf8')
      .split('\n')
      .map(l => /^INPUT_([A-Z0-9-]+)=/.exec(l)?.[1]?.toLowerCase())
      .filter((n): n is string => n !== undefined)
    expect([...inputs].sort()).toEqual([...INPUT_NAMES].sort())
  })

  test("the README's endpoint table names every one", () => {
    const readme = readFileSync('README.md', 'utf8')
    const table = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)]
      .map(m => m[1]!)
      .filter(isEndpoint)
    expect(table.sort()).toEqual([...read].sort())
  })
})
