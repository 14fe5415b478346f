import { TRPCClientError } from '@trpc/client'
import type { AppRouter } from '@/server/api/root'
import type { AppErrorCode } from '@/server/app-error'

export type ClientError = { code: AppErrorCode | 'NETWORK' | 'VALIDATION' | 'UNKNOWN'; message: string | null; fields: Record<string, string | undefined> }

/** What the server said, in a shape the portal can translate: the AppError code, or the invalid fields. */
export function readClientError(error: unknown): ClientError {
  if (!(error instanceof TRPCClientError)) return { code: 'UNKNOWN', message: null, fields: {} }
  const data = (error as TRPCClientError<AppRouter>).data
  if (!data) return { code: 'NETWORK', message: null, fields: {} }
  const fieldErrors = data.zodError?.fieldErrors as Record<string, string[] | undefined> | undefined
  if (fieldErrors && Object.keys(fieldErrors).length > 0) {
    return { code: 'VALIDATION', message: null, fields: Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, v?.[0]])) }
  }
  if (data.appError) return { code: data.appError.code, message: data.appError.userMessage, fields: {} }
  return { code: 'UNKNOWN', message: error.message, fields: {} }
}
