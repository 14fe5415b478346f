import { format } from 'node:util'

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const

/**
 * Keeps everything this process writes to the console or to stdout/stderr, instead of showing it:
 * what an operator's log collector would store. `since(mark)` is the output of one scenario.
 */
export function captureOutput() {
  const chunks: string[] = []
  const undo: (() => void)[] = []
  for (const method of METHODS) {
    const original = console[method]
    console[method] = (...args: unknown[]) => void chunks.push(format(...args))
    undo.push(() => (console[method] = original))
  }
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write
    stream.write = ((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      return true
    }) as typeof stream.write
    undo.push(() => (stream.write = original))
  }
  return {
    mark: () => chunks.length,
    since: (mark: number) => chunks.slice(mark).join('\n'),
    restore: () => undo.splice(0).reverse().forEach((fn) => fn()),
  }
}

/** Each secret found in `output`, in any form it travels in (as is, URL-encoded, base64), with its context. */
export function findLeaks(output: string, secrets: Record<string, string>): string[] {
  const leaks: string[] = []
  for (const [name, value] of Object.entries(secrets)) {
    const forms = new Set([value, encodeURIComponent(value), Buffer.from(value).toString('base64'), Buffer.from(value).toString('base64url')])
    for (const form of forms) {
      const at = output.indexOf(form)
      if (at >= 0) leaks.push(`${name} in: …${output.slice(Math.max(0, at - 60), at + form.length + 20)}…`)
    }
  }
  return leaks
}
