import { expect, test } from '@playwright/test'
import { signWebhook } from '../server/integrations/carriers/webhook-signature'
import { E2E_CARRIER_SECRET } from '../playwright.config'
import { expectStep, lookUpOrder } from './support'

test('1002: Sam gets a label to Reno, drops the parcel off, and the open status page shows it on its way without a reload', async ({ page, request }) => {
  await lookUpOrder(page, '1002')
  await page.getByLabel('Storm Shell Jacket').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('region', { name: 'Storm Shell Jacket' }).getByLabel('Reason').selectOption({ label: "Doesn't fit" })
  await page.getByRole('button', { name: 'Continue' }).click()
  await expectStep(page, 'How would you like to be refunded?')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expectStep(page, 'Check and submit')
  await expect(page.getByText('Restocking fee')).toBeVisible()
  await page.getByRole('button', { name: 'Submit return' }).click()

  const label = page.getByRole('region', { name: 'Your prepaid label' })
  await expect(label).toContainText('Your parcel goes to our return hub in Reno.')
  const trackingNumber = (await label.getByText(/Tracking number: /).textContent())!.match(/Tracking number: (\S+)/)![1]!

  // The carrier scans the parcel at the drop-off point and tells Roundtrip (a signed webhook).
  const body = JSON.stringify({ id: `evt_e2e_${Date.now()}`, trackingNumber, type: 'accepted', occurredAt: new Date().toISOString() })
  const scan = await request.post('/api/webhooks/carrier', {
    data: body,
    headers: { 'content-type': 'application/json', 'x-roundtrip-signature': signWebhook(body, E2E_CARRIER_SECRET, Math.floor(Date.now() / 1000)) },
  })
  expect(scan.status()).toBe(200)

  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').last()).toHaveText(/On its way to us/, { timeout: 20_000 })
  await expect(page.getByRole('region', { name: 'What happens next' })).toContainText('Your parcel is on its way to us.')
  await expect(page.getByRole('region', { name: 'Your prepaid label' })).toHaveCount(0)
})
