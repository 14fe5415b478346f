import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { expectStep, lookUpOrder } from './support'

// Next.js keeps an empty role=alert route announcer on every page, so alerts are matched by their text.
const NOT_FOUND = "We couldn't find an order with those details."

test.describe('A shopper looks up their order on the demo shop', () => {
  test('finds order 1001 with their email and sees both items with prices', async ({ page }) => {
    await lookUpOrder(page, '1001')

    await expectStep(page, 'What would you like to return?')
    await expect(page.getByText('Order 1001')).toBeVisible()
    const items = page.getByRole('list', { name: 'What would you like to return?' }).getByRole('listitem')
    await expect(items).toHaveCount(2)
    await expect(items.nth(0)).toContainText(/sweater/i)
    await expect(items.nth(0)).toContainText('€89.00')
    await expect(items.nth(1)).toContainText(/tote/i)
    await expect(items.nth(1)).toContainText('€19.00')

    // The order stays found after a reload (the session is server-side), until they look up another.
    await page.reload()
    await expect(page.getByText('Order 1001')).toBeVisible()
    await page.getByRole('button', { name: 'Look up another order' }).click()
    await expect(page.getByLabel('Order number')).toBeVisible()
    await page.goto('/demo/return')
    await expect(page.getByLabel('Order number')).toBeVisible()
  })

  test('types the right order number with the wrong email and is told it was not found', async ({ page }) => {
    await page.goto('/demo')
    await page.getByLabel('Order number').fill('1001')
    await page.getByLabel('Email').fill('someone.else@example.com')
    await page.getByRole('button', { name: 'Find my order' }).click()

    await expect(page.getByRole('alert').filter({ hasText: NOT_FOUND })).toBeVisible()
    await expect(page).toHaveURL(/\/demo$/)
  })

  test('types an order number that does not exist and gets the very same message', async ({ page }) => {
    await page.goto('/demo')
    await page.getByLabel('Order number').fill('9999')
    await page.getByLabel('Email').fill('ana.keller@example.com')
    await page.getByRole('button', { name: 'Find my order' }).click()

    await expect(page.getByRole('alert').filter({ hasText: NOT_FOUND })).toBeVisible()
  })

  test('leaves the email blank and is told what to fix next to the field', async ({ page }) => {
    await page.goto('/demo')
    await page.getByLabel('Order number').fill('1001')
    await page.getByRole('button', { name: 'Find my order' }).click()

    await expect(page.getByRole('alert').filter({ hasText: 'Please check the highlighted fields.' })).toBeVisible()
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Enter the email address you used for the order.')).toBeVisible()
  })

  test('meets WCAG 2.1 AA on the lookup form and the item list', async ({ page }) => {
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    await page.goto('/demo')
    expect((await axe()).violations).toEqual([])
    await lookUpOrder(page, '1001')
    await expectStep(page, 'What would you like to return?')
    expect((await axe()).violations).toEqual([])
  })
})

test('An unknown shop address shows a plain not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-shop')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
})
