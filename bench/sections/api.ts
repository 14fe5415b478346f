import { API_SCENARIOS, type ApiScenario, BARE_LOOKUP, NO_FLOOR_SCENARIOS } from '../scenarios'
import { type Figure } from '../lib/figures'
import { drain, type HttpRequestSpec, type LoadResult, loadTest } from '../lib/load-test'
import { type SectionContext } from '../lib/section'
import { startRoundtrip } from '../lib/bench-servers'
import { type Service } from '../lib/processes'

// Long enough for V8 to have optimised the hot path before it is measured (its compiler threads count as CPU).
const WARM_UP_SECONDS = 5

/**
 * Each scenario against Roundtrip's production server, and the bare Next.js route handler doing the
 * same single indexed query, at every connection count: one after the other on the same machine.
 */
export async function apiSection(ctx: SectionContext): Promise<Figure[]> {
  const stack = await ctx.stack()
  const postgres = await ctx.postgres()
  const { connections, duration } = ctx.options
  const figures: Figure[] = []
  const run = async (server: Service, spec: HttpRequestSpec, c: number) => {
    await loadTest(server.url, spec, { connections: Math.min(c, 10), seconds: WARM_UP_SECONDS })
    await drain(server.url, spec)
    const result = await loadTest(server.url, spec, { connections: c, seconds: duration, sampleRss: server.rssBytes, cpu: { app: server.cpuMs, database: postgres.cpuMs } })
    await drain(server.url, spec)
    return result
  }

  const bare = new Map<number, LoadResult>()
  for (const c of connections) {
    ctx.log(`bare Next.js lookup @${c} connections…`)
    const result = await run(stack.bare, BARE_LOOKUP(stack.fixture), c)
    bare.set(c, result)
    figures.push(...rows('bare Next.js lookup', c, result))
  }

  let peakRss = 0
  const measure = async (scenario: ApiScenario, server: Service) => {
    for (const c of connections) {
      ctx.log(`${scenario.name} @${c} connections…`)
      const result = await run(server, scenario.request(stack.fixture), c)
      peakRss = Math.max(peakRss, result.peakRssBytes)
      figures.push(...rows(scenario.name, c, result, bare.get(c), scenario.note))
    }
  }
  for (const scenario of API_SCENARIOS) await measure(scenario, stack.roundtrip)
  figures.push({
    section: 'api',
    name: 'Roundtrip RSS under load (peak)',
    value: peakRss / 1024 / 1024,
    unit: 'MiB',
    note: 'serve.ts + next start + worker + Stripe emulator, sampled every 0.5 s',
  })

  if (ctx.options.noFloor) {
    for (const scenario of NO_FLOOR_SCENARIOS) {
      const port = ctx.options.port + 2
      ctx.log(`starting a second Roundtrip on :${port} with ${JSON.stringify(scenario.serverEnv)}…`)
      const server = await startRoundtrip(stack.databaseUrl, port, scenario.serverEnv)
      try {
        await measure(scenario, server)
      } finally {
        await server.stop()
      }
    }
  }
  return figures
}

const CPU_SOURCES = [
  { key: 'app', label: 'app', note: "user + system CPU of the server's process tree / responses: what a busy machine distorts least" },
  { key: 'database', label: 'PostgreSQL', note: undefined },
] as const

function rows(name: string, connections: number, result: LoadResult, baseline?: LoadResult, note?: string): Figure[] {
  const at = `${name} @${connections}`
  const base = (pick: (r: LoadResult) => number | null) => (baseline ? pick(baseline) : undefined)
  return [
    { section: 'api', name: `${at} p50`, value: result.p50, unit: 'ms', baseline: base((r) => r.p50), note },
    {
      section: 'api',
      name: `${at} p95`,
      value: result.p95,
      unit: 'ms',
      baseline: base((r) => r.p95),
      goal: baseline && connections === 50 ? { kind: 'max-ratio', limit: 2 } : undefined,
    },
    { section: 'api', name: `${at} p99`, value: result.p99, unit: 'ms', baseline: base((r) => r.p99) },
    { section: 'api', name: `${at} requests/s`, value: result.requestsPerSecond, unit: 'req/s', baseline: base((r) => r.requestsPerSecond) },
    ...CPU_SOURCES.map(({ key, label, note }) => ({
      section: 'api',
      name: `${at} CPU per response, ${label}`,
      value: result.cpuMsPerResponse[key],
      unit: 'ms',
      baseline: base((r) => r.cpuMsPerResponse[key]),
      note,
    })),
    {
      section: 'api',
      name: `${at} errors`,
      // No response at all is not "no errors": the verdict is n/a and the note says so.
      value: result.count === 0 ? null : result.errors,
      unit: '',
      goal: connections >= 200 ? { kind: 'max', limit: 0 } : undefined,
      note: result.count === 0 ? 'no response within the run' : `${result.count} responses; status ${JSON.stringify(result.statuses)}; ${result.timeouts} timeouts (10 s)`,
    },
  ]
}
