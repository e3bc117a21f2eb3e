import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv from 'ajv'
import {explainReport} from '../src/explain/report.js'
import type {Report} from '../src/report/model.js'
import {walkScenarios} from './support/walk.js'

/**
 * schema/report.schema.json is the published contract of the JSON report (schemaVersion 1): every report
 * the product can print (every emulator scenario × the walk's operations, and explain over its corpus)
 * must validate, and the schema must reject what the contract rules out.
 */
const schema = JSON.parse(
  readFileSync('schema/report.schema.json', 'utf8')
) as object
const validate = new Ajv({allErrors: true}).compile(schema)

function errorsOf(report: unknown): string[] {
  return validate(JSON.parse(JSON.stringify(report)))
    ? []
    : (validate.errors ?? []).map(e => `${e.dataPath} ${e.message}`)
}

describe('report JSON Schema', () => {
  test('every emulator scenario × walk operation yields a report the schema accepts', async () => {
    const bad: string[] = []
    const runs = await walkScenarios(({scenario, run, report}) => {
      for (const e of errorsOf(report)) bad.push(`${scenario}/${run}: ${e}`)
    })
    expect(runs).toBeGreaterThan(100)
    expect(bad.slice(0, 20)).toEqual([])
  }, 600_000)

  test('explain reports (fixtures and corpus) validate', () => {
    const dirs = [
      join('test', 'fixtures', 'explain'),
      join('test', 'fixtures', 'explain', 'corpus')
    ]
    let n = 0
    for (const dir of dirs)
      for (const f of readdirSync(dir).filter(f => f.endsWith('.txt'))) {
        const report = explainReport(readFileSync(join(dir, f), 'utf8'), {
          failOn: 'error'
        })
        expect({f, errors: errorsOf(report)}).toEqual({f, errors: []})
        n++
      }
    expect(n).toBeGreaterThan(20)
    expect(errorsOf(explainReport('', {failOn: 'warning'}))).toEqual([])
  })

  test('the schema rejects what schemaVersion 1 rules out', () => {
    const good = explainReport('Error: E0051 No credentials set', {
      failOn: 'error'
    })
    expect(errorsOf(good)).toEqual([])
    const broken = (change: (r: Record<string, unknown>) => void): string[] => {
      const r = JSON.parse(JSON.stringify(good)) as Record<string, unknown>
      change(r)
      return errorsOf(r)
    }
    expect(broken(r => (r['schemaVersion'] = 2))).not.toEqual([])
    expect(broken(r => delete r['findings'])).not.toEqual([])
    expect(broken(r => (r['result'] = 'error'))).not.toEqual([])
    expect(
      broken(
        r => ((r['findings'] as Report['findings'])[0]!.status = 'ok' as never)
      )
    ).not.toEqual([])
    expect(broken(r => (r['apiKey'] = 'x'))).not.toEqual([])
  })

  test('the schema is versioned with the report', async () => {
    const {SCHEMA_VERSION} = await import('../src/report/model.js')
    expect(
      (schema as {properties: {schemaVersion: {const: number}}}).properties
        .schemaVersion.const
    ).toBe(SCHEMA_VERSION)
  })
})
