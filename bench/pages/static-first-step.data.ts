// Placeholder: bench/render.ts overwrites this file in its consumer project with the markup and
// styles of the report form's first step, captured from the packed packages before measuring.
export const MARKUP: string = '';
export const CSS: string = '';
