import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseRma, rmaFromBytes } from './rma'

describe('RMA numbers', () => {
  test('have a fixed, readable shape', () => {
    expect(rmaFromBytes(new Uint8Array([0, 0, 0, 0, 0]))).toBe('R-0000-0000-0')
    expect(rmaFromBytes(new Uint8Array([255, 255, 255, 255, 255]))).toMatch(/^R-ZZZZ-ZZZZ-.$/)
  })

  test('round-trip through what a shopper types', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
        const rma = rmaFromBytes(bytes)
        expect(parseRma(rma)).toBe(rma)
        expect(parseRma(` ${rma.toLowerCase().replace(/-/g, ' ')} `)).toBe(rma)
      }),
    )
  })

  test('reads O as zero and I or L as one', () => {
    const rma = rmaFromBytes(new Uint8Array([0, 0, 0, 0, 33]))
    expect(rma).toMatch(/^R-0000-0011-[0-9A-HJKMNP-TV-Z]$/)
    expect(parseRma(`r-oooo-ooil-${rma.at(-1)!.toLowerCase()}`)).toBe(rma)
  })

  test('catch every single-symbol typo', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 31 }), (bytes, pos, shift) => {
        const rma = rmaFromBytes(bytes)
        const body = rma.replace(/^R-|-.$/g, '').replace('-', '')
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
        const typo = alphabet[(alphabet.indexOf(body[pos]!) + shift) % 32]!
        const mistyped = `R${body.slice(0, pos)}${typo}${body.slice(pos + 1)}${rma.at(-1)}`
        expect(parseRma(mistyped)).toBeNull()
      }),
    )
  })

  test('use only the 32 readable symbols, check symbol included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
        expect(rmaFromBytes(bytes)).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/)
      }),
    )
  })

  test('rejects garbage', () => {
    expect(parseRma('')).toBeNull()
    expect(parseRma('R-1234')).toBeNull()
    expect(parseRma('hello world')).toBeNull()
  })
})
