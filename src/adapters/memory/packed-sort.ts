const slotBits = 2 ** 21;

/**
 * The ascending order of `slots` by (key, case number, slot), with native sorts of numbers instead of
 * a comparator (a 100k-element comparator sort costs ~150 ms): keys become dense ranks, then each slot
 * is one float `rank × n + position in case-number order`. Undefined when the numbers are too large.
 * A generator: it yields between its passes and native sorts, so no step of a build is a long task.
 */
export function* packedSort(
  slots: Int32Array,
  keys: Float64Array,
  numbers: Float64Array,
): Generator<void, Int32Array<ArrayBuffer> | undefined, void> {
  const n = slots.length;
  const byNumber = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const slot = slots[i] as number;
    const number = numbers[slot] as number;
    if (slot >= slotBits || !(number >= 0 && number < 2 ** 31) || !Number.isInteger(number)) return undefined;
    byNumber[i] = number * slotBits + slot;
  }
  yield;
  byNumber.sort();
  yield;
  const numberRank = new Int32Array(keys.length);
  const slotAt = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const slot = (byNumber[i] as number) % slotBits;
    numberRank[slot] = i;
    slotAt[i] = slot;
  }
  // Distinct keys in order (NaN, unset, ranks after all of them).
  const distinct = new Float64Array(n);
  let d = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[slots[i] as number] as number;
    if (key === key) distinct[d++] = key;
  }
  yield;
  const values = distinct.subarray(0, d).sort();
  yield;
  let count = 0;
  for (let i = 0; i < d; i++)
    if (i === 0 || values[i] !== values[i - 1]) values[count++] = values[i] as number;
  if ((count + 1) * n >= 2 ** 53) return undefined;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const slot = slots[i] as number;
    const key = keys[slot] as number;
    let rank = count;
    if (key === key) {
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((values[mid] as number) < key) lo = mid + 1;
        else hi = mid;
      }
      rank = lo;
    }
    packed[i] = rank * n + (numberRank[slot] as number);
  }
  yield;
  packed.sort();
  yield;
  const sorted = new Int32Array(n);
  for (let i = 0; i < n; i++) sorted[i] = slotAt[(packed[i] as number) % n] as number;
  return sorted;
}
