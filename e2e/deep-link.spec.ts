import { type APIRequestContext, expect, test } from '@playwright/test'
import { DEMO_API_KEY } from '../prisma/seed/seed-merchant-api'
import { expectStep } from './support'

/** The merchant's system asks the API for a link to put in order 1002's shipping email. */
async function mintLink(request: APIRequestContext, orderNumber: string) {
  const response = await request.post('/api/v1/links', { headers: { authorization: `Bearer ${DEMO_API_KEY}` }, data: { orderNumber } })
  expect(response.status()).toBe(201)
  return ((await response.json()) as { url: string }).url
}

test.describe('A shopper follows the return link from their order email', () => {
  test('1002: the link opens the item selection directly and leaves a clean address and history', async ({ page, request }) => {
    const link = await mintLink(request, '1002')
    expect(link).toContain('/demo/start?t=')

    await page.goto('/demo/policy')
    await page.goto(link)
    await expectStep(page, 'What would you like to return?')
    await expect(page.getByLabel('Storm Shell Jacket')).toBeVisible()
    await expect(page).toHaveURL(/\/demo\/return$/)
    expect(page.url()).not.toContain('t=')

    // Back goes to the page before the link, forward to the clean URL: the token URL is no entry of its own.
    await page.goBack()
    await expect(page).toHaveURL(/\/demo\/policy$/)
    await page.goForward()
    await expect(page).toHaveURL(/\/demo\/return$/)
    expect(page.url()).not.toContain('t=')
  })

  test('the same link a second time shows the lookup form with the order number filled in', async ({ browser, request }) => {
    const link = await mintLink(request, '1002')
    const first = await browser.newContext()
    await (await first.newPage()).goto(link)
    await first.close()

    const second = await browser.newContext()
    const page = await second.newPage()
    await page.goto(link)
    await expect(page.getByText('That link has already been used.')).toBeVisible()
    await expect(page.getByLabel('Order number')).toHaveValue('1002')
    expect(page.url()).not.toContain('t=')
    await second.close()
  })
})
