// Lit's template compiler at build time (docs/adr/0037): every `html` template of a first-paint
// view is turned into a prepared template (its HTML with markers and its parts, as lit-html would work
// them out on first render), so the browser skips that preparation the first time each template
// renders, the larger part of a widget's first render. @lit-labs/compiler is a TypeScript
// transformer: this esbuild plugin runs it (with TypeScript's own transpile) on the modules that
// hold a template and hands esbuild the JavaScript with an inline source map; every other module
// is left to esbuild.
import { readFile } from 'node:fs/promises';
import { compileLitTemplates } from '@lit-labs/compiler';
import ts from 'typescript';

/**
 * The views a widget renders in its first paint: the report form's first step, the tracker's and
 * the desk's first-paint views, the TOTP set-up's view. Only these are compiled. Compiled
 * templates are larger (their parts spelled out) and import lit-html's part constructors
 * (`lit-html/private-ssr-support.js`, about 0.9 kB minified); templates that first render after
 * an interaction (the report form's later steps, the report summary) gain little and would share
 * that module with the first paint, one more chunk to wait for (ADR 0036).
 */
export const FIRST_RENDER_VIEWS =
  /\/components\/[^/]+\/(report-form\.first-step|case-tracker|case-tracker\.containment|case-tracker\.forms|case-desk|case-desk\.containment|totp-setup)\.view\.ts$/;

/** Matches a tagged `html` template in a module's text (the cheap test before compiling). */
const HAS_TEMPLATE = /\bhtml`/;

/**
 * The esbuild plugin.
 * @param {{ filter?: RegExp }} [options] which files to compile (esbuild's filter, Go syntax;
 *   default {@link FIRST_RENDER_VIEWS})
 * @returns {import('esbuild').Plugin}
 */
export function litCompile({ filter = FIRST_RENDER_VIEWS } = {}) {
  return {
    name: 'lit-compile',
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!HAS_TEMPLATE.test(source)) return undefined;
        const out = ts.transpileModule(source, {
          fileName: args.path,
          compilerOptions: {
            target: ts.ScriptTarget.ES2022,
            module: ts.ModuleKind.ESNext,
            experimentalDecorators: true,
            useDefineForClassFields: false,
            verbatimModuleSyntax: false,
            inlineSourceMap: true,
            inlineSources: true,
          },
          transformers: { before: [compileLitTemplates()] },
        });
        return { contents: out.outputText, loader: 'js' };
      });
    },
  };
}
