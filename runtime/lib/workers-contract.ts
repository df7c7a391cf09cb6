/**
 * Facts about the Workers runtime that infrastructure and tests must agree on. Dependency-free:
 * constructs import it (see `__tests__/stacks/imports.test.ts`).
 */

/**
 * Compatibility date every Worker is deployed with and tested with: the newest date the pinned
 * workerd (miniflare 4.20260426.0, `supportedCompatibilityDate`) supports, so that what runs in
 * production is what the tests exercised. Move it with a miniflare upgrade; a test checks both.
 */
export const WORKERS_COMPATIBILITY_DATE = "2026-04-26";
