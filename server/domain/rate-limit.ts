/** A fixed-window limit: at most `limit` hits per `windowMs` for one key. */
export interface RateLimitRule {
  name: string
  limit: number
  windowMs: number
}

/**
 * Order lookup guesses order number + email. Per address, generous enough for a household behind
 * one router; per order number, few enough failures that guessing an email is hopeless.
 */
export const LOOKUP_LIMITS = {
  perClient: { name: 'lookup:client', limit: 60, windowMs: 10 * 60_000 },
  perOrderFailures: { name: 'lookup:order-failures', limit: 10, windowMs: 60 * 60_000 },
} as const satisfies Record<string, RateLimitRule>

export const SIGN_IN_LIMITS = {
  perClient: { name: 'sign-in:client', limit: 30, windowMs: 15 * 60_000 },
  perAccountFailures: { name: 'sign-in:account-failures', limit: 8, windowMs: 15 * 60_000 },
} as const satisfies Record<string, RateLimitRule>

export interface RateLimitState {
  count: number
  windowStart: Date
}

export interface RateLimitVerdict {
  allowed: boolean
  remaining: number
  /** When the window resets: the earliest moment another try can succeed. */
  retryAt: Date
}

export function verdict(rule: RateLimitRule, state: RateLimitState): RateLimitVerdict {
  return {
    allowed: state.count <= rule.limit,
    remaining: Math.max(0, rule.limit - state.count),
    retryAt: new Date(state.windowStart.getTime() + rule.windowMs),
  }
}

/** The client as the proxy in front reports it; the header is only trusted when told to (TRUST_PROXY). */
export function clientKey(headers: Headers, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip')?.trim()
    if (forwarded) return forwarded.toLowerCase()
  }
  // Without a trusted proxy every caller shares one bucket, which still caps a flood.
  return 'direct'
}

/** Minutes to wait, rounded up, for the message. */
export function minutesUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000))
}
