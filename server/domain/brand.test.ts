import { describe, expect, test } from 'vitest'
import { brandTokens, contrastRatio, readableTextOn } from './brand'

describe('brand tokens', () => {
  test('contrast ratio matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
  })

  test('picks legible text for dark and light brand colours', () => {
    expect(readableTextOn('#0f766e')).toBe('#ffffff')
    expect(readableTextOn('#fbbf24')).toBe('#000000')
    expect(brandTokens('#0f766e', '#f59e0b')).toEqual({ primary: '#0f766e', onPrimary: '#ffffff', accent: '#f59e0b', onAccent: '#000000' })
  })

  test('chosen text always reaches at least 4.5:1 against the brand colour', () => {
    for (let v = 0; v < 256; v += 5) {
      for (const hex of [`#${v.toString(16).padStart(2, '0').repeat(3)}`, `#00${v.toString(16).padStart(2, '0')}80`]) {
        expect(contrastRatio(hex, readableTextOn(hex))).toBeGreaterThanOrEqual(4.5)
      }
    }
  })

  test('rejects colours that are not #rrggbb', () => {
    expect(() => readableTextOn('teal')).toThrow(/#rrggbb/)
    expect(() => readableTextOn('#fff')).toThrow(/#rrggbb/)
  })
})
