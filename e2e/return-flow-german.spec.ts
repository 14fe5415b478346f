import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { expectStep, lookUpOrder } from './support'

// A shopper whose browser asks for German gets the whole portal in German, money and dates included.
test.use({ locale: 'de-DE' })

test('Camille returns the apron from order 1006 entirely in German, under the EU 14-day right', async ({ page }) => {
  await lookUpOrder(page, '1006', { orderNumber: 'Bestellnummer', email: 'E-Mail', submit: 'Bestellung finden' })

  await expectStep(page, 'Was möchten Sie zurücksenden?')
  await expect(page.getByText('Bestellung 1006')).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Linen Cross-Back Apron' })).toContainText('32,00 €')
  await page.getByLabel('Linen Cross-Back Apron').check()
  await page.getByRole('button', { name: 'Weiter' }).click()

  await expectStep(page, 'Warum senden Sie den Artikel zurück?')
  await page.getByRole('region', { name: 'Linen Cross-Back Apron' }).getByLabel('Grund').selectOption({ label: 'Gefällt mir nicht' })
  await page.getByRole('button', { name: 'Weiter' }).click()

  await expectStep(page, 'Wie möchten Sie Ihre Erstattung erhalten?')
  await page.getByLabel('Erstattung auf Ihr Zahlungsmittel').check()
  await page.getByRole('button', { name: 'Weiter' }).click()

  await expectStep(page, 'Prüfen und absenden')
  await expect(page.getByText(/Laut Gesetz muss Ihre Erstattung spätestens bis zum .+ erfolgen\./)).toBeVisible()
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([])
  await page.getByRole('button', { name: 'Rücksendung absenden' }).click()

  await expectStep(page, /^Rücksendung R-/)
  await expect(page.getByRole('region', { name: 'So geht es weiter' })).toContainText('Packen Sie den Artikel mit dem Packzettel ein')
  await expect(page.getByRole('region', { name: 'Ihr vorfrankiertes Etikett' })).toContainText('Ihr Paket geht an unser Rücksendelager in Venlo.')
  await expect(page.getByRole('link', { name: 'Etikett herunterladen' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Verlauf' }).getByRole('listitem').first()).toHaveText(/Rücksendung angemeldet/)
})

test('switches the portal to Spanish with the language switcher and keeps the choice', async ({ page }) => {
  await page.goto('/demo')
  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('button', { name: 'Español' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Iniciar una devolución' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Iniciar una devolución' })).toBeVisible()
})
