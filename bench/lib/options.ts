import { parseArgs } from 'node:util'

export const SECTIONS = ['api', 'weight', 'lighthouse', 'throughput', 'scale'] as const
export type Section = (typeof SECTIONS)[number]

export type BenchOptions = {
  sections: readonly Section[]
  /** Seconds per autocannon run. */
  duration: number
  connections: readonly number[]
  /** Orders in the large scale database (returns are a fifth of it), and in the small one it is compared with. */
  orders: number
  smallOrders: number
  shops: number
  /** Also measure order lookup with LOOKUP_MIN_DURATION_MS=0 (a second app server). */
  noFloor: boolean
  /** Run `next build` (Roundtrip and bench/bare-next) even when a build exists. */
  rebuild: boolean
  /** Base of the ports the bench listens on (app, bare Next.js, Stripe emulator). */
  port: number
  json: string
}

export const USAGE = `npm run bench -- [--only api,weight,lighthouse,throughput,scale] [--duration 10] [--connections 50,200]
                     [--orders 1000000] [--small-orders 1000] [--shops 50] [--no-floor] [--rebuild] [--port 3600] [--json reports/bench.json]`

const positiveInt = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined) return fallback
  const value = Number(raw.replaceAll('_', ''))
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number (got "${raw}")`)
  return value
}

/** Reads the command line; a wrong flag is an error naming it, never a silently different run. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      only: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      orders: { type: 'string' },
      'small-orders': { type: 'string' },
      shops: { type: 'string' },
      'no-floor': { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      port: { type: 'string' },
      json: { type: 'string' },
    },
  })
  const sections = values.only === undefined ? [...SECTIONS] : values.only.split(',').map((s) => s.trim()).filter(Boolean)
  const unknown = sections.filter((s) => !(SECTIONS as readonly string[]).includes(s))
  if (unknown.length || sections.length === 0) throw new Error(`--only takes a comma-separated list of ${SECTIONS.join(', ')} (got "${values.only}")`)
  const connections = (values.connections ?? '50,200').split(',').map((c) => positiveInt('connections', c.trim(), 0))
  const orders = positiveInt('orders', values.orders, 1_000_000)
  const smallOrders = positiveInt('small-orders', values['small-orders'], 1000)
  const shops = positiveInt('shops', values.shops, 50)
  if (smallOrders > orders) throw new Error(`--small-orders (${smallOrders}) must not exceed --orders (${orders})`)
  if (shops > smallOrders) throw new Error(`--shops (${shops}) must not exceed --small-orders (${smallOrders})`)
  const port = positiveInt('port', values.port, 3600)
  if (port > 65_530) throw new Error(`--port must leave room for a few ports above it (got ${port})`)
  return {
    sections: SECTIONS.filter((s) => sections.includes(s)),
    duration: positiveInt('duration', values.duration, 10),
    connections,
    orders,
    smallOrders,
    shops,
    noFloor: values['no-floor'] ?? false,
    rebuild: values.rebuild ?? false,
    port,
    json: values.json ?? 'reports/bench.json',
  }
}
