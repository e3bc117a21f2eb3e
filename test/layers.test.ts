/** The layer rules of eslint.config.js: a back-edge between src/ folders fails lint. */
import {ESLint} from 'eslint'

const eslint = new ESLint()

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath: file})
  return result!.messages
    .filter(m => m.ruleId === 'no-restricted-imports')
    .map(m => m.message)
}

describe('layer rules', () => {
  test.each([
    [
      'src/checks/x.ts',
      '../remediate/index.js',
      'src/checks/** may not import remediate'
    ],
    [
      'src/messages/x.ts',
      '../findings.js',
      'src/messages/** may not import findings'
    ],
    [
      'src/remediate/x.ts',
      '../checks/catalogue.js',
      'src/remediate/** may not import checks'
    ],
    [
      'src/facts/x.ts',
      '../checks/helpers.js',
      'src/{facts.ts,facts/**} may not import checks'
    ],
    ['src/ibm/x.ts', '../facts.js', 'src/ibm/** may not import facts'],
    ['src/ibm/x.ts', '../intent/index.js', 'src/ibm/** may not import intent'],
    // Issue 22 item 4: intent reads plans and inputs for config, never the other way round.
    [
      'src/intent/x.ts',
      '../config/inputs.js',
      'src/intent/** may not import config'
    ],
    [
      'src/intent/x.ts',
      '../config/types.js',
      'src/intent/** may not import config'
    ],
    [
      'src/config/raw.ts',
      '../intent/types.js',
      'src/config/raw.ts may not import intent'
    ],
    [
      'src/intent/x.ts',
      '../checks/catalogue.js',
      'src/intent/** may not import checks'
    ],
    [
      'src/findings.ts',
      './checks/ids.js',
      'src/findings.ts may not import checks'
    ],
    ['src/report/x.ts', '../engine.js', 'src/report/** may not import engine']
  ])('%s importing %s fails lint', async (file, from, says) => {
    const errors = await layerErrors(
      file,
      `import {x} from '${from}'\nexport const y = x\n`
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(says)
  })

  test.each([
    ['src/checks/x.ts', '../facts/vpe.js'],
    ['src/remediate/x.ts', '../facts/vpe.js'],
    ['src/engine.ts', './remediate/index.js'],
    ['src/report/x.ts', '../messages/index.js']
  ])('%s importing %s is allowed', async (file, from) => {
    expect(
      await layerErrors(file, `import {x} from '${from}'\nexport const y = x\n`)
    ).toEqual([])
  })
})
