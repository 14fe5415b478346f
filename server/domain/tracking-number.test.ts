import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isValidTrackingNumber, parseTrackingNumber, s10CheckDigit, trackingNumberFromSerial } from './tracking-number'

const serial = fc.integer({ min: 0, max: 99_999_999 })
const letters = fc.constantFrom('RT', 'RR', 'CP', 'LX', 'EE')
const country = fc.constantFrom('NL', 'GB', 'US', 'DE')

/** Every number that differs from `digits` in exactly one position. */
const substitutions = (digits: string): string[] =>
  [...digits].flatMap((digit, i) =>
    '0123456789'.split('').filter((d) => d !== digit).map((d) => digits.slice(0, i) + d + digits.slice(i + 1)),
  )

describe('S10 tracking numbers', () => {
  test('match published S10 examples', () => {
    // 4·8 + 7·6 + 3·4 + 1·2 + 2·3 + 4·5 + 8·9 + 2·7 = 200; 200 mod 11 = 2; 11 − 2 = 9.
    expect(s10CheckDigit('47312482')).toBe(9)
    expect(trackingNumberFromSerial(47_312_482, { service: 'RR', country: 'GB' })).toBe('RR473124829GB')
    expect(isValidTrackingNumber('RR473124829NL')).toBe(true)
  })

  test('map a remainder of 1 to check digit 0 and a remainder of 0 to 5', () => {
    expect(s10CheckDigit('00000000')).toBe(5) // sum 0 → 11 → 5
    expect(s10CheckDigit('00000008')).toBe(0) // sum 8·7 = 56 ≡ 1 → 10 → 0
    expect(s10CheckDigit('00000001')).toBe(4) // sum 7 → 11 − 7
  })

  test('pad small serials to eight digits', () => {
    expect(trackingNumberFromSerial(0, { service: 'rt', country: 'nl' })).toBe('RT000000005NL')
    expect(trackingNumberFromSerial(99_999_999, { service: 'RT', country: 'NL' })).toMatch(/^RT99999999\dNL$/)
  })

  test('round-trip through what a person types', () => {
    fc.assert(
      fc.property(serial, letters, country, (n, service, iso) => {
        const value = trackingNumberFromSerial(n, { service, country: iso })
        expect(isValidTrackingNumber(value)).toBe(true)
        const spaced = ` ${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8, 11)} ${value.slice(11)} `
        expect(parseTrackingNumber(spaced.toLowerCase())).toEqual({ value, service, serial: n, checkDigit: Number(value[10]), country: iso })
      }),
    )
  })

  test('detect every single-digit typo in the serial unless the check digit is 5 (the S10 blind spot)', () => {
    fc.assert(
      fc.property(serial, (n) => {
        const digits = String(n).padStart(8, '0')
        const check = s10CheckDigit(digits)
        // Check digit 5 stands for two remainders (0 and 6), so there a typo can go unseen; see below.
        fc.pre(check !== 5)
        for (const typo of substitutions(digits)) expect(isValidTrackingNumber(`RT${typo}${check}NL`)).toBe(false)
      }),
    )
  })

  test('the blind spot exists: 00000000 and 90000000 share check digit 5', () => {
    expect(isValidTrackingNumber('RT000000005NL')).toBe(true)
    expect(isValidTrackingNumber('RT900000005NL')).toBe(true)
  })

  test('detect every wrong check digit', () => {
    fc.assert(
      fc.property(serial, fc.integer({ min: 1, max: 9 }), (n, shift) => {
        const value = trackingNumberFromSerial(n, { service: 'RT', country: 'NL' })
        const wrong = (Number(value[10]) + shift) % 10
        expect(isValidTrackingNumber(`${value.slice(0, 10)}${wrong}${value.slice(11)}`)).toBe(false)
      }),
    )
  })

  test('reject malformed numbers', () => {
    for (const bad of ['', 'RR473124829', 'RR47312482GB', 'R1473124829GB', 'RR473124828GB', 'RR4731248290GB']) {
      expect(parseTrackingNumber(bad)).toBeNull()
      expect(isValidTrackingNumber(bad)).toBe(false)
    }
    expect(isValidTrackingNumber('rr473124829gb')).toBe(false) // strict: canonical form only
    expect(parseTrackingNumber('rr 473 124 829 gb')?.value).toBe('RR473124829GB')
  })

  test('refuse serials and codes that cannot be printed', () => {
    for (const bad of [-1, 100_000_000, 1.5, Number.NaN]) {
      expect(() => trackingNumberFromSerial(bad, { service: 'RT', country: 'NL' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    }
    expect(() => trackingNumberFromSerial(1, { service: 'R', country: 'NL' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    expect(() => trackingNumberFromSerial(1, { service: 'RT', country: 'NLD' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })
})
