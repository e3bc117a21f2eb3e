import type {Config} from '../config/types.js'
import {clearTextEndpoints} from '../ibm/endpoints.js'
import {t, type Language} from '../messages/index.js'
import type {Report} from './model.js'

/**
 * Inputs that were accepted but could not act as asked, said once as warnings (annotations on GitHub,
 * stderr in the CLI) rather than silently ignored: a `provider` that contradicts IKS, `remediate: vpe`
 * on classic clusters, `vpc-id` when the check that verifies it (vpc-subnets) is skipped, and a cluster given
 * twice (name and ID).
 */
export function inputNotices(
  config: Pick<Config, 'operation' | 'provider' | 'remediate' | 'vpcId'> & {
    skipChecks?: Config['skipChecks']
  },
  report: Pick<Report, 'targets'>,
  lang: Language,
  env: Partial<Record<string, string>> = {}
): string[] {
  const out: string[] = []
  for (const e of clearTextEndpoints(env))
    out.push(t('report.input.clear-text-endpoint', e, lang))
  if (config.operation !== 'cluster-create' && config.provider !== undefined) {
    for (const x of report.targets)
      if (x.provider && x.provider !== config.provider)
        out.push(
          t(
            'report.input.provider-mismatch',
            {
              given: config.provider,
              cluster: x.name ?? x.ref,
              actual: x.provider
            },
            lang
          )
        )
  }
  if (config.remediate === 'vpe') {
    const classic = report.targets
      .filter(x => x.provider === 'classic')
      .map(x => x.name ?? x.ref)
    if (classic.length > 0)
      out.push(
        t(
          'report.input.remediate-classic',
          {clusters: classic.join(', ')},
          lang
        )
      )
  }
  for (const x of report.targets)
    if (x.sameAs !== undefined)
      out.push(
        t(
          'report.input.same-cluster',
          {ref: x.ref, first: x.sameAs, id: x.id ?? x.ref},
          lang
        )
      )
  // vpc-subnets reads the VPC of every VPC create (vpc-id is accepted for nothing else); only skipping it leaves
  // the VPC unverified.
  if (config.vpcId !== undefined && config.skipChecks?.has('vpc-subnets'))
    out.push(t('report.input.vpc-id-unchecked', {vpc: config.vpcId}, lang))
  return out
}
