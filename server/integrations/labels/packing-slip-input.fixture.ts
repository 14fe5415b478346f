import { type PackingSlipInput, type PackingSlipItem } from './packing-slip-input'

const REASONS = ['Too small', 'Arrived damaged', 'Not as described', 'Changed my mind', 'Colour differs from the photos on the product page']

/** `count` plausible items, each different, so a test can find every one of them in the PDF. */
export function sampleItems(count: number): PackingSlipItem[] {
  return Array.from({ length: count }, (_, i) => ({
    title: `Merino crew-neck sweater no. ${i + 1}`,
    variant: i % 3 === 0 ? null : `Size ${['S', 'M', 'L'][i % 3]} / Oatmeal`,
    sku: i % 2 === 0 ? `MER-${String(i + 1).padStart(4, '0')}` : null,
    quantity: (i % 4) + 1,
    reason: REASONS[i % REASONS.length]!,
  }))
}

export function samplePackingSlipInput(overrides: Partial<PackingSlipInput> = {}): PackingSlipInput {
  return {
    shopName: 'Kestrel & Co. Outdoor',
    rma: 'R-7KQ2-M9XD-5',
    orderNumber: '#1001',
    items: sampleItems(3),
    pageSize: 'A4',
    issuedAt: new Date('2026-11-27T09:30:00Z'),
    ...overrides,
  }
}
