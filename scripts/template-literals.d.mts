import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';
import type { TestRunnerPlugin } from '@web/test-runner';

export function shipLiterals(source: string, fileName: string): Promise<string>;
export function templateLiteralsEsbuild(): EsbuildPlugin;
export function templateLiteralsVite(): VitePlugin;
export function templateLiteralsDevServer(): TestRunnerPlugin;
