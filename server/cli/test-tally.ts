import { existsSync, readFileSync } from 'node:fs'

export type Tally = { passed: number; failed: number; skipped: number }

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null
}

/** Test counts from Vitest's JSON report, or null when the run left none. */
export function tallyVitest(file: string): Tally | null {
  const report = readJson<VitestReport>(file)
  return report && { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
}

/** Test counts from Playwright's JSON report; a flaky test failed at least once and is not a pass. */
export function tallyPlaywright(file: string): Tally | null {
  const report = readJson<PlaywrightReport>(file)
  return report && { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky, skipped: report.stats.skipped }
}
