/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
import { config as loadDotenv } from 'dotenv'
import { prepareDatabase } from '@/server/database/prepare-database'

loadDotenv({ quiet: true })
// prepareDatabase migrates before it returns.
const database = await prepareDatabase({ log: (line) => console.log(`[roundtrip] ${line}`) })
console.log('[roundtrip] The database schema is up to date.')
await database.stop()
