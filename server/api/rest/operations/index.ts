import type { AnyApiOperation } from '../operation'
import { mintLinkOperation } from './links'
import { upsertOrderOperation } from './orders'
import { getReturnOperation, listReturnsOperation, postReturnEventOperation } from './returns'

/** Every operation of /api/v1; the OpenAPI document lists exactly these. */
export const API_OPERATIONS: readonly AnyApiOperation[] = [upsertOrderOperation, listReturnsOperation, getReturnOperation, postReturnEventOperation, mintLinkOperation]
