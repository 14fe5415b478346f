/**
 * Throughput of the eligibility engine on one core.
 *   npx tsx bench/eligibility.ts [seconds=3] [orders=4000]
 * Builds realistic random orders from a seeded PRNG (same orders every run), warms up, then
 * evaluates them in a loop and prints order lines per second, per-request latency and heap.
 */
import { money } from '@/server/domain/money'
import { demoPolicy } from '@/server/domain/policy/demo-policy'
import { evaluateReturn } from '@/server/domain/policy/evaluate-return'
import { type CustomerHistory, type EvaluateReturnInput, type OrderLineInput } from '@/server/domain/policy/order-types'
import { type Resolution, type ReturnReason } from '@/server/domain/policy/policy-types'
import { seededRandom } from '@/server/testing/seeded-random'

const DAY_MS = 86_400_000
const seconds = Number(process.argv[2] ?? 3)
const orderCount = Number(process.argv[3] ?? 4000)

const random = seededRandom(20251020)
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
  let roll = random() * entries.reduce((t, [, w]) => t + w, 0)
  for (const [value, weight] of entries) if ((roll -= weight) < 0) return value
  return entries[0]![0]
}

type Market = Readonly<{ country: string; currency: 'EUR' | 'USD' | 'GBP'; inclusive: boolean; vat: number }>
const MARKETS: readonly (readonly [Market, number])[] = [
  [{ country: 'DE', currency: 'EUR', inclusive: true, vat: 1900 }, 22],
  [{ country: 'FR', currency: 'EUR', inclusive: true, vat: 2000 }, 14],
  [{ country: 'NL', currency: 'EUR', inclusive: true, vat: 2100 }, 6],
  [{ country: 'ES', currency: 'EUR', inclusive: true, vat: 2100 }, 5],
  [{ country: 'GB', currency: 'GBP', inclusive: true, vat: 2000 }, 13],
  [{ country: 'US', currency: 'USD', inclusive: false, vat: 825 }, 30],
  [{ country: 'CA', currency: 'USD', inclusive: false, vat: 1300 }, 5],
  [{ country: 'AU', currency: 'USD', inclusive: false, vat: 1000 }, 5],
]
// The seeded Kestrel & Co. catalogue (prisma/seed/demo-products.ts), priced in the order currency's minor units.
const PRODUCTS = [
  { sku: 'KC-MCS-OAT-M', category: 'Knitwear', supplierCode: 'PT-KNIT', price: 8900 },
  { sku: 'KC-BNE-RST', category: 'Knitwear', supplierCode: 'PT-KNIT', price: 3400 },
  { sku: 'KC-SCF-CHR', category: 'Knitwear', supplierCode: 'PT-KNIT', price: 4499 },
  { sku: 'KC-TOTE-NAT', category: 'Bags', supplierCode: 'SZ-APPAREL', price: 1900 },
  { sku: 'KC-SHL-NVY-L', category: 'Outerwear', supplierCode: 'SZ-APPAREL', price: 17900 },
  { sku: 'KC-LCS-SND-M', category: 'Shirts', supplierCode: 'SZ-APPAREL', price: 5800 },
  { sku: 'KC-SCK-OAT-ML', category: 'Accessories', supplierCode: 'SZ-APPAREL', price: 990 },
  { sku: 'KC-HOD-HTH-M', category: 'Sweatshirts', supplierCode: 'SZ-APPAREL', price: 7200 },
  { sku: 'KC-MUG-SPK', category: 'Kitchen', supplierCode: 'GZ-HOME', price: 1600 },
  { sku: 'KC-BAM-BRD-L', category: 'Kitchen', supplierCode: 'GZ-HOME', price: 3900 },
  { sku: 'KC-APR-OLV', category: 'Kitchen', supplierCode: 'GZ-HOME', price: 3200 },
  { sku: 'KC-MONO-PTC', category: 'Personalised', supplierCode: 'SZ-APPAREL', price: 2500 },
] as const
const REASONS: readonly (readonly [ReturnReason, number])[] = [
  ['doesnt_fit', 35], ['didnt_like', 15], ['no_longer_needed', 8], ['ordered_by_mistake', 4], ['arrived_too_late', 3],
  ['better_price', 2], ['other', 3], ['damaged', 12], ['defective', 10], ['wrong_item', 5], ['not_as_described', 3],
]
const RESOLUTIONS: readonly (readonly [Resolution, number])[] = [['refund', 70], ['store_credit', 15], ['exchange', 12], ['replacement', 3]]

const now = new Date('2025-10-20T12:00:00Z')
const ago = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString()

