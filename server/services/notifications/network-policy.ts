import { env } from '@/server/env'

/** Webhooks may target this machine or a private network only in the demo and in tests (SSRF). */
export function allowPrivateWebhookTargets(config: { DEMO_MODE: boolean; NODE_ENV: string } = env()): boolean {
  return config.DEMO_MODE || config.NODE_ENV === 'test'
}
