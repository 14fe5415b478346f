// Small helpers shared by the seed writers.

const DAY_MS = 86_400_000

/** Turns "n days before now" into a UTC instant (millisecond precision, like the timestamptz(3) columns). */
export type Ago = (days: number) => Date

export function daysAgoFrom(now: Date): Ago {
  const base = now.getTime()
  if (Number.isNaN(base)) throw new Error('seedDemo: options.now is not a valid date.')
  return (days) => new Date(base - Math.round(days * DAY_MS))
}

/** Looks up an id the seed itself created; a miss means the data files disagree with each other. */
export function requireId<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key)
  if (value === undefined) throw new Error(`Demo seed: unknown ${what} "${String(key)}".`)
  return value
}
