/** Runs fn over items, at most `lanes` at a time, in the given order of starting. */
export async function eachInLanes<T>(items: readonly T[], lanes: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let k = next++; k < items.length; k = next++) await fn(items[k] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, lane));
}
