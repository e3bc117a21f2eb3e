import {setMaxListeners} from 'node:events'

/** The run's time budget: one AbortSignal that every request and wait shares. */
export class Deadline {
  private readonly controller = new AbortController()
  private readonly timer: NodeJS.Timeout
  readonly endsAt: number

  constructor(readonly ms: number) {
    this.endsAt = Date.now() + ms
    // Every in-flight request listens on this signal; hundreds at once are expected, not a leak.
    setMaxListeners(0, this.controller.signal)
    this.timer = setTimeout(
      () => this.controller.abort(new Error('time budget exhausted')),
      ms
    )
    this.timer.unref()
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  get expired(): boolean {
    return this.controller.signal.aborted
  }

  remaining(): number {
    return Math.max(0, this.endsAt - Date.now())
  }

  /** Sleep, but never past the deadline; resolves false when the deadline ended the wait. */
  sleep(ms: number): Promise<boolean> {
    if (this.expired) return Promise.resolve(false)
    return new Promise(resolve => {
      const onAbort = (): void => {
        clearTimeout(t)
        resolve(false)
      }
      const t = setTimeout(
        () => {
          this.signal.removeEventListener('abort', onAbort)
          resolve(true)
        },
        Math.min(ms, this.remaining())
      )
      this.signal.addEventListener('abort', onAbort, {once: true})
    })
  }

  dispose(): void {
    clearTimeout(this.timer)
  }
}
