// The manifest is generated from the class JSDoc (`@summary @slot @csspart @cssprop @fires`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**', 'src/mocks/**'],
  litelement: true,
  packagejson: false,
};
