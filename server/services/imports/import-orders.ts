import { randomBytes } from 'node:crypto'
import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import type { StorageDriver } from '@/server/integrations/storage'
import { enqueueJob } from '@/server/jobs/enqueue-job'
import { logError } from '@/server/security/log'
import { upsertOrder } from '@/server/services/orders/upsert-order'
import { type CsvRowError, MAX_CSV_BYTES, parseOrdersCsv } from './orders-csv'

export type StartedImport = { ok: true; jobId: string; totalOrders: number; rowCount: number } | { ok: false; errors: CsvRowError[]; rowCount: number }

// The progress bar moves in steps of this many orders (each step is one small UPDATE outside the import's transaction).
const PROGRESS_EVERY = 10

/**
 * Validates an uploaded CSV in full — every row, and that its supplier codes exist — and only
 * then stores it and queues the import, in one transaction with the job row. A file with any
 * error is answered with the per-row report and nothing is written.
 */
export async function startOrderImport(db: Db, storage: StorageDriver, input: { shopId: string; fileName: string; bytes: Uint8Array; createdById: string }): Promise<StartedImport> {
  if (input.bytes.byteLength > MAX_CSV_BYTES) throw new AppError('INVALID_INPUT', { userMessage: `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB; split it.`, details: { reason: 'file_too_large' } })
  const text = new TextDecoder('utf-8', { fatal: false }).decode(input.bytes)
  const parsed = parseOrdersCsv(text)
  const errors = [...parsed.errors]
  if (errors.length === 0) errors.push(...(await unknownSuppliers(db, input.shopId, parsed.orders)))
  if (errors.length > 0) return { ok: false, errors, rowCount: parsed.rowCount }

  const storageKey = `imports/${input.shopId.toLowerCase()}/${Date.now()}-${randomBytes(6).toString('hex')}.csv`
  await storage.put(storageKey, input.bytes, { contentType: 'text/csv' })
  const job = await db.$transaction(async (tx) => {
    const row = await tx.importJob.create({
      data: { shopId: input.shopId, createdById: input.createdById, fileName: input.fileName.slice(0, 200), storageKey, totalOrders: parsed.orders.length },
      select: { id: true },
    })
    await enqueueJob(tx, 'orders:import', { importJobId: row.id }, { jobKey: `orders:import:${row.id}`, maxAttempts: 3 })
    return row
  })
  return { ok: true, jobId: job.id, totalOrders: parsed.orders.length, rowCount: parsed.rowCount }
}

async function unknownSuppliers(db: Db, shopId: string, orders: ReturnType<typeof parseOrdersCsv>['orders']): Promise<CsvRowError[]> {
  const wanted = new Set(orders.flatMap((o) => o.input.lines.map((l) => l.supplierCode).filter((c): c is string => !!c)))
  if (wanted.size === 0) return []
  const known = new Set((await db.supplier.findMany({ where: { shopId, code: { in: [...wanted] } }, select: { code: true } })).map((s) => s.code))
  return orders.flatMap((o) =>
    o.input.lines.flatMap((l, i) => (l.supplierCode && !known.has(l.supplierCode) ? [{ row: o.rows[i]!, column: 'supplier_code', message: `Unknown supplier code "${l.supplierCode}".` }] : [])),
  )
}

/**
 * The `orders:import` job: every order of the file in ONE transaction (all or nothing), while the
 * progress is written beside it on the ordinary connection so the admin page can show it. A
 * failure marks the job failed with its reason; nothing of the file is kept.
 */
export async function runOrderImport(db: Db, storage: StorageDriver, importJobId: string, now: () => Date): Promise<void> {
  const job = await db.importJob.findUnique({ where: { id: importJobId } })
  if (!job || job.status === 'succeeded' || job.status === 'failed') return
  await db.importJob.update({ where: { id: job.id }, data: { status: 'running', processedOrders: 0 } })
  try {
    const file = await storage.get(job.storageKey)
    if (!file) throw new AppError('INTERNAL', { userMessage: 'The uploaded file is gone; upload it again.' })
    const parsed = parseOrdersCsv(file.bytes.toString('utf8'))
    if (parsed.errors.length > 0) throw new AppError('INVALID_INPUT', { userMessage: `The file no longer validates (row ${parsed.errors[0]!.row}: ${parsed.errors[0]!.message}).` })
    await db.$transaction(
      async (tx) => {
        let done = 0
        for (const order of parsed.orders) {
          await upsertOrder(tx, job.shopId, order.number, order.input)
          done += 1
          if (done % PROGRESS_EVERY === 0 && done < parsed.orders.length) await db.importJob.update({ where: { id: job.id }, data: { processedOrders: done } })
        }
      },
      { maxWait: 15_000, timeout: 10 * 60_000 },
    )
    await db.importJob.update({ where: { id: job.id }, data: { status: 'succeeded', processedOrders: parsed.orders.length, finishedAt: now() } })
  } catch (error) {
    const message = error instanceof AppError ? error.userMessage : 'The import failed on our side; nothing was imported.'
    if (!(error instanceof AppError)) logError(error)
    await db.importJob.update({ where: { id: job.id }, data: { status: 'failed', processedOrders: 0, error: message, finishedAt: now() } })
  }
}

export type ImportJobView = { id: string; fileName: string; status: 'queued' | 'running' | 'succeeded' | 'failed'; totalOrders: number; processedOrders: number; error: string | null; createdAt: Date; finishedAt: Date | null }
const VIEW = { id: true, fileName: true, status: true, totalOrders: true, processedOrders: true, error: true, createdAt: true, finishedAt: true } as const

export async function getImportJob(db: Db, shopId: string, id: string): Promise<ImportJobView> {
  const job = await db.importJob.findFirst({ where: { id, shopId }, select: VIEW })
  if (!job) throw new AppError('INVALID_INPUT', { userMessage: 'There is no such import in this shop.', details: { reason: 'unknown_import' } })
  return job
}

export function listImportJobs(db: Db, shopId: string): Promise<ImportJobView[]> {
  return db.importJob.findMany({ where: { shopId }, orderBy: { createdAt: 'desc' }, take: 20, select: VIEW })
}
