/** `npm run db:seed`: seeds the demo shop into DATABASE_URL (or the embedded database) if it is not there yet. */
import { config as loadDotenv } from 'dotenv'
import { seedDemo } from '@/prisma/seed/seed-demo'
import { createPrismaClient } from '@/server/database/prisma-client'
import { prepareDatabase } from '@/server/database/prepare-database'

loadDotenv({ quiet: true })
const database = await prepareDatabase({ log: (line) => console.log(`[roundtrip] ${line}`) })
const db = createPrismaClient(database.url)
try {
  const { created } = await seedDemo(db, { now: new Date() })
  console.log(created ? '[roundtrip] Seeded the demo shop.' : '[roundtrip] The demo shop is already there; nothing changed.')
} finally {
  await db.$disconnect()
  await database.stop()
}
