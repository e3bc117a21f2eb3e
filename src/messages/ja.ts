import {classic} from './ja/classic.js'
import {classicVlans} from './ja/classic-vlans.js'
import {clusterApiKey} from './ja/cluster-api-key.js'
import {common} from './ja/common.js'
import {credentials} from './ja/credentials.js'
import {explain} from './ja/explain.js'
import {kmsAuthorization} from './ja/kms-authorization.js'
import {cosInstance} from './ja/cos-instance.js'
import {flavor} from './ja/flavor.js'
import {kubeVersion} from './ja/kube-version.js'
import {operationTarget} from './ja/operation-target.js'
import {plan} from './ja/plan.js'
import {report} from './ja/report.js'
import {vpc} from './ja/vpc.js'
import {vpcSecurityGroups} from './ja/vpc-security-groups.js'
import {vpcSubnets} from './ja/vpc-subnets.js'

/**
 * The Japanese catalogue, in the terms of IBM Cloud's Japanese documentation (ワーカー・ノード,
 * インフラストラクチャー資格情報, 孤立クラスター…). Each family file is typed by its English twin,
 * so a missing or extra key is a compile error; IBM's English error texts stay quoted as they are.
 */
export const ja = {
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
