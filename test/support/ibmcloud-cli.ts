/**
 * The IBM Cloud CLI commands this product prints, with the flags IBM's CLI reference lists for each. Only
 * commands we print are here (a printed command missing from the table fails test/printed-commands.test.ts,
 * which is the point: add it from IBM's reference, not from our output).
 *
 * Sources: the container-service command paths (`ibmcloud ks|oc …`) are checked against IBM's own list,
 * ibm-cloud-docs/openshift cli-map.md ("This page lists all `ibmcloud oc` commands as they are structured in
 * the CLI", read at e8eca99, 2026-12); `worker reboot` flags from the usage line in the same docs. The other
 * flags and the `ibmcloud target|iam|resource|is|sl` tables were written from IBM's CLI references without a
 * stored copy to compare against (the containers docs repository is too large to mirror here): a printed
 * flag missing from them fails the test, so an error here can only refuse, never pass, a malformed command.
 */
export interface CliCommand {
  /** Positional arguments the command takes (at most). */
  args: number
  flags: readonly string[]
}

/** ks and oc share their command table: the OpenShift plugin is the same CLI under another name. */
const CONTAINER: Record<string, CliCommand> = {
  'api-key info': {args: 0, flags: ['--cluster', '-c', '--output', '-q']},
  'api-key reset': {args: 0, flags: ['--region', '-q']},
  'cluster create classic': {
    args: 0,
    flags: [
      '--name',
      '--zone',
      '--flavor',
      '--location',
      '--private-vlan',
      '--public-vlan',
      '--private-only',
      '--version',
      '--workers',
      '--hardware',
      '--disable-disk-encrypt',
      '--private-service-endpoint',
      '--public-service-endpoint',
      '--pod-subnet',
      '--service-subnet',
      '-q'
    ]
  },
  'cluster get': {
    args: 0,
    flags: ['--cluster', '-c', '--output', '--show-resources', '-q']
  },
  'cluster ls': {
    args: 0,
    flags: ['--provider', '--location', '--output', '-q']
  },
  'cluster master refresh': {args: 0, flags: ['--cluster', '-c', '-f', '-q']},
  // ibm-cloud-docs/openshift kubernetes-service-cli.md usage line: "ibmcloud oc cluster ca rotate --cluster CLUSTER [-f] [-q]".
  'cluster ca rotate': {args: 0, flags: ['--cluster', '-c', '-f', '-q']},
  // ibm-cloud-docs/openshift ts-network-nhc*.md: "ibmcloud oc cluster health issues --cluster <CLUSTER_ID>".
  'cluster health issues': {args: 0, flags: ['--cluster']},
  // ibm-cloud-docs/openshift kubernetes-service-cli.md usage line: "ibmcloud oc security-group sync --cluster CLUSTER --security-group GROUP [-q]".
  'security-group sync': {
    args: 0,
    flags: ['--cluster', '--security-group', '-q']
  },
  'cluster master update': {
    args: 0,
    flags: ['--cluster', '-c', '--version', '--force-update', '-f', '-q']
  },
  'credential get': {args: 0, flags: ['--region', '--output', '-q']},
  'credential set classic': {
    args: 0,
    flags: [
      '--infrastructure-api-key',
      '--infrastructure-username',
      '--region',
      '-q'
    ]
  },
  'credential unset': {args: 0, flags: ['--region', '-q']},
  flavors: {
    args: 0,
    flags: ['--zone', '--provider', '--show-storage', '--output', '-q']
  },
  'infra-permissions get': {args: 0, flags: ['--region', '--output', '-q']},
  versions: {args: 0, flags: ['--show-version', '--output', '-q']},
  'vlan ls': {args: 0, flags: ['--zone', '--all', '--output', '-q']},
  'worker ls': {
    args: 0,
    flags: [
      '--cluster',
      '-c',
      '--worker-pool',
      '--show-pools',
      '--show-deleted',
      '--output',
      '-q'
    ]
  },
  // ibm-cloud-docs/openshift cli-map.md and the usage line in its docs: "ibmcloud oc worker reboot --cluster
  // CLUSTER --worker WORKER [--worker WORKER ...] [-f] [--hard] [-q] [--skip-master-health]".
  'worker reboot': {
    args: 0,
    flags: [
      '--cluster',
      '-c',
      '--worker',
      '-w',
      '--hard',
      '-f',
      '-q',
      '--skip-master-health'
    ]
  },
  // ibm-cloud-docs/openshift dedicated-hosts.md: `ibmcloud oc dedicated pool ls`.
  'dedicated pool ls': {args: 0, flags: ['--output', '-q']},
  'worker replace': {
    args: 0,
    flags: ['--cluster', '-c', '--worker', '-w', '--update', '-f', '-q']
  },
  'worker reload': {
    args: 0,
    flags: [
      '--cluster',
      '-c',
      '--worker',
      '-w',
      '--skip-master-healthcheck',
      '-f',
      '-q'
    ]
  },
  'worker update': {
    args: 0,
    flags: ['--cluster', '-c', '--worker', '-w', '-f', '-q']
  },
  'worker-pool create classic': {
    args: 0,
    flags: [
      '--name',
      '--cluster',
      '-c',
      '--flavor',
      '--size-per-zone',
      '--hardware',
      '--label',
      '-l',
      '--disable-disk-encrypt',
      '--operating-system',
      '-q'
    ]
  },
  'worker-pool create vpc-gen2': {
    args: 0,
    flags: [
      '--name',
      '--cluster',
      '-c',
      '--flavor',
      '--size-per-zone',
      '--vpc-id',
      '--label',
      '-l',
      '--kms-instance',
      '--crk',
      '--operating-system',
      '--security-group',
      '-q'
    ]
  },
  'worker-pool ls': {args: 0, flags: ['--cluster', '-c', '--output', '-q']},
  'worker-pool resize': {
    args: 0,
    flags: ['--cluster', '-c', '--worker-pool', '--size-per-zone', '-q']
  },
  'zone add classic': {
    args: 0,
    flags: [
      '--zone',
      '--cluster',
      '-c',
      '--worker-pool',
      '-p',
      '--private-vlan',
      '--public-vlan',
      '--private-only',
      '-q'
    ]
  },
  'zone add vpc-gen2': {
    args: 0,
    flags: [
      '--zone',
      '--cluster',
      '-c',
      '--worker-pool',
      '-p',
      '--subnet-id',
      '-q'
    ]
  },
  'zone ls': {
    args: 0,
    flags: ['--provider', '--location', '--region-only', '--output', '-q']
  }
}

