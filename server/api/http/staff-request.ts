import 'server-only'
import { AppError } from '@/server/app-error'
import { assertShopAccess } from '@/server/api/trpc'
import { staffUserIdFromRequest } from '@/server/api/http/viewer'
import { loadStaffIdentity, type StaffIdentity } from '@/server/auth/staff-identity'
import type { Db } from '@/server/database/prisma-client'

/** The signed-in staff user of a route handler, who must administer `shopId` (uploads in admin). */
export async function requireShopAdmin(db: Db, request: Request, shopId: string): Promise<StaffIdentity> {
  const userId = await staffUserIdFromRequest(request)
  const staff = userId ? await loadStaffIdentity(db, userId) : null
  if (!staff) throw new AppError('UNAUTHENTICATED', { userMessage: 'Please sign in to continue.' })
  assertShopAccess(staff, shopId, 'admin')
  return staff
}

/** The one file of a multipart upload, with the shop it is for. */
export async function readUpload(request: Request, field: string): Promise<{ shopId: string; file: File }> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    throw new AppError('INVALID_INPUT', { userMessage: 'Send the file as multipart/form-data.', details: { reason: 'not_multipart' } })
  }
  const shopId = form.get('shopId')
  const file = form.get(field)
  if (typeof shopId !== 'string' || !shopId) throw new AppError('INVALID_INPUT', { userMessage: 'Which shop is this for?', details: { reason: 'missing_shop' } })
  if (!(file instanceof File) || file.size === 0) throw new AppError('INVALID_INPUT', { userMessage: 'Choose a file to upload.', details: { reason: 'missing_file' } })
  return { shopId, file }
}
