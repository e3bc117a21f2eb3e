import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {bundledPackageDirs, licenseFile} from '../scripts/licenses.js'

/** Packages named in a license file's entry headers ("name@version" on a line of its own). */
function listed(file: string): Set<string> {
  return new Set(
    [...readFileSync(file, 'utf8').matchAll(/^(@?[^@\s]+)@\d[^\s]*$/gm)].map(
      m => m[1]!
    )
  )
}

/** Packages a bundle's own text names (webpack's "CONCATENATED/EXTERNAL MODULE: ./node_modules/…" lines). */
function namedInBundle(dir: string): Set<string> {
  const out = new Set<string>()
  for (const f of readdirSync(dir).filter(f => f.endsWith('.js')))
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(
      /MODULE: \.\/(?:node_modules\/[^ \n]*?)?node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//g
    ))
      out.add(m[1]!)
  return out
}

/** Bare package names imported by the TypeScript under a directory (node: built-ins aside). */
function importedPackages(dir: string): Set<string> {
  const out = new Set<string>()
  for (const f of readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter(
    f => f.endsWith('.ts')
  ))
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(
      /(?:from|import\()\s*'([^']+)'/g
    )) {
      const spec = m[1]!
      if (spec.startsWith('node:') || spec.startsWith('.')) continue
      const parts = spec.split('/')
      out.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
    }
  return out
}

describe('bundle license files', () => {
  test.each(['dist', 'dist/cli'])(
    '%s/licenses.txt lists every package its bundle names, each with license text',
    dir => {
      const names = listed(join(dir, 'licenses.txt'))
      const inBundle = namedInBundle(dir)
      expect(inBundle.size).toBeGreaterThan(3)
      for (const p of inBundle)
        expect({p, listed: names.has(p)}).toEqual({p, listed: true})
      const text = readFileSync(join(dir, 'licenses.txt'), 'utf8')
      expect(text).toMatch(/Permission is hereby granted/)
    }
  )

  test("the action's license file covers every package src/ imports (all are bundled)", () => {
    // Runtime packages are devDependencies: ncc bundles them, so the published package has none.
    const deps = importedPackages('src')
    expect(deps.size).toBeGreaterThan(3)
    const devDeps = (
      JSON.parse(readFileSync('package.json', 'utf8')) as {
        dependencies?: Record<string, string>
        devDependencies: Record<string, string>
      }
    ).devDependencies
    const names = listed('dist/licenses.txt')
    for (const d of deps) {
      expect({d, pinned: /^\d+\.\d+\.\d+$/.test(devDeps[d] ?? '')}).toEqual({
        d,
        pinned: true
      })
      expect({d, listed: names.has(d)}).toEqual({d, listed: true})
    }
  })

  test('package directories come from webpack stats, nested and concatenated modules included', () => {
    const stats = {
      modules: [
        {name: './node_modules/axios/lib/axios.js + 60 modules'},
        {name: './node_modules/axios/node_modules/form-data/lib/form_data.js'},
        {
          name: 'concatenated',
          modules: [{name: './node_modules/@actions/core/lib/core.js'}]
        },
        {name: './src/main.ts'},
        {name: 'external "node:fs"'}
      ]
    }
    expect(bundledPackageDirs(stats)).toEqual([
      'node_modules/@actions/core',
      'node_modules/axios',
      'node_modules/axios/node_modules/form-data'
    ])
    const file = licenseFile({modules: [{name: './node_modules/zod/index.js'}]})
    expect(file).toMatch(/^zod@\d+\.\d+\.\d+\nLicense: MIT\n\nMIT License/m)
  })
})
