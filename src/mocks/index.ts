/**
 * The REST contract served by msw (an optional peer dependency) from an in-memory store: for
 * Storybook, the demo, and hosts' own tests of the `RestAdapter` or of their backend integration.
 * @packageDocumentation
 */
export { createHandlers, type MockBackend, type MockBackendOptions } from './mock-backend.js';
export { failureKinds, type FailureKind, type MockFailure } from './failures.js';
