/** Every background task, by name (`noun:verb`; graphile-worker's crontab allows no dots). A task's handler lives in `task-list.ts`. */
export const TASK_NAMES = [
  'labels:expire', 'labels:remind',
  'refunds:execute', 'refunds:sweep', 'refunds:reconcile',
  'events:relay', 'emails:send', 'emails:sweep', 'webhooks:deliver',
  'rate-limits:prune',
] as const

export type TaskName = (typeof TASK_NAMES)[number]
