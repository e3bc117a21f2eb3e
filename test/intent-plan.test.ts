import {readFileSync} from 'node:fs'
import {InputError} from '../src/config/inputs.js'
import {
  AFTER_APPLY,
  intentFromPlan,
  isAfterApply,
  type Intent
} from '../src/intent/index.js'

const DIR = 'test/fixtures/terraform-plans'
const text = (f: string): string => readFileSync(`${DIR}/${f}`, 'utf8')
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (f: string): any => JSON.parse(text(f))

/** cluster -> "operation pool attributes" lines, the shape of the plan → operation table. */
function summary(intent: Intent): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const c of intent.clusters) {
    const name = isAfterApply(c.cluster.nameOrId)
      ? '(after apply)'
      : c.cluster.nameOrId
    out[`${name} ${c.provider}`] = c.operations.map(o =>
      [
        o.operation,
        typeof o.pool === 'string' ? o.pool : '-',
        o.source.kind === 'plan' ? o.source.attributes.join('+') || '-' : ''
      ].join(' ')
    )
  }
  return out
}
const skips = (intent: Intent): string[] =>
  intent.skipped.map(s => `${s.address} ${s.reason} ${s.attributes.join('+')}`)

describe('intentFromPlan: every resource type × create, update, resize, delete, replace', () => {
  test.each<[string, Record<string, string[]>, string[]]>([
    [
      'vpc-cluster-create.json',
      {
        'prod-vpc vpc-gen2': [
          'cluster-create default -',
          'worker-pool-create edge -'
        ]
      },
      []
    ],
    [
      'vpc-cluster-update.json',
      {
        'prod-vpc vpc-gen2': [
          'cluster-update - kube_version',
          'worker-replace - update_all_workers'
        ]
      },
      ['ibm_container_vpc_cluster.cluster not-an-iks-operation tags']
    ],
    [
      'vpc-cluster-delete.json',
      {'prod-vpc vpc-gen2': ['cluster-delete - -']},
      []
    ],
    [
      'vpc-cluster-replace.json',
      {
        'prod-vpc vpc-gen2': [
          'cluster-delete - vpc_id',
          'cluster-create default vpc_id'
        ]
      },
      []
    ],
    [
      'classic-cluster-create.json',
      {'prod-classic classic': ['cluster-create default -']},
      []
    ],
    [
      'classic-cluster-update.json',
      {
        'prod-classic classic': [
          'cluster-update - kube_version',
          'worker-reload - patch_version'
        ]
      },
      []
    ],
    [
      'classic-cluster-delete.json',
      {'prod-classic classic': ['cluster-delete - -']},
      []
    ],
    [
      // create_before_destroy with a new name: two clusters, the new one first
      'classic-cluster-replace.json',
      {
        'prod-classic-2 classic': ['cluster-create default name'],
        'prod-classic classic': ['cluster-delete - name']
      },
      []
    ],
    [
      'classic-worker-pool-create.json',
      {
        'ct4h9mm30b1d2f3g5k7l classic': [
          'worker-pool-create batch -',
          'zone-add batch -'
        ]
      },
      []
    ],
    [
      'classic-worker-pool-resize.json',
      {
        'ct4h9mm30b1d2f3g5k7l classic': [
          'worker-pool-resize batch size_per_zone'
        ]
      },
      // The provider's pool Update sends labels to IKS: not "not an IKS operation" (issue 22).
      ['ibm_container_worker_pool.batch iks-change-not-preflighted labels']
    ],
    [
      'classic-worker-pool-delete.json',
      {'ct4h9mm30b1d2f3g5k7l classic': ['worker-pool-delete batch -']},
      ['ibm_container_worker_pool.legacy orphan-on-delete orphan_on_delete']
    ],
    [
      'classic-worker-pool-replace.json',
      {
        'ct4h9mm30b1d2f3g5k7l classic': [
          'worker-pool-delete batch machine_type',
          'worker-pool-create batch machine_type'
        ]
      },
      []
    ],
    [
      'classic-zone-attachment-changes.json',
      // A deleted attachment deletes the zone's workers: a zone-remove worker-minimum counts (issue 22).
      {
        'ct4h9mm30b1d2f3g5k7l classic': [
          'zone-remove batch -',
          'zone-remove default zone',
          'zone-add default zone'
        ]
      },
      [
        'ibm_container_worker_pool_zone_attachment.batch_dal12 zone-network-change private_vlan_id+public_vlan_id'
      ]
    ],
    [
      'vpc-worker-pool-create.json',
      {'cq8f1kq20r7b3m4n5p6g vpc-gen2': ['worker-pool-create edge -']},
      []
    ],
    [
      'vpc-worker-pool-resize.json',
      {
        'cq8f1kq20r7b3m4n5p6g vpc-gen2': [
          'worker-pool-resize edge worker_count'
        ]
      },
      []
    ],
    [
      'vpc-worker-pool-zone-add.json',
      {'cq8f1kq20r7b3m4n5p6g vpc-gen2': ['zone-add edge zones']},
      []
    ],
    [
      'vpc-worker-pool-delete.json',
      {'cq8f1kq20r7b3m4n5p6g vpc-gen2': ['worker-pool-delete edge -']},
      []
    ],
    [
      'vpc-worker-pool-replace.json',
      {
        'cq8f1kq20r7b3m4n5p6g vpc-gen2': [
          'worker-pool-create edge flavor',
          'worker-pool-delete edge flavor'
        ]
      },
      []
    ],
    [
      // modules, a no-op cluster, a data source read and a non-IKS resource around two clusters
      'two-clusters.json',
      {
        'prod-vpc vpc-gen2': ['worker-pool-resize edge worker_count'],
        'stage-vpc vpc-gen2': ['cluster-update - kube_version']
      },
      []
    ]
  ])('%s', (file, operations, skipped) => {
    const intent = intentFromPlan(text(file))
    expect(summary(intent)).toEqual(operations)
    expect(skips(intent)).toEqual(skipped)
  })
})

