import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { readPdf } from '../server/integrations/labels/pdf-text.fixture'
import { expectStep, lookUpOrder, phonePhoto } from './support'

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations

test.describe('A shopper returns items from the demo shop', () => {
  test('1001: returns the sweater as damaged with a photo, chooses a refund, and sees the RMA and timeline', async ({ page }) => {
    await lookUpOrder(page, '1001')
    await expectStep(page, 'What would you like to return?')
    expect(await axe(page)).toEqual([])
    await page.getByLabel('Merino Crew Sweater').check()
    await page.getByRole('button', { name: 'Continue' }).click()

    await expectStep(page, 'Why are you returning it?')
    const sweater = page.getByRole('region', { name: 'Merino Crew Sweater' })
    await sweater.getByLabel('Reason').selectOption({ label: 'Arrived damaged' })
    await expect(sweater.getByText('Photos required: at least 1, at most 5.')).toBeVisible()
    await sweater.getByLabel('Tell us more').fill('A hole in the left sleeve.')
    await sweater.getByLabel('Add photos').setInputFiles(await phonePhoto())
    await expect(sweater.getByRole('img', { name: 'Photo 1' })).toBeVisible()
    expect(await axe(page)).toEqual([])
    await page.getByRole('button', { name: 'Continue' }).click()

    await expectStep(page, 'How would you like to be refunded?')
    await expect(page.getByText('€89.00 back to your card or account')).toBeVisible()
    await page.getByLabel('Refund to your original payment').check()
    expect(await axe(page)).toEqual([])
    await page.getByRole('button', { name: 'Continue' }).click()

    await expectStep(page, 'Check and submit')
    await expect(page.getByText('Reason: Arrived damaged · 1 photo')).toBeVisible()
    await expect(page.getByRole('definition').filter({ hasText: '€89.00' }).last()).toBeVisible()
    await expect(page.getByText('The return label is free.')).toBeVisible()
    expect(await axe(page)).toEqual([])
    await page.getByRole('button', { name: 'Submit return' }).click()

    await expectStep(page, /^Return R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/)
    await expect(page.getByRole('region', { name: 'What happens next' })).toContainText('stick the label on the parcel')
    const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem')
    await expect(timeline).toHaveText([/Return requested/, /Approved/, /Label ready/])
    const label = page.getByRole('region', { name: 'Your prepaid label' })
    await expect(label).toContainText('Your parcel goes to our return hub in Venlo.')
    await expect(label.getByRole('img', { name: 'QR code to show at the drop-off point' })).toBeVisible()
    expect(await axe(page)).toEqual([])

    // The downloaded label is addressed to the Venlo hub and carries the RMA.
    const rmaText = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Return ', '')
    const [download] = await Promise.all([page.waitForEvent('download'), label.getByRole('link', { name: 'Download label' }).click()])
    const pdf = await readPdf(new Uint8Array(readFileSync((await download.path())!)))
    expect(pdf.pages[0]).toEqual({ width: 288, height: 432 })
    expect(pdf.allText).toContain(rmaText)
    expect(pdf.allText).toMatch(/Venlo/)

    // The status page is found again by looking the order up.
    const rma = (await page.getByRole('heading', { level: 1 }).textContent())!.replace('Return ', '')
    await lookUpOrder(page, '1001')
    await page.getByRole('link', { name: `Return ${rma}` }).click()
    await expectStep(page, `Return ${rma}`)
  })

  test('1004: the $9.90 socks are a keep-it refund — no label, "keep the item", refunded to the card at once', async ({ page }) => {
    await lookUpOrder(page, '1004')
    await page.getByLabel('Ribbed Crew Socks').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('region', { name: 'Ribbed Crew Socks' }).getByLabel('Reason').selectOption({ label: "Doesn't fit" })
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectStep(page, 'How would you like to be refunded?')
    await page.getByRole('button', { name: 'Continue' }).click()

    await expectStep(page, 'Check and submit')
    await expect(page.getByText('Keep the item: sending it back would cost more than it is worth. No label needed.')).toBeVisible()
    await expect(page.getByText('We refund you as soon as the return is approved.')).toBeVisible()
    await page.getByRole('button', { name: 'Submit return' }).click()

    // The refund goes to Stripe (the emulator offline) straight away; the page updates by itself.
    await expect(page.getByText('Refunded', { exact: true }).first()).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('region', { name: 'Your money' })).toContainText(/\$10\.72 refunded to your card on/)
    await expect(page.getByRole('region', { name: 'What happens next' })).toContainText('This return is complete.')
  })

  test('1003: a change of mind is refused with the window explanation, a defective claim is accepted', async ({ page }) => {
    await lookUpOrder(page, '1003')
    await expectStep(page, 'What would you like to return?')
    await expect(page.getByLabel('Linen Camp Shirt', { exact: true })).toBeDisabled()
    await expect(page.getByText(/Returns for this item closed on/).first()).toBeVisible()

    await page.getByLabel('Report a fault with Linen Camp Shirt').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    const shirt = page.getByRole('region', { name: 'Linen Camp Shirt' })
    await expect(shirt.getByText('This item can only be returned if it is faulty.')).toBeVisible()
    await expect(shirt.getByLabel('Reason').getByRole('option', { name: "Doesn't fit" })).toHaveCount(0)
    await shirt.getByLabel('Reason').selectOption({ label: "Faulty or doesn't work" })
    await shirt.getByLabel('Add photos').setInputFiles(await phonePhoto('seam.jpg'))
    await expect(shirt.getByRole('img', { name: 'Photo 1' })).toBeVisible()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectStep(page, 'How would you like to be refunded?')
  })

  test('1005: the final-sale scarf cannot be selected and says why', async ({ page }) => {
    await lookUpOrder(page, '1005')
    await expectStep(page, 'What would you like to return?')
    await expect(page.getByLabel('Lambswool Scarf', { exact: true })).toBeDisabled()
    await expect(page.getByRole('listitem').filter({ hasText: 'Lambswool Scarf' })).toContainText(/final sale/i)
    await expect(page.getByLabel('Speckled Stoneware Mug')).toBeEnabled()
  })

  test('a text file renamed .jpg is refused with a clear message and nothing is kept', async ({ page }) => {
    await lookUpOrder(page, '1010')
    await page.getByLabel('Canvas Market Tote').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    const tote = page.getByRole('region', { name: 'Canvas Market Tote' })
    await tote.getByLabel('Reason').selectOption({ label: 'Arrived damaged' })
    await tote.getByLabel('Add photos').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is not a picture, just text') })

    await expect(tote.getByRole('alert')).toContainText("photo.jpg: This file isn't a photo. Please upload a JPEG, PNG, WebP or HEIC image.")
    await expect(tote.getByRole('img', { name: 'Photo 1' })).toHaveCount(0)
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Add at least 1 photo of Canvas Market Tote.' })).toBeVisible()
  })
})
