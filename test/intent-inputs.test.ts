import {InputError, type RawInputs} from '../src/config/inputs.js'
import {
  INPUTS_BY_OPERATION,
  INTENT_INPUTS,
  INTENT_OPERATIONS,
  intentFromInputs
} from '../src/intent/index.js'

const op = (raw: RawInputs) => {
  const intent = intentFromInputs(raw)
  expect(intent.clusters).toHaveLength(1)
  return intent.clusters[0]!.operations[0]!
}

function inputError(raw: RawInputs): InputError {
  try {
    intentFromInputs(raw)
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error(`expected an InputError for ${JSON.stringify(raw)}`)
}

describe('intentFromInputs: valid inputs', () => {
  test.each<[string, RawInputs, object]>([
    [
      'VPC zone-add: subnets paired with zones in order',
      {
        operation: 'zone-add',
        cluster: 'prod-vpc',
        provider: 'vpc-gen2',
        'worker-pool': 'edge',
        zones: 'us-south-2, us-south-3',
        'subnet-ids': '0727-aaaa1111, 0737-bbbb2222'
      },
      {
        operation: 'zone-add',
        provider: 'vpc-gen2',
        pool: 'edge',
        zones: [
          {zone: 'us-south-2', subnetId: '0727-aaaa1111'},
          {zone: 'us-south-3', subnetId: '0737-bbbb2222'}
        ],
        source: {kind: 'inputs'}
      }
    ],
    [
      'classic create: VLANs by ZONE:ID, zones on new lines, every field',
      {
        operation: 'cluster-create',
        cluster: 'prod-classic',
        provider: 'classic',
        flavor: 'b3c.4x16',
        zones: 'dal10\ndal12\n',
        'workers-per-zone': '3',
        'kube-version': '1.30',
        'private-vlan': 'dal12:3311802, dal10:3249706',
        'public-vlan': 'dal10:3249704'
      },
      {
        operation: 'cluster-create',
        flavor: 'b3c.4x16',
        workersPerZone: 3,
        kubeVersion: '1.30',
        zones: [
          {zone: 'dal10', privateVlan: '3249706', publicVlan: '3249704'},
          {zone: 'dal12', privateVlan: '3311802'}
        ]
      }
    ],
    [
      'VLANs without zones: one placement per position',
      {
        operation: 'zone-add',
        cluster: 'c1',
        'private-vlan': '3249706',
        'public-vlan': '3249704'
      },
      {zones: [{privateVlan: '3249706', publicVlan: '3249704'}]}
    ],
    [
      'resize to 0 is allowed (worker-minimum decides)',
      {
        operation: 'worker-pool-resize',
        cluster: 'c1',
        'worker-pool': 'default',
        'workers-per-zone': '0'
      },
      {operation: 'worker-pool-resize', pool: 'default', workersPerZone: 0}
    ],
    [
      'OpenShift version with build',
      {
        operation: 'cluster-update',
        cluster: 'c1',
        'kube-version': '4.15.30_1563_openshift'
      },
      {kubeVersion: '4.15.30_1563_openshift'}
    ],
    [
      'a VPC profile with dashes is a flavor',
      {
        operation: 'worker-pool-create',
        cluster: 'c1',
        'worker-pool': 'gpu',
        flavor: 'gx2-8x64x1v100'
      },
      {flavor: 'gx2-8x64x1v100'}
    ]
  ])('%s', (_name, raw, expected) => {
    expect(op(raw)).toMatchObject(expected)
  })

  test('exactly the given fields are set (nothing defaulted or guessed)', () => {
    expect(op({operation: 'cluster-delete', cluster: 'c1'})).toEqual({
      operation: 'cluster-delete',
      source: {kind: 'inputs'}
    })
  })

  test('several clusters: one cluster intent each, with its own copy of the operation', () => {
    const intent = intentFromInputs({
      operation: 'worker-pool-resize',
      cluster: 'a-1, b-2\na-1',
      'worker-pool': 'default',
      'workers-per-zone': '2'
    })
    expect(intent.clusters.map(c => c.cluster.nameOrId)).toEqual(['a-1', 'b-2'])
    expect(intent.clusters[0]!.operations[0]).not.toBe(
      intent.clusters[1]!.operations[0]
    )
    expect(intent.skipped).toEqual([])
  })

  test('every operation declares the inputs it uses, all of them known', () => {
    expect(Object.keys(INPUTS_BY_OPERATION).sort()).toEqual(
      [...INTENT_OPERATIONS].sort()
    )
    for (const inputs of Object.values(INPUTS_BY_OPERATION))
      for (const i of inputs) expect(INTENT_INPUTS).toContain(i)
  })
})

describe('intentFromInputs: errors name the input, the value and what is allowed', () => {
  test.each<[RawInputs, string, string]>([
    [{cluster: 'c1'}, 'operation', 'got nothing; allowed: cluster-create'],
    [
      {operation: 'pool-resize', cluster: 'c1'},
      'operation',
      'got "pool-resize"; allowed:'
    ],
    [{operation: 'zone-add'}, 'cluster', 'got nothing'],
    [
      {operation: 'zone-add', cluster: 'bad name!'},
      'cluster',
      'got "bad name!"; expected a cluster name or ID'
    ],
    [
      {operation: 'cluster-create', cluster: 'a,b'},
      'cluster',
      "got 2 clusters; cluster-create takes the one new cluster's name"
    ],
    [
      {operation: 'zone-add', cluster: 'c', provider: 'satellite'},
      'provider',
      'got "satellite"; allowed: classic, vpc-gen2'
    ],
    [
      {operation: 'cluster-delete', cluster: 'c', flavor: 'b3c.4x16'},
      'flavor',
      'does not apply to operation cluster-delete; inputs it uses: none'
    ],
    [
      {operation: 'cluster-update', cluster: 'c', zones: 'dal10'},
      'zones',
      'does not apply to operation cluster-update; inputs it uses: kube-version'
    ],
    [
      {operation: 'zone-add', cluster: 'c', zones: 'dallas'},
      'zones',
      'got "dallas"; expected a classic zone such as dal10 or a VPC zone such as us-south-1'
    ],
    [
      {
        operation: 'zone-add',
        cluster: 'c',
        provider: 'classic',
        zones: 'us-south-1'
      },
      'zones',
      'got "us-south-1"; expected a classic zone such as dal10'
    ],
    [
      {operation: 'zone-add', cluster: 'c', zones: 'dal10,us-south-1'},
      'zones',
      'mixes classic and VPC zones'
    ],
    [
      {operation: 'zone-add', cluster: 'c', zones: 'dal10,dal10'},
      'zones',
      'got "dal10" twice'
    ],
    [
      {operation: 'worker-pool-create', cluster: 'c', 'workers-per-zone': '0'},
      'workers-per-zone',
      'got "0"; allowed: a whole number from 1 to 1000'
    ],
    [
      {
        operation: 'worker-pool-resize',
        cluster: 'c',
        'workers-per-zone': '2.5'
      },
      'workers-per-zone',
      'got "2.5"; allowed: a whole number from 0 to 1000'
    ],
    [
      {
        operation: 'worker-pool-resize',
        cluster: 'c',
        'workers-per-zone': '1001'
      },
      'workers-per-zone',
      'got "1001"'
    ],
    [
      {operation: 'cluster-update', cluster: 'c', 'kube-version': 'latest'},
      'kube-version',
      'got "latest"; expected a version such as 1.30, 1.30.4 or 4.15_openshift'
    ],
    [
      {operation: 'worker-pool-create', cluster: 'c', flavor: 'b3c 4x16'},
      'flavor',
      'got "b3c 4x16"; expected a flavor'
    ],
    [
      {operation: 'worker-pool-delete', cluster: 'c', 'worker-pool': '-x'},
      'worker-pool',
      'got "-x"; expected a worker pool name or ID'
    ],
    [
      {
        operation: 'zone-add',
        cluster: 'c',
        provider: 'classic',
        'subnet-ids': '0717-aaaa'
      },
      'subnet-ids',
      'applies to VPC clusters (provider vpc-gen2)'
    ],
    [
      {
        operation: 'zone-add',
        cluster: 'c',
        provider: 'vpc-gen2',
        'private-vlan': '123'
      },
      'private-vlan',
      'applies to classic clusters (provider classic)'
    ],
    [
      {
        operation: 'zone-add',
        cluster: 'c',
        'subnet-ids': '0717-aaaa',
        'public-vlan': '1'
      },
      'subnet-ids',
      'not both'
    ],
    [
      {
        operation: 'zone-add',
        cluster: 'c',
        zones: 'dal10,dal12',
        'private-vlan': '123'
      },
      'private-vlan',
      'got 1 value(s) for 2 zone(s); give one per zone in the order of zones, or write ZONE:ID'
    ],
    [
      {
        operation: 'zone-add',
        cluster: 'c',
        zones: 'dal10',
        'private-vlan': 'dal12:123'
      },
      'private-vlan',
      'got "dal12:123", but zone dal12 is not in zones (dal10)'
    ],
    [
      {operation: 'zone-add', cluster: 'c', 'private-vlan': 'dal10:1,dal10:2'},
      'private-vlan',
      'got two values for zone dal10'
    ],
    [
      {operation: 'zone-add', cluster: 'c', 'private-vlan': 'dal10:1,2'},
      'private-vlan',
      'write every item as ZONE:ID or none of them'
    ],
    [
      {operation: 'zone-add', cluster: 'c', 'private-vlan': 'vlan-12'},
      'private-vlan',
      'got "vlan-12"; expected a numeric classic VLAN ID'
    ],
    [
      {operation: 'zone-add', cluster: 'c', 'private-vlan': 'mars:12'},
      'private-vlan',
      'or ZONE:ID with a zone such as dal10 or us-south-1'
    ],
    [
      {operation: 'zone-add', cluster: 'c', 'subnet-ids': 'Subnet_1'},
      'subnet-ids',
      'got "Subnet_1"; expected a VPC subnet ID'
    ],
    [
      {
        operation: 'zone-add',
        cluster: 'c',
        'private-vlan': 'dal10:1',
        'public-vlan': '2'
      },
      'public-vlan',
      'got IDs without zones while another input names zones; write ZONE:ID'
    ]
  ])('%j → %s', (raw, input, message) => {
    const e = inputError(raw)
    expect(e.input).toBe(input)
    expect(e.message).toContain(`Input '${input}': `)
    expect(e.message).toContain(message)
  })

  test('a huge value is shortened in the message, not echoed whole', () => {
    const e = inputError({
      operation: 'cluster-update',
      cluster: 'c',
      'kube-version': 'x'.repeat(5000)
    })
    expect(e.message.length).toBeLessThan(300)
  })
})
