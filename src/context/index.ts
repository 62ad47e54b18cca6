export { adapterContext } from './adapter.js';
export { sessionContext } from './session.js';