describe('intentFromPlan: the fields each operation fills', () => {
  test('VPC cluster create: flavor, zones with subnets, size, version, VPC, both KMS uses', () => {
    const [c] = intentFromPlan(text('vpc-cluster-create.json')).clusters
    expect(c!.cluster).toEqual({
      nameOrId: 'prod-vpc',
      address: 'ibm_container_vpc_cluster.cluster'
    })
    expect(c!.operations[0]).toEqual({
      operation: 'cluster-create',
      provider: 'vpc-gen2',
      pool: 'default',
      flavor: 'bx2.4x16',
      zones: [
        {
          zone: 'us-south-1',
          subnetId: '0717-5e1b2c3d-4a5b-4c6d-8e7f-901a2b3c4d5e'
        },
        {
          zone: 'us-south-2',
          subnetId: '0727-6f2c3d4e-5b6c-4d7e-9f80-a12b3c4d5e6f'
        },
        {
          zone: 'us-south-3',
          subnetId: '0737-7a3d4e5f-6c7d-4e8f-a091-b23c4d5e6f70'
        }
      ],
      workersPerZone: 2,
      kubeVersion: '1.30.4_1533',
      vpcId: 'r006-6a2f3b4c-1d2e-4f5a-8b9c-0d1e2f3a4b5c',
      kms: [
        {
          scope: 'cluster',
          instanceId: '2f7c1a3e-8b4d-4e6f-9a0b-1c2d3e4f5a6b',
          rootKeyId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'
        },
        {
          scope: 'worker-volumes',
          instanceId: '2f7c1a3e-8b4d-4e6f-9a0b-1c2d3e4f5a6b',
          rootKeyId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'
        }
      ],
      source: {
        kind: 'plan',
        address: 'ibm_container_vpc_cluster.cluster',
        actions: ['create'],
        attributes: []
      }
    })
  })

  test('a pool whose cluster ID is known after apply joins the cluster it references', () => {
    const [c] = intentFromPlan(text('vpc-cluster-create.json')).clusters
    const pool = c!.operations[1]!
    expect(pool).toMatchObject({
      operation: 'worker-pool-create',
      pool: 'edge',
      flavor: 'bx2.8x32',
      workersPerZone: 2
    })
    expect(pool.kms).toBeUndefined()
  })

  test('classic create: the datacenter with its VLANs; an unset kube_version is IBM default, not after-apply', () => {
    const op = intentFromPlan(text('classic-cluster-create.json')).clusters[0]!
      .operations[0]!
    expect(op).toMatchObject({
      flavor: 'b3c.4x16',
      workersPerZone: 3,
      zones: [{zone: 'dal10', privateVlan: '3249706', publicVlan: '3249704'}]
    })
    expect('kubeVersion' in op).toBe(false)
  })

  test('cluster update: target and previous version; the worker update takes the patch version', () => {
    const ops = intentFromPlan(text('classic-cluster-update.json')).clusters[0]!
      .operations
    expect(ops[0]).toMatchObject({
      kubeVersion: '1.34',
      previousKubeVersion: '1.33.4_1534'
    })
    expect(ops[1]).toMatchObject({
      operation: 'worker-reload',
      kubeVersion: '1.34.1_1520'
    })
  })

  test('resize: new and previous size per zone, the pool flavor and zones', () => {
    const op = intentFromPlan(text('vpc-worker-pool-resize.json')).clusters[0]!
      .operations[0]!
    expect(op).toMatchObject({
      workersPerZone: 4,
      previousWorkersPerZone: 2,
      flavor: 'bx2.8x32',
      zones: [{zone: 'us-south-1'}, {zone: 'us-south-2'}]
    })
  })

  test('VPC zone-add: only the added zone, with its subnet and the pool size', () => {
    const op = intentFromPlan(text('vpc-worker-pool-zone-add.json'))
      .clusters[0]!.operations[0]!
    expect(op).toMatchObject({
      workersPerZone: 2,
      zones: [
        {
          zone: 'us-south-3',
          subnetId: '0737-7a3d4e5f-6c7d-4e8f-a091-b23c4d5e6f70'
        }
      ]
    })
  })

  test('classic zone attachment: flavor and size from the pool it references in the same plan', () => {
    const op = intentFromPlan(text('classic-worker-pool-create.json'))
      .clusters[0]!.operations[1]!
    expect(op).toMatchObject({
      operation: 'zone-add',
      pool: 'batch',
      flavor: 'b3c.8x32',
      workersPerZone: 2,
      zones: [{zone: 'dal12', privateVlan: '3311802', publicVlan: '3311800'}]
    })
  })

  test('a replaced zone attachment without configured VLANs: the zone, no VLANs (none given)', () => {
    const op = intentFromPlan(text('classic-zone-attachment-changes.json'))
      .clusters[0]!.operations[0]!
    expect(op.zones).toEqual([{zone: 'dal13'}])
  })

  test('pool delete: the size and zones it had', () => {
    const op = intentFromPlan(text('vpc-worker-pool-delete.json')).clusters[0]!
      .operations[0]!
    expect(op).toMatchObject({workersPerZone: 2, pool: 'edge'})
    expect(op.zones).toHaveLength(2)
  })
})

