import type {Source} from '../checks/types.js'
import type {FixStep, Outcome} from '../findings.js'
import type {MessageId} from '../messages/en.js'
import type {Extracted} from './extract.js'
import {cmd, iamPolicyCreate, type Command} from '../commands/ibmcloud.js'
import * as fix from './fixes.js'
import {findPhrase, type Normalised} from './normalise.js'

/** What a rule's builder gets: the values in the text, and the workers named next to each match. */
export interface RuleMatch {
  x: Extracted
  workers: string[]
  /** The code the rule matched on first, if it matched a code; `codes` has every one found. */
  code?: string
  codes: string[]
  /** The sentence around the first match, for messages that quote it. */
  quote: string
  n: Normalised
  /** Where the rule first matched (in n.text). */
  at: number
  /** The text before the first match says a 5xx, 429, timeout or retry happened. */
  troubleBefore: boolean
}

/**
 * One known cause. A rule matches when any code (as a word) or any phrase (whitespace- and
 * case-insensitive) is in the text; codes are listed first because IBM rewords descriptions across
 * years while codes stay. `check` is the live check that detects the same cause before the operation,
 * so the finding carries its id, docs and fixes; `explain` means no check covers it.
 */
export interface Rule {
  key: string
  check: string
  scope: 'account' | 'cluster'
  /** IBM's own wordings: distinctive enough to stand for IBM context themselves. */
  phrases: string[]
  /** Wordings another cloud or tool could print too: they count only where the text has IBM context (explain.ts). */
  contextPhrases?: string[]
  codes?: string[]
  /** Skip this rule when one of these rules matched too (a more specific reading of the same text). */
  unless?: string[]
  /** Only when the whole text also passes this test (read the log, not just the line); `at` is the first match. */
  when?: (n: Normalised, at: number) => boolean
  /** Read only when no other rule found a cause (a 5xx or a timeout is context, not a cause, next to one). */
  fallback?: boolean
  /** Live checks that confirm or refute this cause on the account; `check` alone when absent. */
  confirm?: readonly string[]
  /** Rules whose cause is tied to worker IDs look for the worker named before each match. */
  workers?: boolean
  /** IBM's word for this cause, as the check ledger records it (src/checks/types.ts); a test requires one. */
  sources: readonly Source[]
  build(m: RuleMatch): Outcome
}

const TROUBLESHOOTING =
  'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors'

/**
 * Titles and IBM docs for the check ids a rule can name that the live catalogue may not have yet
 * (explain runs without them). Docs here are IBM's pages, never our own check pages.
 */
export const RULE_CHECKS: Record<string, {title: MessageId; docs: string}> = {
  'paid-account': {title: 'explain.paid-account.title', docs: TROUBLESHOOTING},
  'totp-mfa': {title: 'explain.totp-mfa.title', docs: TROUBLESHOOTING},
  'orphaned-workers': {
    title: 'explain.orphaned-workers.title',
    docs: TROUBLESHOOTING
  },
  'vpe-gateway': {
    title: 'explain.vpe-gateway.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc_troubleshoot_vpe'
  },
  'worker-endpoints': {
    title: 'explain.worker-endpoints.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc_troubleshoot_vpe'
  },
  'classic-region': {
    title: 'explain.classic-region.title',
    docs: TROUBLESHOOTING
  },
  'cluster-state': {
    title: 'explain.cluster-state.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster-states-reference'
  },
  'kube-version': {
    title: 'explain.kube-version.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions'
  },
  flavor: {
    title: 'explain.flavor.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-planning_worker_nodes'
  },
  'worker-minimum': {
    title: 'explain.worker-minimum.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-add-workers-vpc'
  },
  'classic-vlans': {
    title: 'explain.classic-vlans.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-subnets'
  },
  'vpc-security-groups': {
    title: 'explain.vpc-security-groups.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-security-group'
  },
  'kms-authorization': {
    title: 'explain.kms-authorization.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-encryption-setup'
  },
  explain: {title: 'explain.title', docs: TROUBLESHOOTING}
}

const OCP = 'ibm-cloud-docs/openshift@e8eca99'
const ocp = (topic: string, quote: string): Source => ({
  kind: 'doc',
  url: `https://cloud.ibm.com/docs/openshift?topic=openshift-${topic}`,
  quote,
  read: OCP
})
const err = (code: string | undefined, text: string, where: string): Source =>
  code === undefined
    ? {kind: 'error', text, where}
    : {kind: 'error', code, text, where}
const TF = 'https://github.com/IBM-Cloud/terraform-provider-ibm/issues/'
/** IBM Cloud Schematics' docs, read at this commit of ibm-cloud-docs/schematics (2026-12). */
const SCH = 'ibm-cloud-docs/schematics@369f146'
const sch = (topic: string, quote: string): Source => ({
  kind: 'doc',
  url: `https://cloud.ibm.com/docs/schematics?topic=schematics-${topic}`,
  quote,
  read: SCH
})
/** IKS docs (ibm-cloud-docs/containers), read through the file index at the commit named. */
const iks = (topic: string, quote: string, read: string): Source => ({
  kind: 'doc',
  url: `https://cloud.ibm.com/docs/containers?topic=containers-${topic}`,
  quote,
  read
})

