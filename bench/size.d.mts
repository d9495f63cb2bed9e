/** Types of `bench/size.mjs` (the size budgets the test command checks). */
export interface SizeEntry {
  name: string;
  files: string[];
  budget: number | null;
  exports?: boolean;
}
export const ENTRIES: SizeEntry[];
/** Bundles `files` (paths relative to the repository root) as one page; gzip -9 bytes. */
export function measure(
  files: string[],
  options?: { exports?: boolean },
): Promise<{ initial: number; lazy: number; forbidden: string[] }>;
