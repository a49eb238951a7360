// Condition waits: poll until a check passes, never a fixed sleep as an
// assertion.

/** Generous default for a busy 2-core machine. */
export const WAIT_MS = 20_000;
/** Loading and compiling the app's wasm on a busy machine. */
export const LOAD_MS = 60_000;

/**
 * Retries `check` (an async function that throws while its condition does not
 * hold) until it passes or `timeout` ms have gone; then rethrows its last
 * error. Returns what `check` returned.
 */
export async function eventually(check, { timeout = WAIT_MS, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