describe('intentFromPlan: known after apply', () => {
  test('unknown cluster reference without configuration: the cluster is known after apply', () => {
    const plan = json('vpc-cluster-create.json')
    delete plan.configuration
    const intent = intentFromPlan(JSON.stringify(plan))
    expect(intent.clusters).toHaveLength(2)
    expect(intent.clusters[1]!.cluster.nameOrId).toBe(AFTER_APPLY)
    expect(intent.clusters[1]!.operations[0]!.operation).toBe(
      'worker-pool-create'
    )
  })

  test('configured values that are unknown are marked, never guessed', () => {
    const plan = json('vpc-cluster-create.json')
    const rc = plan.resource_changes[0].change
    delete rc.after.kube_version
    delete rc.after.worker_count
    rc.after.kms_config[0].instance_id = null
    rc.after_unknown.kube_version = true
    rc.after_unknown.worker_count = true
    rc.after_unknown.kms_config = [{instance_id: true}]
    rc.after_unknown.zones = true
    delete rc.after.zones
    const op = intentFromPlan(JSON.stringify(plan)).clusters[0]!.operations[0]!
    expect(op.kubeVersion).toBe(AFTER_APPLY)
    expect(op.workersPerZone).toBe(AFTER_APPLY)
    expect(op.zones).toBe(AFTER_APPLY)
    expect(op.kms![0]).toEqual({
      scope: 'cluster',
      instanceId: AFTER_APPLY,
      rootKeyId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'
    })
    expect(JSON.stringify(op.kubeVersion)).toBe('{"afterApply":true}')
  })

  test('VPC pool zones unknown on update: a zone-add whose zones are known after apply', () => {
    const plan = json('vpc-worker-pool-resize.json')
    const ch = plan.resource_changes[0].change
    ch.after.worker_count = 2
    delete ch.after.zones
    ch.after_unknown.zones = true
    const intent = intentFromPlan(JSON.stringify(plan))
    expect(summary(intent)).toEqual({
      'cq8f1kq20r7b3m4n5p6g vpc-gen2': ['zone-add edge zones']
    })
    expect(intent.clusters[0]!.operations[0]!.zones).toBe(AFTER_APPLY)
  })

  test('a zone element wholly known after apply: a zone-add of a zone known after apply', () => {
    const plan = json('vpc-worker-pool-zone-add.json')
    const ch = plan.resource_changes[0].change
    ch.after.zones[2] = null
    ch.after_unknown.zones = [{}, {}, true]
    const op = intentFromPlan(JSON.stringify(plan)).clusters[0]!.operations[0]!
    expect(op.operation).toBe('zone-add')
    expect(op.zones).toEqual([{zone: AFTER_APPLY, subnetId: AFTER_APPLY}])
  })

  test('a removed zone is a zone-remove; a moved subnet is the add then the removal the provider makes (issue 22)', () => {
    const plan = json('vpc-worker-pool-resize.json')
    const ch = plan.resource_changes[0].change
    ch.after.worker_count = 2
    ch.after.zones = [
      {
        name: 'us-south-1',
        subnet_id: '0717-99999999-0000-4000-8000-000000000000'
      }
    ]
    const intent = intentFromPlan(JSON.stringify(plan))
    const ops = intent.clusters.flatMap(c => c.operations)
    // The provider adds {us-south-1, new subnet}, then removes us-south-1 (by name) and us-south-2.
    expect(ops.map(o => [o.operation, o.pool, o.zones])).toEqual([
      [
        'zone-add',
        'edge',
        [
          {
            zone: 'us-south-1',
            subnetId: '0717-99999999-0000-4000-8000-000000000000'
          }
        ]
      ],
      ['zone-remove', 'edge', [{zone: 'us-south-2'}, {zone: 'us-south-1'}]]
    ])
    expect(intent.clusters[0]!.cluster.nameOrId).toBe('cq8f1kq20r7b3m4n5p6g')
    expect(skips(intent)).toEqual([
      'ibm_container_vpc_worker_pool.edge zone-network-change zones'
    ])
  })
})

