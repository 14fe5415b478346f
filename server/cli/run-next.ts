import { spawn } from 'node:child_process'

/** Runs a Next.js CLI command to completion with inherited output; resolves with its exit code. */
export function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/next', args, { env: { ...env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => resolve(code ?? 1))
  })
}
