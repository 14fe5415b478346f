import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import { ensureDatabase, withDatabase } from '@/server/database/migrate'

// Each test file gets its own database, cloned from the migrated template (a fraction of a second),
// so no file ever sees another's rows. Within a file, tests create their own shops (factories.ts).
const serverUrl = inject('databaseServerUrl')
const database = `${inject('testRunId')}_w${process.env.VITEST_POOL_ID ?? '0'}_${randomBytes(4).toString('hex')}`

for (let attempt = 1; ; attempt++) {
  try {
    await ensureDatabase(serverUrl, database, inject('templateDatabase'))
    break
  } catch (error) {
    // 55006: the template is briefly in use while another worker clones it.
    if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
  }
}

process.env.DATABASE_URL = withDatabase(serverUrl, database)
process.env.AUTH_SECRET ??= 'integration-tests-only-secret-0123456789abcdef'
process.env.LOOKUP_MIN_DURATION_MS ??= '60'
process.env.CARRIER_WEBHOOK_SECRET ??= 'integration-tests-carrier-secret'
process.env.STRIPE_WEBHOOK_SECRET ??= 'whsec_integration_tests_only_0123456789'
