import {PROJECT_URL} from '../version.js'

/**
 * Each check's page (docs/checks/<id>.md), in the repository and at the ref the workflow runs the action
 * from (the runner sets GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF for `uses: owner/repo@ref`), so the
 * page matches the code; otherwise the project's main branch. Only ids in `known` have a page.
 */
export function checkPages(
  env: Partial<Record<string, string>>,
  known: readonly string[]
): (id: string) => string | undefined {
  const repo = env['GITHUB_ACTION_REPOSITORY']
  const ref = env['GITHUB_ACTION_REF']
  const base =
    repo && ref
      ? `${env['GITHUB_SERVER_URL'] || 'https://github.com'}/${repo}/blob/${ref}`
      : `${PROJECT_URL}/blob/main`
  return id => (known.includes(id) ? `${base}/docs/checks/${id}.md` : undefined)
}
