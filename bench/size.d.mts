/** Types of `bench/size.mjs` (the size budgets, measured on the packed packages). */
export interface SizeEntry {
  name: string;
  /** Module specifiers one page imports together. */
  imports: string[];
  budget: number | null;
  exports?: boolean;
  /** The initial load must hold a compiled template (esbuild; ADR 0037). */
  compiledInitial?: boolean;
}
export const ENTRIES: SizeEntry[];
export const SERVED: { name: string; file: string; budget: number | null }[];
/** gzip -9 bytes of the initial load (entry + static imports) and of the lazy chunks. */
export interface Measured {
  initial: number;
  lazy: number;
  files: number;
  initialFiles: number;
}
/**
 * Packs every package of `root` (default: this repository), installs one consumer project from
 * the tarballs (plus `dependencies`).
 */
export function prepareConsumer(options?: { dependencies?: Record<string, string>; root?: string }): {
  dir: string;
  cleanup: () => void;
};
export function measureEsbuild(
  dir: string,
  imports: string[],
  options?: { exports?: boolean },
): Promise<
  Measured & {
    forbidden: string[];
    metafile: object;
    initialCompiled: boolean;
    /** Lit's decorator modules with code in the initial load (ADR 0039: none). */
    initialDecorators: string[];
  }
>;
export function measureVite(
  dir: string,
  imports: string[],
  options?: { exports?: boolean },
): Promise<Measured & { forbidden: string[] }>;
export function measureServed(cdnDir: string, file: string): Promise<Measured>;
export function scanServed(cdnDir: string): { files: number; found: string[] };
