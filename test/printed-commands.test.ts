/**
 * Every `ibmcloud …` command the product prints, in every channel and language, is one IBM's CLI takes:
 * a known command path and only its known flags (test/support/ibmcloud-cli.ts). The CLI once reworded
 * `worker-pool` into `--worker-pool` inside commands (`ibmcloud ks --worker-pool create …`); this walks
 * every emulator scenario × operation, renders text, markdown, JUnit, JSON, the action's annotations and
 * job summary in English and Japanese under the CLI's wording, and explain mode over its corpus.
 */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {cli, cliWording, renderAs} from '../src/cli.js'
import {cmd, renderCommand, withPlugin} from '../src/commands/ibmcloud.js'
import {withProse} from '../src/messages/index.js'
import {planAnnotations} from '../src/report/annotations.js'
import type {Report} from '../src/report/model.js'
import {renderSummary} from '../src/report/summary.js'
import {listScenarios, start} from './emulator/index.js'
import {commandProblem, printedCommands} from './support/ibmcloud-cli.js'
import {preflight} from './support/preflight.js'
import {WALK_INPUTS} from './support/walk.js'

const unHtml = (s: string): string =>
  s
    .replace(/<[^>]+>/g, '\n')
    .replace(/&apos;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
const unMarkdown = (s: string): string => s.replace(/\\([\\`*_[\]<>|~])/g, '$1')

/** Each channel's printed text, as a person would copy from it. */
function channels(report: Report): Record<string, string> {
  const mine = {text: renderAs(report, 'text', false)}
  // The other channels print the same rendered strings in either language: English is enough (time).
  if (report.language === 'ja') return mine
  const annotations = planAnnotations(report)
  return {
    ...mine,
    markdown: unMarkdown(renderAs(report, 'markdown', false)),
    junit: unHtml(renderAs(report, 'junit', false)),
    json: report.findings
      .flatMap(f => [
        f.summary,
        f.why ?? '',
        ...f.details,
        ...f.fix.flatMap(s => [s.text, ...s.commands])
      ])
      .join('\n'),
    annotations: annotations.map(a => `${a.title}\n${a.message}`).join('\n'),
    summary: unHtml(renderSummary(report))
  }
}

describe('printed commands', () => {
  test('the command table rejects what the CLI used to print', () => {
    expect(
      commandProblem(
        'ibmcloud ks --worker-pool create classic --name <pool name> --cluster c1'
      )
    ).toMatch(/no such command path/)
    expect(commandProblem('ibmcloud target -g <--resource-group>')).toMatch(
      /flag inside/
    )
    expect(
      commandProblem('ibmcloud ks worker ls --cluster c1 --bogus x')
    ).toMatch(/unknown flag --bogus/)
    expect(
      commandProblem(renderCommand(cmd.workerPoolCreate('classic', 'c1', 2)))
    ).toBeUndefined()
    expect(
      printedCommands(
        'Grant it (ibmcloud sl user permission-edit), then `ibmcloud ks versions` lists'
      )
    ).toEqual(['ibmcloud sl user permission-edit', 'ibmcloud ks versions'])
  })

  test('the plugin is a field: OpenShift clusters get `ibmcloud oc`', () => {
    const c = withPlugin(cmd.workerReplace('c1', 'w1'), 'oc')
    expect(renderCommand(c)).toBe(
      'ibmcloud oc worker replace --cluster c1 --worker w1'
    )
    expect(commandProblem(renderCommand(c))).toBeUndefined()
    // Outside the container-service plugin nothing changes.
    expect(withPlugin(cmd.isVpcs(), 'oc')).toEqual(cmd.isVpcs())
  })

  test('the CLI wording stays out of commands and command parameters', async () => {
    const text = await withProse(cliWording, async () =>
      renderCommand(cmd.target({region: 'us-south', group: '<resource-group>'}))
    )
    expect(text).toBe('ibmcloud target -r us-south -g <resource-group>')
  })

  test('every scenario × operation × channel × language prints only commands IBM’s CLI takes', async () => {
    const bad = new Set<string>()
    let checked = 0
    const seen = new Set<string>()
    for (const scenario of listScenarios()) {
      const emu = await start(scenario)
      try {
        for (const {name, inputs} of WALK_INPUTS)
          for (const language of ['en', 'ja'] as const) {
            // The CLI's wording is the one that once broke commands: render under it.
            const report = await withProse(cliWording, () =>
              preflight(emu, {...inputs, language})
            )
            const out = await withProse(cliWording, async () =>
              channels(report)
            )
            for (const [channel, text] of Object.entries(out))
              for (const c of printedCommands(text)) {
                checked++
                seen.add(c.split(' ').slice(0, 4).join(' '))
                const problem = commandProblem(c)
                if (problem)
                  bad.add(
                    `${scenario}/${name}/${language}/${channel}: ${c} → ${problem}`
                  )
              }
          }
      } finally {
        await emu.close()
      }
    }
    expect([...bad].slice(0, 30)).toEqual([])
    // The walk reaches the commands that once broke.
    expect(checked).toBeGreaterThan(1000)
    expect(
      // OpenShift clusters print the same command under `ibmcloud oc`.
      [...seen].some(c => /^ibmcloud (ks|oc) worker-pool create/.test(c))
    ).toBe(true)
    expect([...seen].some(c => c.startsWith('ibmcloud target -g'))).toBe(true)
  }, 1_800_000)

  test('explain mode over its corpus, text and markdown, en and ja, through the CLI', async () => {
    const dir = 'test/fixtures/explain/corpus'
    const bad: string[] = []
    let checked = 0
    for (const file of readdirSync(dir))
      for (const lang of ['en', 'ja'])
        for (const format of ['text', 'markdown']) {
          let out = ''
          await cli(
            ['explain', join(dir, file), '--format', format, '--lang', lang],
            {
              stdout: s => (out += s),
              stderr: () => undefined,
              env: {},
              isTTY: false
            }
          )
          for (const c of printedCommands(
            format === 'markdown' ? unMarkdown(out) : out
          )) {
            checked++
            const problem = commandProblem(c)
            if (problem)
              bad.push(`${file}/${lang}/${format}: ${c} → ${problem}`)
          }
        }
    expect(bad.slice(0, 30)).toEqual([])
    expect(checked).toBeGreaterThan(200)
  }, 300_000)
})
