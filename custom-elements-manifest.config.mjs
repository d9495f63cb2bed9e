// Generates packages/elements/custom-elements.json from the components' JSDoc (tags, attributes,
// properties, events, slots, parts, CSS properties). It feeds Storybook controls, the API docs
// and IDEs; it is shipped in the package and never written by hand.
export default {
  globs: ['packages/elements/src/components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts', '**/*.i18n.ts'],
  outdir: 'packages/elements',
  litelement: true,
  packagejson: false,
};
