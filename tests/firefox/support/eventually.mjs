// Waiting for something the browser does on its own time, by asking again until it holds.

export const PATIENCE_MS = 15_000;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` until `accept` holds for its answer and returns that answer; after `timeoutMs`
 * fails with `what` and the last answer, so the failure says what was being waited for.
 */
export async function waitFor(probe, accept, { what, timeoutMs = PATIENCE_MS, intervalMs = 100 }) {
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const seen = lastError ? `error: ${lastError.message}` : `last seen: ${JSON.stringify(last)}`;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (${seen})`);
    }
    await sleep(intervalMs);
  }
}
