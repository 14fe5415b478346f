import { describe, expect, test } from 'vitest'
import { explain, explainAll, resolveLocale } from './explain'
import { EXPLANATION_CODES, type ExplanationCode, type ExplanationParams } from './explanation-types'
import { LOCALES } from './policy-types'
import { demoPolicy } from './demo-policy'
import { buildDemoOrder, DEMO_ORDER_NUMBERS, demoCustomerHistory } from './demo-orders.fixture'
import { evaluateReturn } from './evaluate-return'
import { evaluate, NOW } from './test-kit.fixture'

const eur = (amount: number) => ({ amount, currency: 'EUR' })

// Typed as a full record: adding a code without a sample here fails to compile.
const SAMPLES: { [C in ExplanationCode]: ExplanationParams[C] } = {
  eligible: { windowEndsOn: '2025-10-12' },
  eligible_statutory: { windowEndsOn: '2025-10-12' },
  eligible_fault: { windowEndsOn: '2026-10-12' },
  not_delivered: { expectedOn: '2025-10-24' },
  already_returned: {},
  quantity_exceeds_remaining: { remaining: 1, requested: 2 },
  window_closed: { windowEndsOn: '2025-10-12' },
  supplier_window_closed: { windowEndsOn: '2025-10-12' },
  fault_window_closed: { windowEndsOn: '2025-10-12' },
  final_sale: {},
  non_returnable: { note: { en: 'Samples are sold as seen.', de: 'Musterteile werden wie gesehen verkauft.' } },
  exempt_item: { exemption: 'personalised' },
  supplier_no_returns: {},
  photos_required: { min: 1, max: 5, provided: 0 },
  too_many_photos: { max: 5, provided: 7 },
  resolution_not_allowed: { resolution: 'exchange', allowed: ['refund', 'store_credit'] },
  statutory_withdrawal: { until: '2025-10-12' },
  assumed_delivery: { deliveredOn: '2025-10-02', transitDays: 6 },
  return_shipping_fee: { amount: eur(495) },
  restocking_fee: { amount: eur(735), bps: 1500 },
  fee_capped: { cap: eur(990) },
  keep_it: { reason: 'below_value' },
  keep_it_limit_reached: { count: 2, periodDays: 365 },
  keep_it_repeat_sku: { sku: 'ACC-KEYRING' },
  review_high_value: { threshold: eur(30000) },
  review_blocked_customer: {},
  review_frequent_returner: { count: 5, periodDays: 90 },
  review_supplier_approval: {},
  refund_due_by: { date: '2025-11-03' },
  shipping_refunded: { amount: eur(490) },
  store_credit_bonus: { amount: eur(890), bps: 1000 },
}

describe('explain', () => {
  test('every code has a message in all four languages, with its parameters filled in', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...EXPLANATION_CODES].sort())
    for (const code of EXPLANATION_CODES) {
      const texts = LOCALES.map((locale) => explain(code, SAMPLES[code] as never, locale))
      for (const text of texts) {
        expect(text.length, code).toBeGreaterThan(20)
        expect(text, code).not.toMatch(/undefined|NaN|\[object|\$\{|null/)
      }
      // Four distinct texts: no language silently falls back to another.
      expect(new Set(texts).size, code).toBe(4)
    }
  })

  test('dates are UTC calendar days in the shopper language', () => {
    const params = { windowEndsOn: '2025-10-12' }
    expect(explain('window_closed', params, 'en')).toBe('Returns for this item closed on 12 Oct 2025.')
    expect(explain('window_closed', params, 'de')).toBe('Die Rückgabefrist für diesen Artikel endete am 12. Okt. 2025.')
    expect(explain('window_closed', params, 'fr')).toBe('Le délai de retour de cet article a pris fin le 12 oct. 2025.')
    expect(explain('window_closed', params, 'es')).toContain('12 oct 2025')
  })

  test('money uses formatMoney in the locale', () => {
    expect(explain('return_shipping_fee', { amount: eur(495) }, 'en')).toBe('A return shipping fee of €4.95 is deducted.')
    expect(explain('return_shipping_fee', { amount: eur(495) }, 'de')).toContain('4,95\u00a0€')
    expect(explain('restocking_fee', { amount: { amount: 1800, currency: 'USD' }, bps: 1000 }, 'en-US')).toBe('A restocking fee of $18.00 (10%) is deducted.')
  })

  test('merchant notes render in the shopper language, falling back to English', () => {
    const note = SAMPLES.non_returnable.note!
    expect(explain('non_returnable', { note }, 'de')).toContain('Musterteile werden wie gesehen verkauft.')
    expect(explain('non_returnable', { note }, 'fr')).toContain('Samples are sold as seen.')
  })

  test('regional tags use their language; unknown ones fall back to English', () => {
    expect(resolveLocale('de-AT')).toBe('de')
    expect(resolveLocale('pt-BR')).toBe('en')
    expect(explain('final_sale', {}, 'es-MX')).toBe(explain('final_sale', {}, 'es'))
    expect(explain('eligible', { windowEndsOn: '2025-10-12' }, 'not a locale!')).toContain('12 Oct 2025')
  })

  test('renders a whole decision', () => {
    const decision = evaluate()
    expect(explainAll([decision.lines[0]!.explanation, ...decision.notes], 'fr')[0]).toMatch(/^Vous pouvez retourner cet article jusqu’au/)
  })

  test('every demo decision renders in every language', () => {
    for (const number of DEMO_ORDER_NUMBERS) {
      const order = buildDemoOrder(number, NOW)
      const items = order.lines.map((l) => ({ lineId: l.id, quantity: 1, reason: 'defective' as const, photoCount: 2 }))
      const decision = evaluateReturn({ policy: demoPolicy, order, request: { items, resolution: 'refund' }, customer: demoCustomerHistory(number, NOW), now: NOW })
      const all = [...decision.lines.flatMap((l) => [l.explanation, ...l.notes]), ...decision.notes]
      for (const locale of LOCALES) for (const text of explainAll(all, locale)) expect(text).not.toMatch(/undefined|NaN|null/)
    }
  })
})
