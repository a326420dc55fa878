// A server of the test file (or the describe block) this is called in: started before its first test, closed after
// its last. Test support only.

/**
 * The object returned is filled in by the `beforeAll` this registers, so read it only inside tests and later hooks;
 * a `beforeAll` declared after the call runs once it is started.
 */
export function useStarted<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  const handle = {} as T;
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
    Object.assign(handle, started);
  });
  afterAll(async () => {
    await started?.close();
  });
  return handle;
}