describe('intentFromPlan: references, counts, modules and skipped changes', () => {
  test('count instances: a pool references the cluster with the same index', () => {
    const plan = json('vpc-cluster-create.json')
    const [cl, pool] = plan.resource_changes
    const clusters = [0, 1].map(i => ({
      ...cl,
      address: `ibm_container_vpc_cluster.cluster[${i}]`,
      index: i,
      change: {...cl.change, after: {...cl.change.after, name: `prod-vpc-${i}`}}
    }))
    const pools = [0, 1].map(i => ({
      ...pool,
      address: `ibm_container_vpc_worker_pool.edge[${i}]`,
      index: i
    }))
    plan.resource_changes = [...clusters, ...pools]
    const intent = intentFromPlan(JSON.stringify(plan))
    expect(summary(intent)).toEqual({
      'prod-vpc-0 vpc-gen2': [
        'cluster-create default -',
        'worker-pool-create edge -'
      ],
      'prod-vpc-1 vpc-gen2': [
        'cluster-create default -',
        'worker-pool-create edge -'
      ]
    })
  })

  test('references resolve inside a module, not across modules', () => {
    const plan = json('two-clusters.json')
    const pool = plan.resource_changes[1]
    delete pool.change.after.cluster
    pool.change.after_unknown.cluster = true
    const intent = intentFromPlan(JSON.stringify(plan))
    expect(intent.clusters[0]!.cluster).toEqual({
      nameOrId: 'prod-vpc',
      address: 'module.prod.ibm_container_vpc_cluster.cluster'
    })
  })

  test('classic workers_info with a new version: a worker-reload (the provider updates that worker)', () => {
    const plan = json('classic-cluster-update.json')
    const ch = plan.resource_changes[0].change
    ch.before.workers_info = [
      {
        id: 'kube-ct4h9mm30b1d2f3g5k7l-prodclassic-default-00000123',
        version: '1.29.8_1541',
        pool_name: 'default'
      }
    ]
    ch.after = {
      ...ch.before,
      workers_info: [{...ch.before.workers_info[0], version: '1.30.4_1533'}]
    }
    expect(summary(intentFromPlan(JSON.stringify(plan)))).toEqual({
      'prod-classic classic': ['worker-reload - workers_info']
    })
  })

  test('import_on_create and forget are skipped with their reason', () => {
    const plan = json('vpc-worker-pool-create.json')
    plan.resource_changes[0].change.after.import_on_create = true
    const forget = structuredClone(
      json('vpc-worker-pool-delete.json').resource_changes[0]
    )
    forget.change.actions = ['forget']
    plan.resource_changes.push(forget)
    const intent = intentFromPlan(JSON.stringify(plan))
    expect(intent.clusters).toEqual([])
    expect(intent.skipped.map(s => s.reason)).toEqual([
      'import-on-create',
      'forget'
    ])
  })

  test('enabling KMS on an existing cluster is a cluster-update carrying the KMS, without a version', () => {
    const plan = json('vpc-cluster-update.json')
    const ch = plan.resource_changes[0].change
    ch.after = {
      ...ch.before,
      kms_config: [
        {
          account_id: null,
          crk_id: 'crk-1',
          instance_id: 'kms-1',
          private_endpoint: true,
          wait_for_apply: false
        }
      ]
    }
    const op = intentFromPlan(JSON.stringify(plan)).clusters[0]!.operations
    expect(op).toEqual([
      expect.objectContaining({
        operation: 'cluster-update',
        kms: [{scope: 'cluster', instanceId: 'kms-1', rootKeyId: 'crk-1'}],
        source: expect.objectContaining({attributes: ['kms_config']})
      })
    ])
    expect(op[0]!.kubeVersion).toBeUndefined()
  })

  test('an empty plan (no resources: Terraform omits resource_changes) has no operations', () => {
    expect(
      intentFromPlan(
        JSON.stringify({
          format_version: '1.2',
          terraform_version: '1.9.8',
          planned_values: {root_module: {}}
        })
      )
    ).toEqual({clusters: [], skipped: []})
  })

  test('unknown keys anywhere are ignored (newer Terraform versions add some)', () => {
    const plan = json('vpc-worker-pool-resize.json')
    plan.checks = []
    plan.resource_changes[0].change.importing = {id: 'x'}
    plan.resource_changes[0].future_key = 1
    expect(summary(intentFromPlan(JSON.stringify(plan)))).toEqual({
      'cq8f1kq20r7b3m4n5p6g vpc-gen2': ['worker-pool-resize edge worker_count']
    })
  })
})