function randomInput(n: number): EvaluateReturnInput {
  const market = weighted(MARKETS)
  const { currency } = market
  const lines: OrderLineInput[] = Array.from({ length: weighted([[1, 45], [2, 30], [3, 15], [4, 7], [6, 3]] as const) }, (_, i) => {
    const product = pick(PRODUCTS)
    const quantity = weighted([[1, 80], [2, 15], [3, 5]] as const)
    const total = product.price * quantity
    const tax = Math.floor((total * market.vat) / (market.inclusive ? 10_000 + market.vat : 10_000))
    return {
      id: `${n}-${i + 1}`,
      sku: product.sku,
      category: product.category,
      supplierCode: product.supplierCode,
      unitPrice: money(product.price, currency),
      quantity,
      taxAmount: money(tax, currency),
      discountAmount: money(random() < 0.25 ? Math.floor(total / 5) : 0, currency),
      finalSale: random() < 0.08,
      returnedQuantity: random() < 0.1 ? int(0, quantity) : 0,
    }
  })
  const delivered = weighted([[int(0, 14), 50], [int(15, 40), 35], [int(41, 800), 10], [-1, 5]] as const)
  const customer: CustomerHistory = {
    blocked: random() < 0.01,
    pastReturns: Array.from({ length: weighted([[0, 60], [1, 25], [3, 10], [7, 5]] as const) }, () => ago(int(1, 200))),
    pastKeepIts: random() < 0.1 ? [ago(int(1, 300))] : [],
    returnedSkus: random() < 0.1 ? [pick(PRODUCTS).sku] : [],
  }
  const requested = lines.filter((_, i) => i === 0 || random() < 0.5)
  return {
    policy: demoPolicy,
    now,
    customer,
    order: {
      id: `order-${n}`,
      number: String(100_000 + n),
      currency,
      buyer: random() < 0.97 ? 'consumer' : 'business',
      shipCountry: market.country,
      placedAt: ago(Math.max(delivered, 0) + 5),
      shippedAt: ago(Math.max(delivered, 0) + 3),
      deliveredAt: delivered < 0 ? null : ago(delivered),
      pricesIncludeTax: market.inclusive,
      shippingAmount: money(random() < 0.5 ? 0 : 495, currency),
      lines,
    },
    request: {
      resolution: weighted(RESOLUTIONS),
      items: requested.map((line) => ({
        lineId: line.id,
        quantity: int(1, Math.max(1, line.quantity - line.returnedQuantity)),
        reason: weighted(REASONS),
        photoCount: random() < 0.7 ? int(0, 4) : undefined,
        sealIntact: random() < 0.5,
      })),
    },
  }
}

const inputs = Array.from({ length: orderCount }, (_, n) => randomInput(n))
const linesPerPass = inputs.reduce((t, input) => t + input.request.items.length, 0)

let sink = 0
function pass(latencies: Float64Array | null, offset: number): number {
  for (let i = 0; i < inputs.length; i++) {
    const start = latencies ? process.hrtime.bigint() : 0n
    const decision = evaluateReturn(inputs[i]!)
    sink += decision.totals.refundAmount
    if (latencies) latencies[(offset + i) % latencies.length] = Number(process.hrtime.bigint() - start) / 1000
  }
  return inputs.length
}

// Warm-up: let the JIT settle before measuring.
const warmUntil = performance.now() + 1000
while (performance.now() < warmUntil) pass(null, 0)

const samples = new Float64Array(200_000)
let requests = 0
let passes = 0
const start = performance.now()
const stop = start + seconds * 1000
while (performance.now() < stop) {
  requests += pass(samples, requests)
  passes++
}
const elapsed = (performance.now() - start) / 1000
const filled = samples.slice(0, Math.min(requests, samples.length)).sort()
const pct = (p: number) => filled[Math.min(filled.length - 1, Math.floor((p / 100) * filled.length))]!
const eligible = inputs.reduce((t, input) => t + evaluateReturn(input).lines.filter((l) => l.eligible).length, 0)

const rows: [string, string][] = [
  ['orders (distinct)', inputs.length.toLocaleString('en')],
  ['lines per pass', `${linesPerPass.toLocaleString('en')} (${Math.round((100 * eligible) / linesPerPass)}% eligible)`],
  ['measured', `${elapsed.toFixed(2)} s, ${passes} passes, ${requests.toLocaleString('en')} requests`],
  ['order lines / s', Math.round((passes * linesPerPass) / elapsed).toLocaleString('en')],
  ['requests / s', Math.round(requests / elapsed).toLocaleString('en')],
  ['p50 per request', `${pct(50).toFixed(2)} µs`],
  ['p99 per request', `${pct(99).toFixed(2)} µs`],
  ['heap used', `${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MiB`],
  ['node', process.version],
]
const width = Math.max(...rows.map(([k]) => k.length))
console.log(`eligibility engine benchmark (checksum ${sink % 1_000_000})`)
for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`)
