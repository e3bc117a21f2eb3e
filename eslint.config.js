import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The layers of src/ and what each may not import: data flows inputs → facts → checks → findings →
 * reports, and a write (remediate/) only after the checks. A back-edge fails lint. CONTRIBUTING.md
 * explains the layers.
 */
const LAYER = {
  messages: ['**/messages/*.js', '**/messages/*/*.js'],
  ibm: ['**/ibm/*.js'],
  commands: ['**/commands/*.js'],
  facts: ['**/facts.js', '**/facts/*.js'],
  intent: ['**/intent/*.js'],
  findings: ['**/findings.js'],
  checks: ['**/checks/*.js'],
  remediate: ['**/remediate/*.js'],
  engine: ['**/engine.js', '**/run.js'],
  report: ['**/report/*.js'],
  explain: ['**/explain/*.js'],
  github: ['**/github/*.js'],
  entry: ['**/main.js', '**/cli.js', '**/cli-entry.js', '../index.js']
}

const ABOVE = {
  'src/messages/**': [
    'intent',
    'ibm',
    'commands',
    'facts',
    'findings',
    'checks',
    'remediate',
    'engine',
    'report',
    'explain',
    'github',
    'entry'
  ],
  'src/ibm/**': [
    'intent',
    'messages',
    'commands',
    'facts',
    'findings',
    'checks',
    'remediate',
    'engine',
    'report',
    'explain',
    'github',
    'entry'
  ],
  'src/commands/**': [
    'facts',
    'findings',
    'checks',
    'remediate',
    'engine',
    'report',
    'explain',
    'github',
    'entry'
  ],
  'src/{facts.ts,facts/**}': [
    'commands',
    'findings',
    'checks',
    'remediate',
    'engine',
    'report',
    'explain',
    'github',
    'entry'
  ],
  'src/intent/**': [
    'commands',
    'facts',
    'findings',
    'checks',
    'remediate',
    'engine',
    'report',
    'explain',
    'github',
    'entry'
  ],
  'src/findings.ts': [
    'facts',
    'checks',
    'remediate',
    'engine',
    'report',
    'explain',
    'github',
    'entry'
  ],
  'src/checks/**': [
    'remediate',
    'engine',
    'report',
    'explain',
    'github',
    'entry'
  ],
  'src/remediate/**': [
    'checks',
    'engine',
    'report',
    'explain',
    'github',
    'entry'
  ],
  'src/report/**': ['checks', 'remediate', 'engine', 'explain', 'entry']
}

const layerRules = Object.entries(ABOVE).map(([files, banned]) => ({
  files: [
    files.endsWith('.ts') || files.includes('{') ? files : `${files}/*.ts`
  ],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map(layer => ({
          group: LAYER[layer],
          message: `layer rule: ${files} may not import ${layer} (CONTRIBUTING.md, "Layers").`
        }))
      }
    ]
  }
}))

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', 'coverage/**']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}
      ]
    }
  },
  ...layerRules
)