/** IBM's word for each rule (rule key → sources); the OpenShift docs repository is read at OCP. */
export const RULE_SOURCES: Record<string, readonly Source[]> = {
  'paid-account': [
    ocp(
      'cluster_infra_errors',
      'Unable to connect to the IBM Cloud account. Ensure that you have a paid account.'
    ),
    err(
      'E0057',
      'Unable to connect to the IBM Cloud account. Ensure that you have a paid account.',
      `${TF}485`
    )
  ],
  totp: [
    ocp(
      'cluster_infra_errors',
      "can't authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user."
    )
  ],
  orphaned: [
    ocp(
      'cluster_infra_errors',
      "incorrect account for worker - The 'classic' infrastructure user credentials changed and no longer match the worker node instance infrastructure account."
    )
  ],
  'vpe-pending': [
    ocp('cluster_infra_errors', 'Pending endpoint gateway creation')
  ],
  'worker-network': [
    ocp(
      'cluster_infra_errors',
      'Worker deploy failed due to network communications failing to master or registry endpoints.'
    )
  ],
  'worker-firewall': [
    ocp(
      'common_worker_nodes_issues',
      'Worker unable to talk to IBM Cloud Kubernetes Service servers. Please verify your firewall setup is allowing traffic from this worker.'
    )
  ],
  'already-gone': [
    err(
      'A0006',
      'The specified cluster could not be found. If applicable, make sure that you target the correct resource group or region.',
      `${TF}3449`
    )
  ],
  'delete-not-found': [
    err(
      'A0006',
      'The specified cluster could not be found. If applicable, make sure that you target the correct resource group or region.',
      `${TF}3449`
    )
  ],
  'cluster-not-found': [
    err(
      'A0006',
      'The specified cluster could not be found. If applicable, make sure that you target the correct resource group or region.',
      `${TF}3449`
    ),
    err('G0004', 'The specified cluster could not be found.', `${TF}4163`)
  ],
  'apikey-not-authorized': [
    err(
      'A0656',
      'You are not authorized to create an API key in this resource group. To create an API key, the user or service ID must have the Operator role in the IAM Identity Service.',
      `${TF}6816`
    )
  ],
  'apikey-iam-failed': [
    err('A03e9b', 'Failed to create an API key with IAM.', `${TF}3626`)
  ],
  'stored-key': [
    ocp(
      'ts-perms-creds',
      'The IAM token exchange request failed with the message: <message>'
    ),
    ocp(
      'ts-error-glossary',
      'NHC009 | Error | The IAM token exchange request failed.'
    )
  ],
  'key-owner-gone': [
    ocp('common_worker_nodes_issues', 'Provided user not found or active'),
    ocp(
      'common_worker_nodes_issues',
      "can't create IMS portal token, as no IMS account is linked to the selected BSS account"
    )
  ],
  'classic-region': [
    err(
      'E501e',
      'Classic cluster creation is not supported in regions that do not have existing classic clusters',
      "IBM's notice as quoted in the project's reference (/work/shared/reference/scenarios.md)"
    )
  ],
  'name-taken': [
    err('E0007', 'A cluster with the same name already exists.', `${TF}3656`)
  ],
  'key-unknown': [
    err('BXNIM0415E', 'Provided API key could not be found.', `${TF}3561`)
  ],
  'key-disabled': [
    err(
      undefined,
      'Provided API key is disabled.',
      'IAM token endpoint, ref §1.4 of the project reference (ibm-cloud-api.md)'
    )
  ],
  'ip-allowlist': [
    ocp(
      'ts-loadbalancer-sync-failed',
      '"errorCode":"BXNIM0430E","errorMessage":"User login from given IP address is not permitted.","errorDetails":"The user has configured IP address restriction for login. The given IP address \'XXXX\' is not contained in the list of allowed IP addresses."'
    ),
    {
      kind: 'sdk',
      repo: 'IBM/platform-services-go-sdk',
      path: 'iamidentityv1/iam_identity_v1.go',
      quote:
        'Defines the IP addresses and subnets from which IAM tokens can be created for the account.'
    }
  ],
  'iam-other': [
    ocp(
      'ts-loadbalancer-sync-failed',
      'Error message from IAM: \'401 Unauthorized. Transaction-Id: XXX Details: {"errorCode":"BXNIM0430E",…'
    )
  ],
  'infra-permissions': [
    ocp(
      'ts-perms-creds',
      'The infrastructure authentication credentials are not authorized for the request.'
    ),
    ocp(
      'common_worker_nodes_issues',
      "The user does not have the necessary classic infrastructure permissions to add servers 'Item' must be ordered with permission. The credentials could not be validated. '<Provider>' infrastructure request not authorized"
    ),
    iks(
      'common_worker_nodes_issues',
      'The IBM Cloud infrastructure credentials could not be validated.',
      'ibm-cloud-docs/containers@079b2ee'
    )
  ],
  'order-prohibited': [
    ocp(
      'common_worker_nodes_issues',
      "Your account is currently prohibited from ordering 'Computing Instances'. … Your IBM Cloud infrastructure account might be restricted from ordering compute resources. Contact IBM Cloud support"
    )
  ],
  'rg-not-found': [
    err(
      undefined,
      'The targeted resource group could not be found.',
      `${TF}785`
    ),
    sch(
      'rg-not-found',
      'Error retrieving resource group <resource-group>: ResourceGroupDoesnotExist: Given resource Group : "<resource-group>" doesn\'t exist'
    )
  ],
  flavor: [
    err(
      'E4e5b',
      'Could not find flavor in the requested zone.',
      'https://github.com/cloud-native-toolkit/ibm-garage-iteration-zero/issues/242'
    ),
    err(
      'E0146',
      'The specified flavor is deprecated.',
      'https://github.com/IBM/cloud-pak-operations-cli/pull/21'
    )
  ],
  'worker-minimum': [
    err(
      'E1437',
      "would reduce the worker pool's size below the cluster's minimum requirement",
      `${TF}6352`
    )
  ],
  'kms-authorization': [
    err(
      'E09c0',
      'Not authorized to access the Key Management Service.',
      `${TF}5007`
    )
  ],
  'pool-root-key': [
    ocp(
      'ts-vpc-byok-encrypted-storage',
      'Encrypted storage cannot be configured. Review the customer root key configuration for the worker pool.'
    )
  ],
  'kube-version': [
    err(
      'E0156',
      'A previous patch was specified',
      'https://github.com/terraform-ibm-modules/terraform-ibm-cluster/issues/80'
    )
  ],
  'master-not-deployed': [
    err('Ef9cc', 'The master must be in the deployed state', `${TF}1157`)
  ],
  'classic-vlans': [
    err(
      'E0020',
      'you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN',
      `${TF}2082`
    )
  ],
  'vlan-not-found': [
    ocp(
      'common_worker_nodes_issues',
      'Could not obtain network VLAN with ID: <vlan-id>'
    ),
    ocp(
      'ts-error-glossary',
      'SoftLayerAPIError(SoftLayer_Exception_Public): Could not obtain network VLAN with id #123456.'
    )
  ],
  'vpc-security-groups': [
    ocp('ts-network-nhc010', 'Exceeded security group rules related quota.'),
    ocp('ts-network-nhc011', 'Exceeded security group related quota.')
  ],
  'sg-pending': [
    ocp(
      'ts-sbd-cluster-create-quota',
      'Your VPC has reached the limit of clusters or security groups allowed per VPC.'
    )
  ],
  'subnet-view': [
    ocp(
      'ts-resource-group-permissions',
      "Unable to create cluster. The 'vpc-gen2' infrastructure operation failed with the message: the provided token is not authorized to view the specified subnet (ID:XXXX) in this account"
    )
  ],
  'vsi-quota': [
    ocp(
      'ts-worker-vpc-quota',
      'The user account has insufficient infrastructure quota to provision the worker: A VSI with this profile (30720GB generic instance storage) will put user over quota.'
    )
  ],
  'plan-not-available': [
    ocp(
      'ts-worker-plan-not-avail',
      'Registration failed – The plan containers.kubernetes.vpc.gen2.roks is not available in <region>. Please review the private catalog management configuration for the account.'
    )
  ],
  'ocp-entitlement': [
    ocp(
      'ts-workerpool-license-entitlement',
      'The entitlement `ocp_entitled` was not found. Specify `ocp_entitled` to search for any supported license or entitlement.'
    )
  ],
  'dedicated-host': [
    ocp(
      'ts-worker-dedicated',
      "The dedicated hosts for the zone 'eu-de-2' are not ready. Insufficient dedicated hosts available in zone 'us-south-3'. Dedicated host has insufficient capacity"
    )
  ],
  'place-order': [
    ocp(
      'common_worker_nodes_issues',
      "Could not place order. There are insufficient resources behind router 'router_name' to fulfill the request for the following guests: 'worker_id'."
    )
  ],
  'location-invalid': [
    ocp(
      'common_worker_nodes_issues',
      'The location provided for this order is invalid'
    )
  ],
  'hard-reboot': [
    ocp(
      'common_worker_nodes_issues',
      'The worker did not respond to the soft reboot request. A hard reboot might be necessary.'
    )
  ],
  'master-upgradeable': [
    ocp(
      'ts-error-glossary',
      'Cannot complete cluster master upgrade because the Upgradeable status condition is set to False.'
    )
  ],
  'cos-bucket': [
    ocp(
      'ts-error-glossary',
      'Could not store the cloud object storage bucket and IAM service key.'
    ),
    ocp(
      'ts_cos_bucket_cluster_create',
      "Could not create an IAM service key to access the cloud object storage bucket '{{.Name}}'. … Could not create a bucket in your cloud object storage instance."
    )
  ],
  'image-pull-policy': [
    ocp(
      'ts-error-glossary',
      "Your cluster can't pull images from the 'icr.io' domains because an IAM access policy could not be created."
    )
  ],
  'registry-admin': [
    ocp(
      'ts-perms-creds',
      'The cluster could not be configured with the registry. Make sure that you have the Administrator role for Container Registry.'
    )
  ],
  'broken-webhook': [
    ocp(
      'ts-error-glossary',
      'Cannot complete cluster master operations because the cluster has a broken webhook application.'
    )
  ],
  'free-limit': [
    err('E0013', 'The free cluster limit is reached.', `${TF}204`)
  ],
  'provider-not-permitted': [
    err(
      'G3917',
      'Cluster provider not permitted for given operation.',
      `${TF}1150`
    )
  ],
  'already-up-to-date': [
    err(
      'E0120',
      'The master is already up to date for the specified version.',
      `${TF}2283`
    )
  ],
  'pool-name-taken': [
    err(
      'E0d39',
      'A worker pool with the same name already exists.',
      `${TF}3444`
    )
  ],
  'worker-not-found': [
    err(
      'E0011',
      'The specified worker node could not be found.',
      'https://cloud.ibm.com/docs/openshift?topic=openshift-ts-perms-creds'
    )
  ],
  'wait-timeout': [
    err(undefined, 'timeout while waiting for state to become', `${TF}1210`),
    sch(
      'tainted-resources',
      'If the provisioning cannot be completed before the timeout is reached, the IBM Cloud Provider plug-in marks the provisioning process as failed and taints the resource. However, the actual provisioning of the resource is not canceled and continues in the background'
    )
  ],
  'schematics-job': [
    sch(
      'agent-crn-not-found',
      'Terraform PLAN error: Terraform PLAN errorexit status 1 … Could not execute job: Error : Terraform PLAN errorexit status 1'
    ),
    sch(
      'actions-faq',
      'Terraform APPLY error: Terraform APPLY errorexit status 1 … Could not execute action'
    )
  ],
  'cluster-quota': [
    sch(
      'general-faq',
      '"code":"E60b6","description":"This request exceeds the \'Cluster\' resource quota of \'100\' for the account in this region.'
    )
  ],
  'kube-provider-localhost': [
    sch(
      'wks-connection-refuse',
      '"Error: Get "http://localhost/api/v1/namespaces/external-secrets": dial tcp [::1]:80: connect: connection refused".'
    )
  ],
  'ca-rotation': [
    ocp(
      'ts-cert-failed',
      'You must reload/update/replace all workers and download new certificates locally in order to revoke old CA Cert. (E1955)'
    )
  ],
  'clusterversion-rollout': [
    ocp(
      'ts-cluster-version-downlevel',
      'Version update canceled. CAE012: Cannot complete cluster master operations because the current OpenShift clusterversion rollout is not complete.'
    )
  ],
  'pod-security-prereq': [
    iks(
      'ts-pod-security-125',
      'Version update cancelled. CAE009: Cannot complete cluster master operations because the cluster does not pass Pod Security upgrade prerequisites.',
      'ibm-cloud-docs/containers@05aecab'
    )
  ],
  'migration-in-progress': [
    iks(
      'ts-resource-migration',
      'Cannot complete cluster master upgrade because there is a migration in progress',
      'ibm-cloud-docs/containers@18db956'
    ),
    iks(
      'ts-error-glossary',
      'Cannot complete cluster master operations because there is a migration in progress',
      'ibm-cloud-docs/containers@2760437'
    )
  ],
  'pod-security-config': [
    ocp(
      'ts-pod-security-reset',
      "The 'configuration' field is not a valid Kubernetes PodSecurityConfiguration setting."
    )
  ],
  'bm-instance-id': [
    ocp(
      'bm_machine_id',
      'The worker node instance ID changed. Reload the worker node if bare metal hardware was serviced.'
    )
  ],
  'provisioning-failed': [
    ocp(
      'ts-sbd-custom-dns',
      "Adding or replacing a worker node to the cluster fails and `ibmcloud ks workers` shows a worker status similar to the following … Infrastructure instance status is 'failed': Can't start instance because provisioning failed."
    )
  ],
  'cos-instance-missing': [
    ocp(
      'ts_cos_bucket_cluster_create',
      'Could not find the specified cloud object storage instance.'
    )
  ],
  'classic-key-invalid': [
    ocp(
      'ts-perms-creds',
      'Error: SoftLayer_Exception_User_Customer_Unauthorized: Invalid API key … The classic infrastructure API key you specified does not exist. It might have been deleted, or the API key owner might have left the organization.'
    )
  ],
  'vpn-config-failed': [
    ocp(
      'rhoks_ts_openvpn_login',
      'VPN server configuration update failed. IBM Cloud support has been notified and is working to resolve this issue. … The infrastructure credentials that are associated with the resource group that the cluster is created in are missing (such as the API key owner is no longer part of the account) or missing required permissions.'
    )
  ],
  'subnet-no-ips': [
    ocp(
      'vpc_no_lb',
      "The subnet with ID(s) '<subnet_id>' has insufficient available ipv4 addresses. … In VPC clusters, both worker nodes and services are assigned IP addresses from the same subnets."
    )
  ],
  'nlb-ingress-ip': [
    ocp(
      'rhoks_ts_openvpn_subnet',
      'CAE003: Unable to determine the ingress IP address for the network load balancer. … your cluster does not have a subnet with available portable IP addresses, or the load balancer setup did not complete.'
    )
  ],
  'portieris-conflict': [
    ocp(
      'portieris_enable',
      "Image security enforcement update canceled. CAE008: can't enable Portieris image security enforcement because the cluster already has a conflicting image admission controller installed."
    )
  ],
  'master-resource-limit': [
    ocp(
      'master_resource_limit',
      'The master is approaching its allotted memory resource limit (93%). … At this point, this message is a warning. Your master control plane is still healthy and functioning as normal.'
    )
  ],
  'tf-worker-replace': [
    {
      kind: 'sdk',
      repo: 'IBM-Cloud/terraform-provider-ibm',
      path: 'ibm/service/kubernetes/resource_ibm_container_vpc_worker.go',
      quote:
        'return fmt.Errorf("[ERROR] Failed to spawn new worker node") … return fmt.Errorf("[ERROR] Unable to find the new worker node info") … return fmt.Errorf("[ERROR] Worker node - %s is failed to replace", worker.ID)'
    },
    {
      kind: 'sdk',
      repo: 'IBM-Cloud/terraform-provider-ibm',
      path: 'website/docs/r/container_vpc_worker.html.markdown',
      quote:
        'If `terraform apply` fails during worker replace or while checking the portworx status, perform any one of the following actions before retrying. Resolve the issue manually and perform `terraform untaint` to proceed with the subsequent workers in the list. If worker replace is still needed, update the input list by replacing the existing worker id with the new worker id.'
    }
  ],
  'network-health': [
    ocp(
      'ts-error-glossary',
      "NHC001 | Warning | Tigera operator has been reporting that Calico is in 'progressing' state for over an hour."
    ),
    iks(
      'ts-error-glossary',
      'The following error codes appear in the output of the `ibmcloud ks cluster health issues` command.',
      'ibm-cloud-docs/containers@2760437'
    )
  ],
  'linked-normal': [
    ocp(
      'ts-perms-creds',
      'No credentials set for resource group <resource_group_name>.: The user credentials could not be found. (E0051)'
    )
  ],
  transient: [
    err(
      'G0002',
      'An internal error occurred while processing your request.',
      `${TF}3213`
    ),
    sch(
      'server-errors',
      '"code":"A0002","description":"Could not connect to a backend service. Try again later." … 5xx HTTP errors indicate an issue with the IBM Cloud service that you try to create, update, or delete, and usually cannot be resolved by the user.'
    )
  ]
}

