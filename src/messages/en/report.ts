/** Text of the reports themselves (banners, headings, table columns). */
export const report = {
  'report.result.pass': 'Pre-flight passed: {operation} can go ahead.',
  'report.result.warn':
    'Pre-flight passed with warnings: {operation} can go ahead, but read the warnings.',
  'report.result.fail': 'Pre-flight failed: {operation} {problems}.',
  'report.result.no-iks-change':
    'Pre-flight passed: no IKS change in this plan; nothing to pre-flight.',
  'report.plan-notes': 'Plan changes not pre-flighted ({count})',
  'report.result.nothing-verified':
    'Pre-flight verified nothing: every check that applies to {operation} was skipped, so the run fails rather than pass unseen. Remove a skip-checks entry, or drop the pre-flight step.',
  'report.result.would-fail': 'would fail ({count} blocker(s): {checks})',
  'report.result.unverified':
    'could not be verified ({count} check(s): {checks})',
  'report.result.and': '; ',
  'report.ibm-incident': 'IBM incident ID',
  // Labels of IBM's answer line (after report.ibm), each before its value.
  'report.ibm.code': 'code',
  'report.ibm.incident': 'incident ID',
  'report.input-error.summary':
    'The pre-flight did not run: an input is not valid. Nothing was asked of IBM Cloud.',
  'report.internal-error.summary':
    'The pre-flight stopped on an internal error; the log has the message.',
  'report.input.clear-text-endpoint':
    '{name} is plain http:// to {host}, outside this machine: the API key and IAM tokens travel in clear on that path. Use https:// unless the host is a TLS-terminating proxy inside a network you trust.',
  'report.input.same-cluster':
    "Input 'cluster': {ref} and {first} are the same cluster ({id}); it was checked once, as {first}.",
  'report.input.provider-mismatch':
    "Input 'provider': got {given}, but IKS says cluster {cluster} is {actual}; the checks used {actual}.",
  'report.input.remediate-classic':
    "Input 'remediate': vpe repairs VPC clusters only; nothing was remediated on the classic cluster(s) {clusters}.",
  'report.input.vpc-id-unchecked':
    "Input 'vpc-id': {vpc} is not verified: skip-checks skips vpc-subnets, the check that reads it, so a VPC that does not exist would not be noticed.",
  'report.summary-truncated':
    'This summary shows {shown} of {total} findings: GitHub keeps at most 1 MiB of job summary per step. The JSON report has all of them.',
  'report.identity': 'Identity',
  'report.account': 'Account',
  'report.iam-id': 'IAM ID',
  'report.caller': 'Caller',
  'report.kind.user': 'user',
  'report.kind.service-id': 'service ID',
  'report.kind.profile': 'trusted profile',
  'report.kind.other': 'other identity',
  'report.checks': 'Checks',
  'report.col.status': 'Status',
  'report.col.check': 'Check',
  'report.col.target': 'Target',
  'report.col.summary': 'What was seen',
  'report.problems': 'What to fix',
  'report.why': 'Why it matters',
  'report.fix': 'Fix',
  'report.docs': 'IBM documentation',
  'report.more-docs': 'Check reference',
  'report.ibm': 'IBM said',
  'report.requests': '{requests} requests to IBM Cloud in {seconds} s.',
  'report.requests.one': '1 request to IBM Cloud in {seconds} s.',
  'report.more-in-summary':
    '{count} more finding(s) of this kind are in the job summary.',
  'report.more-in-report':
    "{count} more finding(s) of this kind are only in the JSON report (report-path): the job summary was cut at GitHub's 1 MiB.",
  'report.more-in-summary-and-report':
    "{count} more finding(s) of this kind are in the job summary and {rest} more only in the JSON report (report-path): the job summary was cut at GitHub's 1 MiB.",
  'report.identity-unknown':
    'not known (the API key did not exchange for a token)',
  'report.status.pass': 'pass',
  'report.status.warn': 'warn',
  'report.status.fail': 'fail',
  'report.status.error': 'could not verify',
  'report.status.skip': 'skip',
  'report.count.pass': '{count} passed',
  'report.count.warn': '{count} warning(s)',
  'report.count.fail': '{count} blocker(s)',
  'report.count.error': '{count} could not verify',
  'report.count.skip': '{count} skipped',
  'report.operation-line': 'Operation {operation} on {targets}.',
  'report.passed-details': 'Passed and skipped checks ({count})',
  'report.left-out':
    'Not shown: {passes} passed and {skips} skipped finding(s) (report-detail: all lists them; the JSON report has every finding).',
  'report.all-clear': 'Nothing to fix.',
  'report.more-details': '… and {count} more.',
  'report.truncated':
    'This comment shows {shown} of {total} findings: GitHub limits a comment to 65,536 characters. The job summary and the JSON report have all of them.',
  'report.run-link': 'Workflow run',
  'report.failed-checks':
    'Checks: {checks}. The job summary lists every finding and its fix.',
  'report.log-line': '({requests} requests, {seconds} s; report: {path})',
  'report.log-line.one': '(1 request, {seconds} s; report: {path})',
  'report.written': '({format} report: {file})',
  'report.internal-error': 'internal error: {message}',
  'report.junit-warning': 'WARNING: {text}',
  'report.pr-comment.no-token':
    'pr-comment: no github-token, so no PR comment. The job status is still the gate.',
  'report.pr-comment.read-only':
    "pr-comment: cannot comment on PR #{number} (HTTP {status}: {reason}). The token is read-only here (a fork or Dependabot PR, or the job lacks 'permissions: pull-requests: write'); the job status is still the gate.",
  'report.pr-comment.timeout':
    'no answer from GitHub within the {seconds} s left of timeout-seconds',
  'report.pr-comment.no-answer': 'GitHub did not answer (network error)',
  'report.pr-comment.failed':
    'pr-comment: the PR comment was not posted ({reason}); the job summary has the same content.'
} as const satisfies Record<string, string>
