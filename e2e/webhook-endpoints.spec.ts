import { expect, test } from '@playwright/test'

test('An admin adds a webhook endpoint, copies its secret (shown once), then disables and removes it', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'Webhooks are managed from the desktop console.')

  await page.goto('/admin/sign-in')
  await page.getByLabel('Email').fill('admin@kestrel.example.com')
  await page.getByLabel('Password').fill('demo-admin-pass')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Staff console' })).toBeVisible()

  await page.goto('/admin/webhooks')
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks for Kestrel & Co.' })).toBeVisible()
  await page.getByLabel('Endpoint URL').fill('ftp://erp.example.com/in')
  await page.getByRole('button', { name: 'Add endpoint' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Only http:// and https:// URLs can receive webhooks.' })).toBeVisible()

  await page.getByLabel('Endpoint URL').fill('https://erp.example.com/roundtrip')
  await page.getByLabel('return.in_transit').uncheck()
  await page.getByRole('button', { name: 'Add endpoint' }).click()
  const secret = page.getByLabel('Signing secret')
  await expect(secret).toHaveText(/^whsec_/)
  const hint = `…${(await secret.innerText()).slice(-4)}`

  const endpoint = page.getByRole('listitem').filter({ hasText: 'https://erp.example.com/roundtrip' })
  await expect(endpoint).toContainText(`Secret ${hint}`)
  await expect(endpoint).not.toContainText('return.in_transit')
  await page.reload()
  await expect(page.getByLabel('Signing secret')).toHaveCount(0)

  await endpoint.getByRole('button', { name: 'Disable https://erp.example.com/roundtrip' }).click()
  await expect(endpoint).toContainText('Disabled')
  await endpoint.getByRole('button', { name: 'Remove https://erp.example.com/roundtrip' }).click()
  await expect(page.getByText('No endpoints yet.')).toBeVisible()
})
