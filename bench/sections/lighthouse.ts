import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_PATH } from '@/server/cli/chromium'
import { PAGE_SCENARIOS } from '../scenarios'
import { type Figure } from '../lib/figures'
import { type SectionContext } from '../lib/section'
import { shopperSession } from '../lib/stack'

const CATEGORIES = [
  { id: 'performance', label: 'performance', goal: 95 },
  { id: 'accessibility', label: 'accessibility', goal: 100 },
  { id: 'best-practices', label: 'best practices', goal: 95 },
] as const
const METRICS = [
  { id: 'largest-contentful-paint', label: 'LCP', unit: 'ms', scale: 1 },
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms', scale: 1 },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '', scale: 1 },
] as const

/**
 * Lighthouse 12.2.3's default config (the mobile preset: Moto G Power emulation, simulated slow 4G
 * and 4× CPU slowdown) on the three shopper pages, in Debian's Chromium.
 */
export async function lighthouseSection(ctx: SectionContext): Promise<Figure[]> {
  const stack = await ctx.stack()
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'], logLevel: 'silent' })
  const figures: Figure[] = []
  try {
    for (const page of PAGE_SCENARIOS(stack.demoRma)) {
      ctx.log(`lighthouse ${page.path}…`)
      const cookie = page.session ? (await shopperSession(stack.roundtrip.url, 'demo', page.session.orderNumber, page.session.email)).cookie : undefined
      const result = await lighthouse(stack.roundtrip.url + page.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES.map((c) => c.id),
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`)
      const { lhr } = result
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`)
      for (const category of CATEGORIES) {
        const score = lhr.categories[category.id]?.score
        figures.push({
          section: 'lighthouse',
          name: `${page.name} ${category.label}`,
          value: score == null ? null : Math.round(score * 100),
          unit: '',
          goal: { kind: 'min', limit: category.goal },
          note: category.id === 'performance' ? 'mobile preset' : failingAudits(lhr, category.id),
        })
      }
      for (const metric of METRICS) {
        const audit = lhr.audits[metric.id]
        figures.push({ section: 'lighthouse', name: `${page.name} ${metric.label}`, value: audit?.numericValue ?? null, unit: metric.unit, note: audit?.displayValue })
      }
    }
    return figures
  } finally {
    chrome.kill()
  }
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

/** The audits that cost points, so a score below its goal says why. */
function failingAudits(lhr: Lhr, categoryId: string): string | undefined {
  const failing = (lhr.categories[categoryId]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id)
  return failing.length ? `failing: ${failing.join(', ')}` : undefined
}
