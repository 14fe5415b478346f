/**
 * `npm run bench`: every figure of issue 9 in one run, one table on stdout, reports/bench.json.
 *   npm run bench -- [--only api,weight,lighthouse,throughput,scale] [--orders 20000] [--duration 10] …
 * Progress goes to stderr; the table is the only thing on stdout.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { type Figure, judge } from './lib/figures'
import { machineInfo } from './lib/machine'
import { type BenchOptions, parseBenchArgs, type Section, USAGE } from './lib/options'
import { type BenchPostgres, startBenchPostgres } from './lib/bench-servers'
import { type SectionContext, type SectionRunner } from './lib/section'
import { type Stack, startStack } from './lib/stack'
import { ratio } from './lib/stats'
import { formatFigures } from './lib/table'
import { apiSection } from './sections/api'
import { lighthouseSection } from './sections/lighthouse'
import { scaleSection } from './sections/scale'
import { throughputSection } from './sections/throughput'
import { weightSection } from './sections/weight'

const RUNNERS: Record<Section, SectionRunner> = {
  api: apiSection,
  weight: weightSection,
  lighthouse: lighthouseSection,
  throughput: throughputSection,
  scale: scaleSection,
}

let options: BenchOptions
try {
  options = parseBenchArgs(process.argv.slice(2))
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`)
  process.exit(2)
}

const log = (line: string) => console.error(`[bench] ${line}`)
let postgres: Promise<BenchPostgres> | undefined
let stack: Promise<Stack> | undefined
const ctx: SectionContext = {
  options,
  log,
  postgres: () => (postgres ??= startBenchPostgres()),
  stack: () => (stack ??= ctx.postgres().then((pg) => startStack(pg, options, log))),
}

const startedAt = new Date()
const machine = machineInfo(startedAt)
const figures: Figure[] = []
const failures: { section: Section; error: string }[] = []
let interrupted = false
const shutdown = async () => {
  await stack?.then((s) => s.stop()).catch(() => undefined)
  await postgres?.then((pg) => pg.stop()).catch(() => undefined)
}
process.on('SIGINT', () => {
  interrupted = true
  void shutdown().then(() => process.exit(130))
})

try {
  for (const section of options.sections) {
    if (interrupted) break
    log(`— ${section} —`)
    const sectionStart = performance.now()
    try {
      figures.push(...(await RUNNERS[section](ctx)))
    } catch (error) {
      // One broken section must not hide the others' figures; it is reported and fails the run.
      const message = (error as Error).stack ?? String(error)
      failures.push({ section, error: message })
      log(`${section} failed: ${message}`)
    }
    log(`${section} took ${((performance.now() - sectionStart) / 1000).toFixed(0)} s`)
  }
} finally {
  await shutdown()
}

console.log(`Roundtrip bench, ${machine.date} — ${machine.cpuModel} × ${machine.cores}, ${machine.memoryGiB} GiB, node ${machine.node}`)
console.log(formatFigures(figures))
for (const failure of failures) console.log(`\n${failure.section}: FAILED — ${failure.error.split('\n')[0]}`)

const report = {
  machine,
  options,
  durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
  figures: figures.map((f) => ({ ...f, ratio: ratio(f.value, f.baseline), verdict: judge(f) || undefined })),
  failures,
}
await mkdir(path.dirname(options.json), { recursive: true })
await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`)
console.error(`[bench] wrote ${options.json}`)
process.exit(failures.length ? 1 : 0)
