import { expect, test } from '@playwright/test'

test.describe('A shopper reads the return policy before starting a return', () => {
  test('opens it from the start page and reads it in English, then in German', async ({ page }) => {
    await page.goto('/demo')
    await page.getByRole('link', { name: 'Read the return policy' }).click()

    await expect(page.getByRole('heading', { level: 1, name: 'Return policy' })).toBeVisible()
    const windows = page.getByRole('region', { name: 'How long you have' })
    await expect(windows).toContainText('30 days from delivery')
    await expect(windows).toContainText('Jackets and coats: 45 days from delivery.')
    await expect(page.getByRole('region', { name: 'Your legal rights' })).toContainText('14 days of delivery')
    await expect(page.getByRole('region', { name: 'Keep it' })).toBeVisible()

    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Rückgaberichtlinie' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('aria-current', 'page')

    await page.getByRole('link', { name: 'Rücksendung starten' }).click()
    await expect(page.getByRole('heading', { name: 'Start a return' })).toBeVisible()
  })

  test("sees another shop's own policy at its own address", async ({ page }) => {
    await page.goto('/northwind/policy')
    await expect(page.getByRole('region', { name: 'How long you have' })).toContainText('60 days from delivery')
  })
})
