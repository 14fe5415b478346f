import { expect, test } from 'vitest'
import { RETURN_STATUSES } from '@/server/domain/return-lifecycle'
import { decodeCursor, encodeCursor, QUEUE_TAB_IDS, QUEUE_TABS, tabOf } from './queue-tabs'

test('every status sits in exactly one tab', () => {
  const all = QUEUE_TAB_IDS.flatMap((tab) => [...QUEUE_TABS[tab]])
  expect([...all].sort()).toEqual([...RETURN_STATUSES].sort())
  expect(tabOf('label_issued')).toBe('in_transit')
  expect(tabOf('inspected')).toBe('received')
  expect(tabOf('cancelled')).toBe('closed')
})

test('a cursor round-trips, and junk means "from the start"', () => {
  const row = { createdAt: new Date('2026-11-27T10:00:00.123Z'), id: 'clx123' }
  expect(decodeCursor(encodeCursor(row))).toEqual(row)
  expect(decodeCursor('not-a-cursor')).toBeNull()
  expect(decodeCursor(undefined)).toBeNull()
})
