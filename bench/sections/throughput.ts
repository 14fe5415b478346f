import { type Figure } from '../lib/figures'
import { pickNumber } from '../lib/pick-number'
import { runCommand } from '../lib/processes'
import { measureRefundThroughput } from '../lib/refund-throughput'
import { type SectionContext } from '../lib/section'

const TSX = 'node_modules/.bin/tsx'

/**
 * The existing single-purpose benches (bench/eligibility.ts, labels.ts, photo-ingest.ts), each in its
 * own process as they were written to run, plus refunds paid by the worker against the Stripe emulator.
 */
export async function throughputSection(ctx: SectionContext): Promise<Figure[]> {
  const figures: Figure[] = []

  ctx.log('eligibility engine (bench/eligibility.ts 5)…')
  const eligibility = await runCommand(TSX, ['bench/eligibility.ts', '5'])
  figures.push(
    { section: 'throughput', name: 'eligibility order lines/s', value: pickNumber(eligibility, /order lines \/ s\s+([\d,]+)/, 'order lines / s'), unit: '/s', note: 'one core, the policy engine alone' },
    { section: 'throughput', name: 'eligibility p50 per order', value: pickNumber(eligibility, /p50 per request\s+([\d.]+) µs/, 'p50 per request'), unit: 'µs' },
  )

  ctx.log('labels (bench/labels.ts 200 20)…')
  const labels = await runCommand(TSX, ['bench/labels.ts', '200', '20'])
  figures.push(
    { section: 'throughput', name: 'labels/s', value: pickNumber(labels, /→ ([\d.]+) labels\/s/, 'labels/s'), unit: '/s', note: 'unique 4×6 PDF with Code128 + QR, wall clock' },
    { section: 'throughput', name: 'labels per CPU-second', value: pickNumber(labels, /→ ([\d.]+) labels per CPU-second/, 'labels per CPU-second'), unit: '/s', note: 'this process only' },
  )

  ctx.log('photo ingest (bench/photo-ingest.ts 12 2)…')
  const photos = await runCommand(TSX, ['bench/photo-ingest.ts', '12', '2'])
  figures.push(
    { section: 'throughput', name: 'photo ingest 12 MP p50', value: pickNumber(photos, /p50 (\d+) ms/, 'p50'), unit: 'ms', goal: { kind: 'max', limit: 400 }, note: '4000×3000 JPEG, orientation 6, P3 → WebP' },
    { section: 'throughput', name: 'photo ingest 12 MP p95', value: pickNumber(photos, /p95 (\d+) ms/, 'p95'), unit: 'ms' },
  )

  const count = 300
  ctx.log(`refunds: ${count} through the worker against the Stripe emulator…`)
  const refunds = await measureRefundThroughput(await ctx.postgres(), count)
  figures.push({
    section: 'throughput',
    name: 'refunds processed/s (worker)',
    value: refunds.perSecond,
    unit: '/s',
    note: `${refunds.refunds} refunds in ${refunds.seconds.toFixed(1)} s, worker concurrency ${refunds.concurrency}, emulator on loopback`,
  })
  return figures
}
