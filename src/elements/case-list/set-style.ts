const appliedStyles = new WeakMap<HTMLElement, Map<string, string>>();

/**
 * Sets an inline style through the CSSOM (allowed under a strict CSP, unlike style attributes), only
 * when its value changes: setting a custom property, even to the same value, restyles the subtree.
 */
export function setStyle(element: HTMLElement | null | undefined, property: string, value: string): void {
  if (!element) return;
  let applied = appliedStyles.get(element);
  if (applied === undefined) appliedStyles.set(element, (applied = new Map()));
  if (applied.get(property) === value) return;
  applied.set(property, value);
  element.style.setProperty(property, value);
}
