// Placeholder: bench/render.ts overwrites this file in its consumer project with the markup and
// styles of the tracker's case as it first paints, captured from the packed packages before measuring.
export const MARKUP: string = '';
export const CSS: string = '';
