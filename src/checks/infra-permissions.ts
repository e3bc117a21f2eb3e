import {infraErrors} from './sources.js'
import {
  PERMISSION_CATEGORIES,
  type InfraPermissionStatus,
  type MissingPermissions
} from '../ibm/containers.js'
import type {Msg, Outcome} from '../findings.js'
import {groupLabel, scopeOf} from './helpers.js'
import {cmd} from '../commands/ibmcloud.js'
import type {Check} from './types.js'

/**
 * IBM names missing permissions "in IaaS-specific terminology" (the display names of IBM's classic-roles
 * page); `ibmcloud sl user permission-edit` wants SoftLayer keyNames. Matched case-insensitively; a name
 * not in this table is printed as given.
 */
const KEY_NAMES: Record<string, string> = {
  'add server': 'SERVER_ADD',
  'cancel server': 'SERVER_CANCEL',
  'os reloads and rescue kernel': 'SERVER_RELOAD',
  'view virtual server details': 'VIRTUAL_GUEST_VIEW',
  'view hardware details': 'HARDWARE_VIEW',
  'remote management': 'REMOTE_MANAGEMENT',
  'add tickets': 'TICKET_ADD',
  'edit tickets': 'TICKET_EDIT',
  'view tickets': 'TICKET_VIEW',
  'access all virtual': 'ACCESS_ALL_GUEST',
  'access all hardware': 'ACCESS_ALL_HARDWARE',
  'public network computing': 'PUBLIC_NETWORK_COMPUTE',
  'manage dns': 'DNS_MANAGE',
  'edit hostname/domain': 'HOSTNAME_EDIT',
  'add ip addresses': 'IP_ADD',
  'manage network subnet routes': 'NETWORK_ROUTE_MANAGE',
  'manage port control': 'PORT_CONTROL',
  'manage certificates (ssl)': 'SECURITY_CERTIFICATE_MANAGE',
  'view certificates (ssl)': 'SECURITY_CERTIFICATE_VIEW',
  'add/upgrade storage (storagelayer)': 'ADD_SERVICE_STORAGE',
  'manage storage': 'NAS_MANAGE'
}
const KNOWN_KEYS = new Set(Object.values(KEY_NAMES))

/** The SoftLayer keyName for IBM's permission text, or the text itself when it has no mapping. */
export function keyNameOf(permission: string): string {
  const t = permission.trim()
  if (KNOWN_KEYS.has(t.toUpperCase())) return t.toUpperCase()
  return KEY_NAMES[t.toLowerCase()] ?? t
}

const category = (m: MissingPermissions): Msg => ({
  id: `infra-permissions.detail.category.${m.category}`
})

/** One line per category and level, in IBM's category order: what is missing there. */
function detailLines(missing: MissingPermissions[], region: string): Msg[] {
  const sorted = [...missing].sort(
    (a, b) =>
      PERMISSION_CATEGORIES.indexOf(a.category) -
        PERMISSION_CATEGORIES.indexOf(b.category) ||
      (a.level === b.level ? 0 : a.level === 'required' ? -1 : 1)
  )
  return sorted.map((m): Msg =>
    m.permissions.length > 0
      ? {
          id: `infra-permissions.detail.${m.level}`,
          params: {
            category: category(m),
            permissions: m.permissions
              .map(p => {
                const key = keyNameOf(p)
                return key === p ? p : `${p} (${key})`
              })
              .join(', ')
          }
        }
      : {
          id: `infra-permissions.detail.${m.level}-unnamed`,
          params: {
            category: category(m),
            command: cmd.infraPermissionsGet(region)
          }
        }
  )
}

const names = (ms: MissingPermissions[]): string[] => [
  ...new Set(ms.flatMap(m => m.permissions))
]

/** Whose classic account IBM judged: its account ID and its words for where the credentials come from. */
function judged(s: InfraPermissionStatus): Msg {
  if (s.account && s.accountType)
    return {
      id: 'infra-permissions.detail.judged.both',
      params: {account: s.account, accountType: s.accountType}
    }
  if (s.account)
    return {
      id: 'infra-permissions.detail.judged.account',
      params: {account: s.account}
    }
  if (s.accountType)
    return {
      id: 'infra-permissions.detail.judged.type',
      params: {accountType: s.accountType}
    }
  return {id: 'infra-permissions.detail.judged.unknown'}
}

