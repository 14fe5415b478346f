/** Every background task, by name (`noun:verb`; graphile-worker's crontab allows no dots). A task's handler lives in `task-list.ts`. */
export const TASK_NAMES = ['labels:expire', 'refunds:execute', 'refunds:sweep', 'refunds:reconcile', 'rate-limits:prune'] as const

export type TaskName = (typeof TASK_NAMES)[number]
