import type {Outcome} from '../findings.js'
import {where} from './classic-fixes.js'
import {scopeOf} from './helpers.js'
import type {Check} from './types.js'

/** Which classic infrastructure account the region and resource group use. E0051 (none set manually) is the normal case. */
export const infraCredentialsCheck: Check = {
  id: 'infra-credentials',
  family: 'classic',
  title: 'infra-credentials.title',
  scope: 'cluster',
  providers: ['classic'],
  requires: ['api-key', 'cluster-access', 'paid-account', 'totp-mfa'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-access-creds',
  needs: 'Viewer platform role on Kubernetes Service',
  rules: [
    {
      id: 'infra-credentials.linked',
      says: 'Without manually set credentials (E0051, the normal state) IKS uses the linked classic account; an account with none linked is reported as a warning here and refused by paid-account.',
      level: 'warn',
      sources: [
        {
          kind: 'doc',
          url: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors#orphaned',
          quote:
            'If you see a message similar to the following, then the account uses the default, linked infrastructure account. No credentials set for resource group <resource group>.: The user credentials could not be found.',
          read: '2026-12'
        }
      ]
    }
  ],
  async run({facts, target}): Promise<Outcome[]> {
    const t = await facts.target(target)
    const creds = await facts.credentials(scopeOf(t))
    // With manual credentials the linked account is only context; with linked ones it is the answer, so a failed lookup is "could not verify".
    const linked =
      creds.kind === 'manual'
        ? await facts.linkedClassicAccountId().catch(() => undefined)
        : await facts.linkedClassicAccountId()
    if (creds.kind === 'manual') {
      // Never the key: IKS does not return it, and we would not print it.
      const other =
        creds.classicAccountId !== undefined &&
        linked !== undefined &&
        creds.classicAccountId !== linked
      return [
        {
          status: 'pass',
          summary: {
            id: other
              ? 'infra-credentials.manual-other'
              : 'infra-credentials.manual',
            params: {
              ...where(t),
              username: creds.username,
              account: creds.classicAccountId ?? '?',
              linked: linked ?? '?'
            }
          }
        }
      ]
    }
    if (linked === undefined) {
      return [
        {
          status: 'warn',
          summary: {id: 'infra-credentials.linked-none', params: where(t)},
          why: {id: 'infra-credentials.linked-none.why'}
        }
      ]
    }
    return [
      {
        status: 'pass',
        summary: {
          id: 'infra-credentials.linked',
          params: {...where(t), account: linked}
        }
      }
    ]
  }
}
