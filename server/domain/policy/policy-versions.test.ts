import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { policyInForce } from './policy-versions'
import { evaluate, order, policyWith } from './test-kit.fixture'

const v1 = policyWith({ version: 1, effectiveFrom: '2025-01-01T00:00:00Z' })
const v2 = policyWith({ version: 2, effectiveFrom: '2025-06-01T00:00:00+02:00', defaultRegion: { id: 'world', returnWindowDays: 14 } })
const v3 = policyWith({ version: 3, effectiveFrom: '2025-09-01T00:00:00Z' })

describe('policy versions', () => {
  test('an order is judged by the version in force when it was placed', () => {
    const versions = [v3, v1, v2]
    expect(policyInForce(versions, '2025-03-10T10:00:00Z').version).toBe(1)
    // v2 starts at 2025-05-31T22:00Z (offset honoured).
    expect(policyInForce(versions, '2025-05-31T21:59:59Z').version).toBe(1)
    expect(policyInForce(versions, '2025-05-31T22:00:00Z').version).toBe(2)
    expect(policyInForce(versions, new Date('2025-10-01T00:00:00Z')).version).toBe(3)
  })

  test('the higher version wins when two start at the same instant', () => {
    const v4 = policyWith({ version: 4, effectiveFrom: '2025-09-01T00:00:00Z' })
    expect(policyInForce([v4, v3], '2025-09-02T00:00:00Z').version).toBe(4)
  })

  test('an order placed before the first version is judged by the first version', () => {
    expect(policyInForce([v2, v3], '2024-12-24T00:00:00Z').version).toBe(2)
  })

  test('no versions at all, or a bad date, is invalid input', () => {
    expect(() => policyInForce([], '2025-01-01T00:00:00Z')).toThrow(AppError)
    expect(() => policyInForce([v1], 'soon')).toThrow(/placedAt/)
  })

  test('the decision records the version it applied', () => {
    const placed = order({ placedAt: '2025-07-01T00:00:00Z' })
    expect(evaluate({ policy: policyInForce([v1, v2, v3], placed.placedAt), order: placed }).policyVersion).toBe(2)
  })
})
