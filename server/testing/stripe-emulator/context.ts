import type { FaultPlan } from './faults'
import type { FormObject } from './form-body'
import type { EmulatorState } from './state'
import type { WebhookDispatcher } from './webhooks'

export interface RouteContext {
  state: EmulatorState
  webhooks: WebhookDispatcher
  faults: FaultPlan
  body: FormObject
  query: URLSearchParams
  /** The `:id` path segment, when the route has one. */
  id: string
  refundSettleMs: number
}

export interface RouteResult {
  status: number
  body: unknown
}

export interface Route {
  method: 'GET' | 'POST'
  /** Either an exact path or a prefix ending in `/` followed by a single id segment. */
  path: string
  withId: boolean
  handle(ctx: RouteContext): RouteResult
}

export const ok = (body: unknown): RouteResult => ({ status: 200, body })
