/** Characters outside ASCII: only they decompose into a letter and its accents. */
const nonAscii = /[\u0080-\uffff]/;

/**
 * A text as the pickers match it: accents removed, lower case. Most names and e-mails are ASCII and
 * skip the decomposition (slow, and run on every keystroke).
 */
export function fold(text: string): string {
  if (!nonAscii.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
