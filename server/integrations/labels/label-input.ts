import { AppError } from '@/server/app-error'
import { assertCountryCode, type LabelAddress } from './address'
import { isCode128Text, isQrPayload } from './barcodes'

export type WeightClass = 'S' | 'M' | 'L'

export type ReturnLabelInput = {
  rma: string
  trackingNumber: string
  carrierName: string
  serviceName: string
  weightClass: WeightClass
  /** The shopper. */
  from: LabelAddress
  /** The return hub. */
  to: LabelAddress
  issuedAt: Date
  expiresAt: Date
  /** What a drop-off point scans instead of a printed label. */
  qrPayload: string
}

export const invalid = (field: string, userMessage: string): AppError => new AppError('INVALID_INPUT', { message: `${field}: ${userMessage}`, userMessage, details: { field } })

const isBlank = (value: string | null | undefined) => !value || !value.trim()
const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime())

/** Things the renderer cannot sensibly work around. Long or exotic text is not one: it is fitted. */
export function assertLabelInput(input: ReturnLabelInput): void {
  if (isBlank(input.rma) || !isCode128Text(input.rma) || input.rma.length > 24) throw invalid('rma', 'The RMA must be 1–24 printable ASCII characters.')
  // Exactly what the carrier issued: a scanner must read back the same string, so no trimming.
  if (!/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(input.trackingNumber) || input.trackingNumber.length > 40) {
    throw invalid('trackingNumber', 'The tracking number must be 1–40 printable ASCII characters.')
  }
  if (isBlank(input.carrierName)) throw invalid('carrierName', 'The carrier name is missing.')
  if (isBlank(input.serviceName)) throw invalid('serviceName', 'The service name is missing.')
  if (!['S', 'M', 'L'].includes(input.weightClass)) throw invalid('weightClass', 'The weight class must be S, M or L.')
  for (const side of ['from', 'to'] as const) {
    const address = input[side]
    for (const field of ['name', 'line1', 'city', 'postcode'] as const) {
      if (isBlank(address[field])) throw invalid(`${side}.${field}`, `The ${side === 'from' ? 'sender' : 'destination'} address is incomplete.`)
    }
    assertCountryCode(address.country)
  }
  if (!isValidDate(input.issuedAt) || !isValidDate(input.expiresAt)) throw invalid('issuedAt', 'The label dates are not valid dates.')
  if (input.expiresAt < input.issuedAt) throw invalid('expiresAt', 'The label expires before it is issued.')
  if (!isQrPayload(input.qrPayload)) throw invalid('qrPayload', 'The QR payload must be 1–1024 printable ASCII characters.')
}
