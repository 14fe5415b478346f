import { labelCost } from '@/server/domain/label-rates'
import { trackingNumberFromSerial } from '@/server/domain/tracking-number'
import { renderReturnLabel } from '@/server/integrations/labels'
import type { Carrier, IssuedLabel, LabelRequest } from './carrier'

/** Roundtrip's own hub network: numbers, prices and prints the label itself. */
export const hubNetworkCarrier: Carrier = {
  id: 'hub-network',
  async createLabel(request: LabelRequest): Promise<IssuedLabel> {
    const trackingNumber = trackingNumberFromSerial(request.serial, { service: 'RT', country: request.to.country })
    const qrPayload = `roundtrip:${trackingNumber}:${request.rma}`
    const { hubCode: _hubCode, ...to } = request.to
    const pdf = await renderReturnLabel({
      rma: request.rma,
      trackingNumber,
      carrierName: 'Roundtrip hub network',
      serviceName: 'Return to hub',
      weightClass: request.weightClass,
      from: request.from,
      to,
      issuedAt: request.issuedAt,
      expiresAt: request.expiresAt,
      qrPayload,
    })
    return { carrier: 'hub-network', trackingNumber, qrPayload, pdf, cost: labelCost(request) }
  },
}
