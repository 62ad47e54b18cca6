// Bundled for Node by build.mjs to write the fixtures; the same seed the kit page uses.
export { createDemoData } from '../../src/adapters/memory/demo-data.js';
export { toRows } from './rows.js';
