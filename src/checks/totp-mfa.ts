import type {Facts, TargetInfo} from '../facts.js'
import {infraErrors} from './sources.js'
import type {FixStep, Outcome, Params} from '../findings.js'
import type {ApiError} from '../ibm/errors.js'
import type {UserMfa} from '../ibm/iam.js'
import {blockerOf} from './blockers.js'
import {classicProbe} from './classic-probe.js'
import {where} from './classic-fixes.js'
import {cmd, type Command} from '../commands/ibmcloud.js'
import {ibmDiagnostics, scopeOf} from './helpers.js'
import type {Check} from './types.js'

const BLOCKING = new Set(['TOTP', 'TOTP4ALL', 'LEVEL2'])
const MAYBE = new Set(['LEVEL1', 'LEVEL3'])

/** Every (resource group, region) with classic clusters, the target's first: the key must be set in each. */
async function classicPlaces(
  facts: Facts,
  t: TargetInfo
): Promise<Array<{group: string; region: string}>> {
  const places = [
    {group: t.resourceGroupName ?? t.resourceGroupId, region: t.region}
  ]
  const clusters = await facts.clusters().catch(() => [])
  for (const c of clusters) {
    if (c.provider !== 'classic') continue
    const group = c.resourceGroupName ?? c.resourceGroupId
    if (!places.some(p => p.group === group && p.region === c.region))
      places.push({group, region: c.region})
  }
  return places
}

async function totpFix(
  facts: Facts,
  t: TargetInfo,
  linked: string | undefined
): Promise<FixStep[]> {
  const places = await classicPlaces(facts, t)
  const commands: Command[] = []
  let group: string | undefined
  for (const p of places) {
    if (p.group !== group) commands.push(cmd.targetGroup(p.group))
    group = p.group
    commands.push(
      cmd.credentialSetClassic(p.region),
      cmd.credentialGet(p.region),
      cmd.apiKeyReset(p.region)
    )
  }
  return [
    {
      text: {id: 'totp-mfa.fix.turn-off'},
      commands: [cmd.mfaOff()]
    },
    {
      text: {
        id: 'totp-mfa.fix.classic-key',
        params: {
          linked: linked ?? '<classic-account-id>',
          regions: places.map(p => `${p.region} (${p.group})`).join(', ')
        }
      },
      commands
    }
  ]
}

/** The user_mfa entry of the owner of the API key IKS stores for the target's region and group, if any. */
async function keyOwnerOverride(
  facts: Facts,
  t: TargetInfo,
  userMfa: UserMfa[]
): Promise<{mfa: string; user: string} | undefined> {
  if (userMfa.length === 0 || t.kind !== 'existing' || !t.id) return undefined
  const owner = await facts.keyOwner(t.id, scopeOf(t)).catch(() => undefined)
  const email = owner?.email?.toLowerCase()
  if (!email) return undefined
  const hit = userMfa.find(u => u.email?.toLowerCase() === email)
  return hit ? {mfa: hit.mfa, user: owner!.email!} : undefined
}

/**
 * Account-wide TOTP also applies to the classic calls IKS makes with the linked account, so IKS cannot
 * manage classic clusters unless the region uses manually set classic credentials (an API key needs no TOTP).
 */
export const totpMfaCheck: Check = {
  id: 'totp-mfa',
  family: 'classic',
  title: 'totp-mfa.title',
  scope: 'cluster',
  providers: ['classic'],
  requires: ['api-key', 'cluster-access'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors',
  needs:
    'Viewer platform role on Kubernetes Service; Viewer on IAM Identity (account settings)',
  rules: [
    {
      id: 'totp-mfa.totp',
      says: 'With TOTP multifactor authentication on the account and its linked classic infrastructure, IKS cannot make its classic infrastructure calls: classic cluster and worker operations fail.',
      level: 'fail',
      sources: [
        infraErrors.totp,
        {
          kind: 'error',
          text: "can't authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user.",
          where: 'IBM docs, containers cluster_infra_errors#cs_totp'
        }
      ]
    },
    {
      id: 'totp-mfa.level',
      says: 'An MFA level IBM does not name in the TOTP troubleshooting page may also affect IKS: reported as a warning.',
      level: 'warn',
      sources: [
        {
          kind: 'indirect',
          note: 'IBM documents the TOTP refusal; other account MFA levels are not named there.',
          where: 'containers cluster_infra_errors#cs_totp'
        }
      ]
    }
  ],
  async run({facts, target}): Promise<Outcome[]> {
    const t = await facts.target(target)
    // Asked alongside the probe, not after it: one round trip less on the run's critical path.
    const settingsAnswer = facts
      .accountSettings()
      .catch((e: unknown) => e as ApiError)
    const errors = await classicProbe(facts, t, {softlayer: true})
    const creds = await facts
      .credentials(scopeOf(t))
      .catch((e: unknown) => e as ApiError)
    const linked = await facts.linkedClassicAccountId().catch(() => undefined)
    const manual = !(creds instanceof Error) && creds.kind === 'manual'
    // With manual credentials our own SoftLayer read (the pipeline's classic user) may hit TOTP while IKS does not.
    const proof = errors.find(
      e => blockerOf(e) === 'totp' && (e.service === 'iks' || !manual)
    )
    const settings = await settingsAnswer
    const accountMfa =
      settings instanceof Error ? undefined : (settings.mfa ?? 'NONE')
    // A per-user override (user_mfa) for the user whose key IKS uses decides for that user.
    const override =
      settings instanceof Error || manual
        ? undefined
        : await keyOwnerOverride(facts, t, settings.userMfa)
    const mfa = override?.mfa ?? accountMfa
    const params: Params = {
      ...where(t),
      mfa: override
        ? {
            id: 'totp-mfa.user.override',
            params: {
              mfa: override.mfa,
              user: override.user,
              account: accountMfa ?? '?'
            }
          }
        : (mfa ?? '?')
    }
    if (proof) {
      return [
        {
          status: 'fail',
          rule: 'totp-mfa.totp',
          summary: {
            id: 'totp-mfa.reported',
            params: {...params, message: proof.detail}
          },
          why: {id: 'totp-mfa.why'},
          fix: await totpFix(facts, t, linked),
          ibm: ibmDiagnostics(proof)
        }
      ]
    }
    if (creds instanceof Error) throw creds
    // With MFA off, the manual credentials are beside the point; name them only when they are what makes it pass.
    const mfaOn = mfa !== undefined && (BLOCKING.has(mfa) || MAYBE.has(mfa))
    if (manual && (mfa === undefined || mfaOn))
      return [
        {
          status: 'pass',
          summary: {
            id: 'totp-mfa.manual',
            params: {...params, username: creds.username}
          }
        }
      ]
    if (settings instanceof Error) throw settings
    if (BLOCKING.has(mfa!)) {
      return [
        {
          status: 'fail',
          rule: 'totp-mfa.totp',
          summary: {id: 'totp-mfa.enabled', params},
          why: {id: 'totp-mfa.why'},
          fix: await totpFix(facts, t, linked)
        }
      ]
    }
    if (MAYBE.has(mfa!)) {
      return [
        {
          status: 'warn',
          summary: {id: 'totp-mfa.level', params},
          why: {id: 'totp-mfa.level.why', params},
          fix: await totpFix(facts, t, linked)
        }
      ]
    }
    return [{status: 'pass', summary: {id: 'totp-mfa.pass', params}}]
  }
}
