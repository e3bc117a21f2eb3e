/**
 * Property tests: any plan text and any input strings end in an Intent or an InputError naming the input,
 * never a crash, and whatever is derived names only the operations we know.
 */
import fc from 'fast-check'
import {readFileSync, readdirSync} from 'node:fs'
import {InputError, type RawInputs} from '../src/config/inputs.js'
import {
  INTENT_INPUTS,
  INTENT_OPERATIONS,
  IKS_RESOURCE_TYPES,
  intentFromInputs,
  intentFromPlan,
  type Intent
} from '../src/intent/index.js'

const RUNS = 200

function outcome(fn: () => Intent): Intent | InputError {
  try {
    return fn()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
}

function wellFormed(i: Intent): void {
  for (const c of i.clusters) {
    expect(c.operations.length).toBeGreaterThan(0)
    for (const o of c.operations)
      expect(INTENT_OPERATIONS as readonly string[]).toContain(o.operation)
  }
}

const ACTIONS = fc.constantFrom(
  ['create'],
  ['update'],
  ['delete'],
  ['delete', 'create'],
  ['create', 'delete'],
  ['no-op'],
  ['read'],
  ['forget']
)
const ATTRS = [
  'name',
  'cluster',
  'worker_pool',
  'worker_pool_name',
  'flavor',
  'machine_type',
  'zones',
  'zone',
  'datacenter',
  'worker_count',
  'size_per_zone',
  'default_pool_size',
  'kube_version',
  'patch_version',
  'update_all_workers',
  'kms_config',
  'kms_instance_id',
  'crk',
  'private_vlan_id',
  'public_vlan_id',
  'vpc_id',
  'orphan_on_delete',
  'import_on_create',
  'workers_info'
]
const value = fc.oneof(
  fc.jsonValue({maxDepth: 3}),
  fc.array(
    fc.dictionary(
      fc.constantFrom('name', 'subnet_id', 'instance_id', 'crk_id', 'version'),
      fc.jsonValue({maxDepth: 1})
    ),
    {maxLength: 3}
  )
)
const attrs = fc.dictionary(fc.constantFrom(...ATTRS), value)
const marks = fc.dictionary(
  fc.constantFrom(...ATTRS),
  fc.oneof(fc.constant(true), fc.jsonValue({maxDepth: 2}))
)
const resourceChange = fc.record({
  address: fc.string({minLength: 1, maxLength: 30}),
  module_address: fc.option(
    fc.constantFrom('module.a', 'module.a[0].module.b'),
    {
      nil: undefined
    }
  ),
  mode: fc.constantFrom('managed', 'data'),
  type: fc.constantFrom(...IKS_RESOURCE_TYPES, 'ibm_is_vpc'),
  name: fc.constantFrom('cluster', 'pool', 'zone'),
  index: fc.option(fc.oneof(fc.nat(3), fc.string({maxLength: 3})), {
    nil: undefined
  }),
  change: fc.record({
    actions: ACTIONS,
    before: fc.oneof(fc.constant(null), attrs),
    after: fc.oneof(fc.constant(null), attrs),
    after_unknown: fc.oneof(fc.constant({}), marks),
    replace_paths: fc.option(fc.jsonValue({maxDepth: 2}), {nil: undefined})
  })
})

describe('intentFromPlan never crashes', () => {
  test('any text: an Intent or an InputError for terraform-plan', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map(v => JSON.stringify(v))
        ),
        text => {
          const r = outcome(() => intentFromPlan(text))
          if (r instanceof InputError) expect(r.input).toBe('terraform-plan')
          else wellFormed(r)
        }
      ),
      {numRuns: RUNS}
    )
  })

  test('any IKS resource changes, references and configuration: well-formed operations', () => {
    fc.assert(
      fc.property(
        fc.array(resourceChange, {maxLength: 6}),
        fc.option(fc.jsonValue({maxDepth: 4}), {nil: undefined}),
        (changes, configuration) => {
          const r = outcome(() =>
            intentFromPlan(
              JSON.stringify({
                format_version: '1.2',
                resource_changes: changes,
                configuration
              })
            )
          )
          expect(r).not.toBeInstanceOf(InputError)
          wellFormed(r as Intent)
        }
      ),
      {numRuns: RUNS}
    )
  })

  test('every fixture survives any one value replaced by arbitrary JSON', () => {
    const dir = 'test/fixtures/terraform-plans'
    const plans = readdirSync(dir).map(f => readFileSync(`${dir}/${f}`, 'utf8'))
    fc.assert(
      fc.property(
        fc.constantFrom(...plans),
        fc.nat(),
        fc.jsonValue({maxDepth: 2}),
        (text, at, replacement) => {
          // Replace the at-th JSON value (by key order) of a resource change.
          const plan = JSON.parse(text) as {resource_changes: unknown[]}
          const rc = plan.resource_changes[at % plan.resource_changes.length]
          const paths: Array<[Record<string, unknown>, string]> = []
          const walk = (o: unknown): void => {
            if (o === null || typeof o !== 'object') return
            for (const [k, v] of Object.entries(o)) {
              paths.push([o as Record<string, unknown>, k])
              walk(v)
            }
          }
          walk(rc)
          const pick = paths[at % Math.max(1, paths.length)]
          if (pick) pick[0][pick[1]] = replacement
          const r = outcome(() => intentFromPlan(JSON.stringify(plan)))
          if (r instanceof InputError) expect(r.input).toBe('terraform-plan')
          else wellFormed(r)
        }
      ),
      {numRuns: RUNS}
    )
  })
})

test('intentFromInputs: any strings for any input end in an Intent or an InputError naming a known input', () => {
  const names = ['operation', 'cluster', 'provider', ...INTENT_INPUTS]
  const raw = fc.record({
    operation: fc.oneof(fc.constantFrom(...INTENT_OPERATIONS), fc.string()),
    cluster: fc.oneof(fc.constantFrom('c1', 'a,b', ''), fc.string()),
    provider: fc.oneof(fc.constantFrom('', 'classic', 'vpc-gen2'), fc.string()),
    'worker-pool': fc.string(),
    flavor: fc.oneof(fc.constant('bx2.4x16'), fc.string()),
    zones: fc.oneof(
      fc.constantFrom('', 'dal10,dal12', 'us-south-1'),
      fc.string()
    ),
    'workers-per-zone': fc.oneof(fc.constantFrom('', '0', '3'), fc.string()),
    'kube-version': fc.oneof(fc.constantFrom('', '1.30'), fc.string()),
    'subnet-ids': fc.oneof(
      fc.constantFrom('', '0717-abcd', 'us-south-1:0717-abcd'),
      fc.string()
    ),
    'private-vlan': fc.oneof(
      fc.constantFrom('', '123', 'dal10:123'),
      fc.string()
    ),
    'public-vlan': fc.oneof(fc.constantFrom('', '456'), fc.string())
  })
  fc.assert(
    fc.property(raw, (r: RawInputs) => {
      const out = outcome(() => intentFromInputs(r))
      if (out instanceof InputError) expect(names).toContain(out.input)
      else wellFormed(out)
    }),
    {numRuns: RUNS * 2}
  )
})
