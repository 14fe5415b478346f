import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

export type Service = { url: string; pid: number; rssBytes: () => number; cpuMs: () => number; stop: () => Promise<void> }

/**
 * Starts a long-running command in its own process group (so stopping it stops its children, e.g.
 * serve.ts and its `next start`), keeps the last lines of its output for error messages, and waits
 * until `readyUrl` answers 200.
 */
export async function startService(name: string, command: string, args: string[], options: { env: NodeJS.ProcessEnv; readyUrl: string; url: string; timeoutMs?: number }): Promise<Service> {
  const child = spawn(command, args, { env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const tail: string[] = []
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean))
    tail.splice(0, Math.max(0, tail.length - 30))
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const stop = () => stopGroup(child)
  try {
    await waitForHttp(options.readyUrl, child, options.timeoutMs ?? 180_000)
  } catch (error) {
    await stop()
    throw new Error(`${name} did not start: ${(error as Error).message}\n${tail.join('\n')}`)
  }
  return { url: options.url, pid: child.pid!, rssBytes: () => treeRss(child.pid!), cpuMs: () => treeCpuMs(child.pid!), stop }
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`)
    const status = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status, () => 0)
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs / 1000} s`)
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }, 15_000)
  await exited
  clearTimeout(timer)
}

/** Every process under `rootPid` (itself included), from Linux /proc; empty elsewhere. */
function processTree(rootPid: number): number[] {
  if (!existsSync('/proc/self/status')) return []
  const parents = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the command name (field 2) may contain spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)])
    } catch {
      // exited while listing
    }
  }
  const tree: number[] = []
  const queue = [rootPid]
  while (queue.length) {
    const pid = queue.pop()!
    tree.push(pid)
    queue.push(...(parents.get(pid) ?? []))
  }
  return tree
}

/** Sums one reading over a process tree, skipping processes that exit while it is read. */
const sumOver = (rootPid: number, read: (pid: number) => number) =>
  processTree(rootPid).reduce((total, pid) => {
    try {
      return total + read(pid)
    } catch {
      return total
    }
  }, 0)

/** Resident memory of a process and all its descendants, in bytes; 0 where /proc is missing. */
export function treeRss(rootPid: number): number {
  return sumOver(rootPid, (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024)
}

/**
 * CPU time (user + system) a process tree has used so far, in ms. Per request, it is the figure a
 * shared machine distorts least: waiting for a core adds latency, not CPU time.
 */
export function treeCpuMs(rootPid: number): number {
  // Fields 14–17 of /proc/<pid>/stat, in clock ticks (100 per second on Linux): the process's own time
  // and that of its children which have exited (PostgreSQL backends come and go with the pool).
  return sumOver(rootPid, (pid) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 10
  })
}

/** Runs a command to completion; resolves with its output, rejects with it on a non-zero exit. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`))))
  })
}
