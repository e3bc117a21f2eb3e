/** The VPC family: vpe-gateway, worker-endpoints. */
export const vpc = {
  // vpe-gateway
  'vpe-gateway.title': "The cluster's VPE gateway exists and is usable",
  'vpe-gateway.pass':
    'VPE gateway {gateway} is {state}, health {health}, with a reserved IP in every worker zone ({ips} IPs).',
  'vpe-gateway.missing':
    "The cluster's VPE gateway {name} is not in VPC {vpc} ({region}).",
  'vpe-gateway.missing.why':
    'Workers reach the Kubernetes master through this gateway. Without it they lose the master, and adding, deleting, reloading, replacing or resizing workers and updating the cluster fail.',
  'vpe-gateway.fix.refresh':
    'Refresh the cluster master: it re-creates a missing gateway and its reserved IPs in the worker subnets. Allow a few minutes.',
  'vpe-gateway.fix.recheck':
    'Check that the gateway now exists and is Stable (re-run this pre-flight, or look it up):',
  'vpe-gateway.fix.opt-in':
    'Or let this action do the refresh and wait for the gateway: set remediate: vpe (the key needs the Operator role on Kubernetes Service). Nothing else is ever changed.',
  'vpe-gateway.broken': 'VPE gateway {gateway} is in lifecycle state {state}.',
  'vpe-gateway.broken.why':
    'A failed or suspended gateway does not carry worker traffic to the master, and a master refresh does not repair a gateway that exists.',
  'vpe-gateway.fix.support':
    "Open an IBM Cloud support case ({url}) for the VPE gateway {gateway} of cluster {cluster}; a master refresh does not help here. The gateway's details:",
  'vpe-gateway.fix.support-missing':
    'If it is still missing, open an IBM Cloud support case ({url}) for cluster {cluster}, saying that a master refresh did not re-create its VPE gateway.',
  'vpe-gateway.deleting':
    'VPE gateway {gateway} is being deleted (lifecycle state {state}).',
  'vpe-gateway.fix.after-delete':
    'Wait until the deletion has finished, then re-create the gateway:',
  'vpe-gateway.transitional':
    'VPE gateway {gateway} is {state}, not yet Stable.',
  'vpe-gateway.unknown-state':
    'VPE gateway {gateway} reports lifecycle state {state}, which this check does not know; it is not Stable.',
  'vpe-gateway.transitional.why':
    'Until the gateway is Stable, workers may not reach the master and worker operations can fail.',
  'vpe-gateway.fix.wait':
    'Wait a few minutes and re-run the pre-flight; the gateway should become Stable by itself:',
  'vpe-gateway.unhealthy':
    'VPE gateway {gateway} reports health state {health}.',
  'vpe-gateway.unhealthy.why':
    "A gateway whose health is not ok may drop the workers' traffic to the master.",
  'vpe-gateway.ip-pending':
    'Gateway {gateway} has no address selected yet (0.0.0.0) in zone(s) {zones}.',
  'vpe-gateway.ip-pending.why':
    'VPC shows a reserved IP as 0.0.0.0 until it selects an address; until then workers in those zones cannot reach the master through the gateway.',
  'vpe-gateway.detail.reason': 'VPC says: {code}: {message}',
  'vpe-gateway.ip-deleted':
    'VPE gateway {gateway} lost its reserved IP in worker zone {zones}: the IP was deleted.',
  'vpe-gateway.ip-missing':
    'VPE gateway {gateway} has no reserved IP in worker zone {zones}.',
  'vpe-gateway.ip.why':
    "Workers reach the gateway through a reserved IP in their own zone's subnet; workers in a zone without one lose the master.",
  'vpe-gateway.detail.ip-deleted': '{zone}: reserved IP {ips} deleted',
  'vpe-gateway.detail.no-ip': '{zone}: no reserved IP',
  'vpe-gateway.detail.looked-for':
    'looked for {name} and {alt} in VPC {vpc} ({region})',
  'vpe-gateway.fix.keep-ips':
    "Do not delete reserved IPs in the worker subnets that VPE gateways use (their target is an endpoint gateway); deleting one cuts that zone's workers off the master again.",
  'vpe-gateway.remediate-refused':
    'The VPE gateway {name} is missing, and the master refresh (remediate: vpe) was refused: {answer}',
  'vpe-gateway.fix.operator':
    'The key needs the Operator platform role on Kubernetes Service for this cluster to refresh the master; grant it, or run the refresh as someone who has it:',
  'vpe-gateway.remediate-timeout':
    'The VPE gateway {name} was missing; a master refresh was requested at {at} (remediate: vpe), and it had not appeared after {seconds} s (wait {wait} s, bounded by {limit}).',
  'vpe-gateway.fix.wait-longer':
    'Re-creation can take longer than the wait: check again in a few minutes (or raise remediate-wait-seconds and timeout-seconds):',
  'vpe-gateway.remediated':
    'The VPE gateway {name} was missing; a master refresh was requested at {at} (remediate: vpe) and {gateway} appeared after {seconds} s ({state}, health {health}).',
  'vpe-gateway.remediated.why':
    'Shown as a warning so the change is noticed: the gateway had been missing, so workers may have lost the master; see worker-endpoints for workers that still need a replace.',

  // worker-endpoints
  'worker-endpoints.title':
    'No worker has lost the master or registry endpoints',
  'worker-endpoints.pass':
    '{total:The one worker reports no|None of the {total} workers reports an} endpoint or VPE gateway error.',
  'worker-endpoints.pass-named':
    '{total:The one worker named in workers reports no|None of the {total} workers named in workers reports an} endpoint or VPE gateway error.',
  'worker-endpoints.replace-fixes':
    "The replace is IBM's fix for {count} worker(s) that lost the master or registry endpoints: {workers}.",
  'worker-endpoints.replace-unnamed':
    "{count} of {total} {total:worker|workers} lost the master or registry endpoints: {workers}. Replacing {count:it|them} is IBM's fix; the workers input does not say which workers this replace touches.",
  'worker-endpoints.replace-unnamed.why':
    'A replace of other workers leaves these broken; name the affected workers in workers (or check the replace targets them), after refreshing the master and checking the gateway.',
  'worker-endpoints.workers-unknown':
    'Not checked: IKS lists no worker {workers} in this cluster (cluster-state names the workers it has).',
  'worker-endpoints.blocked':
    '{count} of {total} {total:worker|workers} cannot reach the master or registry through the VPE gateway: {workers}.',
  'worker-endpoints.blocked.why':
    'IBM reports these workers as failed to deploy because of the endpoint gateway (or still waiting for it after long); worker operations on the cluster fail until they are fixed.',
  'worker-endpoints.pending':
    '{count} of {total} {total:worker|workers} {count:waits|wait} for the endpoint gateway (Pending endpoint gateway creation, for less than {minutes} minutes or for an unknown time): {workers}.',
  'worker-endpoints.pending.why':
    'This is normal for a few minutes while a gateway is created; a worker still waiting after that has lost the master.',
  'worker-endpoints.detail.deploy-failed':
    '{worker} ({where}): network to master or registry endpoints failed{age}',
  'worker-endpoints.detail.pending':
    '{worker} ({where}): pending endpoint gateway creation{age}',
  'worker-endpoints.detail.age.unknown': ', age unknown',
  'worker-endpoints.detail.age.min': ', for {n} min',
  'worker-endpoints.detail.age.h': ', for {n} h',
  'worker-endpoints.detail.age.days': ', for {n} days',
  'worker-endpoints.fix.wait':
    'Wait until the message is {minutes} minutes old and re-run the pre-flight. If it persists:',
  'worker-endpoints.fix.refresh':
    'Refresh the cluster master; it re-creates a missing VPE gateway and its reserved IPs. Allow a few minutes.',
  'worker-endpoints.fix.gateway':
    'Check that the gateway exists and is Stable (see the vpe-gateway finding):',
  'worker-endpoints.fix.replace':
    'If the workers still cannot reach the master, replace each affected worker. A replace cordons the worker (no new pods are scheduled on it), drains it (its pods are rescheduled onto other workers) and provisions a new worker in its place; plan for the capacity while it runs.'
} as const satisfies Record<string, string>
