/**
 * The plain DOM writes of the elements' hand-built parts (the list's row pool, the form's shell,
 * sections and fields): each writes only when what is shown changes, since a write restyles the
 * element and what is in it.
 */

/** A new element, with its class. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  return made;
}

/** Makes `target`'s only content the text `text`, reusing its text node (the cheapest write). */
export function setText(target: Element, text: string): void {
  const node = target.firstChild;
  if (node instanceof Text && node.nextSibling === null) {
    if (node.data !== text) node.data = text;
  } else target.textContent = text;
}

/** Sets an attribute when its value changes; `undefined` removes it. */
export function setAttribute(target: Element, name: string, value: string | undefined): void {
  if (value === undefined) target.removeAttribute(name);
  else if (target.getAttribute(name) !== value) target.setAttribute(name, value);
}
