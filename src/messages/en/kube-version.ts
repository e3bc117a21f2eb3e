/** kube-version: the version a create orders, a master update goes to, or the cluster's workers run on. */
export const kubeVersion = {
  'kube-version.title':
    'The Kubernetes version can be ordered, updated to, or is still supported',
  // cluster-create
  'kube-version.create.pass':
    'IKS offers {version}: cluster {name} can be created with it.',
  'kube-version.create.default':
    'No version requested: IKS creates cluster {name} with its default version {version}.',
  'kube-version.create.no-default':
    'No version requested for cluster {name}, and IKS names no default Kubernetes version.',
  'kube-version.create.no-default.why':
    'Without a version IKS creates the default one; its version list marks none as default, so which version the cluster gets is unknown.',
  'kube-version.create.unknown':
    'IKS does not offer {platform} {requested}: cluster {name} cannot be created with it.',
  'kube-version.create.unknown.why':
    'A create accepts only the versions IKS lists now (GET /v1/versions); IBM retires old versions, so a version pinned in code stops working.',
  'kube-version.detail.other-platform':
    'IKS lists {requested} for the other platform: write {suggestion}.',
  'kube-version.create.patch':
    'IKS offers {listed}, not {requested}: a create of cluster {name} with {requested} fails.',
  'kube-version.create.patch.why':
    'IKS accepts only the latest patch of a minor version on create (E0156 "Only the most recent patch for a particular minor version can be specified during cluster create").',
  'kube-version.create.patch.fix':
    'Ask for {minor} (IKS picks its latest patch) or for {listed}; the versions IKS offers:',
  'kube-version.create.eos':
    'IKS offers {version} for cluster {name}, but its end of service is near: {eos}.',
  'kube-version.create.eos.fix':
    'Create the cluster with a later version, such as {suggestion}; the versions IKS offers:',
  // cluster-update
  'kube-version.update.pass':
    'Cluster {name} can update from {current} to {version}, the next minor version IKS offers.',
  'kube-version.update.patch':
    'Cluster {name} runs {current}; {target} is the patch update to {listed} that IKS offers.',
  'kube-version.update.same':
    'Cluster {name} already runs {current}: a master update to {target} may change nothing.',
  'kube-version.update.same.why':
    'IKS refuses a master update to the version the master already runs (E0120 "The master is already up to date for the specified version").',
  'kube-version.update.same.fix':
    'Check the master version and the versions IKS offers:',
  'kube-version.update.downgrade':
    'Cluster {name} runs {current}; {target} is older: IKS does not downgrade a master.',
  'kube-version.update.downgrade.fix':
    'Keep {current} (remove the version change), or create a new cluster with the older version and move the workloads; the versions IKS offers:',
  'kube-version.update.why':
    'IBM: "You can update the API server only to the next version ahead of its current version (n+1)." A master moves forward one minor version at a time and never back.',
  'kube-version.update.skip':
    'Cluster {name} runs {current}; {target} is {count} minor versions ahead: IKS updates a master one minor version at a time.',
  'kube-version.update.skip-major':
    'Cluster {name} runs {current}; {target} is in another major version: IKS updates a master one minor version at a time, through the versions it lists.',
  'kube-version.update.platform':
    "Cluster {name} runs {from} {current}; {target} is a {to} version: IKS does not change a cluster's platform.",
  'kube-version.update.platform.why':
    'IBM: you can update the version "but can\'t roll back to a previous version or switch to a different container platform". A Kubernetes cluster stays Kubernetes, an OpenShift cluster stays OpenShift.',
  'kube-version.update.platform.fix':
    "Update to a version of the cluster's own platform, or create a new cluster on the other platform and move the workloads; the versions IKS offers:",
  'kube-version.update.too-old':
    'Cluster {name} runs {current}, two or more minor versions behind {oldest}, the oldest version IKS lists: the master can no longer be updated.',
  'kube-version.update.too-old.why':
    'IBM: "If the cluster master runs two or more versions behind the oldest supported version, you can no longer apply updates and must delete the cluster and create a new one."',
  'kube-version.update.too-old.fix':
    'Create a new cluster with a supported version, move the workloads to it, then delete this cluster; the versions IKS offers:',
  'kube-version.update.strands-workers':
    'Cluster {name}: {count} worker(s) run more than {skew} minor version(s) behind {target}; a master update from {current} to {target} would strand them ({platform} workers may be at most {skew} behind the master).',
  'kube-version.update.strands-workers.why':
    'IBM: "your worker nodes can be only up to two versions behind the master version (n-2)." Update the workers before the master moves further ahead.',
  'kube-version.update.strands-workers.openshift.why':
    'IBM: "your worker nodes can only be one minor version behind the master version (n-1)." Update the workers before the master moves further ahead.',
  'kube-version.update.strands-workers.fix':
    "First update these workers to the master's version ({current}), then update the master:",
  'kube-version.update.workers-unread':
    'Not checked: the versions of the workers of cluster {name} could not be read ({answer}), so whether the update strands workers is unknown.',
  'kube-version.update.skip.fix':
    'Update the master one minor version at a time, each after the previous one finished:',
  'kube-version.update.unknown':
    'IKS does not offer {platform} {target}: cluster {name} (now {current}) cannot be updated to it.',
  'kube-version.update.unknown.why':
    'A master update goes only to a version IKS lists now (GET /v1/versions).',
  'kube-version.update.eos':
    'Cluster {name} can update from {current} to {version}, but its end of service is near: {eos}.',
  // worker-add, reload, replace, pool create, zone add
  'kube-version.workers.pass':
    'Cluster {name} runs {current}, which IKS supports: {operation} can add or reload workers.',
  'kube-version.workers.pass-eos':
    'Cluster {name} runs {current}, which IKS supports ({eos}): {operation} can add or reload workers.',
  'kube-version.workers.unsupported':
    'Cluster {name} runs {current}, which IKS no longer offers: {operation} cannot add or reload workers until the master is updated.',
  'kube-version.workers.eos-past':
    'Cluster {name} runs {current}, past its end of service ({eos}): {operation} cannot add or reload workers until the master is updated.',
  'kube-version.workers.eos':
    'Cluster {name} runs {current}, whose end of service is near ({eos}): after it, {operation} can no longer add or reload workers.',
  'kube-version.workers.why':
    'IBM: "The Kubernetes version that the cluster runs is no longer supported. … you can\'t add or reload worker nodes." Updating the master is the way out.',
  'kube-version.workers.fix':
    'Update the master to {next} (one minor version at a time), then update the workers; the versions IKS offers:',
  'kube-version.eos.why':
    'After its end of service a version is unsupported: IKS no longer adds or reloads the workers of its clusters until the master is updated.',
  'kube-version.detail.eos-days': 'end of service {date}, in {days} day(s)',
  'kube-version.detail.eos-past': 'end of service {date}, passed',
  'kube-version.detail.eos-unreadable': 'end of service announced: "{date}"',
  'kube-version.covered':
    'Not checked here: cluster-state reports that cluster {name} is unsupported (one root cause, one finding).',
  // shared
  'kube-version.malformed':
    '"{requested}" is not a version IKS takes: major.minor or major.minor.patch, with _openshift for Red Hat OpenShift.',
  'kube-version.malformed.why':
    'IKS refuses a version it cannot read; it takes the forms `{command}` lists (1.33, 1.33.4, 4.17_openshift).',
  'kube-version.fix.versions': 'List the versions IKS offers:',
  'kube-version.needs-input':
    'Not checked: {operation} needs the kube-version input (the version to update to).',
  'kube-version.no-version-change':
    'Not checked: this cluster-update does not change the Kubernetes version (the plan changes {attributes}).',
  'kube-version.after-apply': 'Not checked: kube-version is known after apply.',
  'kube-version.current-unknown':
    'Not checked: IKS did not say which version cluster {name} runs.',
  'kube-version.empty':
    'IBM Cloud Kubernetes Service listed no versions, so the version could not be checked.',
  // One version IKS lists, as a details line.
  'kube-version.detail.offers': 'IKS offers {version}',
  'kube-version.detail.offers-default': 'IKS offers {version} (default)',
  'kube-version.detail.offers-eos':
    'IKS offers {version} (end of service {date})',
  'kube-version.detail.offers-default-eos':
    'IKS offers {version} (default, end of service {date})'
} as const satisfies Record<string, string>
