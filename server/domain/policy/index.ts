// The return policy and eligibility engine: pure functions over plain, serialisable data.
export type * from './policy-types'
export type * from './order-types'
export type * from './decision-types'
export type * from './explanation-types'
export {
  CHANGE_OF_MIND_REASONS,
  EXEMPTIONS,
  FAULT_REASONS,
  LOCALES,
  reasonKind,
  REFUND_TIMINGS,
  RESOLUTIONS,
  RETURN_REASONS,
} from './policy-types'
export { EXPLANATION_CODES, LINE_CODES, NOTE_CODES } from './explanation-types'
export { evaluateReturn } from './evaluate-return'
export { explain, explainAll, resolveLocale } from './explain'
export { describePolicy, type PolicySection } from './describe-policy'
export { type PolicySectionId, POLICY_SECTION_IDS } from './messages/message-types'
export { parsePolicy, ZPolicySchema, type StoredPolicy } from './policy-schema'
export { policyInForce } from './policy-versions'
export {
  EEA_ONLY_COUNTRIES,
  EU_COUNTRIES,
  isStatutoryCountry,
  STATUTORY_FAULT_DAYS,
  STATUTORY_REFUND_DAYS,
  STATUTORY_WITHDRAWAL_DAYS,
  UK_COUNTRIES,
} from './regions'
export { regionFor } from './compile-policy'
export { demoPolicy } from './demo-policy'