describe('intentFromPlan: a file that is not plan JSON gets an error naming what is wrong', () => {
  const stateFile = JSON.stringify({
    version: 4,
    terraform_version: '1.9.8',
    serial: 12,
    lineage: '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b',
    outputs: {},
    resources: [],
    check_results: null
  })
  test.each<[string, string, string]>([
    ['empty', '  \n', 'the file is empty'],
    ['binary plan', 'PK\u0003\u0004\u0014\u0000tfplan', 'binary plan file'],
    [
      'HCL',
      'resource "ibm_container_vpc_cluster" "c" {\n  name = "x"\n}\n',
      'looks like Terraform configuration (HCL)'
    ],
    [
      'terraform plan -json log',
      '{"@level":"info","@message":"Terraform 1.9.8","@module":"terraform.ui","type":"version"}\n{"@level":"info","@message":"Plan: 1 to add"}\n',
      'streamed log of `terraform plan -json`'
    ],
    ['text', 'Plan: 1 to add, 0 to change', 'the file is not JSON'],
    ['array', '[]', 'the file is JSON but an array, not a plan object'],
    ['state file', stateFile, 'Terraform state file (terraform.tfstate)'],
    [
      'state as JSON',
      '{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":{}}}',
      'Terraform state shown as JSON'
    ],
    [
      'no format_version',
      '{"resource_changes":[]}',
      'format_version is missing'
    ],
    [
      'numeric format_version',
      '{"format_version":1,"resource_changes":[]}',
      'format_version is a number'
    ],
    [
      // Terraform 0.12 to 0.14 wrote 0.1 and 1.0 wrote 0.2 (accepted); no Terraform writes 0.3.
      'format 0.3',
      '{"format_version":"0.3","resource_changes":[]}',
      'format_version "0.3" is not supported'
    ],
    [
      'format 2.0',
      '{"format_version":"2.0","resource_changes":[]}',
      'format_version "2.0" is not supported'
    ],
    [
      'errored',
      '{"format_version":"1.2","resource_changes":[],"errored":true}',
      'the plan errored'
    ],
    [
      'no resource_changes',
      '{"format_version":"1.2","terraform_version":"1.9.8"}',
      'resource_changes is missing'
    ],
    [
      'resource_changes object',
      '{"format_version":"1.2","resource_changes":{}}',
      'resource_changes is an object; expected an array'
    ],
    [
      'bad action',
      '{"format_version":"1.2","resource_changes":[{"address":"a.b","mode":"managed","type":"a","name":"b","change":{"actions":["explode"]}}]}',
      'resource_changes[0].change.actions[0] is not what a plan holds: expected one of no-op, create, read, update, delete, forget'
    ],
    [
      'no change',
      '{"format_version":"1.2","resource_changes":[{"address":"a.b","mode":"managed","type":"a","name":"b"}]}',
      'resource_changes[0].change is not what a plan holds: expected object'
    ],
    [
      'address not a string',
      '{"format_version":"1.2","resource_changes":[{"address":7,"mode":"managed","type":"a","name":"b","change":{"actions":[]}}]}',
      'resource_changes[0].address is not what a plan holds: expected string'
    ]
  ])('%s', (_name, input, message) => {
    let error: unknown
    try {
      intentFromPlan(input)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('terraform-plan')
    expect((error as InputError).message).toContain(message)
  })

  test('the error never quotes the file (it may hold sensitive values)', () => {
    let message = ''
    try {
      intentFromPlan(
        '{"format_version": "1.2", "api_key": "s3cr3t-VALUE-xyz", oops}'
      )
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toContain('not JSON')
    expect(message).not.toContain('s3cr3t')
  })
})
