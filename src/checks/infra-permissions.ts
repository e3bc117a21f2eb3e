import type {Permission} from '../ibm/containers.js'
import type {Msg, Outcome} from '../findings.js'
import {groupLabel, scopeOf} from './helpers.js'
import {cmd} from '../commands/ibmcloud.js'
import type {Check} from './types.js'

const keyList = (ps: Permission[]): string => ps.map(p => p.key).join(', ')
const detail = (kind: 'required' | 'suggested', p: Permission): Msg => ({
  id: `infra-permissions.detail.${kind}`,
  params: {
    permission: `${p.key}${p.name ? ` (${p.name})` : ''}${p.category ? ` [${p.category}]` : ''}`
  }
})

/** Classic clusters: the credentials IKS uses in the region lack no required (fail) or suggested (warn) permission. */
export const infraPermissionsCheck: Check = {
  id: 'infra-permissions',
  family: 'credentials',
  title: 'infra-permissions.title',
  scope: 'cluster',
  providers: ['classic'],
  requires: ['api-key', 'cluster-access', 'paid-account', 'totp-mfa'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-classic-roles',
  needs: 'Viewer platform role on Kubernetes Service',
  async run({config, facts, target}): Promise<Outcome[]> {
    const t = await facts.target(target)
    const scope = scopeOf(t)
    const missing = await facts.missingInfraPermissions(scope)
    const where = {region: t.region, resourceGroup: groupLabel(t)}
    if (missing.required.length === 0 && missing.suggested.length === 0) {
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
        : {id: 'infra-permissions.user.linked'}
    const all = [...missing.required, ...missing.suggested]
    const required = missing.required.length > 0
    return [
      {
        status: required ? 'fail' : 'warn',
        summary: required
          ? {
              id: 'infra-permissions.missing-required',
              params: {
                ...where,
                count: missing.required.length,
                keys: keyList(missing.required)
              }
            }
          : {
              id: 'infra-permissions.missing-suggested',
              params: {
                ...where,
                count: missing.suggested.length,
                keys: keyList(missing.suggested)
              }
            },
        why: required
          ? {
              id: 'infra-permissions.missing-required.why',
              params: {operation: config.operation}
            }
          : {id: 'infra-permissions.missing-suggested.why'},
        fix: [
          {
            // The user is a nested message, rendered by the report in the same language.
            text: {id: 'infra-permissions.fix', params: {user}},
            commands: [
              ...all.map(p => cmd.slPermissionEdit(p.key)),
              cmd.infraPermissionsGet(t.region)
            ]
          }
        ],
        details: [
          ...missing.required.map(p => detail('required', p)),
          ...missing.suggested.map(p => detail('suggested', p))
        ]
      }
    ]
  }
}
