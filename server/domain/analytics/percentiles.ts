/** How many refunds took a given number of whole hours (rounded up) from request to refund. */
export type DurationBucket = { hours: number; count: number }

/**
 * Nearest-rank percentile over a histogram: the smallest bucket at or below which at least p of
 * the refunds fall. A histogram keeps the database's answer small however many refunds there are.
 */
export function percentileHours(buckets: readonly DurationBucket[], p: number): number | null {
  if (!(p > 0 && p <= 1)) throw new RangeError(`A percentile must be in (0, 1], got ${p}.`)
  const sorted = [...buckets].sort((a, b) => a.hours - b.hours)
  for (const bucket of sorted) {
    if (!Number.isSafeInteger(bucket.count) || bucket.count < 0) throw new RangeError(`Bucket counts must be whole numbers, got ${bucket.count}.`)
    if (!Number.isFinite(bucket.hours) || bucket.hours < 0) throw new RangeError(`Bucket hours must be at least 0, got ${bucket.hours}.`)
  }
  const total = sorted.reduce((sum, bucket) => sum + bucket.count, 0)
  if (total === 0) return null
  const rank = Math.ceil(p * total)
  let seen = 0
  for (const bucket of sorted) {
    seen += bucket.count
    if (seen >= rank) return bucket.hours
  }
  return sorted[sorted.length - 1]!.hours
}

export function refundTimes(buckets: readonly DurationBucket[]): { refunds: number; medianHours: number | null; p90Hours: number | null } {
  return {
    refunds: buckets.reduce((sum, bucket) => sum + bucket.count, 0),
    medianHours: percentileHours(buckets, 0.5),
    p90Hours: percentileHours(buckets, 0.9),
  }
}
