import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { demoPolicy } from './demo-policy'
import { describePolicy } from './describe-policy'
import { POLICY_SECTION_IDS } from './messages/message-types'
import { LOCALES } from './policy-types'
import { daysAgo, evaluate, first, line, order, policyWith, regionsWith } from './test-kit.fixture'

const section = (policy: Parameters<typeof describePolicy>[0], id: string, locale = 'en') =>
  describePolicy(policy, locale).find((s) => s.id === id)!.items

describe('describePolicy', () => {
  test('gives the same seven sections in all four languages', () => {
    const texts = LOCALES.map((locale) => describePolicy(demoPolicy, locale))
    for (const sections of texts) {
      expect(sections.map((s) => s.id)).toEqual([...POLICY_SECTION_IDS])
      for (const s of sections) {
        expect(s.items.length, s.id).toBeGreaterThan(0)
        for (const item of s.items) expect(item).not.toMatch(/undefined|NaN|null|\$\{/)
      }
    }
    // Same structure per language, different words.
    expect(new Set(texts.map((t) => t.map((s) => s.items.length).join()))).toHaveProperty('size', 1)
    expect(new Set(texts.map((t) => t[0]!.title)).size).toBe(4)
  })

  test('states windows, fees and keep-it from the policy values', () => {
    expect(section(demoPolicy, 'windows')).toContain('United States: 30 days from delivery. If there is no delivery scan, we count from the shipping date plus 6 days.')
    expect(section(demoPolicy, 'windows')).toContain('Jackets and coats: 45 days from delivery.')
    expect(section(demoPolicy, 'fees')).toContain('EU and EEA: for a change of mind, a return shipping fee of €4.95 is deducted from your refund.')
    expect(section(demoPolicy, 'keep_it')[0]).toBe('If what you return is worth less than €10.00, $15.00, or £10.00, you keep it and we refund you straight away.')
    // German puts a no-break space before the % sign.
    expect(section(demoPolicy, 'fees', 'de')).toContain(
      'Für einige Artikel unserer Partner fällt bei Rücksendungen ohne Mangel eine Wiedereinlagerungsgebühr von bis zu 10\u00a0% an.',
    )
  })

  test('follows a changed policy: free returns, no keep-it, no photos, other resolutions', () => {
    const policy = policyWith({
      evidence: { photoReasons: [] },
      resolutions: { byReason: { arrived_too_late: ['refund'] } },
    })
    expect(section(policy, 'fees')).toContain('All other countries: returning for a change of mind is free.')
    expect(section(policy, 'keep_it')).toEqual(['All returns are sent back to us.'])
    expect(section(policy, 'photos')).toEqual(['No photos are needed.'])
    expect(section(policy, 'resolutions')).toContain('Arrived too late: refund.')
    expect(section(policy, 'statutory')).not.toContain('For a withdrawal you can always choose a refund to your original payment method.')
  })

  test('mentions what the statutory right overrides when the merchant settings would say otherwise', () => {
    const policy = policyWith({ resolutions: { changeOfMind: ['store_credit'] }, evidence: { photoReasons: ['damaged', 'doesnt_fit'] } })
    expect(section(policy, 'statutory')).toContain('For a withdrawal you can always choose a refund to your original payment method.')
    expect(section(policy, 'photos')).toContain('No photos are needed for a withdrawal within the legal 14 days.')
  })

  test('mentions a supplier window only when it is shorter than a region window', () => {
    const supplierLine = 'Some items shipped by our partners must be returned within 14 days; the returns portal shows this for each item.'
    expect(section(policyWith({ suppliers: [{ code: 'S', acceptsReturns: true, returnWindowDays: 14 }] }), 'windows')).toContain(supplierLine)
    expect(section(policyWith({ suppliers: [{ code: 'S', acceptsReturns: true, returnWindowDays: 30 }] }), 'windows').join()).not.toContain('partners')
  })

  test('names countries when a region has no label, in the shopper language', () => {
    const policy = policyWith({ regions: [{ id: 'dach', countries: ['DE', 'AT', 'CH'], returnWindowDays: 21 }] })
    expect(section(policy, 'windows', 'de')[0]).toMatch(/^Deutschland, Österreich und Schweiz: 21 Tage ab Lieferung\. /)
  })

  test('the window it states is the window the engine applies', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), (days) => {
        const policy = policyWith({ regions: regionsWith('us', { returnWindowDays: days }) })
        const us = section(policy, 'windows').find((item) => item.startsWith('US:') || item.startsWith('United States:'))!
        const stated = Number(/: (\d+) days?/.exec(us)![1])
        const atDay = (n: number) =>
          first(evaluate({ policy, order: order({ shipCountry: 'US', currency: 'USD', deliveredAt: daysAgo(n), lines: [line({ currency: 'USD' })] }) }))
        expect(atDay(stated).eligible).toBe(true)
        expect(atDay(stated + 1).eligible).toBe(false)
      }),
      { numRuns: 30 },
    )
  })
})
