import { readFile } from 'node:fs/promises'
import { expect, type Page, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'

test.skip(({ isMobile }) => isMobile, 'The insight pages are desktop work.')

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)

async function signInAsAdmin(page: Page) {
  await page.goto('/admin/sign-in')
  await page.getByLabel('Email').fill('admin@kestrel.example.com')
  await page.getByLabel('Password').fill('demo-admin-pass')
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
  })
})
