import { expect, test } from '@playwright/test'
import { CHROMIUM_PATH } from '../server/cli/chromium'

// The merchant's site is public and the test portal listens on 127.0.0.1; Chromium's Local Network
// Access checks would block that pairing (a real portal is public too), so they are off for this file.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage', '--disable-features=LocalNetworkAccessChecks'],
  },
})

test.describe("The 'Start a return' button on a merchant's own site", () => {
  test('the embed script draws a button in the shop colours that opens the portal with the order filled in', async ({ page, baseURL }) => {
    // The merchant's page, on another origin, with the snippet from /admin/links.
    const merchantPage = 'http://shop.example/thanks.html'
    await page.route(merchantPage, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Kestrel & Co.</title></head><body><h1>Thanks for your order</h1><script src="${baseURL}/embed.js" data-shop="demo" data-order="1002"></script></body></html>`,
      }),
    )
    await page.goto(merchantPage)
    const button = page.getByRole('link', { name: /Start a return/ })
    await expect(button).toHaveAttribute('href', `${baseURL}/demo?order=1002`)
    // Kestrel's teal (#0f766e) with white text, fetched from the portal across origins.
    await expect(button).toHaveCSS('background-color', 'rgb(15, 118, 110)')
    await expect(button).toHaveCSS('color', 'rgb(255, 255, 255)')

    await button.click()
    await expect(page.getByRole('heading', { level: 1, name: 'Start a return' })).toBeVisible()
    await expect(page.getByLabel('Order number')).toHaveValue('1002')
  })
})
