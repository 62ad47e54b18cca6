/** The 10,000 generated agents every picker page lists (bench/actions/build.mjs writes the fixture). */
export interface BenchAgent {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

/** Fetched and parsed like server data (flat strings), before any measurement. */
export async function loadAgents(): Promise<BenchAgent[]> {
  const response = await fetch('./agents-10k.json');
  return JSON.parse(await response.text()) as BenchAgent[];
}

/** The owner picker's page size, which the limit's listbox shows too. */
export const pageSize = 50;

export const pageCss = `html,body{margin:0;font:14px/1.4 system-ui,sans-serif}#app{margin:40px}`;

export function mountStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = pageCss + css;
  document.head.append(style);
}
