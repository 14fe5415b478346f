import { expect, test } from '@playwright/test'
import { expectStep } from './support'

/** 100 orders as a merchant's spreadsheet would export them: two lines each, one row per line. */
function ordersCsv(): Buffer {
  const rows = ['order_number,email,customer_name,currency,placed_at,delivered_at,ship_line1,ship_city,ship_postcode,ship_country,prices_include_tax,sku,title,variant,unit_price,quantity']
  for (let n = 5001; n <= 5100; n++) {
    const delivered = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10)
    rows.push(`${n},shopper${n}@example.com,Shopper ${n},EUR,${delivered},${delivered},Torstraße ${n - 5000},Berlin,10115,DE,yes,IMP-MUG,Imported Mug,Blue,16.00,1`)
    rows.push(`${n},,,,,,,,,,,IMP-TOTE,Imported Tote,,19.00,2`)
  }
  return Buffer.from(rows.join('\n'))
}

test.describe('A shop admin imports orders from a CSV', () => {
  test('uploads 100 orders, watches the progress, and a shopper can then find one', async ({ page }) => {
    // The import job writes 100 orders in one transaction; on a busy CI machine that takes a while.
    test.setTimeout(120_000)
    await page.goto('/admin/import')
    await page.getByLabel('Email').fill('admin@kestrel.example.com')
    await page.getByLabel('Password').fill('demo-admin-pass')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/admin$/)
    await page.goto('/admin/import')
    await expect(page.getByRole('heading', { level: 1, name: 'Import orders' })).toBeVisible()

    await page.getByLabel('Orders file (.csv, up to 5 MB)').setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: ordersCsv() })
    await page.getByRole('button', { name: 'Upload and import' }).click()
    await expect(page.getByRole('progressbar', { name: 'Upload' })).toBeVisible()
    await expect(page.getByRole('progressbar', { name: 'Import' })).toBeVisible()
    await expect(page.getByText('Imported 100 of 100 orders.')).toBeVisible({ timeout: 90_000 })
    await expect(page.getByRole('progressbar', { name: 'Import' })).toHaveAttribute('value', '100')

    await page.goto('/demo')
    await page.getByLabel('Order number').fill('5042')
    await page.getByLabel('Email').fill('shopper5042@example.com')
    await page.getByRole('button', { name: 'Find my order' }).click()
    await expectStep(page, 'What would you like to return?')
    await expect(page.getByLabel('Imported Mug')).toBeVisible()
    await expect(page.getByLabel('Imported Tote')).toBeVisible()
  })

  test('a file with a bad row imports nothing and lists the problem by row', async ({ page }) => {
    await page.goto('/admin/sign-in')
    await page.getByLabel('Email').fill('admin@kestrel.example.com')
    await page.getByLabel('Password').fill('demo-admin-pass')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/admin$/)
    await page.goto('/admin/import')
    const csv = 'order_number,email,customer_name,currency,placed_at,ship_line1,ship_city,ship_postcode,ship_country,sku,title,unit_price,quantity\n6001,a@example.com,A,EUR,2026-11-01,Street 1,Berlin,10115,DE,X,Thing,twelve,1\n'
    await page.getByLabel('Orders file (.csv, up to 5 MB)').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByRole('button', { name: 'Upload and import' }).click()
    await expect(page.getByText('Nothing was imported: fix this problem and upload the file again.')).toBeVisible()
    await expect(page.getByRole('row', { name: /2 unit_price "twelve" is not an amount/ })).toBeVisible()
  })
})