const has = (n: Normalised, ...phrases: string[]): boolean =>
  phrases.some(p => findPhrase(n, p).length > 0)
const hasRe = (n: Normalised, re: RegExp): boolean => re.test(n.text)

/** A delete ran in the same log (Terraform destroy, `ks cluster rm`, the CLI's progress line). */
const DELETE_BEFORE =
  /Destroying\.\.\.|Still destroying|\bks cluster (?:rm|delete)\b|Deleting cluster|\bterraform destroy\b|Destruction complete/
const CREATE_BEFORE =
  /Creating\.\.\.|Still creating|\bks cluster create\b|Creating cluster/

/** P0005 "Try again later" with no IAM key error in it is IKS failing to reach IAM: a transient fault, not a dead key. */
const STORED_KEY_DEAD =
  /could not be found|is disabled|not found or active|locked|BXNIM0(?:415|416|410|436)E/i
/**
 * This log deleted the same resource successfully before `at`: Terraform's "<address>: Destruction complete"
 * for the address the error names (`with <address>,` after it), or for any cluster when the error names none.
 */
function deletedBefore(n: Normalised, at: number): boolean {
  return tfDeletedBefore(n, at) || cliDeletedBefore(n, at)
}

/**
 * The CLI deleted the same cluster successfully before: "Removing cluster <name>..." then "OK", for the name
 * the failing `Removing cluster <name>...` (the last one before `at`) names. Another cluster's delete does not count.
 */
function cliDeletedBefore(n: Normalised, at: number): boolean {
  const head = n.text.slice(0, at)
  const removing = [...head.matchAll(/\bRemoving cluster (\S+?)\.\.\./g)]
  const failing = removing.at(-1)
  if (failing === undefined) return false
  return removing
    .slice(0, -1)
    .some(
      m =>
        m[1] === failing[1] &&
        /^\.\.\.\s*OK\b/.test(head.slice(m.index + m[0].length - 3))
    )
}

function tfDeletedBefore(n: Normalised, at: number): boolean {
  const done = [
    ...n.text
      .slice(0, at)
      .matchAll(
        /((?:module\.[\w-]+(?:\[[^\]]*\])?\.)*ibm_container_(?:vpc_)?cluster\.[\w-]+(?:\[[^\]]*\])?): Destruction complete/g
      )
  ].map(m => m[1]!)
  if (done.length === 0) return false
  const named =
    /\bwith ((?:module\.[\w-]+(?:\[[^\]]*\])?\.)*[a-z0-9_]+\.[\w-]+(?:\[[^\]]*\])?),/.exec(
      n.text.slice(at, at + 3000)
    )?.[1]
  return named === undefined || done.includes(named)
}

const transientP0005 = (n: Normalised): boolean =>
  has(n, 'Try again later') && !hasRe(n, STORED_KEY_DEAD)

/** The address IAM names in a BXNIM0430E ("The given IP address '203.0.113.7' is not contained…"). */
const ipOf = (n: Normalised): string | undefined =>
  /given IP address '([0-9a-fA-F.:]{2,45})'/.exec(n.text)?.[1]

