import { formatWithOptions } from 'node:util'
import { knownSecrets, redactSecrets } from './redact'

/**
 * The server's only way to log (eslint `no-console` points here). An error's message, code and stack
 * stay; secrets it carries — a Prisma error echoing the arguments of a failed write, a URL with its
 * password, a request's Authorization header — do not. The configured secrets are read at each call:
 * serve.ts sets some of them after this module is loaded, and logging is rare.
 */
function render(args: unknown[]): string {
  return redactSecrets(formatWithOptions({ depth: 4, colors: false }, ...args), knownSecrets(process.env))
}

export const logError = (...args: unknown[]): void => console.error(render(args))
export const logWarn = (...args: unknown[]): void => console.warn(render(args))
export const logInfo = (...args: unknown[]): void => console.log(render(args))

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const
const INSTALLED = Symbol.for('roundtrip.redactedConsole')

/**
 * Routes every console call of this process through the same redaction, for what we do not write
 * ourselves: Next.js printing an error a page threw, a library's own warnings. Idempotent; returns
 * the undo (for tests).
 */
export function redactConsole(target: Console = console): () => void {
  const flagged = target as Console & { [INSTALLED]?: boolean }
  if (flagged[INSTALLED]) return () => undefined
  const originals = METHODS.map((method) => [method, target[method]] as const)
  for (const [method, original] of originals) target[method] = (...args: unknown[]) => original.call(target, render(args))
  flagged[INSTALLED] = true
  return () => {
    for (const [method, original] of originals) target[method] = original
    delete flagged[INSTALLED]
  }
}
