/**
 * After `ncc build src/action.cjs -o dist`: ncc names a .cjs entry's bundle index.cjs; the action runs
 * dist/index.js (action.yml), so rename it and mark dist/ as CommonJS (dist/cli/ keeps its own
 * package.json: the CLI bundle is an ES module). Refuses a bundle that still uses ES module syntax.
 *   tsx scripts/action-bundle.ts dist
 */
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const dir = process.argv[2] ?? 'dist'
const entry = join(dir, 'index.js')
renameSync(join(dir, 'index.cjs'), entry)
writeFileSync(
  join(dir, 'package.json'),
  JSON.stringify({type: 'commonjs'}, null, 2) + '\n'
)
const code = readFileSync(entry, 'utf8')
if (/\bimport\.meta\b|^import |^export /m.test(code))
  throw new Error(`${entry}: ES module syntax in a CommonJS bundle`)
