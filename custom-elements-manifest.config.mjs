// The CEM analyzer documents every element, property, event, slot, part and custom property from JSDoc.
export default {
  globs: ['src/**/*.ts'],
  // The React wrappers are not elements; they would show up as variables named like the classes.
  exclude: ['src/**/*.styles.ts', 'src/cdn.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
};
