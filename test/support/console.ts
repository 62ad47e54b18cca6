/** The `console.warn` calls made while `run` runs (and awaited). */
export async function warningsDuring(run: () => Promise<unknown>): Promise<unknown[][]> {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
