/** What the strict-CSP page tells the test in its parent frame. */
export type CspPageMessage =
  | {
      readonly kind: 'violation';
      readonly directive: string;
      readonly blocked: string;
      readonly sample: string;
    }
  | { readonly kind: 'ready'; readonly texts: Readonly<Record<string, string>> }
  | { readonly kind: 'failed'; readonly message: string };

/** Deliberate violations the page commits on request (`?probe=…`), to prove the check can fail. */
export const cspProbes = ['inline-style', 'html-sink'] as const;
export type CspProbe = (typeof cspProbes)[number];
