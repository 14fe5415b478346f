/**
 * `npm test`: the whole suite, as CI runs it — lint, typecheck, unit and integration tests (real
 * PostgreSQL), a production build, and end-to-end tests in headless Chromium on a phone and a
 * desktop viewport. Ends with one line `N passed, N failed` taken from the runners' JSON reports.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { missingChromiumMessage } from './chromium'
import { type Tally, tallyPlaywright, tallyVitest } from './test-tally'

const REPORTS = { vitest: 'reports/vitest.json', playwright: 'reports/playwright.json' }

const chromiumProblem = missingChromiumMessage()
if (chromiumProblem) {
  console.error(chromiumProblem)
  process.exit(1)
}

rmSync('reports', { recursive: true, force: true })
mkdirSync('reports', { recursive: true })

type Stage = { name: string; command: string[]; skipIfFailed?: string[]; report?: () => Tally | null }
const stages: Stage[] = [
  { name: 'lint', command: ['node_modules/.bin/eslint', '--max-warnings', '0', '.'] },
  { name: 'typecheck', command: ['node_modules/.bin/tsc', '--noEmit'] },
  { name: 'unit + integration', command: ['node_modules/.bin/vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS.vitest}`], report: () => tallyVitest(REPORTS.vitest) },
  { name: 'build', command: ['node_modules/.bin/next', 'build'] },
  { name: 'end-to-end', command: ['node_modules/.bin/playwright', 'test'], skipIfFailed: ['build'], report: () => tallyPlaywright(REPORTS.playwright) },
]

function run(command: string[]): Promise<{ code: number; seconds: number }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const [bin, ...args] = command as [string, ...string[]]
    const child = spawn(bin, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.CI ? '0' : '1' } })
    child.on('error', () => resolve({ code: 127, seconds: (Date.now() - started) / 1000 }))
    child.on('exit', (code) => resolve({ code: code ?? 1, seconds: (Date.now() - started) / 1000 }))
  })
}

const results: { name: string; status: 'ok' | 'FAILED' | 'skipped'; seconds: number }[] = []
for (const stage of stages) {
  if (stage.skipIfFailed?.some((name) => results.find((r) => r.name === name)?.status !== 'ok')) {
    results.push({ name: stage.name, status: 'skipped', seconds: 0 })
    continue
  }
  console.log(`\n=== ${stage.name}: ${stage.command.join(' ')}`)
  const { code, seconds } = await run(stage.command)
  results.push({ name: stage.name, status: code === 0 ? 'ok' : 'FAILED', seconds })
}

console.log('\n=== summary')
for (const r of results) console.log(`${r.name.padEnd(20)} ${r.status.padEnd(8)} ${r.seconds.toFixed(1)}s`)
const tally: Tally = { passed: 0, failed: 0, skipped: 0 }
for (const stage of stages) {
  const result = results.find((r) => r.name === stage.name)!
  const counts = stage.report?.() ?? null
  if (counts) {
    tally.passed += counts.passed
    tally.failed += counts.failed
    tally.skipped += counts.skipped
  }
  // A stage that failed or never ran without a failing test to show for it (lint, typecheck, build,
  // a crashed runner) still counts as one failure: the closing line must never read "0 failed" then.
  if (result.status !== 'ok' && !counts?.failed) tally.failed += 1
}
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`)
process.exit(results.every((r) => r.status === 'ok') ? 0 : 1)
