export function collapseHtmlLiterals(source: string, fileName?: string): string;
