import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The layers of src/ and the folders each covers: data flows inputs → facts → checks → findings →
 * reports, and a write (remediate/) only after the checks. A back-edge fails lint. CONTRIBUTING.md
 * explains the layers.
 */
const LAYER = {
  raw: ['**/config/raw.js'],
  messages: ['**/messages/*.js', '**/messages/*/*.js'],
  ibm: ['**/ibm/*.js'],
  commands: ['**/commands/*.js'],
  facts: ['**/facts.js', '**/facts/*.js'],
  intent: ['**/intent/*.js'],
  config: ['**/config/inputs.js', '**/config/types.js'],
  findings: ['**/findings.js'],
  checks: ['**/checks/*.js'],
  remediate: ['**/remediate/*.js'],
  engine: ['**/engine.js', '**/run.js'],
  report: ['**/report/*.js'],
  explain: ['**/explain/*.js'],
  github: ['**/github/*.js'],
  entry: ['**/main.js', '**/cli.js', '**/cli-entry.js', '../index.js']
}

/**
 * What each layer may import besides itself; everything else is a back-edge. Kept as an allow-list so
 * a new layer is forbidden everywhere until a row says otherwise.
 */
const MAY_IMPORT = {
  'src/config/raw.ts': [],
  'src/messages/**': [],
  'src/ibm/**': ['raw'],
  'src/intent/**': ['raw', 'messages', 'ibm'],
  'src/config/{inputs,types}.ts': ['raw', 'messages', 'ibm', 'intent'],
  'src/commands/**': ['raw', 'messages', 'ibm', 'intent', 'config'],
  'src/{facts.ts,facts/**}': ['raw', 'messages', 'ibm', 'intent', 'config'],
  'src/findings.ts': ['raw', 'messages', 'ibm', 'commands', 'intent', 'config'],
  'src/checks/**': [
    'raw',
    'messages',
    'ibm',
    'commands',
    'facts',
    'intent',
    'config',
    'findings'
  ],
  'src/remediate/**': [
    'raw',
    'messages',
    'ibm',
    'commands',
    'facts',
    'intent',
    'config',
    'findings'
  ],
  'src/report/**': [
    'raw',
    'messages',
    'ibm',
    'commands',
    'facts',
    'intent',
    'config',
    'findings',
    'github'
  ]
}

const SELF = {
  'src/config/raw.ts': 'raw',
  'src/config/{inputs,types}.ts': 'config',
  'src/messages/**': 'messages',
  'src/ibm/**': 'ibm',
  'src/intent/**': 'intent',
  'src/commands/**': 'commands',
  'src/{facts.ts,facts/**}': 'facts',
  'src/findings.ts': 'findings',
  'src/checks/**': 'checks',
  'src/remediate/**': 'remediate',
  'src/report/**': 'report'
}

const ABOVE = Object.fromEntries(
  Object.entries(MAY_IMPORT).map(([files, allowed]) => [
    files,
    Object.keys(LAYER).filter(l => l !== SELF[files] && !allowed.includes(l))
  ])
)

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
