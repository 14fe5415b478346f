import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { createMemoryDriver } from '@/server/integrations/storage'
import { createOrder, createShop } from '@/server/testing/factories'
import { testPhoto } from '@/server/testing/test-photo'
import { connectTestDb } from '@/server/testing/test-db'
import { MAX_UNSUBMITTED_PHOTOS_PER_ORDER, readPhoto, uploadShopperPhoto } from './shopper-photos'

const db = connectTestDb()

async function orderOf(shop: { id: string; currency: string }, number: string) {
  return createOrder(db, shop, { number, email: `${number}@example.com`, lines: [{ title: 'Mug', unitPrice: 1600 }] })
}

describe('shopper photos', () => {
  test('are stored re-encoded and shown only to that order’s shopper and that shop’s staff', async () => {
    const storage = createMemoryDriver()
    const shop = await createShop(db)
    const otherShop = await createShop(db)
    const mine = await orderOf(shop, 'P-1')
    const theirs = await orderOf(shop, 'P-2')
    const { id } = await uploadShopperPhoto(db, storage, { orderId: mine.id, bytes: await testPhoto() })
    const row = await db.photo.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ orderId: mine.id, returnItemId: null, mime: 'image/webp', width: 800, height: 600 })
    expect(storage.keys()).toEqual([row.storageKey])

    const staff = (shopId: string, role: 'agent' | 'admin' = 'agent') => ({ userId: 'u', email: 'x@example.com', memberships: [{ shopId, role }] })
    const read = (viewer: Parameters<typeof readPhoto>[2]['viewer']) => readPhoto(db, storage, { photoId: id, viewer })
    await expect(read({ shopper: { orderId: mine.id }, staff: null })).resolves.toMatchObject({ contentType: 'image/webp' })
    await expect(read({ shopper: null, staff: staff(shop.id) })).resolves.toMatchObject({ contentType: 'image/webp' })
    for (const denied of [
      { shopper: { orderId: theirs.id }, staff: null },
      { shopper: null, staff: staff(otherShop.id, 'admin') },
      { shopper: null, staff: null },
    ]) {
      await expect(read(denied)).rejects.toMatchObject({ code: 'RETURN_NOT_FOUND' })
    }
  })

  test('a hostile file is refused by its content and leaves nothing behind', async () => {
    const storage = createMemoryDriver()
    const shop = await createShop(db)
    const order = await orderOf(shop, 'P-3')
    for (const bytes of [Buffer.from('GIF89a but actually text'), Buffer.from('<svg onload="alert(1)"/>'), Buffer.from('%PDF-1.7\n')]) {
      const error = await uploadShopperPhoto(db, storage, { orderId: order.id, bytes }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'not_an_image' } })
    }
    expect(await db.photo.count({ where: { orderId: order.id } })).toBe(0)
    expect(storage.keys()).toEqual([])
  })

  test('one order cannot pile up photos without submitting a return', async () => {
    const storage = createMemoryDriver()
    const shop = await createShop(db)
    const order = await orderOf(shop, 'P-4')
    const bytes = await testPhoto()
    await db.photo.createMany({
      data: Array.from({ length: MAX_UNSUBMITTED_PHOTOS_PER_ORDER }, (_, i) => ({ orderId: order.id, storageKey: `photos/00/${i}.webp`, sha256: '0'.repeat(64), mime: 'image/webp', width: 1, height: 1, bytes: 1 })),
    })
    await expect(uploadShopperPhoto(db, storage, { orderId: order.id, bytes })).rejects.toMatchObject({ code: 'RATE_LIMITED' })
  })
})