/** Classic clusters: the credentials IKS uses in the region lack no required (fail) or recommended (warn) permission. */
export const infraPermissionsCheck: Check = {
  id: 'infra-permissions',
  family: 'credentials',
  title: 'infra-permissions.title',
  scope: 'cluster',
  providers: ['classic'],
  requires: ['api-key', 'cluster-access', 'paid-account', 'totp-mfa'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-classic-roles',
  needs: 'Viewer platform role on Kubernetes Service',
  rules: [
    {
      id: 'infra-permissions.required',
      says: 'The classic credentials of the region and resource group lack a permission IKS reports as required: classic infrastructure operations fail.',
      level: 'fail',
      sources: [
        {
          kind: 'answer',
          service: 'IBM Cloud Kubernetes Service',
          note: 'GET /v1/infra-permissions (`ibmcloud ks infra-permissions get`) names the missing permissions and marks them required.'
        },
        infraErrors.credentials,
        {
          kind: 'doc',
          url: 'https://cloud.ibm.com/docs/containers?topic=containers-iam-platform-access-roles#required-classic-rbac',
          quote:
            'Cancel Server | Delete worker nodes. | OS Reloads and Rescue Kernel | Update, reboot, and reload worker nodes.',
          read: '2026-12'
        }
      ]
    },
    {
      id: 'infra-permissions.suggested',
      says: 'A permission IKS suggests but does not require is missing: some cluster features (load balancers, storage) will not work.',
      level: 'warn',
      sources: [
        {
          kind: 'doc',
          url: 'https://cloud.ibm.com/docs/containers?topic=containers-iam-platform-access-roles#classic-rbac-suggested',
          quote:
            'Manage DNS | Set up public load balancer or Ingress networking to expose apps.',
          read: '2026-12'
        }
      ]
    }
  ],
  async run({config, facts, target}): Promise<Outcome[]> {
    const t = await facts.target(target)
    const scope = scopeOf(t)
    const status = await facts.infraPermissions(scope)
    const where = {
      region: t.region,
      resourceGroup: groupLabel(t),
      judged: judged(status)
    }
    if (status.missing.length === 0) {
      return [
        {status: 'pass', summary: {id: 'infra-permissions.pass', params: where}}
      ]
    }
    const creds = await facts.credentials(scope).catch(() => undefined)
    const user: Msg =
      creds?.kind === 'manual'
        ? {
            id: 'infra-permissions.user.manual',
            params: {username: creds.username}
          }
        : {
            id: 'infra-permissions.user.linked',
            params: {command: cmd.apiKeyInfo(t.id ?? t.ref)}
          }
    const required = status.missing.filter(m => m.level === 'required')
    const recommended = status.missing.filter(m => m.level === 'recommended')
    const failing = required.length > 0
    const named = names(failing ? required : recommended)
    const keys = [...new Set(names(status.missing).map(keyNameOf))]
    return [
      {
        status: failing ? 'fail' : 'warn',
        rule: failing
          ? 'infra-permissions.required'
          : 'infra-permissions.suggested',
        summary: {
          id: failing
            ? 'infra-permissions.missing-required'
            : 'infra-permissions.missing-recommended',
          params: {
            ...where,
            // Parts IBM reports insufficient without naming a permission count once each.
            count:
              named.length > 0
                ? named.length
                : (failing ? required : recommended).length,
            permissions:
              named.length > 0
                ? named.join(', ')
                : {id: 'infra-permissions.detail.unnamed'}
          }
        },
        why: failing
          ? {
              id: 'infra-permissions.missing-required.why',
              params: {operation: config.operation}
            }
          : {id: 'infra-permissions.missing-recommended.why'},
        fix: [
          {
            // The user is a nested message, rendered by the report in the same language.
            text: {id: 'infra-permissions.fix', params: {user}},
            commands: [
              ...keys.map(k => cmd.slPermissionEdit(k)),
              cmd.infraPermissionsGet(t.region)
            ]
          }
        ],
        details: detailLines(status.missing, t.region)
      }
    ]
  }
}
