export function minifyCssLiterals(source: string): Promise<string>;
