import type { ReturnStatus } from './return-lifecycle'

export const TRACKING_EVENT_TYPES = ['accepted', 'in_transit', 'delivered_to_hub'] as const
export type TrackingEventType = (typeof TRACKING_EVENT_TYPES)[number]

/**
 * The statuses a return moves through for a carrier event, in order; empty when the event changes
 * nothing. Scans only ever move a return forward: a late "in transit" after "delivered to hub" is
 * history, not news. A parcel delivered to the hub without an earlier scan was, evidently, in transit.
 */
export function trackingTransitions(current: ReturnStatus, event: TrackingEventType): ReturnStatus[] {
  if (event === 'delivered_to_hub') {
    if (current === 'label_issued') return ['in_transit', 'received']
    if (current === 'in_transit') return ['received']
    return []
  }
  return current === 'label_issued' ? ['in_transit'] : []
}
