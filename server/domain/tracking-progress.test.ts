import { describe, expect, test } from 'vitest'
import { canTransition, RETURN_STATUSES } from './return-lifecycle'
import { TRACKING_EVENT_TYPES, trackingTransitions } from './tracking-progress'

describe('carrier events move a return forward only', () => {
  test.each([
    ['label_issued', 'accepted', ['in_transit']],
    ['label_issued', 'in_transit', ['in_transit']],
    ['label_issued', 'delivered_to_hub', ['in_transit', 'received']],
    ['in_transit', 'in_transit', []],
    ['in_transit', 'accepted', []],
    ['in_transit', 'delivered_to_hub', ['received']],
    ['received', 'in_transit', []],
    ['received', 'delivered_to_hub', []],
    ['refunded', 'delivered_to_hub', []],
    ['cancelled', 'in_transit', []],
    ['expired', 'delivered_to_hub', []],
  ] as const)('%s + %s → %j', (current, event, path) => {
    expect(trackingTransitions(current, event)).toEqual(path)
  })

  test('every path is made of legal lifecycle transitions', () => {
    for (const status of RETURN_STATUSES) {
      for (const event of TRACKING_EVENT_TYPES) {
        let from = status
        for (const to of trackingTransitions(status, event)) {
          expect(canTransition(from, to)).toBe(true)
          from = to
        }
      }
    }
  })
})
