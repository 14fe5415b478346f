import { expect, test } from '@playwright/test'
import { expectStep } from './support'

// Oliver's browser asks for Spanish, so the portal and then his emails speak Spanish.
test.use({ locale: 'es-ES' })

test('after Oliver submits a return in Spanish, the staff dev inbox shows his "request received" email in Spanish', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'The dev inbox is a desktop console page.')
  // Two journeys in one script (a shopper's return, then a staff sign-in), so twice the usual time.
  test.setTimeout(90_000)

  await page.goto('/demo')
  await page.getByLabel('Número de pedido').fill('1007')
  await page.getByLabel('Correo electrónico').fill('oliver.smith@example.com')
  await page.getByRole('button', { name: 'Buscar mi pedido' }).click()

  await expectStep(page, '¿Qué desea devolver?')
  await page.getByLabel('Speckled Stoneware Mug').check()
  await page.getByRole('button', { name: 'Continuar' }).click()

  await expectStep(page, '¿Por qué lo devuelve?')
  await page.getByRole('region', { name: 'Speckled Stoneware Mug' }).getByLabel('Motivo').selectOption({ label: 'Ya no lo necesito' })
  await page.getByRole('button', { name: 'Continuar' }).click()

  await expectStep(page, '¿Cómo desea recibir el reembolso?')
  await page.getByLabel('Reembolso al método de pago original').check()
  await page.getByRole('button', { name: 'Continuar' }).click()

  await expectStep(page, 'Revisar y enviar')
  await page.getByRole('button', { name: 'Enviar devolución' }).click()
  await expectStep(page, /^Devolución R-/)
  const rma = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Devolución ', '').trim()

  // A support admin opens the dev inbox (no SMTP in the demo): the email is there, in Spanish.
  await page.goto('/admin/sign-in')
  await page.getByLabel('Email').fill('admin@kestrel.example.com')
  await page.getByLabel('Password').fill('demo-admin-pass')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Staff console' })).toBeVisible()

  const subject = `Hemos recibido su solicitud de devolución ${rma}`
  const email = page.getByRole('article', { name: subject })
  // The worker writes the email a moment after the return is submitted.
  await expect(async () => {
    await page.goto('/admin/inbox')
    await expect(email).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 30_000 })
  await expect(email).toContainText('oliver.smith@example.com')
  await expect(email).toContainText('Spanish')
  await email.getByText('Show the text version').click()
  await expect(email.getByText(/Gracias\. Hemos recibido su solicitud de devolución del pedido 1007/)).toBeVisible()
  await expect(email.getByText(/Kestrel & Co\./).first()).toBeVisible()
})
