import type {ClusterInfo} from '../ibm/containers.js'

/**
 * Red Hat OpenShift on IBM Cloud and IBM Cloud Kubernetes Service share one API; some rules differ
 * (minimum workers, version skew, the COS instance of a VPC create). The platform is a fact of the
 * cluster, or of the version a create asks for.
 */
export type Platform = 'kubernetes' | 'openshift'

/** `4.18_openshift`, `4.17.40_1546_openshift` → openshift; `1.33`, `1.33.4_1534` → kubernetes; else unknown. */
export function versionPlatform(
  version: string | undefined
): Platform | undefined {
  if (version === undefined) return undefined
  const v = version.trim().toLowerCase()
  if (/^\d+\.\d+(\.\d+)?(_\d+)?_openshift\b/.test(v)) return 'openshift'
  if (/^\d+\.\d+(\.\d+)?(_\d+)?$/.test(v)) return 'kubernetes'
  return undefined
}

/**
 * An existing cluster's platform: its master version when it names one (`_openshift` or not), else
 * getCluster's `type` ("openshift" / "kubernetes"); undefined when neither says (never guessed).
 */
export function clusterPlatform(c: ClusterInfo): Platform | undefined {
  const fromVersion = versionPlatform(
    c.masterKubeVersion?.match(
      /^\S*?\d+\.\d+\.\d+(?:_\d+)?(?:_openshift)?/i
    )?.[0]
  )
  if (fromVersion) return fromVersion
  const type = c.type?.toLowerCase()
  if (type === 'openshift') return 'openshift'
  if (type === 'kubernetes') return 'kubernetes'
  return undefined
}
