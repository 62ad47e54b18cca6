import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function minifyCssLiterals(source: string): Promise<string>;
export function cssLiteralsEsbuild(): EsbuildPlugin;
export function cssLiteralsVite(): VitePlugin;
