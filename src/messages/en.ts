import {classic} from './en/classic.js'
import {classicVlans} from './en/classic-vlans.js'
import {clusterApiKey} from './en/cluster-api-key.js'
import {common} from './en/common.js'
import {credentials} from './en/credentials.js'
import {explain} from './en/explain.js'
import {kmsAuthorization} from './en/kms-authorization.js'
import {cosInstance} from './en/cos-instance.js'
import {flavor} from './en/flavor.js'
import {kubeVersion} from './en/kube-version.js'
import {operationTarget} from './en/operation-target.js'
import {plan} from './en/plan.js'
import {report} from './en/report.js'
import {vpc} from './en/vpc.js'
import {vpcSecurityGroups} from './en/vpc-security-groups.js'
import {vpcSubnets} from './en/vpc-subnets.js'

/**
 * Every user-facing sentence, by id, one file per check family. `{name}` placeholders are filled
 * with data (cluster names, codes) or a nested message; commands are not here: checks build them
 * and they are never translated. Ids: `<check>.<outcome>[.why|.fix…]`, `common.*`, `report.*`.
 */
export const en = {
  ...common,
  ...credentials,
  ...clusterApiKey,
  ...classic,
  ...classicVlans,
  ...report,
  ...vpc,
  ...vpcSecurityGroups,
  ...vpcSubnets,
  ...explain,
  ...kmsAuthorization,
  ...flavor,
  ...cosInstance,
  ...kubeVersion,
  ...operationTarget,
  ...plan
} as const

export type MessageId = keyof typeof en
