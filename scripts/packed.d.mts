// Types of scripts/packed.mjs for the TypeScript callers (the consumer smoke tests).

/** The publishable packages of `root` (default: this repository): in `packages/`, not private. */
export function publishable(root?: string): { name: string; dir: string }[];

/**
 * Packs every publishable package of `root` (default: this repository) into `outDir` with
 * `pnpm pack`; throws if one is not built.
 * @returns package name → absolute tarball path
 */
export function packAll(outDir: string, root?: string): Record<string, string>;

/** What {@link makeConsumer} makes. */
export interface ConsumerSpec {
  name: string;
  /** Package name → tarball, from {@link packAll}. */
  tarballs: Record<string, string>;
  /** The `@recourse/*` packages the project depends on directly. */
  recourse: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  /** Relative path → content, written before the install. */
  files?: Record<string, string>;
  /** The folder to use instead of a fresh temporary one. */
  dir?: string;
}

/** Makes a consumer project outside the workspace from the tarballs, installed with npm; returns its folder. */
export function makeConsumer(spec: ConsumerSpec): string;

/** {@link makeConsumer} without blocking: several consumers can install at once. */
export function makeConsumerAsync(spec: ConsumerSpec): Promise<string>;
