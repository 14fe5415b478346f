import { type Money } from '@/server/domain/money'
import { type ExplanationCode, type ExplanationParams, type IsoDay } from '../explanation-types'
import { type Exemption, type LocalizedText, type RefundTiming, type Resolution, type ReturnReason } from '../policy-types'

/** Locale-bound formatting handed to every message, so message files hold words only. */
export type Formatters = Readonly<{
  date: (day: IsoDay) => string
  money: (value: Money) => string
  percent: (bps: number) => string
  /** "a, b and c" */
  list: (items: readonly string[]) => string
  /** "a, b or c" */
  orList: (items: readonly string[]) => string
  plural: (count: number, one: string, other: string) => string
  text: (value: LocalizedText) => string
  resolution: (value: Resolution) => string
}>

export type ExplanationMessages = { readonly [C in ExplanationCode]: (params: Readonly<ExplanationParams[C]>, f: Formatters) => string }

export const POLICY_SECTION_IDS = ['windows', 'statutory', 'exceptions', 'fees', 'keep_it', 'photos', 'resolutions'] as const
export type PolicySectionId = (typeof POLICY_SECTION_IDS)[number]

/** Sentences of the shopper-facing policy page; describePolicy fills them from the policy values. */
export type PolicyMessages = Readonly<{
  titles: Readonly<Record<PolicySectionId, string>>
  otherCountries: string
  regionWindow: (p: { where: string; days: number }, f: Formatters) => string
  transit: (p: { days: number }, f: Formatters) => string
  itemWindow: (p: { items: string; days: number }, f: Formatters) => string
  supplierWindow: (p: { days: number }, f: Formatters) => string
  statutoryWithdrawal: (p: { days: number }) => string
  statutoryRefund: (p: { days: number }) => string
  statutoryRefundAlways: string
  statutoryExempt: (p: { items: string; exemption: Exemption }) => string
  faultWindow: (p: { days: number; statutoryDays: number }) => string
  finalSale: string
  nonReturnable: (p: { items: string; note: string | null }) => string
  supplierNoReturns: string
  faultFees: string
  changeOfMindFee: (p: { where: string; fee: string }) => string
  changeOfMindFree: (p: { where: string }) => string
  restockingDefault: (p: { percent: string }) => string
  restockingItems: (p: { items: string; percent: string }) => string
  restockingSupplier: (p: { percent: string }) => string
  restockingWaived: string
  exchangeFree: string
  keepItValue: (p: { amounts: string }) => string
  keepItShipCost: (p: { percent: string }) => string
  keepItLimit: (p: { count: number; periodDays: number }) => string
  keepItFirstOnly: string
  keepItOff: string
  photos: (p: { reasons: string; min: number; max: number }, f: Formatters) => string
  photosNone: string
  photosNotForWithdrawal: string
  resolutionsFor: (p: { reasons: string; resolutions: string }) => string
  storeCreditBonus: (p: { percent: string }) => string
  refundTiming: (p: { resolution: string; timing: string }) => string
}>

export type Messages = Readonly<{
  reasons: Readonly<Record<ReturnReason, string>>
  resolutions: Readonly<Record<Resolution, string>>
  timings: Readonly<Record<RefundTiming, string>>
  explanations: ExplanationMessages
  policy: PolicyMessages
}>

export const capitalise = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1)
