import { describe, expect, test } from 'vitest'
import { POST as trpcPost } from '@/app/api/trpc/[trpc]/route'
import { POST as photoPost } from '@/app/api/portal/photos/route'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'

const db = connectTestDb()

describe('cookie-authenticated routes refuse cross-site requests', () => {
  test('a lookup posted from another site is refused before anything runs; the same request from the portal works', async () => {
    const shop = await createShop(db)
    await createOrder(db, shop, { number: 'CS-1', email: 'cs@example.com', lines: [{ title: 'Mug', unitPrice: 900 }] })
    const body = JSON.stringify({ json: { shopSlug: shop.slug, orderNumber: 'CS-1', email: 'cs@example.com' } })
    const request = (headers: Record<string, string>) =>
      new Request('http://returns.test/api/trpc/orders.lookup', { method: 'POST', headers: { 'content-type': 'application/json', host: 'returns.test', ...headers }, body })

    const refused = await trpcPost(request({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }))
    expect(refused.status).toBe(403)
    expect(refused.headers.get('set-cookie')).toBeNull()
    expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } })
    expect(await db.rateLimit.count({ where: { key: { contains: `${shop.slug}:CS-1` } } })).toBe(0)

    const allowed = await trpcPost(request({ origin: 'http://returns.test', 'sec-fetch-site': 'same-origin' }))
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('set-cookie')).toContain('HttpOnly')
  })

  test('a photo upload from another site is refused', async () => {
    const response = await photoPost(new Request('http://returns.test/api/portal/photos', { method: 'POST', headers: { host: 'returns.test', origin: 'https://evil.example' }, body: 'x' }))
    expect(response.status).toBe(403)
  })
})
