import { money } from '@/server/domain/money'
import { localised } from './explain'
import { allowedResolutions } from './judge-line'
import { capitalise, type PolicySectionId } from './messages/message-types'
import {
  CHANGE_OF_MIND_REASONS,
  type CurrencyTable,
  type ItemRule,
  reasonKind,
  type Region,
  type Resolution,
  RETURN_REASONS,
  type ReturnPolicy,
  type ReturnReason,
} from './policy-types'
import { STATUTORY_FAULT_DAYS, STATUTORY_REFUND_DAYS, STATUTORY_WITHDRAWAL_DAYS } from './regions'

export type PolicySection = Readonly<{ id: PolicySectionId; title: string; items: readonly string[] }>

/**
 * The shopper-facing policy page, as structured sections in `en`, `de`, `fr` or `es`. Every
 * sentence is filled from the same policy values and helpers the engine reads, so the page and
 * the decisions cannot disagree.
 */
export function describePolicy(policy: ReturnPolicy, locale: string): readonly PolicySection[] {
  const { locale: lang, messages, f } = localised(locale)
  const m = messages.policy
  const regionNames = new Intl.DisplayNames([lang], { type: 'region' })
  const where = (region: Region) => (region.label ? f.text(region.label) : f.list(region.countries.map((c) => regionNames.of(c) ?? c)))
  const places = [...policy.regions.map((r) => ({ region: r, name: where(r) })), { region: policy.defaultRegion, name: m.otherCountries }]
  const items = (rule: ItemRule) => (rule.label ? f.text(rule.label) : f.list([...(rule.categories ?? []), ...(rule.skus ?? [])]))
  const scoped = (rule: ItemRule) => {
    const scope = rule.regionIds?.map((id) => places.find((p) => p.region.id === id)?.name ?? id)
    return scope ? `${items(rule)} (${f.list(scope)})` : items(rule)
  }
  const amounts = (table: CurrencyTable) => f.orList(Object.entries(table).map(([currency, amount]) => f.money(money(amount, currency))))
  const percent = (bps: number) => f.percent(bps)
  const section = (id: PolicySectionId, lines: readonly (string | null | false)[]): PolicySection => ({
    id,
    title: m.titles[id],
    items: lines.filter((line): line is string => typeof line === 'string'),
  })

  const transits = new Set(places.map((p) => p.region.transitAllowanceDays))
  const windows = [
    ...places.map(({ region, name }) => {
      const line = m.regionWindow({ where: name, days: region.returnWindowDays }, f)
      return transits.size > 1 ? `${line} ${m.transit({ days: region.transitAllowanceDays }, f)}` : line
    }),
    transits.size === 1 && m.transit({ days: policy.defaultRegion.transitAllowanceDays }, f),
    ...policy.itemRules.filter((r) => r.returnWindowDays !== undefined).map((r) => m.itemWindow({ items: scoped(r), days: r.returnWindowDays! }, f)),
  ]
  const supplierDays = policy.suppliers.flatMap((s) => (s.acceptsReturns && s.returnWindowDays !== null ? [s.returnWindowDays] : []))
  // Only worth saying when a supplier's window is shorter than what some region promises.
  const shortestSupplier = Math.min(...supplierDays)
  if (places.some((p) => p.region.returnWindowDays > shortestSupplier)) windows.push(m.supplierWindow({ days: shortestSupplier }, f))

  const exempt = (kind: 'personalised' | 'sealed_hygiene') => policy.itemRules.filter((r) => r.exemption === kind)
  const statutory = [
    m.statutoryWithdrawal({ days: STATUTORY_WITHDRAWAL_DAYS }),
    m.statutoryRefund({ days: STATUTORY_REFUND_DAYS }),
    ...(['personalised', 'sealed_hygiene'] as const).flatMap((kind) =>
      exempt(kind).length > 0 ? [m.statutoryExempt({ items: f.list(exempt(kind).map(scoped)), exemption: kind })] : [],
    ),
    // The engine always offers a refund for a withdrawal, even where the merchant offers only credit.
    CHANGE_OF_MIND_REASONS.some((r) => !allowedResolutions(policy, r, null).includes('refund')) && m.statutoryRefundAlways,
    m.faultWindow({ days: policy.faultWindowDays, statutoryDays: Math.max(policy.faultWindowDays, STATUTORY_FAULT_DAYS) }),
  ]

  const exceptions = [
    m.finalSale,
    ...policy.itemRules.filter((r) => r.nonReturnable === true).map((r) => m.nonReturnable({ items: scoped(r), note: r.note ? f.text(r.note) : null })),
    policy.suppliers.some((s) => !s.acceptsReturns) && m.supplierNoReturns,
  ]

  const supplierRestocking = Math.max(0, ...policy.suppliers.map((s) => s.restockingFeeBps))
  const fees = [
    m.faultFees,
    ...places.map(({ region, name }) => {
      const charged = Object.fromEntries(Object.entries(region.returnShippingFee).filter(([, amount]) => amount > 0))
      return Object.keys(charged).length > 0 ? m.changeOfMindFee({ where: name, fee: amounts(charged) }) : m.changeOfMindFree({ where: name })
    }),
    policy.restockingFeeBps > 0 && m.restockingDefault({ percent: percent(policy.restockingFeeBps) }),
    ...policy.itemRules
      .filter((r) => (r.restockingFeeBps ?? 0) > 0)
      .map((r) => m.restockingItems({ items: scoped(r), percent: percent(r.restockingFeeBps!) })),
    supplierRestocking > 0 && m.restockingSupplier({ percent: percent(supplierRestocking) }),
    m.restockingWaived,
    m.exchangeFree,
  ]

  const { keepIt } = policy
  const valueRule = Object.keys(keepIt.valueBelow).length > 0
  const keepItOn = keepIt.enabled && (valueRule || keepIt.shipCostShareBps !== null)
  const keep = keepItOn
    ? [
        valueRule && m.keepItValue({ amounts: amounts(keepIt.valueBelow) }),
        keepIt.shipCostShareBps !== null && m.keepItShipCost({ percent: percent(keepIt.shipCostShareBps) }),
        keepIt.maxPerCustomer !== null && m.keepItLimit(keepIt.maxPerCustomer),
        keepIt.firstReturnOfSkuOnly && m.keepItFirstOnly,
      ]
    : [m.keepItOff]

  const { photoReasons, minPhotos, maxPhotos } = policy.evidence
  const photos =
    photoReasons.length > 0
      ? [
          m.photos({ reasons: f.orList(photoReasons.map((r) => messages.reasons[r])), min: minPhotos, max: maxPhotos }, f),
          photoReasons.some((r) => reasonKind(r) === 'change_of_mind') && m.photosNotForWithdrawal,
        ]
      : [m.photosNone]

  // Group reasons that offer the same resolutions, exactly as the engine computes them.
  const groups = new Map<string, { reasons: ReturnReason[]; allowed: readonly Resolution[] }>()
  for (const reason of RETURN_REASONS) {
    const allowed = allowedResolutions(policy, reason, null)
    const key = allowed.join()
    const group = groups.get(key)
    if (group) group.reasons.push(reason)
    else groups.set(key, { reasons: [reason], allowed })
  }
  const offered = new Set([...groups.values()].flatMap((g) => g.allowed))
  const resolutions = [
    ...[...groups.values()].map((g) =>
      m.resolutionsFor({ reasons: capitalise(f.list(g.reasons.map((r) => messages.reasons[r]))), resolutions: f.list(g.allowed.map(f.resolution)) }),
    ),
    offered.has('store_credit') && policy.resolutions.storeCreditBonusBps > 0 && m.storeCreditBonus({ percent: percent(policy.resolutions.storeCreditBonusBps) }),
    ...[...offered].map((r) => m.refundTiming({ resolution: capitalise(f.resolution(r)), timing: messages.timings[policy.resolutions.refundTiming[r]] })),
  ]

  return [
    section('windows', windows),
    section('statutory', statutory),
    section('exceptions', exceptions),
    section('fees', fees),
    section('keep_it', keep),
    section('photos', photos),
    section('resolutions', resolutions),
  ]
}
