import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { decodePdfBarcodes } from './pdf-barcodes.fixture'
import { readPdf, textsOutside } from './pdf-text.fixture'
import { sampleItems, samplePackingSlipInput } from './packing-slip-input.fixture'
import { type PackingSlipInput, renderPackingSlip } from './render-packing-slip'

const MARGIN = 42
const render = async (overrides: Partial<PackingSlipInput> = {}) => {
  const pdf = await renderPackingSlip(samplePackingSlipInput(overrides))
  return { pdf, contents: await readPdf(pdf) }
}

describe('renderPackingSlip', () => {
  test('lists the shop, RMA, order and every item with variant, quantity and reason, plus how to pack', async () => {
    const { contents } = await render()
    const lines = contents.texts.map((t) => t.text)
    expect(lines).toEqual(
      expect.arrayContaining(['Kestrel & Co. Outdoor', 'Return packing slip', 'Order #1001', 'RMA R-7KQ2-M9XD-5', 'How to pack your return']),
    )
    expect(contents.allText).toContain('Put this slip in the box')
    for (const item of samplePackingSlipInput().items) {
      expect(lines).toContain(item.title)
      expect(lines).toContain(item.reason)
      expect(lines).toContain(String(item.quantity))
    }
    expect(lines).toEqual(expect.arrayContaining(['SKU MER-0001', 'Size M / Oatmeal', 'Size L / Oatmeal · SKU MER-0003', 'Items in this return: 6', 'Page 1 of 1']))
  })

  test('the RMA barcode decodes to the RMA', async () => {
    const { pdf, contents } = await render()
    expect(await decodePdfBarcodes(pdf, contents.pages[0]!)).toEqual([{ format: 'Code128', text: 'R-7KQ2-M9XD-5' }])
  })

  test('is A4 or US Letter as asked', async () => {
    expect((await render({ pageSize: 'A4' })).contents.pages).toEqual([{ width: 595.28, height: 841.89 }])
    expect((await render({ pageSize: 'Letter' })).contents.pages).toEqual([{ width: 612, height: 792 }])
  })

  test.each(['A4', 'Letter'] as const)('60 items on %s paginate: each item once, RMA barcode and page numbers on every page, nothing in the margins', async (pageSize) => {
    const items = sampleItems(60)
    const { pdf, contents } = await render({ items, pageSize })
    const pages = contents.pages.length
    expect(pages).toBeGreaterThanOrEqual(3)
    for (const item of items) expect(contents.texts.filter((t) => t.text === item.title)).toHaveLength(1)
    for (let page = 1; page <= pages; page++) {
      const onPage = contents.texts.filter((t) => t.page === page).map((t) => t.text)
      expect(onPage).toContain(`Page ${page} of ${pages}`)
      expect(onPage).toContain('RMA R-7KQ2-M9XD-5')
      expect(await decodePdfBarcodes(pdf, contents.pages[page - 1]!, page - 1)).toEqual([{ format: 'Code128', text: 'R-7KQ2-M9XD-5' }])
    }
    // Items run in order across pages, and the instructions are printed once.
    const titles = contents.texts.filter((t) => t.text.startsWith('Merino')).map((t) => Number(t.text.split('no. ')[1]))
    expect(titles).toEqual(items.map((_, i) => i + 1))
    expect(contents.texts.filter((t) => t.text === 'How to pack your return')).toHaveLength(1)
    expect(contents.texts.filter((t) => t.page === pages).map((t) => t.text)).toContain('Items in this return: 150')
    expect(textsOutside(contents, MARGIN - 0.5)).toEqual([])
  })

  test('long, odd and non-Latin text is wrapped, cut or transliterated, never drawn off the page', async () => {
    const long = 'Ein außergewöhnlich langer Produkttitel, der über mehrere Zeilen gehen muss '.repeat(5)
    const items = [
      { title: long, variant: long, sku: 'S'.repeat(200), quantity: 9999, reason: long },
      { title: 'Koszula lniana – ŁÓDŹ', variant: 'Rozmiar XL', quantity: 1, reason: 'Zła jakość szwów' },
      { title: 'Gömlek', quantity: 2, reason: 'Beden küçük geldi, değiştirmek istiyorum' },
      { title: 'Рубашка', quantity: 1, reason: '太小了 📦' },
    ]
    const { contents } = await render({ items, shopName: `Łódź Outlet ${'X'.repeat(300)}`, orderNumber: 'W'.repeat(120) })
    expect(textsOutside(contents, MARGIN - 0.5)).toEqual([])
    expect(contents.texts.some((t) => t.text.endsWith('…'))).toBe(true)
    expect(contents.allText).toContain('Koszula lniana – LÓDZ')
    expect(contents.allText).toContain('Zla jakosc szwów')
    expect(contents.allText).toContain('Beden küçük geldi, degistirmek istiyorum')
    expect(contents.allText).toContain('Rubashka')
    expect(contents.allText).toContain('9999')
  })

  test('takes its wording from the caller (translations) and fills in the placeholders', async () => {
    const text = {
      title: 'Rücksendeschein',
      order: 'Bestellung',
      item: 'Artikel',
      quantity: 'Menge',
      reason: 'Grund',
      instructionsTitle: 'So packen Sie Ihre Rücksendung',
      instructions: ['Legen Sie diesen Schein mit den Artikeln in das Paket.'],
      totalItems: 'Artikel in dieser Rücksendung: {count}',
      pageOf: 'Seite {page} von {pages}',
    }
    const { contents } = await render({ text, items: [{ title: 'Pullover', quantity: 2, reason: 'Zu klein' }] })
    const lines = contents.texts.map((t) => t.text)
    expect(lines).toEqual(expect.arrayContaining(['Rücksendeschein', 'Bestellung #1001', 'Artikel', 'Menge', 'Grund', 'Zu klein', 'Artikel in dieser Rücksendung: 2', 'Seite 1 von 1']))
    expect(contents.allText).not.toContain('Put this slip')
  })

  test.each<[string, Partial<PackingSlipInput>]>([
    ['no items', { items: [] }],
    ['more than 500 items', { items: sampleItems(501) }],
    ['a zero quantity', { items: [{ title: 'A', quantity: 0, reason: 'x' }] }],
    ['a fractional quantity', { items: [{ title: 'A', quantity: 1.5, reason: 'x' }] }],
    ['an untitled item', { items: [{ title: ' ', quantity: 1, reason: 'x' }] }],
    ['a blank shop name', { shopName: '' }],
    ['a non-ASCII RMA', { rma: 'R-ÄÖÜ' }],
    ['an unknown page size', { pageSize: 'A5' as 'A4' }],
  ])('refuses %s with INVALID_INPUT', async (_, overrides) => {
    const error = await renderPackingSlip(samplePackingSlipInput(overrides)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
  })
})
