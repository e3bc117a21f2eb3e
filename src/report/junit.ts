import {t, type Language} from '../messages/index.js'
import type {RenderedFinding, Report} from './model.js'
import {findingText} from './plain.js'
import {resultLine} from './blocks.js'

/**
 * JUnit XML for Jenkins, GitLab and Tekton (IBM Continuous Delivery). One <testsuite> per target,
 * one <testcase> per finding: classname = check id, name = target. fail → <failure>, error (could
 * not verify) → <error>, skip → <skipped/>, warn → a passing testcase whose <system-out> carries the
 * warning (JUnit has no warning state, and a warning must not fail a pipeline unless fail-on says so).
 */
export function renderJunit(report: Report): string {
  const byTarget = new Map<string, RenderedFinding[]>()
  for (const f of report.findings)
    byTarget.set(f.target, [...(byTarget.get(f.target) ?? []), f])
  const seconds = (report.durationMs / 1000).toFixed(3)
  const suites = [...byTarget].map(([target, findings]) => {
    const n = (s: RenderedFinding['status']): number =>
      findings.filter(f => f.status === s).length
    const cases = findings.map(f => testcase(f, report.language)).join('\n')
    return `  <testsuite name="${x(`iks-preflight ${report.operation} ${target}`)}" tests="${findings.length}" failures="${n('fail')}" errors="${n('error')}" skipped="${n('skip')}" timestamp="${x(report.startedAt.replace(/\.\d+Z$/, ''))}">\n${cases}\n  </testsuite>`
  })
  const c = report.counts
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${x(`iks-preflight: ${resultLine(report)}`)}" tests="${report.findings.length}" failures="${c.fail}" errors="${c.error}" skipped="${c.skip}" time="${seconds}">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}

function testcase(f: RenderedFinding, lang: Language): string {
  const open = `    <testcase classname="${x(f.check)}" name="${x(f.target)}" time="0">`
  const text = x(findingText(f, lang))
  switch (f.status) {
    case 'fail':
      return `${open}\n      <failure message="${x(f.summary)}" type="${x(f.messageId)}">${text}</failure>\n    </testcase>`
    case 'error':
      return `${open}\n      <error message="${x(f.summary)}" type="${x(f.messageId)}">${text}</error>\n    </testcase>`
    case 'skip':
      return `${open}\n      <skipped message="${x(f.summary)}"/>\n    </testcase>`
    case 'warn':
      return `${open}\n      <system-out>${x(t('report.junit-warning', {text: findingText(f, lang)}, lang))}</system-out>\n    </testcase>`
    default:
      return `${open}\n      <system-out>${x(f.summary)}</system-out>\n    </testcase>`
  }
}

/**
 * Escape for XML 1.0 text and attributes. Characters XML 1.0 forbids (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) cannot be escaped at all, so they are shown as \xNN instead.
 */
export function x(text: string): string {
  return (
    text
      .replace(
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        ch => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`
      )
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Newlines and tabs in attributes would be normalised to spaces by parsers; keep them.
      .replace(/\r/g, '&#13;')
  )
}
