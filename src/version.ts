/** Kept in step with package.json by test/version.test.ts. */
export const VERSION = '0.1.0'
export const TOOL_NAME = 'iks-preflight'
/** The project's home, for links to docs/checks/<id>.md when the action's own repository is not known. */
export const PROJECT_URL = 'https://github.com/iks-preflight/iks-preflight'
