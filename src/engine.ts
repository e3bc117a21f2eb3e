import type {Check} from './checks/types.js'
import {couldNotVerify} from './checks/helpers.js'
import type {Config} from './config/types.js'
import {FactError, type Facts} from './facts.js'
import type {Finding, Outcome} from './findings.js'
import type {Deadline} from './ibm/deadline.js'
import {ApiError} from './ibm/errors.js'

export interface EngineLog {
  debug(message: string): void
}

// A check whose requests were all aborted by the deadline settles at once; this margin only
// catches a check stuck on something other than HTTP, so the run still ends.
const DEADLINE_GRACE_MS = 1500

function describe(e: unknown): Outcome {
  if (e instanceof ApiError) return couldNotVerify(e)
  if (e instanceof FactError) {
    return {
      status: 'fail',
      summary: {id: 'common.input-problem', params: {message: e.message}},
      fix: [{text: {id: 'common.input-problem.fix'}}]
    }
  }
  const message = e instanceof Error ? e.message : String(e)
  return {
    status: 'error',
    summary: {id: 'common.internal-error', params: {message}}
  }
}

async function applicability(
  check: Check,
  config: Config,
  facts: Facts,
  target: string
): Promise<Outcome | undefined> {
  const skipReason = config.skipChecks.get(check.id)
  if (skipReason !== undefined)
    return {
      status: 'skip',
      summary: {id: 'common.skipped-by-user', params: {reason: skipReason}}
    }
  if (check.operations && !check.operations.includes(config.operation)) {
    return {
      status: 'skip',
      summary: {
        id: 'common.not-for-operation',
        params: {operation: config.operation}
      }
    }
  }
  if (check.providers) {
    const info = await facts.target(target)
    if (!check.providers.includes(info.provider)) {
      return {
        status: 'skip',
        summary: {
          id: 'common.not-for-provider',
          params: {
            provider: info.provider,
            providers: check.providers.join(', ')
          }
        }
      }
    }
  }
  return undefined
}

async function runOne(
  check: Check,
  config: Config,
  facts: Facts,
  target: string,
  log: EngineLog
): Promise<Outcome[]> {
  try {
    const skip = await applicability(check, config, facts, target)
    if (skip) return [skip]
    const outcomes = await check.run({config, facts, target})
    return outcomes.length > 0
      ? outcomes
      : [
          {
            status: 'error',
            summary: {
              id: 'common.internal-error',
              params: {message: 'the check returned no result'}
            }
          }
        ]
  } catch (e) {
    if (
      !(e instanceof ApiError) &&
      !(e instanceof FactError) &&
      e instanceof Error &&
      e.stack
    )
      log.debug(`${check.id} (${target}): ${e.stack}`)
    return [describe(e)]
  }
}

/**
 * Run every applicable check for every target concurrently. Facts are shared and memoised, so
 * concurrency here costs no duplicate requests. Never throws; returns findings in catalogue order.
 */
export async function runChecks(
  catalogue: readonly Check[],
  config: Config,
  facts: Facts,
  deadline: Deadline,
  log: EngineLog
): Promise<Finding[]> {
  const jobs: Array<{check: Check; target: string}> = []
  for (const check of catalogue) {
    if (check.scope === 'account') jobs.push({check, target: 'account'})
    else for (const target of config.clusters) jobs.push({check, target})
  }
  const timedOut = new Promise<Outcome[]>(resolve => {
    const fire = (): void =>
      void setTimeout(
        () =>
          resolve([
            {
              status: 'error',
              summary: {
                id: 'common.timed-out',
                params: {seconds: config.timeoutSeconds}
              }
            }
          ]),
        DEADLINE_GRACE_MS
      ).unref()
    if (deadline.expired) fire()
    else deadline.signal.addEventListener('abort', fire, {once: true})
  })
  const results = await Promise.all(
    jobs.map(({check, target}) =>
      Promise.race([runOne(check, config, facts, target, log), timedOut])
    )
  )
  return jobs.flatMap(({check, target}, i) =>
    results[i]!.map(o => ({...o, check: check.id, target}))
  )
}
