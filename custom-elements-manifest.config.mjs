// The CEM analyzer documents every element, property, event, slot, part and custom property from JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
};
