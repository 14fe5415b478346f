import autocannon, { type AutocannonRequest } from 'autocannon'
import { type Summary, summarise } from './stats'

export type HttpRequestSpec = {
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
  /** A status, or the statuses that all count as the expected answer. */
  expectStatus: number | readonly number[]
  /** The n-th request's own body and extra headers (many shoppers rather than one asking again and again). */
  vary?: (n: number) => { body?: string; headers?: Record<string, string> }
}

const expected = (spec: HttpRequestSpec, status: number) => (typeof spec.expectStatus === 'number' ? status === spec.expectStatus : spec.expectStatus.includes(status))

export type LoadResult = Summary & {
  requestsPerSecond: number
  errors: number
  peakRssBytes: number
  /** CPU time per response of the app's processes and of PostgreSQL (null unless `cpu` was given, or a reader saw nothing). */
  cpuMsPerResponse: { app: number | null; database: number | null }
  statuses: Record<string, number>
  timeouts: number
}

/**
 * Drives one request shape at `connections` concurrent connections for `seconds` (autocannon,
 * loopback). Latencies are collected per response so p95 can be computed (autocannon's own summary
 * stops at p90 / p97.5). An error is a socket error, a timeout, or any status other than the expected.
 */
export async function loadTest(baseUrl: string, spec: HttpRequestSpec, options: { connections: number; seconds: number; sampleRss?: () => number; cpu?: { app: () => number; database: () => number } }): Promise<LoadResult> {
  const latencies: number[] = []
  let unexpected = 0
  const statuses: Record<string, number> = {}
  let peakRssBytes = 0
  const sampler = options.sampleRss ? setInterval(() => (peakRssBytes = Math.max(peakRssBytes, options.sampleRss!())), 500) : undefined
  const instance = autocannon({
    url: baseUrl + spec.path,
    method: spec.method,
    headers: { 'content-type': 'application/json', ...spec.headers },
    body: spec.body,
    requests: spec.vary ? [{ setupRequest: varied(spec) }] : undefined,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
  })
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime)
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
    if (!expected(spec, statusCode)) unexpected++
  })
  const before = options.cpu && { app: options.cpu.app(), database: options.cpu.database() }
  const result = await instance
  const perResponse = (now: number | undefined, then: number | undefined) =>
    now === undefined || then === undefined || now === 0 || latencies.length === 0 ? null : (now - then) / latencies.length
  if (sampler) clearInterval(sampler)
  const summary = summarise(latencies)
  return {
    ...summary,
    requestsPerSecond: latencies.length / options.seconds,
    errors: unexpected + result.errors + result.timeouts,
    peakRssBytes,
    cpuMsPerResponse: { app: perResponse(options.cpu?.app(), before?.app), database: perResponse(options.cpu?.database(), before?.database) },
    statuses,
    timeouts: result.timeouts,
  }
}

function varied(spec: HttpRequestSpec) {
  let sent = 0
  return (request: AutocannonRequest): AutocannonRequest => {
    const variant = spec.vary!(sent++)
    return { ...request, body: variant.body ?? request.body, headers: { ...request.headers, ...variant.headers } }
  }
}

/**
 * autocannon abandons requests still in flight when a run ends, but the server goes on working
 * through them: one request of the same shape, answered, means the next run starts on an idle server.
 */
export async function drain(baseUrl: string, spec: HttpRequestSpec, timeoutMs = 120_000): Promise<void> {
  await fetch(baseUrl + spec.path, { method: spec.method, headers: { 'content-type': 'application/json', ...spec.headers }, body: spec.body, signal: AbortSignal.timeout(timeoutMs) })
    .then((response) => response.arrayBuffer())
    .catch(() => undefined)
}
