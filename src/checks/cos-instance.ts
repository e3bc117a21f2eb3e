import {cmd} from '../commands/ibmcloud.js'
import {versionPlatform} from '../facts/platform.js'
import type {Outcome} from '../findings.js'
import {isAfterApply, known} from '../intent/types.js'
import {intentsOrBare} from './helpers.js'
import type {Check, Rule} from './types.js'

/** The service name in a Cloud Object Storage instance's CRN. */
const COS_SERVICE = 'cloud-object-storage'

const OPENSHIFT_REGISTRY =
  'https://cloud.ibm.com/docs/openshift?topic=openshift-registry'
const COS_TS =
  'https://cloud.ibm.com/docs/openshift?topic=openshift-ts_cos_bucket_cluster_create'
const READ = 'ibm-cloud-docs/openshift@e8eca99'

const RULES: readonly Rule[] = [
  {
    id: 'cos-instance.omitted',
    says: 'A VPC Red Hat OpenShift cluster created without a Cloud Object Storage instance gets an internal registry on ephemeral emptyDir storage, for good: IKS accepts the create, so this only warns.',
    level: 'warn',
    sources: [
      {
        kind: 'doc',
        url: OPENSHIFT_REGISTRY,
        quote:
          'If you are planning to create a cluster without a COS-backed internal registry, such as for IBM Financial Services Cloud environments, you must omit the COS instance at cluster creation time.',
        read: READ
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-tutorial-no-registry-cos',
        quote:
          'When you omit the `--cos-instance` option from the cluster creation command, the internal registry uses `emptyDir` storage instead of IBM Cloud Object Storage.',
        read: READ
      }
    ],
    history:
      'The CLI reference still says of --cos-instance "Required for OpenShift clusters only" (cli-ks-plugin-v2.md), but since July 2026 the registry page and a tutorial document creating a VPC OpenShift cluster without it (tutorial-no-registry-cos.md, 2026-07-21; registry.md, 2026-07-30). The rule follows the newer word: omitting it is allowed, so it warns, never fails.'
  },
  {
    id: 'cos-instance.exists',
    says: 'The Cloud Object Storage instance a VPC OpenShift create names exists and is active: IKS refuses the create otherwise.',
    level: 'fail',
    sources: [
      {
        kind: 'error',
        text: 'Could not find the specified cloud object storage instance.',
        where: `IKS cluster-create error quoted by IBM's OpenShift troubleshooting page ${COS_TS} (${READ})`
      },
      {
        kind: 'doc',
        url: COS_TS,
        quote:
          'No standard IBM Cloud Object Storage instance exists in your account, or the person whose API key is set for the region and resource group does not have permissions to view the instance.',
        read: READ
      }
    ]
  },
  {
    id: 'cos-instance.is-cos',
    says: 'The instance a VPC OpenShift create gives as its COS instance is a Cloud Object Storage instance.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-kubernetes-service-cli#cluster-create-vpc-gen2-cli',
        quote:
          'The CRN for the standard cloud object storage instance to back up the internal registry in your OpenShift cluster.',
        read: READ
      },
      {
        kind: 'error',
        text: 'Could not find the specified cloud object storage instance.',
        where: `IKS cluster-create error quoted by ${COS_TS} (${READ})`
      }
    ]
  }
]

/**
 * A VPC Red Hat OpenShift cluster create: its Cloud Object Storage instance (`--cos-instance`, Terraform
 * `cos_instance_crn`) backs the internal registry. Omitted: the registry is ephemeral (warn, IBM allows it);
 * given: it exists, is active and is a COS instance, as Resource Controller tells the key
 * (GET /v2/resource_instances/{id}; a refused read is "could not verify").
 */
export const cosInstanceCheck: Check = {
  id: 'cos-instance',
  family: 'vpc',
  title: 'cos-instance.title',
  scope: 'cluster',
  operations: ['cluster-create'],
  providers: ['vpc-gen2'],
  requires: ['api-key'],
  docs: OPENSHIFT_REGISTRY,
  needs:
    'Viewer platform role on the Cloud Object Storage instance (Resource Controller read)',
  rules: RULES,
  async run({config, facts, target}): Promise<Outcome[]> {
    return Promise.all(
      intentsOrBare(config, [target]).map(async (o): Promise<Outcome> => {
        if (isAfterApply(o.kubeVersion))
          return {
            status: 'skip',
            summary: {
              id: 'cos-instance.after-apply',
              params: {input: 'kube-version'}
            }
          }
        const version = known(o.kubeVersion)
        const platform = versionPlatform(version)
        if (platform !== 'openshift' || version === undefined)
          return {
            status: 'skip',
            summary:
              version === undefined
                ? {id: 'cos-instance.no-version'}
                : {id: 'cos-instance.not-openshift', params: {version}}
          }
        if (isAfterApply(o.cosInstance))
          return {
            status: 'skip',
            summary: {
              id: 'cos-instance.after-apply',
              params: {input: 'cos-instance'}
            }
          }
        const ref = o.cosInstance
        if (ref === undefined)
          return {
            status: 'warn',
            summary: {id: 'cos-instance.omitted', params: {version}},
            why: {id: 'cos-instance.omitted.why'},
            fix: [
              {
                text: {id: 'cos-instance.omitted.fix'},
                commands: [
                  cmd.serviceInstances(COS_SERVICE),
                  cmd.cosInstanceCreate('<cos-instance-name>')
                ]
              }
            ],
            rule: 'cos-instance.omitted'
          }
        const instance = await facts.resourceInstance(ref)
        if (instance === undefined)
          return {
            status: 'fail',
            summary: {id: 'cos-instance.missing', params: {instance: ref}},
            why: {id: 'cos-instance.missing.why'},
            fix: [
              {
                text: {id: 'cos-instance.fix'},
                commands: [cmd.serviceInstances(COS_SERVICE)]
              }
            ],
            rule: 'cos-instance.exists'
          }
        const name = instance.name ?? ref
        const service = instance.serviceName
        if (service !== undefined && service !== COS_SERVICE)
          return {
            status: 'fail',
            summary: {
              id: 'cos-instance.not-cos',
              params: {name, instance: ref, service}
            },
            why: {id: 'cos-instance.not-cos.why'},
            fix: [
              {
                text: {id: 'cos-instance.fix'},
                commands: [cmd.serviceInstances(COS_SERVICE)]
              }
            ],
            rule: 'cos-instance.is-cos'
          }
        if (instance.state !== 'active')
          return {
            status: 'fail',
            summary: {
              id: 'cos-instance.inactive',
              params: {name, instance: ref, state: instance.state ?? '?'}
            },
            why: {id: 'cos-instance.missing.why'},
            fix: [
              {
                text: {id: 'cos-instance.fix'},
                commands: [
                  cmd.serviceInstance(ref),
                  cmd.serviceInstances(COS_SERVICE)
                ]
              }
            ],
            rule: 'cos-instance.exists'
          }
        // Resource Controller answered without a CRN: the instance is active, but whose service it is was not said.
        if (service === undefined)
          return {
            status: 'warn',
            summary: {
              id: 'cos-instance.service-unknown',
              params: {name, instance: ref}
            }
          }
        return {
          status: 'pass',
          summary: {
            id: 'cos-instance.pass',
            params: {name, instance: ref, version}
          }
        }
      })
    )
  }
}
