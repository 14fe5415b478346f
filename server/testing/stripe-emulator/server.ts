import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Route, RouteContext, RouteResult } from './context'
import { EmulatorApiError } from './errors'
import type { FaultKind, FaultPlan } from './faults'
import { canonical, parseForm } from './form-body'
import type { IdempotencyStore } from './idempotency'
import { paymentRoutes } from './routes-payments'
import { refundRoutes } from './routes-refunds'
import { type EmulatorState, newId } from './state'

const routes: Route[] = [...paymentRoutes, ...refundRoutes]

export interface RequestLogEntry {
  method: string
  path: string
  idempotencyKey: string | undefined
  status: number | 'dropped' | 'timeout'
  fault: FaultKind | null
  replayed: boolean
}

export interface Pipeline {
  state: EmulatorState
  faults: FaultPlan
  idempotency: IdempotencyStore
  log: RequestLogEntry[]
  context: Omit<RouteContext, 'body' | 'query' | 'id'>
  holds: Set<NodeJS.Timeout>
}

function findRoute(method: string, path: string): { route: Route; id: string } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue
    if (!route.withId && route.path === path) return { route, id: '' }
    const id = path.slice(route.path.length)
    if (route.withId && path.startsWith(route.path) && /^[\w-]+$/.test(id)) return { route, id: decodeURIComponent(id) }
  }
  return undefined
}

function send(res: ServerResponse, result: RouteResult, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(result.body, null, 2)
  res.writeHead(result.status, { 'content-type': 'application/json', 'request-id': newId('req'), ...extra })
  res.end(body)
}

function execute(p: Pipeline, method: string, path: string, url: URL, raw: string): RouteResult & { store: boolean } {
  const found = findRoute(method, path)
  if (!found) return { status: 404, body: new EmulatorApiError(404, 'invalid_request_error', undefined, `Unrecognized request URL (${method}: ${path}).`).toBody(), store: false }
  try {
    const ctx: RouteContext = { ...p.context, body: method === 'POST' ? parseForm(raw) : {}, query: url.searchParams, id: found.id }
    return { ...found.route.handle(ctx), store: true }
  } catch (err) {
    if (!(err instanceof EmulatorApiError)) throw err
    return { status: err.status, body: err.toBody(), store: err.storeIdempotent }
  }
}

export async function handle(p: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const raw = Buffer.concat(chunks).toString('utf8')
  const method = req.method ?? 'GET'
  const url = new URL(req.url ?? '/', 'http://emulator')
  const path = url.pathname
  const headerKey = req.headers['idempotency-key']
  const idempotencyKey = typeof headerKey === 'string' && method === 'POST' ? headerKey : undefined
  const entry: RequestLogEntry = { method, path, idempotencyKey, status: 0, fault: null, replayed: false }
  p.log.push(entry)

  const apiKey = /^Bearer (sk_test_\S+)$/.exec(req.headers.authorization ?? '')?.[1]
  if (!apiKey) {
    entry.status = 401
    return send(res, { status: 401, body: new EmulatorApiError(401, 'authentication_error', undefined, 'Invalid API Key provided.').toBody() })
  }

  const fault = (entry.fault = p.faults.next(method, path))
  if (fault === '500') {
    entry.status = 500
    return send(res, { status: 500, body: new EmulatorApiError(500, 'api_error', undefined, 'Emulated internal error.').toBody() })
  }
  if (fault === '429') {
    entry.status = 429
    const body = new EmulatorApiError(429, 'invalid_request_error', 'rate_limit', 'Too many requests hit the API too quickly.').toBody()
    return send(res, { status: 429, body }, { 'retry-after': '1' })
  }
  if (fault === 'timeout') {
    // Never answer; the client's timeout fires first. The request was NOT executed.
    entry.status = 'timeout'
    return holdThenDrop(p, req)
  }

  let result: RouteResult
  if (idempotencyKey) {
    const fingerprint = `${method} ${path} ${canonical(parseForm(raw))}`
    const found = p.idempotency.lookup(apiKey, idempotencyKey, fingerprint)
    if (found.kind === 'mismatch') {
      const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`
      result = { status: 400, body: new EmulatorApiError(400, 'idempotency_error', undefined, message).toBody() }
    } else if (found.kind === 'replay') {
      entry.replayed = true
      result = found.response
    } else {
      const executed = execute(p, method, path, url, raw)
      if (executed.store) p.idempotency.save(apiKey, idempotencyKey, fingerprint, { status: executed.status, body: executed.body })
      result = { status: executed.status, body: executed.body }
    }
  } else {
    result = execute(p, method, path, url, raw)
  }

  if (fault === 'drop-after-success') {
    // The work (and idempotent result) is committed, but the client only sees a reset socket.
    entry.status = 'dropped'
    req.socket.destroy()
    return
  }
  if (fault === 'hang-after-success') {
    // The work is committed, but the answer never comes.
    entry.status = 'timeout'
    return holdThenDrop(p, req)
  }
  entry.status = result.status
  const extra: Record<string, string> = idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}
  if (entry.replayed) extra['idempotent-replayed'] = 'true'
  send(res, result, extra)
}

/** Keeps the socket open without answering, then drops it (after the client has given up). */
function holdThenDrop(p: Pipeline, req: IncomingMessage): void {
  const hold = setTimeout(() => {
    p.holds.delete(hold)
    req.socket.destroy()
  }, p.faults.options.timeoutMs ?? 5000)
  p.holds.add(hold)
}

export function listen(p: Pipeline, host: string, port: number): Promise<{ server: ReturnType<typeof createServer>; port: number }> {
  const server = createServer((req, res) => {
    handle(p, req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: new EmulatorApiError(500, 'api_error', undefined, String(err)).toBody() })
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve({ server, port: (server.address() as AddressInfo).port }))
  })
}
