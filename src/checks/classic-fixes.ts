import type {TargetInfo} from '../facts.js'
import type {InfraCredentials} from '../ibm/containers.js'
import type {FixStep, Msg} from '../findings.js'
import {sequences, type Command} from '../commands/ibmcloud.js'
import {groupArg, groupLabel} from './helpers.js'

/** Shared pieces of the classic family's findings: where, whose credentials, and the credential commands. */
export const where = (
  t: TargetInfo
): {region: string; resourceGroup: string} => ({
  region: t.region,
  resourceGroup: groupLabel(t)
})

export function credentialsMsg(
  creds: InfraCredentials,
  linkedId: string | undefined
): Msg {
  if (creds.kind === 'manual')
    return {
      id: 'classic.creds.manual',
      params: {username: creds.username, account: creds.classicAccountId ?? '?'}
    }
  return {id: 'classic.creds.linked', params: {account: linkedId ?? '?'}}
}

export function unsetCommands(t: TargetInfo): Command[] {
  return sequences.credentialUnset(t.region, groupArg(t))
}

export function setCommands(t: TargetInfo, region = t.region): Command[] {
  return sequences.credentialSet(region, groupArg(t))
}

export function supportStep(t: TargetInfo): FixStep {
  return {
    text: {
      id: 'classic.fix.nobody-has-credentials',
      params: {clusterId: t.id ?? t.name}
    }
  }
}
