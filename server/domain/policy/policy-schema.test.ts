import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { demoPolicy } from './demo-policy'
import { parsePolicy, ZPolicySchema } from './policy-schema'
import { basePolicyJson } from './test-kit.fixture'

describe('ZPolicySchema', () => {
  test('the demo policy is valid and survives a JSON round trip unchanged', () => {
    const stored = JSON.parse(JSON.stringify(demoPolicy)) as unknown
    expect(ZPolicySchema.parse(stored)).toEqual(demoPolicy)
  })

  test('fills the documented defaults', () => {
    const policy = parsePolicy(basePolicyJson)
    expect(policy.faultWindowDays).toBe(365)
    expect(policy.evidence).toEqual({ photoReasons: ['damaged', 'defective', 'wrong_item'], minPhotos: 1, maxPhotos: 5 })
    expect(policy.resolutions.refundTiming).toEqual({ refund: 'on_inspection', replacement: 'on_inspection', store_credit: 'on_inspection', exchange: 'on_inspection' })
    expect(policy.keepIt.enabled).toBe(false)
    expect(policy.review).toEqual({ valueAbove: {}, maxReturns: null })
  })

  test.each([
    ['a negative window', { defaultRegion: { id: 'world', returnWindowDays: -1 } }, /returnWindowDays/],
    ['basis points above 100 %', { restockingFeeBps: 10_001 }, /restockingFeeBps/],
    ['a fractional amount', { defaultRegion: { id: 'world', returnWindowDays: 30, returnShippingFee: { EUR: 4.95 } } }, /returnShippingFee/],
    ['a lower-case currency', { defaultRegion: { id: 'world', returnWindowDays: 30, returnShippingFee: { eur: 495 } } }, /returnShippingFee/],
    ['an unknown reason', { evidence: { photoReasons: ['bored'] } }, /photoReasons/],
    ['a misspelt setting', { faultWindowDay: 30 }, /Unrecognized key/],
    ['min photos above max', { evidence: { minPhotos: 6, maxPhotos: 5 } }, /minPhotos/],
    ['an item rule matching nothing', { itemRules: [{ id: 'x', returnWindowDays: 3 }] }, /SKU or category/],
    ['a country in two regions', { regions: [...basePolicyJson.regions, { id: 'de', countries: ['DE'], returnWindowDays: 10 }] }, /DE/],
    ['an item rule naming an unknown region', { itemRules: [{ id: 'x', skus: ['A'], regionIds: ['mars'] }] }, /mars/],
    ['a bad effectiveFrom', { effectiveFrom: 'January' }, /effectiveFrom/],
  ])('rejects %s', (_name, changes, message) => {
    const attempt = () => parsePolicy({ ...basePolicyJson, ...changes })
    expect(attempt).toThrow(AppError)
    expect(attempt).toThrow(message)
  })
})
