// Present so Next.js does not pick up the repository's own instrumentation.ts (the Turbopack root is
// the repository, for node_modules): the bare app has no start-up work.
export function register() {}
