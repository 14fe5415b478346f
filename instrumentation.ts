/**
 * Runs once when the server starts. Every console line of the process is redacted first (Next.js
 * prints errors that pages and routes throw, with whatever secrets they carry); then the
 * configuration is validated, so a bad setting fails fast and by name.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { redactConsole } = await import('@/server/security/log')
    redactConsole()
    const { env } = await import('@/server/env')
    env()
  }
}
