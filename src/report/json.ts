import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Report} from './model.js'

/** Write the versioned JSON report; returns its path. */
export function writeJsonReport(report: Report, dir: string): string {
  mkdirSync(dir, {recursive: true})
  const stamp = report.startedAt.replace(/[:.]/g, '-')
  const path = join(dir, `iks-preflight-report-${stamp}-${process.pid}.json`)
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`, {mode: 0o600})
  return path
}
