import { config } from 'dotenv'
import { defineConfig } from 'prisma/config'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'

config({ quiet: true })

// prisma/orm#27403: adapter-pg cannot map the PG 'name' (19) and '"char"' (18) columns that the
// WASM schema engine reads from pg_catalog. Report them as text (25). Only the CLI loads this file.
for (const proto of [pg.Client.prototype, pg.Pool.prototype] as unknown as { query: (...a: unknown[]) => unknown }[]) {
  const original = proto.query
  proto.query = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args)
    if (result instanceof Promise) {
      return result.then((res: { fields?: { dataTypeID: number }[] } | undefined) => {
        for (const field of res?.fields ?? []) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25
        return res
      })
    }
    return result
  }
}

export default defineConfig({
  experimental: { adapter: true },
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  engine: 'js',
  // Discrete fields, not connectionString: adapter-pg's shadow-database connection spreads
  // {...config, database} and pg lets connectionString win, so the shadow DB would be the main DB.
  adapter: async () => {
    const url = new URL(process.env.DATABASE_URL ?? '')
    return new PrismaPg({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
      idleTimeoutMillis: 200,
    })
  },
})