/** A code or wording no check covers: IBM's meaning (quoted) and the next step. */
function codeOnly(
  summary: MessageId,
  message: string,
  fixText: MessageId,
  commands: Command[]
): Outcome {
  return {
    status: 'fail',
    summary: {id: summary, params: {message}} as Outcome['summary'],
    fix: [
      {
        text: {id: fixText} as FixStep['text'],
        ...(commands.length > 0 ? {commands} : {})
      }
    ]
  }
}

const workersOr = (workers: string[]): string =>
  workers.length > 0 ? workers.join(', ') : '<worker-id>'
const clusterOf = (x: Extracted): string =>
  x.cluster ?? x.newClusterName ?? '<cluster>'

export const RULES: readonly Rule[] = [
  {
    key: 'paid-account',
    sources: RULE_SOURCES['paid-account'] ?? [],
    check: 'paid-account',
    scope: 'account',
    codes: ['E0057'],
    // IBM's Japanese page quotes the error in English; no Japanese rendering of it is published.
    phrases: [
      'Ensure that you have a paid account',
      'Unable to connect to the IBM Cloud account'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.paid-account'},
      why: {id: 'explain.paid-account.why'},
      fix: fix.paidAccountFix(x)
    })
  },
  {
    key: 'totp',
    sources: RULE_SOURCES['totp'] ?? [],
    check: 'totp-mfa',
    scope: 'account',
    phrases: [
      'Time-based One Time Password authentication is required',
      'Time-based One-Time Password authentication is required'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.totp-mfa'},
      why: {id: 'explain.totp-mfa.why'},
      fix: fix.totpFix(x)
    })
  },
  {
    key: 'orphaned',
    sources: RULE_SOURCES['orphaned'] ?? [],
    check: 'orphaned-workers',
    scope: 'cluster',
    phrases: [
      'incorrect account for worker',
      'infrastructure user credentials changed and no longer match the worker node instance infrastructure account'
    ],
    workers: true,
    build: ({x, workers}) => ({
      status: 'fail',
      summary: {
        id: 'explain.orphaned-workers',
        params: {workers: workersOr(workers)}
      },
      why: {id: 'explain.orphaned-workers.why'},
      fix: fix.orphanedFix(x, workers),
      details: workers
    })
  },
  {
    key: 'vpe-pending',
    sources: RULE_SOURCES['vpe-pending'] ?? [],
    check: 'vpe-gateway',
    scope: 'cluster',
    phrases: ['Pending endpoint gateway creation'],
    workers: true,
    build: ({x, workers}) => ({
      status: 'fail',
      summary: {id: 'explain.vpe-gateway', params: {cluster: clusterOf(x)}},
      why: {id: 'explain.vpe-gateway.why'},
      fix: [fix.refreshFix(x)],
      details: workers
    })
  },
  {
    key: 'worker-network',
    sources: RULE_SOURCES['worker-network'] ?? [],
    check: 'worker-endpoints',
    scope: 'cluster',
    phrases: [
      'Worker deploy failed due to network communications failing to master or registry endpoints'
    ],
    workers: true,
    build: ({x, workers}) => ({
      status: 'fail',
      summary: {
        id: 'explain.worker-endpoints',
        params: {workers: workersOr(workers), cluster: clusterOf(x)}
      },
      why: {id: 'explain.worker-endpoints.why'},
      fix: [fix.refreshFix(x), fix.replaceFix(x, workers)],
      details: workers
    })
  },
  {
    // Gone already only when this log deleted the same resource before (a retried destroy, a second pipeline).
    key: 'already-gone',
    sources: RULE_SOURCES['already-gone'] ?? [],
    check: 'cluster-access',
    scope: 'cluster',
    codes: ['A0006', 'G0004'],
    phrases: ['The specified cluster could not be found'],
    when: (n, at) => deletedBefore(n, at),
    build: ({x, code}) => ({
      status: 'warn',
      summary: {
        id: 'explain.cluster-access.already-gone',
        params: {cluster: clusterOf(x), code: code ?? 'G0004'}
      },
      why: {id: 'explain.cluster-access.already-gone.why'},
      fix: fix.alreadyGoneFix(x)
    })
  },
  {
    // A delete answered "not found" with no earlier delete of it: IBM's own hint is the targeting (group, region,
    // account). The cluster may well exist: dropping it from the state would orphan a live cluster.
    key: 'delete-not-found',
    sources: RULE_SOURCES['delete-not-found'] ?? [],
    check: 'cluster-access',
    scope: 'cluster',
    codes: ['A0006', 'G0004'],
    phrases: ['The specified cluster could not be found'],
    unless: ['already-gone'],
    when: n => DELETE_BEFORE.test(n.text),
    build: ({x, code}) => ({
      status: 'fail',
      summary: {
        id: 'explain.cluster-access.delete-not-found',
        params: {cluster: clusterOf(x), code: code ?? 'A0006/G0004'}
      },
      why: {id: 'explain.cluster-access.delete-not-found.why'},
      fix: fix.clusterAccessFix(x)
    })
  },
  {
    key: 'cluster-not-found',
    sources: RULE_SOURCES['cluster-not-found'] ?? [],
    check: 'cluster-access',
    scope: 'cluster',
    codes: ['A0006', 'G0004'],
    phrases: ['The specified cluster could not be found'],
    unless: ['already-gone', 'delete-not-found'],
    build: ({x, code, n, at}) => {
      // IKS has answered 404 for a cluster it was still creating (terraform-provider-ibm #3449, #4163).
      const afterCreate = CREATE_BEFORE.test(n.text.slice(0, at))
      return {
        status: 'fail',
        summary: {
          id: afterCreate
            ? 'explain.cluster-access.after-create'
            : 'explain.cluster-access',
          params: {cluster: clusterOf(x), code: code ?? 'A0006/G0004'}
        },
        why: {
          id: afterCreate
            ? 'explain.cluster-access.after-create.why'
            : 'explain.cluster-access.why'
        },
        fix: fix.clusterAccessFix(x)
      }
    }
  },
  {
    key: 'apikey-not-authorized',
    sources: RULE_SOURCES['apikey-not-authorized'] ?? [],
    check: 'cluster-api-key',
    scope: 'account',
    codes: ['A0656'],
    phrases: ['not authorized to create an API key'],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.cluster-api-key.not-authorized'},
      why: {id: 'explain.cluster-api-key.not-authorized.why'},
      fix: [
        fix.apiKeyResetFix(x),
        fix.identityOperatorFix(),
        fix.restrictedKeysFix()
      ]
    })
  },
  {
    key: 'apikey-iam-failed',
    sources: RULE_SOURCES['apikey-iam-failed'] ?? [],
    check: 'cluster-api-key',
    scope: 'account',
    codes: ['A03e9b', 'BXNIM0151E'],
    phrases: ['Failed to create an API key with IAM'],
    build: ({x, codes}) => ({
      status: 'fail',
      summary: {
        id: codes.some(c => c.toUpperCase() === 'BXNIM0151E')
          ? 'explain.cluster-api-key.iam-limit'
          : 'explain.cluster-api-key.iam-failed'
      },
      why: {id: 'explain.cluster-api-key.iam-failed.why'},
      fix: [fix.keyLimitFix(), fix.apiKeyResetFix(x)]
    })
  },
  {
    key: 'stored-key',
    sources: RULE_SOURCES['stored-key'] ?? [],
    check: 'cluster-api-key',
    scope: 'account',
    codes: ['P0005', 'NHC009'],
    phrases: ['IAM token exchange request failed'],
    when: n => !transientP0005(n),
    build: ({x, quote}) => ({
      status: 'fail',
      summary: {
        id: 'explain.cluster-api-key.stored-key',
        params: {message: quote}
      },
      why: {id: 'explain.cluster-api-key.stored-key.why'},
      fix: [fix.apiKeyInfoFix(x), fix.apiKeyResetFix(x)]
    })
  },
  {
    // The owner of the key IKS stores left the account or lost its infrastructure link (IBM's permission page).
    key: 'key-owner-gone',
    sources: RULE_SOURCES['key-owner-gone'] ?? [],
    check: 'cluster-api-key',
    scope: 'account',
    codes: ['BXNIM0410E'],
    phrases: [
      'no IMS account is linked to the selected BSS account',
      'Provided user not found or active',
      'User account is currently cancel_pending'
    ],
    unless: ['stored-key'],
    // In `ibmcloud login` output BXNIM0410E is about the caller's own key (iam-other says so).
    when: n => !/Unable to authenticate|ibmcloud login\b/.test(n.text),
    build: ({x, quote}) => ({
      status: 'fail',
      summary: {
        id: 'explain.cluster-api-key.owner-gone',
        params: {message: quote}
      },
      why: {id: 'explain.cluster-api-key.owner-gone.why'},
      fix: [fix.apiKeyInfoFix(x), fix.apiKeyResetFix(x)]
    })
  },
  {
    key: 'classic-region',
    sources: RULE_SOURCES['classic-region'] ?? [],
    check: 'classic-region',
    scope: 'account',
    codes: ['E501e'],
    phrases: [
      'Classic cluster creation is not supported in regions that do not have existing classic clusters'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.classic-region',
        params: {region: x.region ?? '<region>'}
      },
      why: {id: 'explain.classic-region.why'},
      fix: fix.classicRegionFix()
    })
  },
  {
    key: 'name-taken',
    sources: RULE_SOURCES['name-taken'] ?? [],
    check: 'cluster-name',
    scope: 'cluster',
    codes: ['E0007'],
    phrases: ['A cluster with the same name already exists'],
    build: ({x, troubleBefore}) => {
      const name = x.newClusterName ?? x.cluster ?? '<cluster-name>'
      // A create that answered 5xx, timed out or was retried may have been accepted: the "other" cluster may be ours.
      return troubleBefore
        ? {
            status: 'fail',
            summary: {id: 'explain.cluster-name.maybe-ours', params: {name}},
            why: {id: 'explain.cluster-name.maybe-ours.why'},
            fix: fix.maybeOursFix(x, name)
          }
        : {
            status: 'fail',
            summary: {id: 'explain.cluster-name', params: {name}},
            why: {id: 'explain.cluster-name.why'},
            fix: fix.clusterNameFix(x, name)
          }
    }
  },
  {
    key: 'key-unknown',
    sources: RULE_SOURCES['key-unknown'] ?? [],
    check: 'api-key',
    scope: 'account',
    codes: ['BXNIM0415E'],
    phrases: ['Provided API key could not be found'],
    // Inside "IAM token exchange request failed" it is IKS's stored key, not the caller's (terraform #3561).
    unless: ['stored-key'],
    build: ({code}) => ({
      status: 'fail',
      summary: {
        id: 'explain.api-key.unknown',
        params: {code: code ?? 'BXNIM0415E'}
      },
      why: {id: 'api-key.unknown.why'},
      fix: fix.createKeyFix('unknown')
    })
  },
  {
    key: 'key-disabled',
    sources: RULE_SOURCES['key-disabled'] ?? [],
    check: 'api-key',
    scope: 'account',
    // IAM's code for a disabled key is not in any public source; the wording is matched instead.
    phrases: ['Provided API key is disabled'],
    unless: ['stored-key'],
    build: ({code}) => ({
      status: 'fail',
      summary: {
        id: 'explain.api-key.disabled',
        params: {code: code ?? 'IAM'}
      },
      why: {id: 'api-key.disabled.why'},
      fix: fix.enableKeyFix()
    })
  },
  {
    key: 'iam-other',
    sources: RULE_SOURCES['iam-other'] ?? [],
    check: 'api-key',
    scope: 'account',
    codes: ['BXNIM\\d{4}E'],
    phrases: [],
    unless: [
      'key-unknown',
      'key-disabled',
      'stored-key',
      'apikey-iam-failed',
      'key-owner-gone',
      'ip-allowlist'
    ],
    build: ({code}) => ({
      status: 'fail',
      summary: {id: 'explain.api-key.other', params: {code: code ?? 'BXNIM'}},
      why: {id: 'api-key.rejected.why'},
      fix: fix.createKeyFix('rejected')
    })
  },
  {
    key: 'infra-permissions',
    sources: RULE_SOURCES['infra-permissions'] ?? [],
    check: 'infra-permissions',
    scope: 'account',
    phrases: [
      'The infrastructure authentication credentials are not authorized for the request',
      'must be ordered with permission',
      'We were unable to connect to your Softlayer account',
      // The wording since IBM dropped "SoftLayer" (and the 2018–2019 one with "(SoftLayer)" in it).
      'We were unable to connect to your IBM Cloud infrastructure',
      'Infrastructure permissions to add servers',
      "The worker node instance can't be identified",
      'The worker node instance cannot be identified',
      'The user does not have the necessary classic infrastructure permissions to add servers',
      'infrastructure credentials could not be validated'
    ],
    contextPhrases: [
      'The credentials could not be validated',
      "' infrastructure request not authorized",
      'infrastructure user permissions'
    ],
    build: ({x, quote}) => ({
      status: 'fail',
      summary: {id: 'explain.infra-permissions', params: {message: quote}},
      why: {id: 'explain.infra-permissions.why'},
      fix: fix.infraPermissionsFix(x)
    })
  },
  {
    key: 'rg-not-found',
    sources: RULE_SOURCES['rg-not-found'] ?? [],
    check: 'cluster-access',
    scope: 'account',
    phrases: [
      'The targeted resource group could not be found',
      // IBM Schematics' page: the key lacks Viewer on the group that the ibm_resource_group data source reads.
      'ResourceGroupDoesnotExist'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.resource-group',
        params: {group: x.resourceGroup ?? '<resource-group>'}
      },
      why: {id: 'explain.resource-group.why'},
      fix: fix.resourceGroupFix(x)
    })
  },
  {
    key: 'flavor',
    sources: RULE_SOURCES['flavor'] ?? [],
    check: 'flavor',
    scope: 'cluster',
    codes: ['E4e5b', 'E0146'],
    phrases: [
      'Could not find flavor in the requested zone',
      'The specified flavor is deprecated'
    ],
    build: ({x, codes}) => ({
      status: 'fail',
      summary: {
        id: codes.some(c => c.toUpperCase() === 'E0146')
          ? 'explain.flavor.deprecated'
          : 'explain.flavor.not-in-zone',
        params: {zone: x.zone ?? '<zone>'}
      },
      why: {id: 'explain.flavor.why'},
      fix: fix.flavorFix(x)
    })
  },
  {
    key: 'worker-minimum',
    sources: RULE_SOURCES['worker-minimum'] ?? [],
    check: 'worker-minimum',
    scope: 'cluster',
    codes: ['E1437'],
    phrases: [
      "would reduce the worker pool's size below the cluster's minimum requirement"
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.worker-minimum',
        params: {cluster: clusterOf(x)}
      },
      why: {id: 'explain.worker-minimum.why'},
      fix: fix.workerMinimumFix(x)
    })
  },
  {
    key: 'kms-authorization',
    sources: RULE_SOURCES['kms-authorization'] ?? [],
    check: 'kms-authorization',
    scope: 'cluster',
    codes: ['E09c0'],
    phrases: [],
    contextPhrases: ['Not authorized to access the Key Management Service'],
    build: () => ({
      status: 'fail',
      summary: {id: 'explain.kms-authorization'},
      why: {id: 'explain.kms-authorization.why'},
      fix: fix.kmsFix()
    })
  },
  {
    key: 'kube-version',
    sources: RULE_SOURCES['kube-version'] ?? [],
    check: 'kube-version',
    scope: 'cluster',
    codes: ['E0156'],
    phrases: [
      'A previous patch was specified'
      // CB-Spider relays IKS's list of orderable versions this way (cb-tumblebug #2773).
    ],
    contextPhrases: ['version not found', 'not found version'],
    build: ({quote}) => ({
      status: 'fail',
      summary: {id: 'explain.kube-version', params: {message: quote}},
      why: {id: 'explain.kube-version.why'},
      fix: fix.versionFix()
    })
  },
  {
    key: 'master-not-deployed',
    sources: RULE_SOURCES['master-not-deployed'] ?? [],
    check: 'cluster-state',
    scope: 'cluster',
    codes: ['Ef9cc'],
    phrases: ['The master must be in the deployed state'],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.cluster-state.master-busy',
        params: {cluster: clusterOf(x)}
      },
      why: {id: 'explain.cluster-state.master-busy.why'},
      fix: fix.clusterStatusFix(x)
    })
  },
  {
    key: 'classic-vlans',
    sources: RULE_SOURCES['classic-vlans'] ?? [],
    check: 'classic-vlans',
    scope: 'cluster',
    codes: ['E0020'],
    phrases: [
      'you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.classic-vlans',
        params: {zone: x.zone ?? '<zone>'}
      },
      why: {id: 'explain.classic-vlans.why'},
      fix: fix.vlanFix(x)
    })
  },
  {
    key: 'vpc-security-groups',
    sources: RULE_SOURCES['vpc-security-groups'] ?? [],
    check: 'vpc-security-groups',
    scope: 'cluster',
    codes: ['NHC010', 'NHC011'],
    phrases: [
      'Exceeded security group related quota',
      'Exceeded security group rules related quota',
      'security_group_limit_exceeded',
      'security_group_rules_per_sg_exceeded',
      'Exceeded security group limit',
      'Exceeded limit of rules per security group'
    ],
    build: ({codes}) => ({
      status: 'fail',
      summary: {
        id: 'explain.vpc-security-groups',
        params: {code: codes[0] ?? 'quota'}
      },
      why: {id: 'explain.vpc-security-groups.why'},
      fix: fix.securityGroupFix()
    })
  },
  {
    key: 'broken-webhook',
    sources: RULE_SOURCES['broken-webhook'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: [
      'the cluster has a broken webhook application',
      'ibm.biz/master_webhook'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.webhook', params: {cluster: clusterOf(x)}},
      why: {id: 'explain.webhook.why'},
      fix: fix.webhookFix()
    })
  },
  {
    // IAM refused the token for the caller's address: the account's (or user's) IP allowlist, not the key.
    key: 'ip-allowlist',
    sources: RULE_SOURCES['ip-allowlist'] ?? [],
    check: 'api-key',
    scope: 'account',
    codes: ['BXNIM0430E'],
    phrases: [
      'User login from given IP address is not permitted',
      'is not contained in the list of allowed IP addresses'
    ],
    build: ({n}) => {
      // The cluster's own controllers (a load balancer's sync) exchange the key from IBM's control plane.
      const controlPlane = hasRe(
        n,
        /ibm-cloud-provider|SyncLoadBalancerFailed|CreatingCloudLoadBalancerFailed|FindLoadBalancer/
      )
      const address = ipOf(n)
      const id = controlPlane
        ? 'explain.api-key.ip-allowlist.control-plane'
        : 'explain.api-key.ip-allowlist'
      return {
        status: 'fail',
        // IAM's bare message names no address: the sentence says so instead of printing a stand-in.
        summary:
          address === undefined
            ? {id: `${id}.no-address`}
            : {id, params: {address}},
        why: {id: 'api-key.ip-allowlist.why'},
        fix: fix.ipAllowlistFix(controlPlane)
      }
    }
  },
  {
    key: 'subnet-view',
    sources: RULE_SOURCES['subnet-view'] ?? [],
    check: 'vpc-subnets',
    scope: 'cluster',
    phrases: [],
    contextPhrases: ['not authorized to view the specified subnet'],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.vpc-subnets.view',
        params: {subnet: x.subnetId ?? '<subnet-id>'}
      },
      why: {id: 'explain.vpc-subnets.view.why'},
      fix: fix.subnetViewFix(x)
    })
  },
  {
    key: 'pool-root-key',
    sources: RULE_SOURCES['pool-root-key'] ?? [],
    check: 'kms-authorization',
    scope: 'cluster',
    phrases: [
      'Encrypted storage cannot be configured',
      'Review the customer root key configuration for the worker pool'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.kms-authorization.pool-root-key'},
      why: {id: 'explain.kms-authorization.pool-root-key.why'},
      fix: fix.poolRootKeyFix(x)
    })
  },
  {
    key: 'sg-pending',
    sources: RULE_SOURCES['sg-pending'] ?? [],
    check: 'vpc-security-groups',
    scope: 'cluster',
    phrases: ['Pending security group creation'],
    // IBM's cause sentence on the same page; "VPC" alone is not IBM's, so it needs IBM context.
    contextPhrases: [
      'reached the limit of clusters or security groups allowed per VPC'
    ],
    workers: true,
    build: ({x, workers, n}) => ({
      status: 'fail',
      summary: {
        id: has(n, 'Pending security group creation')
          ? 'explain.vpc-security-groups.pending'
          : 'explain.vpc-security-groups.vpc-limit'
      },
      why: {id: 'explain.vpc-security-groups.pending.why'},
      fix: [...fix.securityGroupFix(), fix.refreshOnlyFix(x)],
      details: workers
    })
  },
  {
    key: 'vlan-not-found',
    sources: RULE_SOURCES['vlan-not-found'] ?? [],
    check: 'classic-vlans',
    scope: 'cluster',
    phrases: ['Could not obtain network VLAN with'],
    build: ({x, n}) => ({
      status: 'fail',
      summary: {
        id: 'explain.classic-vlans.not-found',
        params: {
          vlan:
            /Could not obtain network VLAN with (?:id|ID):?\s*#?(\d+)/.exec(
              n.text
            )?.[1] ?? '<vlan-id>'
        }
      },
      why: {id: 'explain.classic-vlans.not-found.why'},
      fix: fix.vlanFix(x)
    })
  },
  {
    key: 'worker-firewall',
    sources: RULE_SOURCES['worker-firewall'] ?? [],
    check: 'worker-endpoints',
    scope: 'cluster',
    phrases: ['Worker unable to talk to IBM Cloud Kubernetes Service servers'],
    workers: true,
    build: ({x, workers}) => ({
      status: 'fail',
      summary: {
        id: 'explain.worker-endpoints.firewall',
        params: {workers: workersOr(workers), cluster: clusterOf(x)}
      },
      why: {id: 'explain.worker-endpoints.firewall.why'},
      fix: [fix.replaceFix(x, workers)],
      details: workers
    })
  },
  // Codes no check covers: what IBM means, and the next command.
  {
    key: 'free-limit',
    sources: RULE_SOURCES['free-limit'] ?? [],
    check: 'explain',
    scope: 'account',
    codes: ['E0013'],
    phrases: ['The free cluster limit is reached'],
    build: () => ({
      status: 'fail',
      summary: {id: 'explain.code.free-limit'},
      fix: [
        {
          text: {id: 'explain.code.free-limit.fix'},
          commands: [cmd.clusterLs()]
        }
      ]
    })
  },
  {
    key: 'provider-not-permitted',
    sources: RULE_SOURCES['provider-not-permitted'] ?? [],
    check: 'explain',
    scope: 'cluster',
    codes: ['G3917'],
    phrases: ['Cluster provider not permitted for given operation'],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.code.provider'},
      fix: [
        {
          text: {id: 'explain.code.provider.fix'},
          commands: [cmd.clusterGet(clusterOf(x))]
        }
      ]
    })
  },
  {
    key: 'already-up-to-date',
    sources: RULE_SOURCES['already-up-to-date'] ?? [],
    check: 'explain',
    scope: 'cluster',
    codes: ['E0120'],
    phrases: ['The master is already up to date for the specified version'],
    build: ({x}) => ({
      status: 'warn',
      summary: {id: 'explain.code.up-to-date'},
      fix: [
        {
          text: {id: 'explain.code.up-to-date.fix'},
          commands: [cmd.clusterGet(clusterOf(x)), cmd.versions()]
        }
      ]
    })
  },
  {
    key: 'pool-name-taken',
    sources: RULE_SOURCES['pool-name-taken'] ?? [],
    check: 'explain',
    scope: 'cluster',
    codes: ['E0d39'],
    phrases: ['A worker pool with the same name already exists'],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.code.pool-name'},
      fix: [
        {
          text: {id: 'explain.code.pool-name.fix'},
          commands: [cmd.workerPoolLs(clusterOf(x))]
        }
      ]
    })
  },
  {
    key: 'worker-not-found',
    sources: RULE_SOURCES['worker-not-found'] ?? [],
    check: 'explain',
    scope: 'cluster',
    codes: ['E0011'],
    phrases: ['The specified worker node could not be found'],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.code.worker-not-found'},
      fix: [
        {
          text: {id: 'explain.code.worker-not-found.fix'},
          commands: [cmd.workerLs(clusterOf(x))]
        }
      ]
    })
  },
  {
    key: 'vsi-quota',
    sources: RULE_SOURCES['vsi-quota'] ?? [],
    check: 'explain',
    scope: 'account',
    phrases: [
      'insufficient infrastructure quota to provision the worker',
      'will put user over quota'
    ],
    build: ({x, quote}) =>
      codeOnly('explain.code.vsi-quota', quote, 'explain.code.vsi-quota.fix', [
        cmd.workerLs(clusterOf(x))
      ])
  },
  {
    key: 'plan-not-available',
    sources: RULE_SOURCES['plan-not-available'] ?? [],
    check: 'explain',
    scope: 'account',
    phrases: [
      'review the private catalog management configuration for the account'
    ],
    build: ({quote}) =>
      codeOnly('explain.code.plan', quote, 'explain.code.plan.fix', [])
  },
  {
    key: 'ocp-entitlement',
    sources: RULE_SOURCES['ocp-entitlement'] ?? [],
    check: 'explain',
    scope: 'account',
    phrases: [
      'The entitlement `ocp_entitled` was not found',
      "The entitlement 'ocp_entitled' was not found",
      'The entitlement "ocp_entitled" was not found'
    ],
    build: ({quote}) =>
      codeOnly(
        'explain.code.entitlement',
        quote,
        'explain.code.entitlement.fix',
        []
      )
  },
  {
    key: 'dedicated-host',
    sources: RULE_SOURCES['dedicated-host'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: [
      'The dedicated hosts for the zone',
      'Insufficient dedicated hosts available in zone'
    ],
    contextPhrases: ['Dedicated host has insufficient capacity'],
    build: ({quote}) =>
      codeOnly('explain.code.dedicated', quote, 'explain.code.dedicated.fix', [
        cmd.dedicatedPoolLs()
      ])
  },
  {
    key: 'place-order',
    sources: RULE_SOURCES['place-order'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: ['There are insufficient resources behind router'],
    build: ({x, quote}) =>
      codeOnly(
        'explain.code.place-order',
        quote,
        'explain.code.place-order.fix',
        [cmd.vlanLs(x.zone ?? '<zone>')]
      )
  },
  {
    key: 'location-invalid',
    sources: RULE_SOURCES['location-invalid'] ?? [],
    check: 'explain',
    scope: 'account',
    phrases: ['The location provided for this order is invalid'],
    build: ({quote}) =>
      codeOnly('explain.code.location', quote, 'explain.code.location.fix', [])
  },
  {
    key: 'hard-reboot',
    sources: RULE_SOURCES['hard-reboot'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: ['The worker did not respond to the soft reboot request'],
    workers: true,
    build: ({x, quote, workers}) =>
      codeOnly(
        'explain.code.hard-reboot',
        quote,
        'explain.code.hard-reboot.fix',
        [cmd.workerRebootHard(clusterOf(x), workersOr(workers.slice(0, 1)))]
      )
  },
  {
    key: 'master-upgradeable',
    sources: RULE_SOURCES['master-upgradeable'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: [
      'Cannot complete cluster master upgrade because the Upgradeable status condition is set to False'
    ],
    build: ({quote}) =>
      codeOnly(
        'explain.code.upgradeable',
        quote,
        'explain.code.upgradeable.fix',
        [cmd.ocClusterVersion()]
      )
  },
  {
    key: 'cos-bucket',
    sources: RULE_SOURCES['cos-bucket'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: [
      'Could not store the cloud object storage bucket and IAM service key',
      'Could not create an IAM service key to access the cloud object storage bucket',
      'Could not create a bucket in your cloud object storage instance'
    ],
    build: ({quote}) =>
      codeOnly('explain.code.cos', quote, 'explain.code.cos.fix', [
        cmd.serviceInstances('cloud-object-storage')
      ])
  },
  {
    key: 'image-pull-policy',
    sources: RULE_SOURCES['image-pull-policy'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: [
      "can't pull images from the 'icr.io' domains because an IAM access policy could not be created"
    ],
    build: ({quote}) =>
      codeOnly(
        'explain.code.image-pull',
        quote,
        'explain.code.image-pull.fix',
        []
      )
  },
  {
    key: 'registry-admin',
    sources: RULE_SOURCES['registry-admin'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: [
      'The cluster could not be configured with the registry. Make sure that you have the Administrator role for Container Registry'
    ],
    build: ({quote}) =>
      codeOnly(
        'explain.code.registry-admin',
        quote,
        'explain.code.registry-admin.fix',
        [
          iamPolicyCreate('user', '<user-email>', 'Administrator', [
            ['--service-name', 'container-registry']
          ])
        ]
      )
  },
  {
    key: 'ca-rotation',
    sources: RULE_SOURCES['ca-rotation'] ?? [],
    check: 'explain',
    scope: 'cluster',
    codes: ['E1955'],
    phrases: [
      'download new certificates locally in order to revoke old CA Cert'
    ],
    build: ({x, quote}) =>
      codeOnly(
        'explain.code.ca-rotation',
        quote,
        'explain.code.ca-rotation.fix',
        [cmd.workerLs(clusterOf(x)), cmd.caRotate(clusterOf(x))]
      )
  },
  {
    key: 'clusterversion-rollout',
    sources: RULE_SOURCES['clusterversion-rollout'] ?? [],
    check: 'explain',
    scope: 'cluster',
    codes: ['CAE012'],
    phrases: ['the current OpenShift clusterversion rollout is not complete'],
    build: ({quote}) =>
      codeOnly(
        'explain.code.clusterversion',
        quote,
        'explain.code.clusterversion.fix',
        [cmd.ocClusterVersion()]
      )
  },
  {
    key: 'pod-security-prereq',
    sources: RULE_SOURCES['pod-security-prereq'] ?? [],
    check: 'explain',
    scope: 'cluster',
    codes: ['CAE009'],
    phrases: ['does not pass Pod Security upgrade prerequisites'],
    build: ({x, quote}) =>
      codeOnly(
        'explain.code.pod-security-prereq',
        quote,
        'explain.code.pod-security-prereq.fix',
        [cmd.masterRefresh(clusterOf(x))]
      )
  },
  {
    key: 'migration-in-progress',
    sources: RULE_SOURCES['migration-in-progress'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: [
      'Cannot complete cluster master upgrade because there is a migration in progress',
      'Cannot complete cluster master operations because there is a migration in progress'
    ],
    build: ({x, quote}) =>
      codeOnly('explain.code.migration', quote, 'explain.code.migration.fix', [
        cmd.workerLs(clusterOf(x))
      ])
  },
  {
    key: 'pod-security-config',
    sources: RULE_SOURCES['pod-security-config'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: [
      "The 'configuration' field is not a valid Kubernetes PodSecurityConfiguration setting"
    ],
    build: ({quote}) =>
      codeOnly(
        'explain.code.pod-security-config',
        quote,
        'explain.code.pod-security-config.fix',
        []
      )
  },
  {
    key: 'bm-instance-id',
    sources: RULE_SOURCES['bm-instance-id'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: ['The worker node instance ID changed'],
    workers: true,
    build: ({x, quote, workers}) =>
      codeOnly(
        'explain.code.bm-instance-id',
        quote,
        'explain.code.bm-instance-id.fix',
        [cmd.workerReload(clusterOf(x), workersOr(workers.slice(0, 1)))]
      )
  },
  {
    key: 'provisioning-failed',
    sources: RULE_SOURCES['provisioning-failed'] ?? [],
    check: 'explain',
    scope: 'cluster',
    // IKS's worker status around the VPC's words: a bare VSI's failure is not a cluster's.
    phrases: [
      "Infrastructure instance status is 'failed': Can't start instance because provisioning failed"
    ],
    workers: true,
    build: ({x, quote, workers}) =>
      codeOnly(
        'explain.code.provisioning-failed',
        quote,
        'explain.code.provisioning-failed.fix',
        [
          cmd.securityGroupSync(clusterOf(x)),
          cmd.workerReplace(clusterOf(x), workersOr(workers.slice(0, 1)))
        ]
      )
  },
  {
    key: 'cos-instance-missing',
    sources: RULE_SOURCES['cos-instance-missing'] ?? [],
    check: 'cos-instance',
    scope: 'cluster',
    phrases: ['Could not find the specified cloud object storage instance'],
    build: ({quote}) =>
      codeOnly('explain.cos-instance', quote, 'explain.cos-instance.fix', [
        cmd.serviceInstances('cloud-object-storage')
      ])
  },
  {
    key: 'classic-key-invalid',
    sources: RULE_SOURCES['classic-key-invalid'] ?? [],
    check: 'infra-credentials',
    scope: 'account',
    phrases: [
      'SoftLayer_Exception_User_Customer_Unauthorized: Invalid API key'
    ],
    build: ({x, quote}) => ({
      status: 'fail',
      summary: {id: 'explain.classic-key-invalid', params: {message: quote}},
      why: {id: 'explain.classic-key-invalid.why'},
      fix: [
        {
          text: {id: 'explain.classic-key-invalid.fix'},
          commands: [
            ...fix.credentialSetCommands(x),
            cmd.apiKeyReset(fix.region(x))
          ]
        }
      ]
    })
  },
  {
    key: 'vpn-config-failed',
    sources: RULE_SOURCES['vpn-config-failed'] ?? [],
    check: 'infra-permissions',
    scope: 'cluster',
    // Words a VPN product could print too: IBM's line carries "IBM Cloud support has been notified".
    phrases: [],
    contextPhrases: ['VPN server configuration update failed'],
    confirm: ['infra-credentials', 'infra-permissions'],
    build: ({x, quote}) => ({
      status: 'fail',
      summary: {id: 'explain.vpn-config', params: {message: quote}},
      why: {id: 'explain.vpn-config.why'},
      fix: [
        {
          text: {id: 'explain.vpn-config.fix'},
          commands: [
            cmd.credentialGet(fix.region(x)),
            cmd.infraPermissionsGet(fix.region(x))
          ]
        }
      ]
    })
  },
  {
    key: 'subnet-no-ips',
    sources: RULE_SOURCES['subnet-no-ips'] ?? [],
    check: 'vpc-subnets',
    scope: 'cluster',
    phrases: ['has insufficient available ipv4 addresses'],
    build: ({x, n}) => {
      const subnet =
        /The subnet with ID\(s\) '([^']{1,200})'/.exec(n.text)?.[1] ??
        '<subnet-id>'
      return {
        status: 'fail',
        summary: {id: 'explain.subnet-no-ips', params: {subnet}},
        why: {id: 'explain.subnet-no-ips.why'},
        fix: [
          {
            text: {id: 'explain.subnet-no-ips.fix'},
            commands: [
              cmd.isSubnet(subnet),
              cmd.zoneAdd('vpc-gen2', clusterOf(x))
            ]
          }
        ]
      }
    }
  },
  {
    key: 'nlb-ingress-ip',
    sources: RULE_SOURCES['nlb-ingress-ip'] ?? [],
    check: 'explain',
    scope: 'cluster',
    codes: ['CAE003'],
    phrases: [
      'Unable to determine the ingress IP address for the network load balancer'
    ],
    build: ({x, quote}) =>
      codeOnly('explain.code.nlb-ip', quote, 'explain.code.nlb-ip.fix', [
        cmd.clusterGetResources(clusterOf(x))
      ])
  },
  {
    key: 'order-prohibited',
    sources: RULE_SOURCES['order-prohibited'] ?? [],
    check: 'explain',
    scope: 'account',
    phrases: ['Your account is currently prohibited from ordering'],
    build: ({quote}) =>
      codeOnly(
        'explain.code.order-prohibited',
        quote,
        'explain.code.order-prohibited.fix',
        []
      )
  },
  {
    key: 'portieris-conflict',
    sources: RULE_SOURCES['portieris-conflict'] ?? [],
    check: 'explain',
    scope: 'cluster',
    codes: ['CAE008'],
    phrases: ['conflicting image admission controller installed'],
    build: ({quote}) =>
      codeOnly(
        'explain.code.portieris',
        quote,
        'explain.code.portieris.fix',
        []
      )
  },
  {
    key: 'master-resource-limit',
    sources: RULE_SOURCES['master-resource-limit'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: ['The master is approaching its allotted memory resource limit'],
    build: ({quote}) => ({
      status: 'warn',
      summary: {id: 'explain.code.master-limit', params: {message: quote}},
      fix: [{text: {id: 'explain.code.master-limit.fix'}}]
    })
  },
  {
    // The provider's own replace of ibm_container_vpc_worker (delete, then wait for the new worker): its error
    // drops IKS's reason, so the workers' status says what happened.
    key: 'tf-worker-replace',
    sources: RULE_SOURCES['tf-worker-replace'] ?? [],
    check: 'cluster-state',
    scope: 'cluster',
    phrases: [],
    contextPhrases: [
      'Failed to spawn new worker node',
      'Unable to find the new worker node info',
      'is failed to replace'
    ],
    confirm: ['cluster-state', 'worker-endpoints', 'vpe-gateway'],
    build: ({x, quote}) => ({
      status: 'warn',
      summary: {id: 'explain.tf-worker-replace', params: {message: quote}},
      why: {id: 'explain.tf-worker-replace.why'},
      fix: [
        {
          text: {id: 'explain.tf-worker-replace.fix.status'},
          commands: [cmd.workerLs(clusterOf(x))]
        },
        {
          text: {id: 'explain.tf-worker-replace.fix.untaint'},
          commands: [cmd.terraformUntaint(x.tfAddress)]
        }
      ]
    })
  },
  {
    // IKS's network health check (`cluster health issues`): warnings about the running cluster, not a refusal.
    key: 'network-health',
    sources: RULE_SOURCES['network-health'] ?? [],
    check: 'explain',
    scope: 'cluster',
    codes: ['NHC00[1-7]'],
    phrases: [],
    build: ({x, code}) => ({
      status: 'warn',
      summary: {
        id: 'explain.code.network-health',
        params: {code: code ?? 'NHC'}
      },
      fix: [
        {
          text: {id: 'explain.code.network-health.fix'},
          commands: [cmd.healthIssues(clusterOf(x))]
        }
      ]
    })
  },
  {
    key: 'cluster-quota',
    sources: RULE_SOURCES['cluster-quota'] ?? [],
    check: 'explain',
    scope: 'account',
    codes: ['E60b6'],
    phrases: ["exceeds the 'Cluster' resource quota"],
    build: ({quote}) =>
      codeOnly(
        'explain.code.cluster-quota',
        quote,
        'explain.code.cluster-quota.fix',
        [cmd.clusterLs('all')]
      )
  },
  {
    // Terraform's Kubernetes provider with no cluster to talk to dials localhost: every cloud's users see it,
    // so it counts only in IBM context (IBM Schematics' page names the ibm_container_cluster_config cause).
    key: 'kube-provider-localhost',
    sources: RULE_SOURCES['kube-provider-localhost'] ?? [],
    check: 'explain',
    scope: 'cluster',
    phrases: [],
    contextPhrases: [
      'dial tcp [::1]:80: connect: connection refused',
      'dial tcp 127.0.0.1:80: connect: connection refused'
    ],
    when: n => /https?:\/\/localhost\/apis?\//.test(n.text),
    build: ({quote}) =>
      codeOnly(
        'explain.code.kube-provider',
        quote,
        'explain.code.kube-provider.fix',
        []
      )
  },
  {
    // IBM Schematics' own job wrapper: it names no cause, the Terraform error before it does.
    key: 'schematics-job',
    sources: RULE_SOURCES['schematics-job'] ?? [],
    check: 'explain',
    scope: 'account',
    fallback: true,
    // "errorexit" is Schematics' own (sic); the other two are words any job runner could print.
    phrases: ['errorexit status'],
    contextPhrases: ['Could not execute job', 'Could not execute action'],
    build: ({quote, n}) => ({
      status: 'warn',
      summary: {
        id: 'explain.schematics.job',
        // Schematics' own words, without the colour codes its log keeps as text ("1m 31m").
        params: {
          message:
            /Terraform [A-Z]+ errorexit status \d+|Could not execute (?:job|action)/.exec(
              n.text
            )?.[0] ?? quote
        }
      },
      why: {id: 'explain.schematics.job.why'},
      fix: [
        {
          text: {id: 'explain.schematics.job.fix'},
          commands: [cmd.schematicsLogs()]
        }
      ]
    })
  },
  {
    key: 'wait-timeout',
    sources: RULE_SOURCES['wait-timeout'] ?? [],
    check: 'cluster-state',
    scope: 'cluster',
    // Terraform's StateChangeConf: a timeout, or a state outside the expected ones (wait_till, terraform-provider-ibm #4214).
    phrases: [],
    confirm: [...fix.WAIT_CHECKS],
    contextPhrases: [
      'timeout while waiting for state to become',
      'wanted target'
    ],
    build: ({x, quote, n}) => ({
      status: 'warn',
      summary: {
        id: 'explain.wait-timeout',
        params: {cluster: clusterOf(x), message: quote}
      },
      why: {id: 'explain.wait-timeout.why'},
      fix: fix.waitTimeoutFix(x, n.schematics === true)
    })
  },
  {
    key: 'linked-normal',
    sources: RULE_SOURCES['linked-normal'] ?? [],
    check: 'explain',
    scope: 'account',
    codes: ['E0051'],
    phrases: ['The user credentials could not be found'],
    build: () => ({
      status: 'pass',
      summary: {id: 'explain.linked-account-normal'}
    })
  },
  {
    // 5xx, 429, "Try again later": IBM's side or a rate limit, nobody's setup. Only when nothing else explains the failure.
    key: 'transient',
    sources: RULE_SOURCES['transient'] ?? [],
    check: 'explain',
    scope: 'account',
    codes: ['G0002', 'A0002'],
    phrases: [],
    fallback: true,
    contextPhrases: [
      'Try again later',
      'An internal error occurred while processing your request',
      'Too Many Requests',
      'Internal Server Error',
      'Service Unavailable',
      'Bad Gateway',
      'Gateway Timeout',
      'status code: 500',
      'status code: 502',
      'status code: 503',
      'status code: 504',
      'status code: 429'
    ],
    build: ({x, quote}) => ({
      status: 'warn',
      summary: {id: 'explain.transient', params: {message: quote}},
      why: {id: 'explain.transient.why'},
      fix: fix.transientFix(x)
    })
  }
]
