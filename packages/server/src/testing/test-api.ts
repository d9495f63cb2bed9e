/**
 * The few test functions the exported suites call, typed structurally: pass vitest's (`import *
 * as vitest from 'vitest'`), or Jest's, or an adapter over `node:test`. The suites import no
 * test runner themselves.
 * @module
 */

/** The matchers the suites use (a subset of vitest's and Jest's `expect`). */
export interface ContractMatchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: object): void;
  toBeNull(): void;
  toBeInstanceOf(expected: abstract new (...args: never[]) => unknown): void;
  toHaveLength(length: number): void;
  toHaveProperty(property: string): void;
  toContain(item: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeGreaterThanOrEqual(n: number): void;
  toBeLessThan(n: number): void;
}

/** `expect(value)`: the matchers, their negation, and `rejects` for a promise. */
export interface ContractAssertion extends ContractMatchers {
  not: ContractMatchers;
  rejects: { toBeInstanceOf(expected: abstract new (...args: never[]) => unknown): Promise<void> };
}

/** What the exported suites need from the test runner. */
export interface ContractTestApi {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void> | void, timeout?: number): void;
  expect(actual: unknown, message?: string): ContractAssertion;
  beforeAll(fn: () => Promise<unknown> | unknown, timeout?: number): void;
  afterAll(fn: () => Promise<unknown> | unknown, timeout?: number): void;
  beforeEach(fn: () => Promise<unknown> | unknown, timeout?: number): void;
}
