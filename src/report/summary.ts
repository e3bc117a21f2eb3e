import type { Status } from '../findings.js';
import { t } from '../messages/index.js';
import { clip, escapeHtml as h } from './escape.js';
import { problems, type Report } from './model.js';

export const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌', error: '❓', skip: '⏭️' };
const RESULT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const;
// The runner accepts 1 MiB per step summary; stay well inside it.
const SUMMARY_MAX = 900 * 1024;

export function resultLine(report: Report): string {
  return t(`report.result.${report.result}`, { operation: report.operation }, report.language);
}

/** The job summary as HTML (rendered by GitHub's Markdown, which passes block HTML through). */
export function renderSummary(report: Report): string {
  const L = report.language;
  const parts: string[] = [];
  parts.push(`<h2>${RESULT_ICON[report.result]} iks-preflight: ${h(resultLine(report))}</h2>`);
  const id = report.identity;
  if (id) {
    parts.push(
      `<table><tr><th>${h(t('report.account', undefined, L))}</th><td>${h(id.accountId)}${id.accountName ? ` (${h(id.accountName)})` : ''}</td></tr>` +
        `<tr><th>${h(t('report.iam-id', undefined, L))}</th><td>${h(id.iamId)}</td></tr>` +
        `<tr><th>${h(t('report.caller', undefined, L))}</th><td>${h(id.name ?? id.email ?? '')} (${h(t(`report.kind.${id.kind}`, undefined, L))})</td></tr></table>`
    );
  } else {
    parts.push(`<p><b>${h(t('report.identity', undefined, L))}:</b> ${h(t('report.identity-unknown', undefined, L))}</p>`);
  }
  parts.push(`<h3>${h(t('report.checks', undefined, L))}</h3>`);
  const rows = report.findings.map(
    (f) => `<tr><td>${STATUS_ICON[f.status]} ${h(t(`report.status.${f.status}`, undefined, L))}</td><td><code>${h(f.check)}</code></td><td>${h(f.target)}</td><td>${h(f.summary)}</td></tr>`
  );
  parts.push(
    `<table><tr><th>${h(t('report.col.status', undefined, L))}</th><th>${h(t('report.col.check', undefined, L))}</th><th>${h(t('report.col.target', undefined, L))}</th><th>${h(t('report.col.summary', undefined, L))}</th></tr>${rows.join('')}</table>`
  );
  const probs = problems(report);
  if (probs.length > 0) {
    parts.push(`<h3>${h(t('report.problems', undefined, L))}</h3>`);
    for (const f of probs) {
      const block: string[] = [`<h4>${STATUS_ICON[f.status]} <code>${h(f.check)}</code> · ${h(f.target)}</h4>`, `<p>${h(f.summary)}</p>`];
      if (f.why) block.push(`<p><b>${h(t('report.why', undefined, L))}:</b> ${h(f.why)}</p>`);
      if (f.fix.length > 0) {
        block.push(
          `<p><b>${h(t('report.fix', undefined, L))}:</b></p><ol>${f.fix
            .map((s) => `<li>${h(s.text)}${s.commands.length > 0 ? `<pre><code>${s.commands.map(h).join('\n')}</code></pre>` : ''}</li>`)
            .join('')}</ol>`
        );
      }
      if (f.details.length > 0) block.push(`<ul>${f.details.map((d) => `<li>${h(d)}</li>`).join('')}</ul>`);
      const ibm = f.ibm && [f.ibm.code && `code ${f.ibm.code}`, f.ibm.incidentID && `incidentID ${f.ibm.incidentID}`, f.ibm.recoveryCLI && `recoveryCLI: ${f.ibm.recoveryCLI}`].filter(Boolean);
      if (ibm && ibm.length > 0) block.push(`<p><b>${h(t('report.ibm', undefined, L))}:</b> ${ibm.map((s) => h(String(s))).join(' · ')}</p>`);
      if (f.docs) block.push(`<p><a href="${h(f.docs)}">${h(t('report.docs', undefined, L))}</a></p>`);
      parts.push(block.join('\n'));
    }
  }
  parts.push(`<p><sub>${h(t('report.requests', { requests: report.requests.total, seconds: (report.durationMs / 1000).toFixed(1) }, L))} iks-preflight ${h(report.tool.version)}</sub></p>`);
  const html = parts.join('\n');
  return html.length > SUMMARY_MAX ? `${clip(html, SUMMARY_MAX)}\n<p>…</p>` : html;
}
