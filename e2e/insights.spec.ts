import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'

test.skip(({ isMobile }) => isMobile, 'The insight pages are desktop work.')

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)

const accessibilityViolations = async (page: Page) => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations

async function signInAsAdmin(page: Page, email = 'admin@kestrel.example.com', password = 'demo-admin-pass') {
  await page.goto('/admin/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Staff console' })).toBeVisible()
}

test.describe('Insights for the demo shop', () => {
  test('an admin sees the mug supplier flagged by return rate, and the CSV behind it says the same', async ({ page }) => {
    await signInAsAdmin(page)
    await page.goto('/admin/analytics')
    await expect(page.getByRole('heading', { level: 1, name: 'Analytics' })).toBeVisible()

    const suppliers = page.getByRole('region', { name: 'By supplier' })
    const homeware = suppliers.getByRole('row', { name: /Guangzhou Baiyun Homeware/ })
    await expect(homeware).toContainText('Well above shop rate')
    await expect(suppliers.getByText('Well above shop rate')).toHaveCount(1)
    const [sold, returned, rate] = await Promise.all([2, 3, 4].map((n) => homeware.locator(`td:nth-of-type(${n - 1})`).innerText()))
    expect(Number(rate!.replace('%', ''))).toBeGreaterThan(20)

    const [download] = await Promise.all([page.waitForEvent('download'), homeware.getByRole('link', { name: /CSV of the returns/ }).click()])
    const rows = parse(await readFile((await download.path())!, 'utf8'), { columns: true }) as Record<string, string>[]
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.supplier))).toEqual(new Set(['Guangzhou Baiyun Homeware Ltd.']))
    const units = rows.reduce((sum, r) => sum + Number(r.quantity), 0)
    expect(units).toBe(Number(returned))
    expect(`${((units / Number(sold)) * 100).toFixed(1)}%`).toBe(rate)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  test("an admin sends the homeware supplier's claim and records what came back", async ({ page }) => {
    await signInAsAdmin(page)
    await page.goto('/admin/claims')
    await page.getByRole('link', { name: 'Open the EUR claim for Guangzhou Baiyun Homeware Ltd.' }).click()
    const claim = page.getByRole('region', { name: /Guangzhou Baiyun Homeware Ltd\. · EUR/ })
    await expect(claim.getByRole('heading')).toHaveText('Guangzhou Baiyun Homeware Ltd. · EUR · Open')
    await expect(claim.getByRole('row').filter({ hasText: 'Speckled Stoneware Mug' }).first()).toContainText('Arrived damaged')
    expect(await accessibilityViolations(page)).toEqual([])

    const [pdf] = await Promise.all([page.waitForEvent('download'), claim.getByRole('link', { name: 'Download PDF' }).click()])
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-')

    await claim.getByRole('button', { name: 'Mark sent' }).click()
    await expect(claim.getByRole('heading')).toHaveText('Guangzhou Baiyun Homeware Ltd. · EUR · Sent')
    await claim.getByLabel('Amount recovered (EUR)').fill('20.00')
    await claim.getByRole('button', { name: 'Mark settled' }).click()
    await expect(claim.getByRole('heading')).toHaveText('Guangzhou Baiyun Homeware Ltd. · EUR · Settled')
    await expect(page.getByTestId('claim-row').filter({ hasText: 'Settled' })).toContainText('€20.00')
  })

  test("another shop's admin can download neither the demo shop's returns nor its claims", async ({ page }) => {
    await signInAsAdmin(page, 'admin@northwind.example.com', 'demo-northwind-pass')
    const returns = await page.request.get(`/admin/analytics/export?shop=demo&from=${isoDay(89)}&to=${isoDay(0)}`)
    expect(returns.status()).toBe(403)
    const claims = await page.request.get(`/admin/claims/any-claim/export?shop=demo&format=csv`)
    expect(claims.status()).toBe(403)
    await page.goto('/admin/analytics?shop=demo')
    await expect(page.getByRole('main').getByText('Northwind Outfitters')).toBeVisible()
    await expect(page.getByText('Guangzhou Baiyun Homeware')).toHaveCount(0)
  })

  test('bad-batch remediation of the bamboo board resolves each affected order line once; running it again creates nothing', async ({ page }) => {
    await signInAsAdmin(page)
    await page.goto('/admin/remediation')
    await page.getByLabel('SKU').selectOption('KC-BAM-BRD-L')
    await page.getByLabel('Ordered from').fill(isoDay(89))
    await page.getByLabel('Ordered to').fill(isoDay(0))
    await page.getByRole('button', { name: 'Preview affected orders' }).click()

    const lines = page.getByTestId('affected-line')
    await expect(lines.first()).toBeVisible()
    const affected = await lines.count()
    const toDo = await lines.filter({ has: page.getByRole('cell', { name: 'No', exact: true }) }).count()
    expect(affected).toBeGreaterThanOrEqual(10)
    expect(toDo).toBeGreaterThan(0)
    await expect(lines.filter({ hasText: 'Returned in full' })).toHaveCount(affected - toDo)

    await page.getByLabel('Refund, no return needed').check()
    await page.getByRole('button', { name: `Start remediation for ${toDo} line(s)` }).click()
    await expect(page.getByRole('progressbar', { name: 'Remediation progress' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'handled' })).toHaveText(`${toDo} of ${toDo} line(s) handled: ${toDo} done, 0 failed.`, { timeout: 30_000 })
    await expect(page.getByRole('progressbar', { name: 'Remediation progress' })).toHaveAttribute('aria-valuenow', '100')
    const run = page.getByRole('region', { name: /Remediation of KC-BAM-BRD-L/ })
    const orderNumbers = (await run.getByRole('listitem').allInnerTexts()).map((text) => /^Order (\S+),/.exec(text)?.[1])
    expect(orderNumbers).toHaveLength(toDo)
    expect(new Set(orderNumbers).size).toBe(toDo)

    // Every line now says it was taken care of; starting again finds nothing to do.
    await expect(lines.filter({ has: page.getByRole('cell', { name: 'Yes', exact: true }) })).toHaveCount(toDo)
    await expect(page.getByText('Nothing left to do')).toBeVisible()
    await page.getByRole('button', { name: 'Run again' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'handled' })).toHaveText('0 of 0 line(s) handled: 0 done, 0 failed.')
    const runs = page.getByRole('region', { name: 'Earlier runs' }).getByRole('listitem')
    await expect(runs).toHaveCount(2)
    await expect(runs.first()).toContainText('KC-BAM-BRD-L · refund · 0 done, 0 failed')
    await expect(runs.nth(1)).toContainText(`KC-BAM-BRD-L · refund · ${toDo} done, 0 failed`)
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
