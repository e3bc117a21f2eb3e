import {InputError, shown, type Visibility} from '../config/raw.js'

/** Base URLs of every IBM service, from IBM's usual variables (shared with the Terraform provider). */
export interface Endpoints {
  iam: string
  containers: string
  accounts: string
  resourceManager: string
  /** Resource instances (KMS instance state); IBM serves it from the same host as resource groups. */
  resourceController: string
  userManagement: string
  classic: string
  /** Schematics (the plan of a job, `schematics-job`): regional, as the Terraform provider builds it. */
  schematics: string
  vpc(region: string): string
}

const trim = (u: string): string => u.trim().replace(/\/+$/, '')

/** An endpoint or proxy variable that is not an http(s) URL is named before any request, not after. */
function checkUrl(name: string, value: string, what: string): void {
  let ok = false
  try {
    ok = ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    ok = false
  }
  if (!ok)
    throw new InputError(
      name,
      `got ${shown(value)}; expected ${what}.`,
      'variable'
    )
}

/** Every variable that overrides an IBM Cloud endpoint (the names IBM's CLI, SDKs and Terraform provider read). */
export const ENDPOINT_VARIABLES = [
  'IBMCLOUD_IS_NG_API_ENDPOINT',
  'IBMCLOUD_IAM_API_ENDPOINT',
  'IBMCLOUD_CS_API_ENDPOINT',
  'IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT',
  'IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT',
  'IBMCLOUD_RESOURCE_CONTROLLER_API_ENDPOINT',
  'IBMCLOUD_USER_MANAGEMENT_ENDPOINT',
  'IAAS_CLASSIC_ENDPOINT_URL',
  'IBMCLOUD_SCHEMATICS_API_ENDPOINT'
] as const

/** Loopback hosts: plain http there never leaves the machine (the emulator, a local proxy). */
function loopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase()
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)
  )
}

/**
 * Endpoint variables set to plain http:// on a host outside loopback: the API key (and IAM tokens) would
 * travel in clear. Warned about, never refused (a TLS-terminating proxy inside a private network is legitimate).
 */
export function clearTextEndpoints(
  env: Partial<Record<string, string>>
): Array<{name: string; host: string}> {
  const out: Array<{name: string; host: string}> = []
  for (const name of ENDPOINT_VARIABLES) {
    const v = (env[name] ?? '').trim()
    if (v === '') continue
    try {
      const u = new URL(v)
      if (u.protocol === 'http:' && !loopback(u.hostname))
        out.push({name, host: u.host})
    } catch {
      // Not a URL: resolveEndpoints refuses it with its own message.
    }
  }
  return out
}

const PROXY_VARIABLES = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'ALL_PROXY',
  'all_proxy'
]

/** Proxy variables as proxy-from-env reads them (a bare host:port gets the request's scheme). */
export function checkProxyEnv(env: Partial<Record<string, string>>): void {
  for (const name of PROXY_VARIABLES) {
    const v = (env[name] ?? '').trim()
    if (v === '') continue
    checkUrl(
      name,
      v.includes('://') ? v : `http://${v}`,
      'a proxy URL such as http://proxy.example:3128'
    )
  }
}

export function resolveEndpoints(
  env: Partial<Record<string, string>>,
  visibility: Visibility,
  region?: string
): Endpoints {
  const pick = (
    name: string,
    publicUrl: string,
    privateUrl: string
  ): string => {
    const v = env[name]
    if (v !== undefined && v.trim() !== '') {
      checkUrl(name, v.trim(), `an http(s) URL such as ${publicUrl}`)
      return trim(v)
    }
    return visibility === 'private' ? privateUrl : publicUrl
  }
  const vpcOverride = env['IBMCLOUD_IS_NG_API_ENDPOINT']
  if (vpcOverride !== undefined && vpcOverride.trim() !== '')
    checkUrl(
      'IBMCLOUD_IS_NG_API_ENDPOINT',
      vpcOverride.trim(),
      'an http(s) URL such as https://us-south.iaas.cloud.ibm.com/v1'
    )
  checkProxyEnv(env)
  return {
    iam: pick(
      'IBMCLOUD_IAM_API_ENDPOINT',
      'https://iam.cloud.ibm.com',
      'https://private.iam.cloud.ibm.com'
    ),
    containers: pick(
      'IBMCLOUD_CS_API_ENDPOINT',
      'https://containers.cloud.ibm.com/global',
      `https://private.${region ?? 'us-south'}.containers.cloud.ibm.com/global`
    ),
    accounts: pick(
      'IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT',
      'https://accounts.cloud.ibm.com',
      'https://private.accounts.cloud.ibm.com'
    ),
    resourceManager: pick(
      'IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT',
      'https://resource-controller.cloud.ibm.com',
      'https://private.resource-controller.cloud.ibm.com'
    ),
    resourceController: pick(
      'IBMCLOUD_RESOURCE_CONTROLLER_API_ENDPOINT',
      'https://resource-controller.cloud.ibm.com',
      'https://private.resource-controller.cloud.ibm.com'
    ),
    userManagement: pick(
      'IBMCLOUD_USER_MANAGEMENT_ENDPOINT',
      'https://user-management.cloud.ibm.com',
      `https://private.${region ?? 'us-south'}.user-management.cloud.ibm.com`
    ),
    classic: pick(
      'IAAS_CLASSIC_ENDPOINT_URL',
      'https://api.softlayer.com/rest/v3.1',
      'https://api.service.softlayer.com/rest/v3.1'
    ),
    // The provider's naming: <region>.schematics / private-<region>.schematics; without a region, the
    // SDK's DefaultServiceURL (IBM/schematics-go-sdk schematicsv1).
    schematics: pick(
      'IBMCLOUD_SCHEMATICS_API_ENDPOINT',
      region === undefined
        ? 'https://schematics.cloud.ibm.com'
        : `https://${region}.schematics.cloud.ibm.com`,
      `https://private-${region ?? 'us-south'}.schematics.cloud.ibm.com`
    ),
    // When the override is set it is used for every region (as the Terraform provider does).
    vpc: (r: string) =>
      vpcOverride !== undefined && vpcOverride.trim() !== ''
        ? trim(vpcOverride)
        : visibility === 'private'
          ? `https://${r}.private.iaas.cloud.ibm.com/v1`
          : `https://${r}.iaas.cloud.ibm.com/v1`
  }
}
