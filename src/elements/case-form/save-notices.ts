/** What the form shows after a save attempt, loaded on demand (`save-notices-loader.ts`). */
export { renderConflictPanel } from './conflict.js';
export { summaryOf } from './summary.js';
