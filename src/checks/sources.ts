import type {Source} from './types.js'

/**
 * IBM sources cited by several checks' rules (docs/rules.md). Quotes are IBM's words as read on the date
 * given; a page IBM rewrites is re-read and its date moved, never its words guessed.
 */
const INFRA_ERRORS =
  'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors'
const WORKER_ISSUES =
  'https://cloud.ibm.com/docs/containers?topic=containers-common_worker_nodes_issues'

/** "Why can't I create or delete clusters or worker nodes?" (ibm-cloud-docs/containers), by section. */
export const infraErrors = {
  credentials: {
    kind: 'doc',
    url: `${INFRA_ERRORS}#cs_credentials`,
    quote:
      'The infrastructure credentials that are set for the region and resource group are missing the appropriate infrastructure permissions.',
    read: '2026-12'
  },
  unlinked: {
    kind: 'doc',
    url: `${INFRA_ERRORS}#cs_credentials`,
    quote:
      'We were unable to connect to your Softlayer account. Creating a standard cluster requires that you have either a Pay-As-You-Go account that is linked to an IBM Cloud infrastructure account term or that you have used the Kubernetes service CLI to set your Infrastructure API keys.',
    read: '2026-12'
  },
  orphaned: {
    kind: 'doc',
    url: `${INFRA_ERRORS}#orphaned`,
    quote:
      "The cluster might be provisioned in a classic IBM Cloud infrastructure account that is no longer linked to your IBM Cloud Kubernetes Service account. The cluster is orphaned. Because the resources are in a different account, you don't have the infrastructure credentials to modify the resources.",
    read: '2026-12'
  },
  switchOrphans: {
    kind: 'doc',
    url: `${INFRA_ERRORS}#orphaned`,
    quote:
      "You follow the resolution steps in the following section, but don't set your infrastructure credentials back to your team account. You can delete `Cluster1`, but now `Cluster2` is orphaned.",
    read: '2026-12'
  },
  vpe: {
    kind: 'doc',
    url: `${INFRA_ERRORS}#vpe-ts`,
    quote:
      'If the VPE gateway for your cluster is not correctly created in your VPC, the VPE gateway is deleted from your VPC, or the IP address that is reserved for the VPE is deleted from your VPC subnet, worker nodes lose connectivity with the Kubernetes master.',
    read: '2026-12'
  },
  vpeNotStable: {
    kind: 'doc',
    url: `${INFRA_ERRORS}#vpe-ts`,
    quote:
      'If the gateway for your cluster is listed but its status is not `Stable`, open a support case.',
    read: '2026-12'
  },
  paid: {
    kind: 'doc',
    url: `${INFRA_ERRORS}#cs_totp`,
    quote:
      'Unable to connect to the IBM Cloud account. Ensure that you have a paid account.',
    read: '2026-12'
  },
  totp: {
    kind: 'doc',
    url: `${INFRA_ERRORS}#cs_totp`,
    quote:
      "TOTP MFA also affects the access that IBM Cloud Kubernetes Service requires to make calls to IBM Cloud infrastructure. If TOTP is enabled for the account, you can't create and manage clusters and worker nodes in IBM Cloud Kubernetes Service.",
    read: '2026-12'
  }
} as const satisfies Record<string, Source>

/** "Common issues with worker nodes" (ibm-cloud-docs/containers), by section. */
export const workerIssues = {
  ownerGone: {
    kind: 'doc',
    url: `${WORKER_ISSUES}#instance-not-found`,
    quote:
      'Provided user not found or active … The owner of the API key that is used to access the IBM Cloud infrastructure portfolio does not have the required permissions to perform the action, or might be pending deletion.',
    read: '2026-12'
  },
  vlanNotFound: {
    kind: 'doc',
    url: `${WORKER_ISSUES}#no-network-vlan`,
    quote:
      'Could not obtain network VLAN with ID: <vlan-id> … The VLAN ID might not be associated with the IBM Cloud infrastructure account that you use. To list available VLAN IDs for your account, run `ibmcloud ks vlan ls --zone <zone>`.',
    read: '2026-12'
  }
} as const satisfies Record<string, Source>
