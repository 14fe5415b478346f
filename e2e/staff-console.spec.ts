import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { expectStep, lookUpOrder, phonePhoto, signInAsStaff } from './support'

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations

// The demo's return whose label expired unused, for order 1003 (prisma/seed/seed-console.ts).
const EXPIRED_RMA = 'R-201Y-94BT-F'

test.describe('A support agent works through the returns queue', () => {
  test.skip(({ isMobile }) => isMobile, 'The full console run is a desktop task; the phone has its own test below.')

  test('1001: finds the return the shopper just made, receives it, grades it as described and refunds it', async ({ page, browser }) => {
    test.setTimeout(120_000)
    // The shopper returns the tote as damaged, with a photo (other scripts return the sweater).
    await lookUpOrder(page, '1001')
    await page.getByLabel('Canvas Market Tote').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    const tote = page.getByRole('region', { name: 'Canvas Market Tote' })
    await tote.getByLabel('Reason').selectOption({ label: 'Arrived damaged' })
    await tote.getByLabel('Add photos').setInputFiles(await phonePhoto())
    await expect(tote.getByRole('img', { name: 'Photo 1' })).toBeVisible()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByLabel('Refund to your original payment').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Submit return' }).click()
    await expectStep(page, /^Return R-/)
    const rma = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Return ', '')
    const statusUrl = page.url()

    // The agent, in their own browser, finds it from the keyboard.
    const staff = await (await browser.newContext()).newPage()
    await signInAsStaff(staff, 'agent')
    await staff.keyboard.press('/')
    await expect(staff.getByLabel('Search returns')).toBeFocused()
    await staff.keyboard.type(rma)
    await staff.keyboard.press('Enter')
    await expect(staff.getByRole('tab', { name: /In transit/, selected: true })).toBeVisible()
    const rows = staff.getByRole('list', { name: 'Returns' }).getByRole('listitem')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText(rma)
    await staff.locator('body').click({ position: { x: 5, y: 5 } })
    await staff.keyboard.press('j')
    await staff.keyboard.press('Enter')
    await expect(staff.getByRole('heading', { level: 1, name: `Return ${rma}` })).toBeVisible()

    // The shopper's photo, full size.
    await staff.getByRole('button', { name: 'Open Photo 1 of Canvas Market Tote' }).click()
    await expect(staff.getByRole('dialog', { name: 'Photo 1 of Canvas Market Tote' }).getByRole('img', { name: 'Photo 1 of Canvas Market Tote, full size' })).toBeVisible()
    await staff.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    await expect(staff.getByRole('region', { name: 'Policy decision' })).toContainText('Policy v1')

    await staff.getByLabel('Received quantity: Canvas Market Tote').fill('1')
    await staff.getByRole('button', { name: 'Mark received' }).click()
    await expect(staff.getByRole('region', { name: 'Timeline' })).toContainText('Everything arrived.')

    await staff.getByLabel('Grade').selectOption({ label: 'As described' })
    await staff.getByLabel('Disposition').selectOption({ label: 'Restock' })
    await staff.getByRole('button', { name: 'Save inspection' }).click()
    await expect(staff.getByRole('region', { name: 'Timeline' })).toContainText('Canvas Market Tote: as described, restock.')

    await staff.getByRole('button', { name: 'Refund €19.00' }).click()
    await expect(staff.getByRole('region', { name: 'Timeline' })).toContainText('Refund of €19.00 requested (inspection).')

    // The refund goes to Stripe (the emulator, offline); the shopper's status page shows it arrive.
    await page.goto(statusUrl)
    await expect(page.getByText('Refunded', { exact: true }).first()).toBeVisible({ timeout: 30_000 })

    // An agent is not an administrator.
    await staff.goto('/admin/settings')
    await expect(staff.getByRole('alert').filter({ hasText: 'Access refused' })).toBeVisible()
  })

  test('an override out of window needs a reason, and the audit shows who, why, before and after', async ({ page }) => {
    await signInAsStaff(page, 'agent')
    expect(await axe(page)).toEqual([])
    await page.getByLabel('Search returns').fill(EXPIRED_RMA)
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page.getByRole('tab', { name: /Expired/, selected: true })).toBeVisible()
    await page.getByRole('link', { name: EXPIRED_RMA }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Return ${EXPIRED_RMA}` })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Policy decision' })).toContainText('now out of window')
    expect(await axe(page)).toEqual([])

    const override = page.getByRole('region', { name: 'Override the policy' })
    await expect(override.getByLabel('Override')).toHaveValue('approve_out_of_window')
    await override.getByRole('button', { name: 'Apply override' }).click()
    await expect(override.getByRole('alert')).toContainText('Give a reason of at least 5 characters.')
    await expect(page.getByRole('region', { name: 'Overrides (audit)' })).toHaveCount(0)

    await override.getByLabel('Reason (required, kept in the audit log)').fill('Shopper was abroad; asked us before the label expired.')
    await override.getByRole('button', { name: 'Apply override' }).click()
    const audit = page.getByRole('region', { name: 'Overrides (audit)' })
    await expect(audit).toContainText('Approve out of window')
    await expect(audit).toContainText('agent@kestrel.example.com')
    await expect(audit).toContainText('Shopper was abroad; asked us before the label expired.')
    await expect(audit).toContainText('status: expired')
    await expect(audit).toContainText('status: label_issued')
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Override: approved out of window')
    expect(await axe(page)).toEqual([])
  })
})

test.describe('The queue on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'Phone layout only.')

  test('an agent searches for an order and opens its return', async ({ page }) => {
    await signInAsStaff(page, 'agent')
    await page.getByLabel('Search returns').fill('1003')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page.getByRole('tab', { name: /Expired/, selected: true })).toBeVisible()
    await page.getByRole('link', { name: EXPIRED_RMA }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Return ${EXPIRED_RMA}` })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Actions' })).toBeVisible()
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })
})
