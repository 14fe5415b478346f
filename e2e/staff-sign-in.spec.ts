import { expect, test } from '@playwright/test'

test.describe('A support agent signs in to the staff console', () => {
  test('signs in with the demo agent account, sees only their own shop, and signs out', async ({ page }) => {
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/sign-in$/)

    await page.getByLabel('Email').fill('agent@kestrel.example.com')
    await page.getByLabel('Password').fill('demo-agent-pass')
    await page.getByRole('button', { name: 'Sign in' }).click()

    await expect(page.getByRole('heading', { name: 'Staff console' })).toBeVisible()
    await expect(page.getByText('Signed in as agent@kestrel.example.com.')).toBeVisible()
    const shops = page.getByRole('list').getByRole('listitem')
    await expect(shops).toHaveCount(1)
    await expect(shops.first()).toContainText('Kestrel & Co.')
    await expect(shops.first()).toContainText('Agent')
    await expect(page.getByText('Northwind Outfitters')).toHaveCount(0)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/admin\/sign-in$/)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/sign-in$/)
  })

  test('types a wrong password and is told, without learning whether the account exists', async ({ page }) => {
    await page.goto('/admin/sign-in')
    await page.getByLabel('Email').fill('agent@kestrel.example.com')
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()

    const message = 'That email and password do not match a staff account.'
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
    await expect(page.getByLabel('Email')).toHaveValue('agent@kestrel.example.com')

    await page.getByLabel('Email').fill('nobody@kestrel.example.com')
    await page.getByLabel('Password').fill('demo-agent-pass')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
  })
})
