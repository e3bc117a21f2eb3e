import { parseArgs } from 'node:util';
import { CATALOGUE, CHECK_IDS } from './checks/catalogue.js';
import { InputError, parseConfig, type RawInputs } from './config/inputs.js';
import { INPUT_NAMES } from './config/types.js';
import { t } from './messages/index.js';
import { renderText } from './report/text.js';
import { runPreflight } from './run.js';
import { redact, registerSecret } from './secrets.js';
import { VERSION } from './version.js';

/** Exit codes, stable for scripts: 0 pass, 1 internal error, 2 bad usage, 3 blockers, 4 warnings only. */
export const EXIT = { pass: 0, internal: 1, usage: 2, blockers: 3, warnings: 4 } as const;

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Partial<Record<string, string>>;
  isTTY: boolean;
}

/** IKS_PREFLIGHT_FAIL_ON for --fail-on, and so on. */
export const envName = (input: string): string => `IKS_PREFLIGHT_${input.toUpperCase().replace(/-/g, '_')}`;

export function helpText(): string {
  const inputs = INPUT_NAMES.map((n) => `  --${n.padEnd(22)} (env ${envName(n)})`).join('\n');
  const checks = CATALOGUE.map((c) => `  ${c.id.padEnd(20)} ${t(c.title)}${c.providers ? ` [${c.providers.join(', ')}]` : ''}${c.operations && c.operations.length < 3 ? ` (${c.operations.join(', ')})` : ''}`).join('\n');
  return `iks-preflight ${VERSION}: check whether an IBM Cloud Kubernetes Service operation can succeed, before it runs.

Usage: iks-preflight --operation OP --cluster NAME [options]

Options (each also read from the environment variable shown; the API key also from IBMCLOUD_API_KEY or IC_API_KEY):
${inputs}
  --json                   print the JSON report instead of text
  --help, --version

Checks:
${checks}

Exit codes: 0 pass, 1 internal error, 2 bad usage, 3 blockers (or could not verify), 4 warnings only (with --fail-on warning).
`;
}

export async function cli(argv: string[], io: CliIo): Promise<number> {
  const options: Record<string, { type: 'string' | 'boolean' }> = { json: { type: 'boolean' }, help: { type: 'boolean' }, version: { type: 'boolean' } };
  for (const n of INPUT_NAMES) options[n] = { type: 'string' };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (e) {
    io.stderr(`iks-preflight: ${e instanceof Error ? e.message : String(e)}\nRun iks-preflight --help for the options.\n`);
    return EXIT.usage;
  }
  if (values['help']) {
    io.stdout(helpText());
    return EXIT.pass;
  }
  if (values['version']) {
    io.stdout(`${VERSION}\n`);
    return EXIT.pass;
  }
  const raw: RawInputs = {};
  for (const n of INPUT_NAMES) {
    const v = values[n];
    raw[n] = typeof v === 'string' ? v : io.env[envName(n)];
  }
  registerSecret(raw['api-key']);
  registerSecret(io.env['IBMCLOUD_API_KEY']);
  registerSecret(io.env['IC_API_KEY']);
  try {
    const config = parseConfig(raw, CHECK_IDS, io.env);
    const debug = io.env['IKS_PREFLIGHT_DEBUG'] === '1';
    const report = await runPreflight(config, { env: io.env, log: { debug: (m) => debug && io.stderr(`debug: ${redact(m)}\n`) } });
    io.stdout(redact(values['json'] ? `${JSON.stringify(report, null, 2)}\n` : `${renderText(report, { color: io.isTTY && !io.env['NO_COLOR'] })}\n`));
    if (!report.jobFailed) return EXIT.pass;
    return report.result === 'fail' ? EXIT.blockers : EXIT.warnings;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`iks-preflight: ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`iks-preflight: internal error: ${redact(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT.internal;
  }
}
