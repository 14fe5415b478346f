/** Print-ready return labels (4 × 6 in PDF), packing slips (A4/Letter PDF) and the on-screen drop-off QR. */
export { LABEL_SIZE, renderReturnLabel, type LabelAddress, type ReturnLabelInput, type WeightClass } from './render-label'
export { PACKING_SLIP_SIZES, renderPackingSlip, type PackingSlipInput, type PackingSlipItem, type PackingSlipText } from './render-packing-slip'
export { DEFAULT_PACKING_SLIP_TEXT } from './packing-slip-input'
export { qrCodeSvg } from './qr-svg'
