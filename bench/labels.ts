/**
 * Return label rendering throughput on one core.
 *   npx tsx bench/labels.ts [runs=500] [warmup=50] [--repeat] [--slips=N]
 * Labels are rendered one after another (pdf-lib, bwip-js and the Flate compression are all
 * synchronous JS, so this is one core's worth). By default every label has its own tracking
 * number and QR payload, as in production, so the barcode cache never hits; `--repeat` renders the
 * same label every time (a re-download) to show what that cache saves. `--slips=N` also times
 * packing slips of N items. Wall-clock figures suffer when other processes share the core; the
 * CPU time per item (this process only) does not, and is the number to compare across runs.
 */
import { renderPackingSlip, renderReturnLabel } from '@/server/integrations/labels'
import { sampleLabelInput } from '@/server/integrations/labels/label-input.fixture'
import { sampleItems, samplePackingSlipInput } from '@/server/integrations/labels/packing-slip-input.fixture'

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
const runs = Number(positional[0] ?? 500)
const warmup = Number(positional[1] ?? 50)
const repeat = process.argv.includes('--repeat')
const slipItems = Number(flag('slips') ?? 0)

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

/** A realistic, unique label: 18-character UPS-style tracking number, per-label QR URL. */
const labelInput = (i: number) => {
  const tracking = repeat ? '1Z999AA10123456784' : `1Z${String(i).padStart(16, '0')}`
  return sampleLabelInput({ trackingNumber: tracking, qrPayload: `https://returns.example.com/d/R-7KQ2-M9XD-5?t=${tracking}` })
}

async function measure(name: string, render: (i: number) => Promise<Uint8Array>, count: number, unit: string) {
  for (let i = 0; i < warmup; i++) await render(-1 - i)
  const durations: number[] = []
  let bytes = 0
  const startedAt = performance.now()
  const cpuBefore = process.cpuUsage()
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    bytes += (await render(i)).length
    durations.push(performance.now() - start)
  }
  const wall = performance.now() - startedAt
  const { user, system } = process.cpuUsage(cpuBefore)
  const cpu = (user + system) / 1000
  durations.sort((a, b) => a - b)
  console.log(
    `${name}: ${count} in ${(wall / 1000).toFixed(2)} s → ${((count / wall) * 1000).toFixed(1)} ${unit}/s; ` +
      `p50 ${percentile(durations, 50).toFixed(2)} ms, p95 ${percentile(durations, 95).toFixed(2)} ms, max ${durations.at(-1)!.toFixed(2)} ms; ` +
      `${(bytes / count / 1024).toFixed(2)} kB each; CPU ${(cpu / count).toFixed(2)} ms each → ${((count / cpu) * 1000).toFixed(1)} ${unit} per CPU-second`,
  )
}

console.log(`node ${process.version}, ${runs} runs after ${warmup} warm-up, ${repeat ? 'the same label every time (barcode cache hits)' : 'every label unique (no cache hits)'}`)
await measure('labels', (i) => renderReturnLabel(labelInput(i)), runs, 'labels')
if (slipItems > 0) {
  const input = samplePackingSlipInput({ items: sampleItems(slipItems) })
  await measure(`packing slips (${slipItems} items)`, () => renderPackingSlip(input), Math.max(10, Math.round(runs / 10)), 'slips')
}
const { heapUsed, rss } = process.memoryUsage()
console.log(`memory: heap ${(heapUsed / 1024 / 1024).toFixed(0)} MB, RSS ${(rss / 1024 / 1024).toFixed(0)} MB`)
