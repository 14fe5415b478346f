/**
 * Latency of the shopper photo ingest on a 12 MP phone photo.
 *   npx tsx bench/photo-ingest.ts [runs=20] [warmup=3] [--concurrency=N] [--parallel=N] [--no-cache]
 * The photo is built in code like an iPhone "Most Compatible" JPEG: 4000 × 3000, noisy (so it
 * compresses like a photo), quality 90, Display P3 profile, EXIF with GPS, XMP, orientation 6
 * (portrait, stored sideways), which is the slowest common case: colour conversion plus rotation.
 * `--concurrency` sets libvips threads per image (sharp.concurrency); `--parallel` runs that
 * many ingests at once, as simultaneous uploads would; `--no-cache` turns off libvips' operation
 * cache, which cannot help here (every upload is a new image) but holds memory.
 */
import sharp from 'sharp'
import { ingestPhoto } from '@/server/services/photos/ingest-photo'
import { phoneJpeg } from '@/server/services/photos/test-images.fixture'

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
const runs = Number(positional[0] ?? 20)
const warmup = Number(positional[1] ?? 3)
const parallel = Number(flag('parallel') ?? 1)
if (flag('concurrency')) sharp.concurrency(Number(flag('concurrency')))
if (process.argv.includes('--no-cache')) sharp.cache(false)

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const peakRss = () => process.resourceUsage().maxRSS * 1024
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

const photo = await phoneJpeg(4000, 3000, 6)
const meta = await sharp(photo).metadata()
console.log(
  `input: ${meta.width}×${meta.height} JPEG, ${mb(photo.length)}, orientation ${meta.orientation}, ICC ${meta.icc ? 'yes' : 'no'}, EXIF ${meta.exif?.length ?? 0} B`,
)
console.log(`sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}, concurrency ${sharp.concurrency()}, ${parallel} at a time`)
const rssBefore = process.memoryUsage().rss
const peakBefore = peakRss()

for (let i = 0; i < warmup; i++) await ingestPhoto(photo)

const durations: number[] = []
let output = await ingestPhoto(photo)
const startedAt = performance.now()
for (let done = 0; done < runs; done += parallel) {
  const batch = Array.from({ length: Math.min(parallel, runs - done) }, async () => {
    const start = performance.now()
    output = await ingestPhoto(photo)
    durations.push(performance.now() - start)
  })
  await Promise.all(batch)
}
const wall = performance.now() - startedAt
durations.sort((a, b) => a - b)

console.log(`output: ${output.width}×${output.height} ${output.mime}, ${(output.bytes / 1024).toFixed(0)} kB`)
console.log(
  `latency over ${durations.length} runs: p50 ${percentile(durations, 50).toFixed(0)} ms, p95 ${percentile(durations, 95).toFixed(0)} ms, max ${durations.at(-1)!.toFixed(0)} ms; throughput ${((durations.length / wall) * 1000).toFixed(1)} photos/s`,
)
// Building the fixture has its own peak (raw pixels, JPEG encode); the ingest's is the rise above it.
console.log(`memory: RSS before ingesting ${mb(rssBefore)} (peak so far ${mb(peakBefore)}), peak RSS ${mb(peakRss())}, RSS after ${mb(process.memoryUsage().rss)}`)