const POLICY = [
  '--roles',
  '--service-name',
  '--service-instance',
  '--resource-type',
  '--resource-group-name',
  '--account-management',
  '--region',
  '--resource',
  '--file'
]

export const IBMCLOUD_COMMANDS: Record<string, CliCommand> = {
  ...Object.fromEntries(
    Object.entries(CONTAINER).flatMap(([path, c]) => [
      [`ks ${path}`, c],
      [`oc ${path}`, c]
    ])
  ),
  target: {
    args: 0,
    flags: [
      '-r',
      '-g',
      '-c',
      '-a',
      '--cf',
      '--unset-region',
      '--unset-resource-group'
    ]
  },
  'iam account-settings': {args: 0, flags: ['--output', '-q']},
  'iam account-settings-update': {
    args: 0,
    flags: [
      '--mfa',
      '--restrict-create-platform-apikey',
      '--restrict-create-service-id'
    ]
  },
  'iam api-keys': {args: 0, flags: ['--uuid', '--output']},
  'iam api-key-create': {
    args: 1,
    flags: ['-d', '--file', '--lock', '--action-if-leaked']
  },
  'iam api-key-delete': {args: 1, flags: ['-f']},
  'iam api-key-enable': {args: 1, flags: ['-f']},
  'iam api-key-unlock': {args: 1, flags: ['-f']},
  'iam service-api-key-create': {
    args: 2,
    flags: ['-d', '--file', '--lock', '--action-if-leaked']
  },
  'iam authorization-policies': {args: 0, flags: ['--output']},
  'iam authorization-policy-create': {
    args: 3,
    flags: [
      '--source-service-instance-id',
      '--target-service-instance-id',
      '--source-resource-group-id',
      '--target-resource-group-id',
      '--file'
    ]
  },
  'iam user-policy-create': {args: 1, flags: POLICY},
  'iam service-policy-create': {args: 1, flags: POLICY},
  'iam trusted-profile-policy-create': {args: 1, flags: POLICY},
  'is endpoint-gateway': {args: 1, flags: ['--vpc', '--output']},
  'is security-group-delete': {args: 1, flags: ['--vpc', '-f']},
  'is security-group-rules': {args: 1, flags: ['--vpc', '--output']},
  'is security-groups': {
    args: 0,
    flags: ['--vpc', '--resource-group-name', '--output']
  },
  'is subnet': {args: 1, flags: ['--vpc', '--output']},
  'is subnet-create': {
    args: 2,
    flags: ['--zone', '--ipv4-cidr-block', '--ipv4-address-count', '--vpc']
  },
  'is subnets': {
    args: 0,
    flags: ['--zone', '--vpc', '--resource-group-name', '--output']
  },
  'is vpc': {args: 1, flags: ['--output']},
  'is vpcs': {args: 0, flags: ['--resource-group-name', '--output']},
  'resource groups': {args: 0, flags: ['--default', '--output']},
  // ibm-cloud-docs/schematics cli-reference.md (369f146) usage lines: "ibmcloud schematics logs --id WORKSPACE_ID
  // [--act-id ACTION_ID]", "state pull --id WORKSPACE_ID --template TEMPLATE_ID", "workspace untaint --id
  // WORKSPACE_ID [--options OPTIONS] [--address PARAMETER]".
  'schematics logs': {args: 0, flags: ['--id', '-i', '--act-id']},
  'schematics state pull': {args: 0, flags: ['--id', '-i', '--template']},
  'schematics workspace untaint': {
    args: 0,
    flags: ['--id', '-i', '--options', '--address']
  },
  'resource service-instance': {args: 1, flags: ['--id', '--output']},
  'resource service-instances': {
    args: 0,
    flags: ['--service-name', '--location', '--output']
  },
  'sl user list': {args: 0, flags: ['--column', '--output']},
  'sl user permission-edit': {
    args: 1,
    flags: ['--permission', '--enable', '--from-user']
  },
  'sl vs list': {
    args: 0,
    flags: ['--hostname', '-H', '--domain', '--datacenter']
  }
}

