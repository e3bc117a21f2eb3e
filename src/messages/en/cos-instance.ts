/** cos-instance (issue 23): the Cloud Object Storage instance of a new VPC Red Hat OpenShift cluster. */
export const cosInstance = {
  'cos-instance.title':
    "A new VPC OpenShift cluster's Cloud Object Storage instance exists and is active",
  'cos-instance.pass':
    'Cloud Object Storage instance {name} ({instance}) is active: the {version} cluster can back its internal registry with it.',
  'cos-instance.no-version':
    'Not checked: no kube-version is given, so whether the new cluster is Red Hat OpenShift (which takes a COS instance) is not known.',
  'cos-instance.not-openshift':
    'Not checked: version {version} is Kubernetes; only a Red Hat OpenShift cluster on VPC takes a Cloud Object Storage instance.',
  'cos-instance.after-apply': 'Not checked: {input} is known after apply.',
  'cos-instance.omitted':
    'No Cloud Object Storage instance is given for this {version} VPC cluster: its internal registry will use ephemeral emptyDir storage, and that choice cannot be undone after the create.',
  'cos-instance.omitted.why':
    "IBM backs a VPC OpenShift cluster's internal registry with a bucket in the COS instance given at create (--cos-instance, Terraform cos_instance_crn). Without one, IKS still creates the cluster, but images in the internal registry are lost when its pod restarts; IBM documents this for environments that use IBM Cloud Container Registry instead.",
  'cos-instance.omitted.fix':
    'If the cluster should keep internal registry images, list or create a standard Cloud Object Storage instance and pass its CRN with --cos-instance (input cos-instance; Terraform cos_instance_crn):',
  'cos-instance.missing':
    'Cloud Object Storage instance {instance} does not exist (Resource Controller knows no such instance): IKS would refuse the create.',
  'cos-instance.missing.why':
    'IKS creates the internal registry\'s bucket in the given instance during the create and stops with "Could not find the specified cloud object storage instance." when the instance is not there or not usable.',
  'cos-instance.inactive':
    'Cloud Object Storage instance {name} ({instance}) is {state}, not active: IKS cannot create the registry bucket in it.',
  'cos-instance.not-cos':
    'Instance {name} ({instance}) is a {service} instance, not Cloud Object Storage: --cos-instance takes a Cloud Object Storage instance.',
  'cos-instance.not-cos.why':
    'IBM\'s CLI reference says of --cos-instance: "The CRN for the standard cloud object storage instance to back up the internal registry in your OpenShift cluster."; IKS looks for a COS instance by it.',
  'cos-instance.fix':
    "List the account's Cloud Object Storage instances and pass an active one's CRN with --cos-instance (input cos-instance; Terraform cos_instance_crn):",
  'cos-instance.service-unknown':
    'Instance {name} ({instance}) is active, but Resource Controller did not return its CRN, so whether it is a Cloud Object Storage instance was not verified.'
} as const
