/**
 * The main job on the bundled IBM Cloud API emulator: runs the committed dist/index.js exactly as a
 * GitHub runner would (INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) against a few
 * scenarios and prints what a person sees: the annotations, the outputs and the job summary.
 *   npm run demo                 all cases
 *   npm run demo -- orphaned     cases whose name contains "orphaned"
 * Each job summary is also written to demo-output/<case>.html.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {start} from '../test/emulator/index.js'
import {runAction} from '../test/support/run-action.js'

interface DemoCase {
  name: string
  scenario: string
  story: string
  inputs: Record<string, string>
}

const CASES: DemoCase[] = [
  {
    name: 'healthy-classic',
    scenario: 'healthy-classic',
    story:
      'A healthy classic cluster before a worker reload: everything passes.',
    inputs: {operation: 'worker-reload', cluster: 'prod-classic'}
  },
  {
    name: 'missing-permissions',
    scenario: 'missing-infra-permissions',
    story:
      'The classic infrastructure user lacks required permissions: the job fails with the grant commands.',
    inputs: {operation: 'worker-add', cluster: 'prod-classic'}
  },
  {
    name: 'orphaned',
    scenario: 'orphaned-classic',
    story:
      'An orphaned classic cluster: its workers sit in another infrastructure account than the region points to.',
    inputs: {operation: 'cluster-delete', cluster: 'prod-classic'}
  },
  {
    name: 'totp',
    scenario: 'totp-linked',
    story:
      'TOTP multifactor authentication is on and IKS uses the linked infrastructure account.',
    inputs: {operation: 'worker-add', cluster: 'prod-classic'}
  },
  {
    name: 'vpe-missing',
    scenario: 'vpe-missing',
    story:
      'A VPC cluster lost its VPE gateway iks-<cluster ID>: workers cannot reach the master.',
    inputs: {operation: 'worker-replace', cluster: 'prod-vpc'}
  },
  {
    name: 'orphaned-ja',
    scenario: 'orphaned-classic',
    story: 'The orphaned cluster again, reported in Japanese (language: ja).',
    inputs: {
      operation: 'cluster-delete',
      cluster: 'prod-classic',
      language: 'ja'
    }
  },
  {
    name: 'service-id-create',
    scenario: 'service-id-no-stored-key',
    story:
      'A service ID tries to create a cluster where IKS has no user API key.',
    inputs: {
      operation: 'cluster-create',
      cluster: 'new-vpc',
      provider: 'vpc-gen2',
      region: 'us-south'
    }
  }
]

const bold = (s: string): string =>
  process.stdout.isTTY ? `\u001b[1m${s}\u001b[0m` : s

/** A rough terminal rendering of the summary HTML. */
function htmlToText(html: string): string {
  return html
    .replace(/<pre>/g, '\n')
    .replace(/<\/(h[1-6]|p|li|tr|pre|table|ul|ol)>/g, '\n')
    .replace(/<(th|td)>/g, ' | ')
    .replace(/<li>/g, '  • ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#124;/g, '|')
    .replace(/&#96;/g, '`')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

async function main(): Promise<void> {
  const filter = process.argv[2]
  const cases = CASES.filter(c => !filter || c.name.includes(filter))
  mkdirSync('demo-output', {recursive: true})
  for (const c of cases) {
    const emu = await start(c.scenario)
    try {
      const run = await runAction({
        inputs: {'api-key': emu.scenario.pipelineKey, ...c.inputs},
        env: emu.env
      })
      console.log(
        `\n${'═'.repeat(100)}\n${bold(`${c.name}`)}: ${c.story}\n  with: ${Object.entries(
          c.inputs
        )
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}\n${'═'.repeat(100)}`
      )
      console.log(`${bold('Annotations')} (${run.annotations.length}):`)
      for (const a of run.annotations) {
        console.log(`  ${a.type === 'error' ? 'Error' : 'Warning'}: ${a.title}`)
        for (const line of a.message.split('\n')) console.log(`      ${line}`)
      }
      console.log(
        `${bold('Outputs')}: ${Object.entries(run.outputs)
          .filter(([k]) => k !== 'report-path')
          .map(([k, v]) => `${k}=${v || '""'}`)
          .join('  ')}`
      )
      console.log(
        `${bold('Job summary')} (demo-output/${c.name}.html):\n${htmlToText(
          run.summary
        )
          .split('\n')
          .map(l => `  ${l}`)
          .join('\n')}`
      )
      console.log(
        `${bold('Step result')}: exit code ${run.exitCode} (${run.exitCode === 0 ? 'step passes' : 'step fails, the deployment job does not start'}), ${emu.requests.length} requests to the emulator, ${run.ms} ms`
      )
      writeFileSync(`demo-output/${c.name}.html`, run.summary)
    } finally {
      await emu.close()
    }
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
