import { z } from 'zod'
import { RETURN_STATUSES } from '@/server/domain/return-lifecycle'
import { ZPreviewReturnRequestSchema } from './preview-return.types'

export const ZCreateReturnRequestSchema = ZPreviewReturnRequestSchema.extend({
  /** Made by the portal once per submission (a UUID); retries send the same one. */
  idempotencyKey: z.uuid('The submission key must be a UUID.'),
})

export const ZCreateReturnResponseSchema = z.object({
  rma: z.string(),
  status: z.enum(RETURN_STATUSES),
  /** False when this key had already created the return: the earlier one is returned. */
  created: z.boolean(),
})
