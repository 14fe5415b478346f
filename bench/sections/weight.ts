import { type Browser, chromium } from '@playwright/test'
import { CHROMIUM_PATH } from '@/server/cli/chromium'
import { BARE_PAGE, PAGE_SCENARIOS, type PageScenario } from '../scenarios'
import { type Figure } from '../lib/figures'
import { type SectionContext } from '../lib/section'
import { shopperSession } from '../lib/stack'

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']

export type PageWeight = { scripts: number; encodedBytes: number; decodedBytes: number }

/**
 * JavaScript as it travels: every script response's encoded body (gzip/br as `next start` serves
 * it) on a cold load in Chromium, against the bare App Router page built with the same versions.
 */
export async function weightSection(ctx: SectionContext): Promise<Figure[]> {
  const stack = await ctx.stack()
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const bare = await scriptWeight(browser, stack.bare.url, BARE_PAGE)
    const figures: Figure[] = [
      { section: 'weight', name: `${BARE_PAGE.name} JS`, value: bare.encodedBytes / 1024, unit: 'kB', note: `${bare.scripts} scripts, ${(bare.decodedBytes / 1024).toFixed(0)} kB decoded` },
    ]
    for (const page of PAGE_SCENARIOS(stack.demoRma)) {
      ctx.log(`page weight of ${page.path}…`)
      const weight = await scriptWeight(browser, stack.roundtrip.url, page)
      figures.push({
        section: 'weight',
        name: `${page.name} JS`,
        value: weight.encodedBytes / 1024,
        unit: 'kB',
        baseline: bare.encodedBytes / 1024,
        goal: { kind: 'max-ratio', limit: 1.3 },
        note: `${weight.scripts} scripts, ${(weight.decodedBytes / 1024).toFixed(0)} kB decoded`,
      })
    }
    return figures
  } finally {
    await browser.close()
  }
}

async function scriptWeight(browser: Browser, baseUrl: string, page: PageScenario): Promise<PageWeight> {
  const context = await browser.newContext()
  try {
    if (page.session) {
      const { cookie } = await shopperSession(baseUrl, 'demo', page.session.orderNumber, page.session.email)
      const [name, ...value] = cookie.split('=')
      await context.addCookies([{ name: name!, value: value.join('='), url: baseUrl }])
    }
    const tab = await context.newPage()
    const pending: Promise<PageWeight>[] = []
    tab.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return
      pending.push(
        request.sizes().then(async (sizes) => {
          const body = await request.response().then((r) => r?.body()).catch(() => undefined)
          return { scripts: 1, encodedBytes: sizes.responseBodySize, decodedBytes: body?.length ?? 0 }
        }),
      )
    })
    const response = await tab.goto(baseUrl + page.path, { waitUntil: 'networkidle' })
    if (response?.status() !== 200) throw new Error(`${page.path} answered ${response?.status()}`)
    const weights = await Promise.all(pending)
    return weights.reduce((t, w) => ({ scripts: t.scripts + w.scripts, encodedBytes: t.encodedBytes + w.encodedBytes, decodedBytes: t.decodedBytes + w.decodedBytes }), { scripts: 0, encodedBytes: 0, decodedBytes: 0 })
  } finally {
    await context.close()
  }
}
