import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {CHECK_IDS} from '../../src/checks/catalogue.js'
import type {Check} from '../../src/checks/types.js'
import {parseConfig, type RawInputs} from '../../src/config/inputs.js'
import {planAnnotations} from '../../src/report/annotations.js'
import type {Report} from '../../src/report/model.js'
import {renderSummary} from '../../src/report/summary.js'
import {renderText} from '../../src/report/text.js'
import {runPreflight} from '../../src/run.js'
import type {Emulator} from '../emulator/index.js'

/** Everything a user could see from one in-process run, keyed by channel name. */
export type Channels = Record<string, string>

type CommentRenderer = (report: Report) => string
let commentRenderer: CommentRenderer | null | undefined

/** The PR comment renderer, when src/report/comment.ts exists (added by a parallel change). */
async function loadCommentRenderer(): Promise<CommentRenderer | null> {
  if (commentRenderer !== undefined) return commentRenderer
  commentRenderer = null
  if (existsSync(resolve('src/report/comment.ts'))) {
    // A variable specifier keeps tsc from requiring the module at compile time.
    const spec = '../../src/report/comment.js'
    const mod = (await import(spec)) as Record<string, unknown>
    if (typeof mod['renderComment'] === 'function')
      commentRenderer = mod['renderComment'] as CommentRenderer
  }
  return commentRenderer
}

/** Whether the PR comment channel is part of the sweep (false until src/report/comment.ts exists). */
export async function hasCommentChannel(): Promise<boolean> {
  return (await loadCommentRenderer()) !== null
}

/** Render every output channel of a report the way the action and CLI do. */
export async function renderChannels(report: Report): Promise<Channels> {
  const channels: Channels = {
    annotations: planAnnotations(report)
      .map(a => `${a.type}|${a.title}|${a.message}`)
      .join('\n'),
    summary: renderSummary(report),
    json: JSON.stringify(report, null, 2),
    text: renderText(report),
    outputs: [
      report.result,
      report.failedChecks.join(','),
      report.warnedChecks.join(','),
      report.identity?.accountId ?? ''
    ].join('\n')
  }
  const comment = await loadCommentRenderer()
  if (comment) channels['comment'] = comment(report)
  return channels
}

export interface EngineRun {
  report: Report
  /** Debug lines the engine logged (what ACTIONS_STEP_DEBUG would show). */
  debug: string[]
  channels: Channels
  ms: number
}

/** Run the real engine in-process against an emulator, capturing the debug log and every channel. */
export async function runEngine(
  emu: Emulator,
  inputs: RawInputs,
  opts: {catalogue?: readonly Check[]; env?: Record<string, string>} = {}
): Promise<EngineRun> {
  const config = parseConfig(
    {'api-key': emu.scenario.pipelineKey, ...inputs},
    CHECK_IDS,
    {}
  )
  const debug: string[] = []
  const started = Date.now()
  const report = await runPreflight(config, {
    env: {...emu.env, ...opts.env},
    log: {debug: m => debug.push(m)},
    backoffBaseMs: 5,
    catalogue: opts.catalogue
  })
  const ms = Date.now() - started
  const channels = await renderChannels(report)
  channels['debug'] = debug.join('\n')
  return {report, debug, channels, ms}
}
