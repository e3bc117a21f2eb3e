/**
 * The words of a platform: Red Hat OpenShift on IBM Cloud users run the same plugin as `ibmcloud oc` and
 * read their docs under cloud.ibm.com/docs/openshift. Applied once, after a check ran, to its fix
 * commands and docs link (src/engine.ts, src/report/model.ts), so checks build one command for both.
 */
import {withPlugin, type Command} from './ibmcloud.js'

export type CommandPlatform = 'kubernetes' | 'openshift'

/** `ibmcloud ks …` → `ibmcloud oc …` for OpenShift (IBM's openshift CLI reference uses `ibmcloud oc`); else as is. */
export function forPlatform(
  command: Command,
  platform: CommandPlatform | undefined
): Command {
  return platform === 'openshift' ? withPlugin(command, 'oc') : command
}

/**
 * containers topic → the openshift topic of the same page, for the topics checked to exist in
 * ibm-cloud-docs/openshift (first `{: #id}` of a page; read 2026-12 at e8eca99). A topic missing here keeps
 * its containers link rather than point at a page that may not exist.
 */
const OPENSHIFT_TOPICS: Readonly<Record<string, string>> = {
  'access-creds': 'access-creds',
  'add-workers-vpc': 'add-workers-vpc',
  'classic-roles': 'iam-platform-access-roles#classic-roles',
  'cluster-states-reference': 'cluster-states-reference',
  cluster_infra_errors: 'cluster_infra_errors',
  clusters: 'clusters',
  cs_versions: 'openshift_versions',
  'encryption-setup': 'encryption-setup',
  'kubernetes-service-cli': 'kubernetes-service-cli',
  'regions-and-zones': 'regions-and-zones',
  registry: 'registry',
  subnets: 'subnets',
  update: 'update',
  'vpc-security-group-reference': 'vpc-security-group-reference',
  'vpc-subnets': 'vpc-subnets'
}

/** Anchors that exist on the openshift page too; any other anchor is dropped with the switch. */
const OPENSHIFT_ANCHORS: ReadonlySet<string> = new Set(['cos_image_registry'])

const CONTAINERS =
  /^https:\/\/cloud\.ibm\.com\/docs\/containers\?topic=containers-([A-Za-z0-9_-]+)(#[A-Za-z0-9_-]+)?$/

/** A check's containers docs link, as the openshift page for OpenShift targets when that page exists. */
export function docsForPlatform(
  url: string,
  platform: CommandPlatform | undefined
): string {
  if (platform !== 'openshift') return url
  const m = CONTAINERS.exec(url)
  const topic = m ? OPENSHIFT_TOPICS[m[1]!] : undefined
  if (!m || topic === undefined) return url
  const anchor =
    m[2] !== undefined && OPENSHIFT_ANCHORS.has(m[2].slice(1)) ? m[2] : ''
  return `https://cloud.ibm.com/docs/openshift?topic=openshift-${topic}${topic.includes('#') ? '' : anchor}`
}
