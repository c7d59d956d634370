/**
 * Waits for two steps that run side by side, and fails with the first one's error only
 * once both have ended: a step still running must not write into a staging folder that
 * is being removed, nor leave its process behind.
 */
export async function settleBoth<A, B>(first: Promise<A>, second: Promise<B>): Promise<[A, B]> {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === "rejected") throw a.reason;
  if (b.status === "rejected") throw b.reason;
  return [a.value, b.value];
}
