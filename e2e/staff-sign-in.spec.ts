import { expect, test } from '@playwright/test'

test.describe('A support agent signs in to the staff console', () => {
  test('signs in with the demo agent account, works in their own shop only, and signs out', async ({ page }) => {
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/sign-in$/)

    await page.getByLabel('Email', { exact: true }).fill('agent@kestrel.example.com')
    await page.getByLabel('Password').fill('demo-agent-pass')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()

    await expect(page.getByRole('heading', { level: 1, name: 'Returns' })).toBeVisible()
    await expect(page.getByText('agent@kestrel.example.com').filter({ visible: true })).toBeVisible()
        await expect(page.getByText('Kestrel & Co. · Agent').filter({ visible: true })).toBeVisible()
    await expect(page.getByText('Northwind Outfitters')).toHaveCount(0)
    // An agent's navigation has no settings.
    await expect(page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Settings' })).toHaveCount(0)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/admin\/sign-in$/)
    await page.goto('/admin/returns/R-0000-0000-0')
    await expect(page).toHaveURL(/\/admin\/sign-in$/)
  })

  test('types a wrong password and is told, without learning whether the account exists', async ({ page }) => {
    await page.goto('/admin/sign-in')
    await page.getByLabel('Email', { exact: true }).fill('agent@kestrel.example.com')
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()

    const message = 'That email and password do not match a staff account.'
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
    await expect(page.getByLabel('Email', { exact: true })).toHaveValue('agent@kestrel.example.com')

    await page.getByLabel('Email', { exact: true }).fill('nobody@kestrel.example.com')
    await page.getByLabel('Password').fill('demo-agent-pass')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible()
  })

  test('asks for an email sign-in link and is told to check their email, whoever they are', async ({ page }) => {
    await page.goto('/admin/sign-in')
    await page.getByLabel('Your work address').fill('agent@kestrel.example.com')
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
    await expect(page.getByRole('status')).toContainText('Check your email')

    await page.goto('/admin/sign-in')
    await page.getByLabel('Your work address').fill('stranger@example.com')
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
    await expect(page.getByRole('status')).toContainText('Check your email')
  })
})
