import { getDb } from '@/server/db'
import type { AnyApiOperation } from './operation'
import { restHandler } from './rest-handler'

/** A Next.js route handler for one /api/v1 operation, on the app's database. */
export const apiRoute = (operation: AnyApiOperation) => restHandler(operation, { db: getDb })
