/**
 * `npm run jobs:expire-labels`: moves returns whose label ran out unused to `expired`. Safe to run
 * as often as you like (e.g. hourly from cron) until the job queue schedules it.
 */
import { config as loadDotenv } from 'dotenv'
import { createPrismaClient } from '@/server/database/prisma-client'
import { prepareDatabase } from '@/server/database/prepare-database'
import { expireLabels } from '@/server/services/labels/expire-labels'

loadDotenv({ quiet: true })
const database = await prepareDatabase()
const db = createPrismaClient(database.url)
try {
  const { expired } = await expireLabels(db, new Date())
  console.log(`[roundtrip] ${expired.length} return(s) expired.`)
} finally {
  await db.$disconnect()
  await database.stop()
}
