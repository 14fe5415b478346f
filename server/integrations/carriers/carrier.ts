import type { Money } from '@/server/domain/money'
import type { LabelAddress } from '@/server/integrations/labels'
import type { WeightClass } from '@/server/domain/label-rates'

export type LabelRequest = {
  rma: string
  /** A unique serial for this label (from a database sequence); carriers with their own numbering ignore it. */
  serial: number
  from: LabelAddress
  to: LabelAddress & { hubCode: string }
  weightClass: WeightClass
  distanceKm: number | null
  currency: string
  issuedAt: Date
  expiresAt: Date
}

export type IssuedLabel = { carrier: string; trackingNumber: string; qrPayload: string; pdf: Uint8Array; cost: Money }

/**
 * A carrier issues labels. The built-in hub network prints its own; an aggregator (EasyPost,
 * Shippo) would implement the same shape by calling its API, with no change to the return logic.
 */
export type Carrier = { id: string; createLabel(request: LabelRequest): Promise<IssuedLabel> }
