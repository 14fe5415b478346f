import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { startEmbeddedPostgres } from '@/server/database/embedded-postgres'
import { ensureDatabase, withDatabase } from '@/server/database/migrate'
import { runCommand, type Service, startService, treeCpuMs } from './processes'

export type BenchPostgres = {
  url: (database: string) => string
  stop: () => Promise<void>
  /** CPU the server (postmaster and every backend) has used so far, in ms; 0 when it is not ours to see. */
  cpuMs: () => number
}

const NEXT = 'node_modules/.bin/next'

/**
 * The bench's PostgreSQL: BENCH_DATABASE_URL's server when set (databases are created beside the one
 * it names), otherwise an embedded server kept in .data/bench-postgres, apart from the dev database.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  const external = process.env.BENCH_DATABASE_URL
  if (external) return { url: (database) => withDatabase(external, database), stop: async () => {}, cpuMs: () => 0 }
  const server = await startEmbeddedPostgres({ dataDir: BENCH_POSTGRES_DIR, persistent: true, fast: true })
  return { ...server, cpuMs: () => treeCpuMs(postmasterPid()) }
}

const BENCH_POSTGRES_DIR = '.data/bench-postgres'

/** The first line of postmaster.pid is the server's process id. */
function postmasterPid(): number {
  return Number(readFileSync(path.join(BENCH_POSTGRES_DIR, 'postmaster.pid'), 'utf8').split('\n')[0])
}

export async function benchDatabase(postgres: BenchPostgres, name: string): Promise<string> {
  await ensureDatabase(postgres.url('postgres'), name)
  return postgres.url(name)
}

/** `next build` of Roundtrip unless a production build exists (or `rebuild`). */
export async function ensureRoundtripBuild(rebuild: boolean): Promise<void> {
  if (!rebuild && existsSync('.next/BUILD_ID')) return
  await runCommand(NEXT, ['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' })
}

/**
 * Roundtrip's production server (serve.ts start: migrations, demo seed, worker, Stripe emulator,
 * `next start`) on the given database, on loopback; ready when `readyPath` answers 200.
 */
export function startRoundtrip(databaseUrl: string, port: number, env: Record<string, string> = {}, readyPath = '/demo'): Promise<Service> {
  const url = `http://127.0.0.1:${port}`
  return startService('Roundtrip', 'node_modules/.bin/tsx', ['server/cli/serve.ts', 'start', '--host', '127.0.0.1', '--port', String(port)], {
    // Behind a (pretend) proxy: the bench's shoppers arrive with their own X-Forwarded-For addresses.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: databaseUrl, DEMO_MODE: '1', TRUST_PROXY: '1', AUTH_SECRET: randomBytes(32).toString('base64url'), ...env },
    readyUrl: url + readyPath,
    url,
  })
}

/** The bare Next.js app of bench/bare-next (same next/react), built on first use, on the same database. */
export async function startBareNext(databaseUrl: string, port: number, rebuild: boolean): Promise<Service> {
  if (rebuild || !existsSync('bench/bare-next/.next/BUILD_ID')) await runCommand(NEXT, ['build', 'bench/bare-next'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' })
  const url = `http://127.0.0.1:${port}`
  return startService('bare Next.js', NEXT, ['start', 'bench/bare-next', '--hostname', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: databaseUrl },
    readyUrl: `${url}/`,
    url,
  })
}
