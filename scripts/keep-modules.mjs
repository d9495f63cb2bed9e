// Builds a package as unbundled ES modules: one output file per source file, the source's module
// graph kept (so a consumer's bundler keeps its lazy `import()` boundaries and drops unused
// modules by `sideEffects`). Used by the packages' tsup configs (docs/adr/0010).
//
// esbuild's own `bundle: false` leaves `./foo` as written, which Node's ESM loader cannot
// resolve; this plugin keeps `bundle: true` for the resolution step only, and answers every
// import as external: packages as written, relative imports rewritten to the emitted file
// (`./foo` → `./foo.js`, `./dir` → `./dir/index.js`). A relative import of a file that is not an
// entry (not matched by the package's glob) fails the build instead of emitting a broken import.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/**
 * Every source file under `srcDir` that ships: `.ts`, not tests, stories, fixtures or docs.
 * A new module is picked up by the next build without a list to update.
 * @param {string} pkgDir the package's folder
 * @param {{ exclude?: RegExp[] }} [options] more paths (relative to pkgDir) to leave out
 * @returns {string[]} paths relative to pkgDir (`src/...`)
 */
export function sourceModules(pkgDir, { exclude = [] } = {}) {
  const skip = [
    /\.test\.tsx?$/,
    /\.stories\.tsx?$/,
    /\.fixtures?\.tsx?$/,
    /(^|\/)fixtures\.ts$/,
    /\.d\.ts$/,
    ...exclude,
  ];
  return readdirSync(join(pkgDir, 'src'), { recursive: true })
    .map((f) => `src/${String(f).split('\\').join('/')}`)
    .filter((f) => /\.tsx?$/.test(f) && !skip.some((re) => re.test(f)))
    .sort();
}

/**
 * The esbuild plugin. `entries`: absolute paths of every module being emitted.
 * @param {string[]} entries
 * @returns {import('esbuild').Plugin}
 */
export function keepModules(entries) {
  const emitted = new Set(entries.map((e) => resolve(e)));
  return {
    name: 'keep-modules',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (!args.path.startsWith('.')) return { path: args.path, external: true };
        const base = resolve(args.resolveDir, args.path);
        const file = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find(isFile);
        if (!file) return { errors: [{ text: `cannot resolve ${args.path} from ${args.importer}` }] };
        if (!emitted.has(file)) {
          return {
            errors: [
              {
                text: `${relative(process.cwd(), args.importer)} imports ${args.path}, which the build leaves out (test, story or fixture?)`,
              },
            ],
          };
        }
        let path = relative(dirname(args.importer), file).replace(/\.tsx?$/, '.js');
        if (!path.startsWith('.')) path = `./${path}`;
        return { path, external: true };
      });
    },
  };
}
