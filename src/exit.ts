/**
 * End the process once stdout and stderr are written. Without this, Node waits at exit for V8's
 * background compile jobs (undici's HTTP parser is WebAssembly, optimised while the run works):
 * about 70 ms idle after the report on a one-cluster run. The engine itself leaves no timer or
 * socket behind (test/handles.test.ts); this only skips the wait for the compiler.
 */
export async function exitWhenFlushed(): Promise<never> {
  const flushed = (s: NodeJS.WriteStream): Promise<void> =>
    new Promise(resolve => s.write('', () => resolve()))
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  process.exit()
}
