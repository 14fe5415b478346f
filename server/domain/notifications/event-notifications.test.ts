import { describe, expect, test } from 'vitest'
import { RETURN_STATUSES, type ReturnStatus, nextStatuses } from '@/server/domain/return-lifecycle'
import { EMAIL_KINDS, WEBHOOK_EVENT_TYPES, emailDedupeKey, notificationsForEvent, webhookDedupeKey } from './event-notifications'

const move = (fromStatus: ReturnStatus | null, toStatus: ReturnStatus | null, type = 'status_changed') => ({ id: 42n, type, fromStatus, toStatus })

describe('what each return event sends', () => {
  test.each([
    [null, 'requested', false, 'request_received', 'return.created'],
    ['requested', 'needs_review', false, null, null],
    ['requested', 'approved', false, null, 'return.approved'],
    ['requested', 'approved', true, 'approved_keep_it', 'return.approved'],
    ['needs_review', 'approved', true, 'approved_keep_it', 'return.approved'],
    ['needs_review', 'rejected', false, 'rejected', 'return.rejected'],
    ['requested', 'rejected', false, 'rejected', 'return.rejected'],
    ['approved', 'label_issued', false, 'approved_label', 'return.label_created'],
    ['label_issued', 'in_transit', false, null, 'return.in_transit'],
    ['in_transit', 'received', false, 'received', 'return.received'],
    ['received', 'inspected', false, 'inspected', 'return.inspected'],
    ['inspected', 'refund_pending', false, null, null],
    ['approved', 'refund_pending', true, null, null],
    ['refund_pending', 'refunded', false, 'refunded', 'return.refunded'],
    ['refund_pending', 'refunded', true, 'refunded', 'return.refunded'],
    ['inspected', 'credit_issued', false, 'credited', 'return.credited'],
    ['inspected', 'replacement_sent', false, 'replacement_shipped', 'return.replacement_created'],
    ['label_issued', 'expired', false, null, 'return.expired'],
    ['approved', 'cancelled', false, null, null],
  ] as const)('%s → %s (keep-it: %s) sends email %s and webhook %s', (from, to, keepItem, email, webhook) => {
    expect(notificationsForEvent(move(from, to), { keepItem })).toEqual({ email, webhook })
  })

  test('every email stage and every webhook type is reachable from some legal move', () => {
    const emails = new Set<string>(['label_expiring']) // the scheduled check sends this one, not an event
    const webhooks = new Set<string>()
    for (const from of RETURN_STATUSES) {
      for (const to of nextStatuses(from)) {
        for (const keepItem of [true, false]) {
          const sent = notificationsForEvent(move(from, to), { keepItem })
          if (sent.email) emails.add(sent.email)
          if (sent.webhook) webhooks.add(sent.webhook)
        }
      }
    }
    emails.add(notificationsForEvent(move(null, 'requested'), { keepItem: false }).email!)
    webhooks.add(notificationsForEvent(move(null, 'requested'), { keepItem: false }).webhook!)
    expect([...emails].sort()).toEqual([...EMAIL_KINDS].sort())
    expect([...webhooks].sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort())
  })

  test('notes and rows that do not move the return send nothing, whatever their type', () => {
    expect(notificationsForEvent(move(null, null, 'note'), { keepItem: false })).toEqual({ email: null, webhook: null })
    expect(notificationsForEvent(move('approved', null, 'override'), { keepItem: true })).toEqual({ email: null, webhook: null })
    expect(notificationsForEvent(move('received', 'received', 'status_changed'), { keepItem: false })).toEqual({ email: null, webhook: null })
  })

  test('a staff override that moves the return notifies like any other move', () => {
    expect(notificationsForEvent(move('needs_review', 'rejected', 'override'), { keepItem: false })).toEqual({ email: 'rejected', webhook: 'return.rejected' })
  })

  test('dedupe keys come from the event id, so the same event always yields the same keys', () => {
    expect(emailDedupeKey(7n, 'received')).toBe(emailDedupeKey(7n, 'received'))
    expect(emailDedupeKey(7n, 'received')).not.toBe(emailDedupeKey(8n, 'received'))
    expect(webhookDedupeKey(7n, 'ep1')).not.toBe(webhookDedupeKey(7n, 'ep2'))
  })
})
