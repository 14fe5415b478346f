import { describe, expect, test } from 'vitest'
import { remediationEmail } from './remediation-email'

const base = { shopName: 'Kestrel & Co.', customerName: 'Camille Roux', orderNumber: '1006', product: 'Bamboo Cutting Board (Large)', quantity: 1, message: 'A batch of boards warps.' }

describe('remediationEmail', () => {
  test('a refund: the staff message, then the amount and that nothing needs sending back', () => {
    expect(remediationEmail({ ...base, resolution: 'refund', amount: '€39.00' })).toEqual({
      subject: 'Kestrel & Co.: about your order 1006',
      text: 'Hello Camille Roux,\n\nA batch of boards warps.\n\nWe are refunding €39.00 for Bamboo Cutting Board (Large) to your original payment method. You do not need to send anything back.\n\n— Kestrel & Co.',
    })
  })

  test('a replacement of several units, and a customer without a name', () => {
    const { text } = remediationEmail({ ...base, customerName: ' ', quantity: 2, resolution: 'replacement', amount: null })
    expect(text.startsWith('Hello,\n\n')).toBe(true)
    expect(text).toContain('We are sending you a replacement for 2 × Bamboo Cutting Board (Large) at no cost.')
  })
})
