/** Text of the reports themselves (banners, headings, table columns). */
export const report = {
  'report.result.pass': 'Pre-flight passed: {operation} can go ahead.',
  'report.result.warn':
    'Pre-flight passed with warnings: {operation} can go ahead, but read the warnings.',
  'report.result.fail':
    'Pre-flight failed: {operation} would fail or could not be verified.',
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
  'report.more-in-summary':
    '{count} more finding(s) of this kind are in the job summary.',
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
  'report.all-clear': 'Nothing to fix.',
  'report.more-details': '… and {count} more.',
  'report.truncated':
    'This comment shows {shown} of {total} findings: GitHub limits a comment to 65,536 characters. The job summary and the JSON report have all of them.',
  'report.run-link': 'Workflow run',
  'report.failed-checks':
    'Checks: {checks}. The job summary lists every finding and its fix.',
  'report.log-line': '({requests} requests, {seconds} s; report: {path})',
  'report.written': '({format} report: {file})',
  'report.internal-error': 'internal error: {message}',
  'report.junit-warning': 'WARNING: {text}',
  'report.pr-comment.no-token':
    'pr-comment: no github-token, so no PR comment. The job status is still the gate.',
  'report.pr-comment.read-only':
    "pr-comment: cannot comment on PR #{number} (HTTP {status}: {reason}). The token is read-only here (a fork or Dependabot PR, or the job lacks 'permissions: pull-requests: write'); the job status is still the gate.",
  'report.pr-comment.failed':
    'pr-comment: the PR comment was not posted ({reason}); the job summary has the same content.'
} as const satisfies Record<string, string>
