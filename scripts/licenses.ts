/**
 * Writes the license file of each bundle (dist/licenses.txt, dist/cli/licenses.txt) from webpack's stats:
 * every package a module of the bundle came from, with its version, its license field and its license
 * text. ncc's own --license output misses CommonJS modules (it listed 3 of ~50 packages).
 *   tsx scripts/licenses.ts <stats.json> <out.txt> [<stats.json> <out.txt> …]   (npm run build runs it)
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'

interface StatsModule {
  name?: string
  modules?: StatsModule[]
}

/** Package directories (…/node_modules/<name>, nested ones included) the bundle's modules came from. */
export function bundledPackageDirs(stats: {modules?: StatsModule[]}): string[] {
  const dirs = new Set<string>()
  const walk = (modules: StatsModule[] | undefined): void => {
    for (const m of modules ?? []) {
      // The last node_modules segment names the package (axios/node_modules/form-data is form-data).
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(
        (m.name ?? '').replace(/^\.\//, '').replace(/ \+ \d+ modules$/, '')
      )
      if (match) dirs.add(match[1]!)
      walk(m.modules)
    }
  }
  walk(stats.modules)
  return [...dirs].sort()
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.|-|$)/i

export function licenseEntry(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string
    version: string
    license?: string
  }
  const files = readdirSync(dir)
    .filter(f => LICENSE_FILE.test(f))
    .sort()
  const texts = files.map(f => readFileSync(join(dir, f), 'utf8').trim())
  const text =
    texts.length > 0
      ? texts.join('\n\n')
      : `(the package ships no license file; its package.json declares ${pkg.license ?? 'no license'})`
  return `${pkg.name}@${pkg.version}\nLicense: ${pkg.license ?? 'unknown'}\n\n${text}\n`
}

export function licenseFile(stats: {modules?: StatsModule[]}): string {
  const entries = bundledPackageDirs(stats)
    .filter(d => existsSync(join(d, 'package.json')))
    .map(licenseEntry)
  return `Third-party software in this bundle (${entries.length} packages).\n\n${entries.join('\n-----\n\n')}`
}

if (resolve(process.argv[1] ?? '') === resolve(import.meta.filename)) {
  const args = process.argv.slice(2)
  for (let i = 0; i + 1 < args.length; i += 2) {
    const stats = JSON.parse(readFileSync(args[i]!, 'utf8')) as {
      modules?: StatsModule[]
    }
    writeFileSync(args[i + 1]!, licenseFile(stats))
  }
}
