import { expect, type Page } from '@playwright/test'
import sharp from 'sharp'

export const DEMO_EMAILS = {
  '1001': 'ana.keller@example.com',
  '1002': 'sam.lee@example.com',
  '1003': 'sam.lee@example.com',
  '1004': 'li.wei@example.com',
  '1005': 'ana.keller@example.com',
  '1006': 'camille.roux@example.com',
  '1010': 'camille.roux@example.com',
} as const

/** The shopper types their order number and email on the demo shop's start page. */
export async function lookUpOrder(page: Page, number: keyof typeof DEMO_EMAILS, labels = { orderNumber: 'Order number', email: 'Email', submit: 'Find my order' }) {
  await page.goto('/demo')
  await page.getByLabel(labels.orderNumber).fill(number)
  await page.getByLabel(labels.email).fill(DEMO_EMAILS[number])
  await page.getByRole('button', { name: labels.submit }).click()
}

/** A photo as a phone would take it (a JPEG with EXIF), made fresh for each test. */
export async function phonePhoto(name = 'IMG_2041.jpg') {
  const buffer = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#b08d6a' } })
    .composite([{ input: Buffer.from('<svg width="300" height="120"><rect width="300" height="120" fill="#5b3a29"/></svg>'), top: 400, left: 450 }])
    .withMetadata({ exif: { IFD0: { Make: 'Phone', Model: 'Camera' } } })
    .jpeg({ quality: 85 })
    .toBuffer()
  return { name, mimeType: 'image/jpeg', buffer }
}

/** The step heading, so a test reads as "now on the reasons page". */
export async function expectStep(page: Page, title: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

export const STAFF = {
  agent: { email: 'agent@kestrel.example.com', password: 'demo-agent-pass' },
  admin: { email: 'admin@kestrel.example.com', password: 'demo-admin-pass' },
} as const

/** A member of staff signs in with the demo password and lands on the returns queue. */
export async function signInAsStaff(page: Page, who: keyof typeof STAFF) {
  await page.goto('/admin/sign-in')
  await page.getByLabel('Email', { exact: true }).fill(STAFF[who].email)
  await page.getByLabel('Password').fill(STAFF[who].password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Returns' })).toBeVisible()
}
