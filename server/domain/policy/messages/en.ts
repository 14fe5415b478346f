import { capitalise, type Messages } from './message-types'

export const en: Messages = {
  reasons: {
    damaged: 'damaged',
    defective: 'defective',
    wrong_item: 'wrong item',
    not_as_described: 'not as described',
    doesnt_fit: 'doesn’t fit',
    didnt_like: 'didn’t like it',
    no_longer_needed: 'no longer needed',
    ordered_by_mistake: 'ordered by mistake',
    arrived_too_late: 'arrived too late',
    better_price: 'found a better price',
    other: 'other reason',
  },
  resolutions: { refund: 'refund', replacement: 'replacement', store_credit: 'store credit', exchange: 'exchange' },
  timings: {
    on_inspection: 'once we have checked the returned item',
    on_first_scan: 'as soon as the carrier scans your parcel',
    immediate: 'straight away',
  },
  explanations: {
    eligible: ({ windowEndsOn }, f) => `You can return this item until ${f.date(windowEndsOn)}.`,
    eligible_statutory: ({ windowEndsOn }, f) =>
      `You can return this item until ${f.date(windowEndsOn)} under your legal right to withdraw within 14 days of delivery.`,
    eligible_fault: ({ windowEndsOn }, f) => `You can return this item as faulty until ${f.date(windowEndsOn)}.`,
    not_delivered: ({ expectedOn }, f) =>
      `This order has not been delivered yet${expectedOn ? ` (expected around ${f.date(expectedOn)})` : ''}. You can start a return once it has arrived.`,
    already_returned: () => 'All units of this item have already been returned.',
    quantity_exceeds_remaining: ({ remaining, requested }) =>
      `Only ${remaining} of this item can still be returned; you selected ${requested}.`,
    window_closed: ({ windowEndsOn }, f) => `Returns for this item closed on ${f.date(windowEndsOn)}.`,
    supplier_window_closed: ({ windowEndsOn }, f) =>
      `Returns for this item closed on ${f.date(windowEndsOn)}: it ships from a partner with a shorter return period.`,
    fault_window_closed: ({ windowEndsOn }, f) => `The period for reporting a fault with this item ended on ${f.date(windowEndsOn)}.`,
    final_sale: () => 'This item was sold as final sale. It can only be returned if it is faulty.',
    non_returnable: ({ note }, f) => `This item cannot be returned unless it is faulty.${note ? ` ${f.text(note)}` : ''}`,
    exempt_item: ({ exemption }) =>
      exemption === 'personalised'
        ? 'Personalised items cannot be returned unless they are faulty.'
        : 'For health and hygiene reasons, this item cannot be returned once unsealed unless it is faulty.',
    supplier_no_returns: () => 'This item comes from a partner that does not take returns, so it can only be returned if it is faulty.',
    photos_required: ({ min, max, provided }, f) =>
      `Please add at least ${min} ${f.plural(min, 'photo', 'photos')} of the problem (up to ${max}); you added ${provided}.`,
    too_many_photos: ({ max, provided }) => `Please add no more than ${max} photos; you added ${provided}.`,
    resolution_not_allowed: ({ resolution, allowed }, f) =>
      `${capitalise(f.resolution(resolution))} is not available for this reason. You can choose ${f.orList(allowed.map(f.resolution))}.`,
    statutory_withdrawal: ({ until }, f) =>
      `Until ${f.date(until)} this return is also your legal right of withdrawal: no restocking fee, and your refund within 14 days.`,
    assumed_delivery: ({ deliveredOn, transitDays }, f) =>
      `We have no delivery scan, so we count from ${f.date(deliveredOn)} (shipping date plus ${transitDays} ${f.plural(transitDays, 'day', 'days')}).`,
    return_shipping_fee: ({ amount }, f) => `A return shipping fee of ${f.money(amount)} is deducted.`,
    restocking_fee: ({ amount, bps }, f) => `A restocking fee of ${f.money(amount)} (${f.percent(bps)}) is deducted.`,
    fee_capped: ({ cap }, f) => `Fees never exceed the item’s value, so they are capped at ${f.money(cap)}.`,
    keep_it: ({ reason }) =>
      reason === 'below_value'
        ? 'No need to send this back: keep the item and we refund you straight away.'
        : 'Sending this back would cost more than it is worth: keep the item and we refund you straight away.',
    keep_it_limit_reached: ({ count, periodDays }) =>
      `Keep-it was not offered: the limit of ${count} per ${periodDays} days has been reached.`,
    keep_it_repeat_sku: ({ sku }) => `Keep-it was not offered: product ${sku} has been returned before.`,
    review_high_value: ({ threshold }, f) => `Our team reviews this return before approving it because its value is above ${f.money(threshold)}.`,
    review_blocked_customer: () => 'Our team reviews this return before approving it (account check).',
    review_frequent_returner: ({ count, periodDays }) =>
      `Our team reviews this return before approving it: more than ${count} returns in ${periodDays} days.`,
    review_supplier_approval: () => 'The supplier has to approve this return before a label is issued.',
    refund_due_by: ({ date }, f) => `Your refund is due by ${f.date(date)} at the latest.`,
    shipping_refunded: ({ amount }, f) => `The original shipping cost of ${f.money(amount)} is refunded.`,
    store_credit_bonus: ({ amount, bps }, f) => `You get ${f.money(amount)} extra (${f.percent(bps)}) as store credit.`,
  },
  policy: {
    titles: {
      windows: 'How long you have',
      statutory: 'Your legal rights',
      exceptions: 'Items with special rules',
      fees: 'What a return costs',
      keep_it: 'Keep it',
      photos: 'Photos',
      resolutions: 'Refund, exchange or store credit',
    },
    otherCountries: 'All other countries',
    regionWindow: ({ where, days }, f) => `${where}: ${days} ${f.plural(days, 'day', 'days')} from delivery.`,
    transit: ({ days }, f) =>
      `If there is no delivery scan, we count from the shipping date plus ${days} ${f.plural(days, 'day', 'days')}.`,
    itemWindow: ({ items, days }, f) => `${items}: ${days} ${f.plural(days, 'day', 'days')} from delivery.`,
    supplierWindow: ({ days }, f) =>
      `Some items shipped by our partners must be returned within ${days} ${f.plural(days, 'day', 'days')}; the returns portal shows this for each item.`,
    statutoryWithdrawal: ({ days }) =>
      `If you are a consumer in the EU, the EEA or the UK, you can withdraw from your purchase within ${days} days of delivery without giving a reason, even for sale items.`,
    statutoryRefund: ({ days }) =>
      `After a withdrawal we refund you within ${days} days, without a restocking fee, and we also refund the original standard shipping if you return the whole order.`,
    statutoryRefundAlways: 'For a withdrawal you can always choose a refund to your original payment method.',
    statutoryExempt: ({ items, exemption }) =>
      exemption === 'personalised'
        ? `Personalised items (${items}) are excluded from this right.`
        : `Sealed health and hygiene items (${items}) are excluded from this right once unsealed.`,
    faultWindow: ({ days, statutoryDays }) =>
      `Faulty, damaged or wrong items: you can return them within ${days} days of delivery (${statutoryDays} days in the EU, the EEA and the UK), even final-sale items.`,
    finalSale: 'Items marked final sale can only be returned if they are faulty, apart from your legal 14-day right.',
    nonReturnable: ({ items, note }) => `${items} can only be returned if faulty, apart from your legal 14-day right.${note ? ` ${note}` : ''}`,
    supplierNoReturns: 'Some items shipped by our partners can only be returned if faulty, apart from your legal 14-day right.',
    faultFees: 'Faulty, damaged or wrong items: the return label is free, and if you send back everything you still have from the order we also refund the original shipping.',
    changeOfMindFee: ({ where, fee }) => `${where}: for a change of mind, a return shipping fee of ${fee} is deducted from your refund.`,
    changeOfMindFree: ({ where }) => `${where}: returning for a change of mind is free.`,
    restockingDefault: ({ percent }) => `A restocking fee of ${percent} applies to change-of-mind returns.`,
    restockingItems: ({ items, percent }) => `${items}: a restocking fee of ${percent} applies to change-of-mind returns.`,
    restockingSupplier: ({ percent }) => `Some items shipped by our partners carry a restocking fee of up to ${percent} on change-of-mind returns.`,
    restockingWaived: 'Fees never exceed the value of the item. No restocking fee is charged within the legal 14-day period.',
    exchangeFree: 'Exchanges and replacements carry no fees.',
    keepItValue: ({ amounts }) => `If what you return is worth less than ${amounts}, you keep it and we refund you straight away.`,
    keepItShipCost: ({ percent }) =>
      `If sending an item back would cost more than ${percent} of its value, you keep it and we refund you straight away.`,
    keepItLimit: ({ count, periodDays }) => `This is offered up to ${count} times per ${periodDays} days.`,
    keepItFirstOnly: 'This is offered only the first time you return a given product.',
    keepItOff: 'All returns are sent back to us.',
    photos: ({ reasons, min, max }, f) =>
      `If the reason is ${reasons}, please add ${min} to ${max} ${f.plural(max, 'photo', 'photos')} of the problem.`,
    photosNone: 'No photos are needed.',
    photosNotForWithdrawal: 'No photos are needed for a withdrawal within the legal 14 days.',
    resolutionsFor: ({ reasons, resolutions }) => `${reasons}: ${resolutions}.`,
    storeCreditBonus: ({ percent }) => `Choose store credit and get ${percent} extra.`,
    refundTiming: ({ resolution, timing }) => `${resolution}: issued ${timing}.`,
  },
}
