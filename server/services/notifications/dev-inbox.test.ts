import { describe, expect, test } from 'vitest'
import { devInboxEnabled } from './dev-inbox'
import { allowPrivateWebhookTargets } from './network-policy'

describe('what the deployment allows', () => {
  test('the dev inbox is on without SMTP, and in the demo even with it', () => {
    expect(devInboxEnabled({ DEMO_MODE: false, SMTP_URL: undefined })).toBe(true)
    expect(devInboxEnabled({ DEMO_MODE: true, SMTP_URL: 'smtp://mail.example.com' })).toBe(true)
    expect(devInboxEnabled({ DEMO_MODE: false, SMTP_URL: 'smtp://mail.example.com' })).toBe(false)
  })

  test('webhooks may reach private networks only in the demo and in tests', () => {
    expect(allowPrivateWebhookTargets({ DEMO_MODE: false, NODE_ENV: 'production' })).toBe(false)
    expect(allowPrivateWebhookTargets({ DEMO_MODE: false, NODE_ENV: 'development' })).toBe(false)
    expect(allowPrivateWebhookTargets({ DEMO_MODE: true, NODE_ENV: 'production' })).toBe(true)
    expect(allowPrivateWebhookTargets({ DEMO_MODE: false, NODE_ENV: 'test' })).toBe(true)
  })
})
