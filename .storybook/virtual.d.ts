declare module 'virtual:recourse/custom-elements-manifest' {
  /** packages/elements/custom-elements.json, generated from JSDoc when Storybook starts. */
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