/** Split a printed command into words: 'quoted values' and <placeholders with spaces> stay one word. */
function words(text: string): string[] {
  return [
    ...text.matchAll(/'(?:[^']|'\\'')*'|<[^<>]*>|[^\s'<]+(?:<[^<>]*>[^\s']*)?/g)
  ].map(m => m[0])
}

/** What is wrong with one printed `ibmcloud …` command, or undefined when it is one IBM's CLI takes. */
export function commandProblem(text: string): string | undefined {
  const w = words(text)
  if (w[0] !== 'ibmcloud') return 'does not start with ibmcloud'
  let path: string | undefined
  let n = 0
  for (let i = 1; i < w.length && !w[i]!.startsWith('-'); i++) {
    const candidate = w.slice(1, i + 1).join(' ')
    if (IBMCLOUD_COMMANDS[candidate]) {
      path = candidate
      n = i + 1
    }
  }
  if (!path) return `no such command path (${w.slice(1, 4).join(' ')})`
  const spec = IBMCLOUD_COMMANDS[path]!
  // A flag inside a value or placeholder (`<--resource-group>`) is malformed wherever it stands.
  for (const word of w.slice(n))
    if (/^<.*-{2}.*>$/.test(word) || /^[^-'].*--/.test(word))
      return `a flag inside a value or placeholder: ${word}`
  let positional = 0
  for (let i = n; i < w.length; i++) {
    const word = w[i]!
    if (word.startsWith('-')) {
      if (!spec.flags.includes(word))
        return `unknown flag ${word} for ibmcloud ${path}`
      // A switch (--private-only, --account-management) takes no value; the others take the next word.
      if (
        ![
          '--private-only',
          '--account-management',
          '-f',
          '-q',
          '--all',
          '--hard',
          '--update'
        ].includes(word)
      )
        i++
      continue
    }
    positional++
  }
  if (positional > spec.args)
    return `${positional} arguments for ibmcloud ${path}, which takes ${spec.args}`
  return undefined
}

/** Every `ibmcloud …` command in printed text (not IBM's own 'quoted' words): from the word to the end of the line, a backtick, `;`, `)` or a sentence end. */
export function printedCommands(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/(?<![\w'-])ibmcloud(?= )[^\n`;)"]*/g)) {
    const command = m[0]
      .replace(/[.,:。、]\s.*$/, '')
      .replace(/[.,:。、）]+$/, '')
      .split(/[。、（）]/)[0]!
      .trim()
    out.push(command)
  }
  return out
}
