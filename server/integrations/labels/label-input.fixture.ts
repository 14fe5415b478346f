import { type ReturnLabelInput } from './label-input'

/** A realistic label: a shopper in Munich returning to a hub in Rotterdam. */
export function sampleLabelInput(overrides: Partial<ReturnLabelInput> = {}): ReturnLabelInput {
  return {
    rma: 'R-7KQ2-M9XD-5',
    trackingNumber: '1Z999AA10123456784',
    carrierName: 'DHL Parcel',
    serviceName: 'Return Connect, drop-off',
    weightClass: 'M',
    from: { name: 'Jürgen Groß', line1: 'Leopoldstraße 12', line2: '3. OG', city: 'München', region: null, postcode: '80802', country: 'DE' },
    to: { name: 'Roundtrip Returns Hub EU', line1: 'Waalhaven Zuidzijde 21', line2: 'Dock 4', city: 'Rotterdam', postcode: '3089 JH', country: 'NL' },
    issuedAt: new Date('2026-11-27T09:30:00Z'),
    expiresAt: new Date('2026-12-25T23:59:59Z'),
    qrPayload: 'https://returns.example.com/d/R-7KQ2-M9XD-5?t=1Z999AA10123456784',
    ...overrides,
  }
}
