/**
 * Commands named inside sentences are typed parameters too: an OpenShift target reads `ibmcloud oc …` in
 * the prose as in its fix commands; and data lines that once were English strings built in checks
 * (flavor zones, listed versions, the stored key's owner) are messages, so Japanese reads Japanese.
 */
import {cmd} from '../src/commands/ibmcloud.js'
import {forPlatform} from '../src/commands/platform.js'
import {t, useCatalogue} from '../src/messages/index.js'
import {ja} from '../src/messages/ja.js'
import {start} from './emulator/index.js'
import {findingOf, findingsOf, preflight} from './support/preflight.js'

useCatalogue('ja', ja)

const PROD_VPC = 'kube-cvpcprod000000000001-prodvpc-default-00000'

describe('commands in prose follow the platform', () => {
  test.each([
    [
      'openshift-workers',
      'ibmcloud oc worker ls --cluster cvpcprod000000000001'
    ],
    ['healthy-mixed', 'ibmcloud ks worker ls --cluster cvpcprod000000000001']
  ])(
    '%s: the workers input explanation names %s',
    async (scenario, command) => {
      const emu = await start(scenario)
      try {
        const report = await preflight(emu, {
          operation: 'worker-delete',
          cluster: 'prod-vpc',
          workers: `${PROD_VPC}101,kube-nosuch`
        })
        const [f] = findingsOf(report, 'cluster-state', 'prod-vpc')
        expect(f!.messageId).toBe('cluster-state.workers-unknown')
        expect(f!.why).toContain(`(${command})`)
        // The sentence and the fix agree.
        expect(f!.fix.flatMap(s => s.commands)).toContain(command)
      } finally {
        await emu.close()
      }
    },
    60_000
  )

  test('the infra-permissions and kube-version sentences take their command as a parameter', () => {
    const oc = forPlatform(cmd.infraPermissionsGet('us-south'), 'openshift')
    expect(
      t('infra-permissions.detail.required-unnamed', {
        category: 'Network permissions',
        command: oc
      })
    ).toContain('(run `ibmcloud oc infra-permissions get --region us-south`)')
    expect(
      t(
        'infra-permissions.detail.recommended-unnamed',
        {category: 'ネットワークの権限', command: oc},
        'ja'
      )
    ).toContain('`ibmcloud oc infra-permissions get --region us-south` を実行')
    expect(
      t('kube-version.malformed.why', {command: cmd.versions()})
    ).toContain('the forms `ibmcloud ks versions` lists')
  })
})

describe('data lines are messages', () => {
  test('flavor zones, listed versions and the stored key read Japanese in Japanese', async () => {
    const emu = await start('flavor-not-in-zone')
    try {
      const inputs = {
        operation: 'cluster-create',
        cluster: 'new-vpc',
        region: 'us-south',
        provider: 'vpc-gen2',
        flavor: 'bx2.4x16',
        zones: 'us-south-1,us-south-3',
        // Not a version IKS lists: the finding lists the versions it does.
        'kube-version': '1.20'
      }
      const en = await preflight(emu, inputs)
      const jaReport = await preflight(emu, {...inputs, language: 'ja'})
      const enFlavor = findingOf(en, 'flavor', 'new-vpc')
      const jaFlavor = findingOf(jaReport, 'flavor', 'new-vpc')
      expect(enFlavor.details).toContain('us-south-1: offered')
      expect(jaFlavor.details).toContain('us-south-1: 提供されています')
      expect(jaFlavor.details.join('\n')).not.toMatch(/offered|IKS lists/)
      const enVersions = findingsOf(en, 'kube-version', 'new-vpc')
        .flatMap(f => f.details)
        .filter(d => d.startsWith('IKS offers'))
      const jaVersions = findingsOf(jaReport, 'kube-version', 'new-vpc')
        .flatMap(f => f.details)
        .filter(d => d.startsWith('IKS は'))
      // Same lines, one per version IKS lists, whichever language.
      expect(enVersions.length).toBeGreaterThan(1)
      expect(jaVersions.length).toBe(enVersions.length)
      expect(jaVersions.join('\n')).not.toMatch(/offers|end of service|default/)
      expect(jaVersions).toContain(
        'IKS は 1.33.4 を提供しています (デフォルト)'
      )
      expect(enVersions).toContain('IKS offers 1.33.4 (default)')
    } finally {
      await emu.close()
    }
  }, 60_000)

  test("the stored key's owner reads API キー in Japanese", () => {
    expect(
      t(
        'cluster-api-key.owner.detail.with-key',
        {owner: 'Acme Owner <owner@acme.example>', key: 'ApiKey-1'},
        'ja'
      )
    ).toBe('Acme Owner <owner@acme.example> (API キー ApiKey-1)')
    expect(
      t('cluster-api-key.owner.detail.with-key', {
        owner: 'Acme Owner',
        key: 'ApiKey-1'
      })
    ).toBe('Acme Owner (API key ApiKey-1)')
  })
})

describe('English counts', () => {
  test('a count of one reads singular where the sentence has no "(s)" to fall back on', () => {
    const pass = (count: number): string =>
      t('orphaned-workers.pass', {
        count,
        cluster: 'c1',
        account: '1234567',
        region: 'us-south',
        resourceGroup: 'default',
        credentials: 'the linked account'
      })
    expect(pass(1)).toMatch(/^The one worker of c1 is a device of classic/)
    expect(pass(3)).toMatch(/^All 3 workers of c1 are devices of classic/)
    expect(t('worker-endpoints.pass', {total: 1})).toBe(
      'The one worker reports no endpoint or VPE gateway error.'
    )
    expect(t('worker-endpoints.pass', {total: 4})).toBe(
      'None of the 4 workers reports an endpoint or VPE gateway error.'
    )
    // Japanese has no plural forms; the same parameters read the same.
    expect(t('worker-endpoints.pass', {total: 1}, 'ja')).not.toMatch(/[{}|]/)
    // No English template leaves a plural form unresolved or misspelt.
    for (const n of [1, 2])
      expect(
        t('worker-endpoints.replace-fixes', {count: n, total: 2, workers: 'w1'})
      ).not.toMatch(/[{}|]/)
  })
})
