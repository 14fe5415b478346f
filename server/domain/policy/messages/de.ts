import { capitalise, type Messages } from './message-types'

export const de: Messages = {
  reasons: {
    damaged: 'beschädigt',
    defective: 'defekt',
    wrong_item: 'falscher Artikel geliefert',
    not_as_described: 'entspricht nicht der Beschreibung',
    doesnt_fit: 'passt nicht',
    didnt_like: 'gefällt mir nicht',
    no_longer_needed: 'nicht mehr benötigt',
    ordered_by_mistake: 'versehentlich bestellt',
    arrived_too_late: 'zu spät angekommen',
    better_price: 'woanders günstiger gefunden',
    other: 'anderer Grund',
  },
  resolutions: { refund: 'Erstattung', replacement: 'Ersatzlieferung', store_credit: 'Guthaben', exchange: 'Umtausch' },
  timings: {
    on_inspection: 'sobald wir den zurückgesandten Artikel geprüft haben',
    on_first_scan: 'sobald der Versanddienstleister Ihr Paket scannt',
    immediate: 'sofort',
  },
  explanations: {
    eligible: ({ windowEndsOn }, f) => `Sie können diesen Artikel bis zum ${f.date(windowEndsOn)} zurücksenden.`,
    eligible_statutory: ({ windowEndsOn }, f) =>
      `Sie können diesen Artikel bis zum ${f.date(windowEndsOn)} zurücksenden – mit Ihrem gesetzlichen Widerrufsrecht von 14 Tagen ab Lieferung.`,
    eligible_fault: ({ windowEndsOn }, f) => `Sie können diesen Artikel bis zum ${f.date(windowEndsOn)} als mangelhaft zurücksenden.`,
    not_delivered: ({ expectedOn }, f) =>
      `Diese Bestellung wurde noch nicht zugestellt${expectedOn ? ` (voraussichtlich um den ${f.date(expectedOn)})` : ''}. Sie können eine Rücksendung starten, sobald sie angekommen ist.`,
    already_returned: () => 'Alle Exemplare dieses Artikels wurden bereits zurückgesendet.',
    quantity_exceeds_remaining: ({ remaining, requested }) =>
      `Von diesem Artikel können nur noch ${remaining} zurückgesendet werden; Sie haben ${requested} ausgewählt.`,
    window_closed: ({ windowEndsOn }, f) => `Die Rückgabefrist für diesen Artikel endete am ${f.date(windowEndsOn)}.`,
    supplier_window_closed: ({ windowEndsOn }, f) =>
      `Die Rückgabefrist für diesen Artikel endete am ${f.date(windowEndsOn)}: Er wird von einem Partner mit kürzerer Rückgabefrist versendet.`,
    fault_window_closed: ({ windowEndsOn }, f) => `Die Frist, um einen Mangel an diesem Artikel zu melden, endete am ${f.date(windowEndsOn)}.`,
    final_sale: () => 'Dieser Artikel wurde als reduzierte Endverkaufsware verkauft. Er kann nur zurückgesendet werden, wenn er mangelhaft ist.',
    non_returnable: ({ note }, f) => `Dieser Artikel kann nur zurückgesendet werden, wenn er mangelhaft ist.${note ? ` ${f.text(note)}` : ''}`,
    exempt_item: ({ exemption }) =>
      exemption === 'personalised'
        ? 'Personalisierte Artikel können nur zurückgesendet werden, wenn sie mangelhaft sind.'
        : 'Aus Gesundheits- und Hygienegründen kann dieser Artikel nach dem Öffnen der Versiegelung nur zurückgesendet werden, wenn er mangelhaft ist.',
    supplier_no_returns: () =>
      'Dieser Artikel stammt von einem Partner, der keine Rücksendungen annimmt. Er kann nur zurückgesendet werden, wenn er mangelhaft ist.',
    photos_required: ({ min, max, provided }, f) =>
      `Bitte laden Sie mindestens ${min} ${f.plural(min, 'Foto', 'Fotos')} des Problems hoch (höchstens ${max}); bisher sind es ${provided}.`,
    too_many_photos: ({ max, provided }) => `Bitte laden Sie höchstens ${max} Fotos hoch; bisher sind es ${provided}.`,
    resolution_not_allowed: ({ resolution, allowed }, f) =>
      `${capitalise(f.resolution(resolution))} ist bei diesem Grund nicht möglich. Sie können ${f.orList(allowed.map(f.resolution))} wählen.`,
    statutory_withdrawal: ({ until }, f) =>
      `Bis zum ${f.date(until)} gilt diese Rücksendung zugleich als gesetzlicher Widerruf: keine Wiedereinlagerungsgebühr und Erstattung innerhalb von 14 Tagen.`,
    assumed_delivery: ({ deliveredOn, transitDays }, f) =>
      `Es liegt kein Zustellnachweis vor, daher rechnen wir ab dem ${f.date(deliveredOn)} (Versanddatum plus ${transitDays} ${f.plural(transitDays, 'Tag', 'Tage')}).`,
    return_shipping_fee: ({ amount }, f) => `Für den Rückversand werden ${f.money(amount)} abgezogen.`,
    restocking_fee: ({ amount, bps }, f) => `Eine Wiedereinlagerungsgebühr von ${f.money(amount)} (${f.percent(bps)}) wird abgezogen.`,
    fee_capped: ({ cap }, f) => `Gebühren übersteigen nie den Warenwert und sind daher auf ${f.money(cap)} begrenzt.`,
    keep_it: ({ reason }) =>
      reason === 'below_value'
        ? 'Sie müssen nichts zurücksenden: Behalten Sie den Artikel, wir erstatten Ihnen den Betrag sofort.'
        : 'Die Rücksendung würde mehr kosten, als der Artikel wert ist: Behalten Sie ihn, wir erstatten Ihnen den Betrag sofort.',
    keep_it_limit_reached: ({ count, periodDays }) =>
      `Die Option „Behalten“ wurde nicht angeboten: Die Grenze von ${count} in ${periodDays} Tagen ist erreicht.`,
    keep_it_repeat_sku: ({ sku }) => `Die Option „Behalten“ wurde nicht angeboten: Artikel ${sku} wurde bereits einmal zurückgesendet.`,
    review_high_value: ({ threshold }, f) =>
      `Unser Team prüft diese Rücksendung vor der Freigabe, da ihr Wert über ${f.money(threshold)} liegt.`,
    review_blocked_customer: () => 'Unser Team prüft diese Rücksendung vor der Freigabe (Kontoprüfung).',
    review_frequent_returner: ({ count, periodDays }) =>
      `Unser Team prüft diese Rücksendung vor der Freigabe: mehr als ${count} Rücksendungen in ${periodDays} Tagen.`,
    review_supplier_approval: () => 'Der Lieferant muss diese Rücksendung freigeben, bevor ein Rücksendeetikett erstellt wird.',
    refund_due_by: ({ date }, f) => `Ihre Erstattung erfolgt spätestens am ${f.date(date)}.`,
    shipping_refunded: ({ amount }, f) => `Die ursprünglichen Versandkosten von ${f.money(amount)} werden erstattet.`,
    store_credit_bonus: ({ amount, bps }, f) => `Sie erhalten ${f.money(amount)} (${f.percent(bps)}) zusätzlich als Guthaben.`,
  },
  policy: {
    titles: {
      windows: 'Wie lange Sie Zeit haben',
      statutory: 'Ihre gesetzlichen Rechte',
      exceptions: 'Artikel mit besonderen Regeln',
      fees: 'Was eine Rücksendung kostet',
      keep_it: 'Behalten',
      photos: 'Fotos',
      resolutions: 'Erstattung, Umtausch oder Guthaben',
    },
    otherCountries: 'Alle anderen Länder',
    regionWindow: ({ where, days }, f) => `${where}: ${days} ${f.plural(days, 'Tag', 'Tage')} ab Lieferung.`,
    transit: ({ days }, f) =>
      `Liegt kein Zustellnachweis vor, rechnen wir ab dem Versanddatum plus ${days} ${f.plural(days, 'Tag', 'Tage')}.`,
    itemWindow: ({ items, days }, f) => `${items}: ${days} ${f.plural(days, 'Tag', 'Tage')} ab Lieferung.`,
    supplierWindow: ({ days }, f) =>
      `Einige Artikel, die unsere Partner versenden, müssen innerhalb von ${days} ${f.plural(days, 'Tag', 'Tagen')} zurückgesendet werden; das Rückgabeportal zeigt das bei jedem Artikel an.`,
    statutoryWithdrawal: ({ days }) =>
      `Als Verbraucher in der EU, im EWR oder im Vereinigten Königreich können Sie Ihren Kauf innerhalb von ${days} Tagen ab Lieferung ohne Angabe von Gründen widerrufen, auch bei reduzierter Ware.`,
    statutoryRefund: ({ days }) =>
      `Nach einem Widerruf erstatten wir Ihnen den Betrag innerhalb von ${days} Tagen, ohne Wiedereinlagerungsgebühr, und bei Rücksendung der ganzen Bestellung auch die ursprünglichen Standardversandkosten.`,
    statutoryRefundAlways: 'Bei einem Widerruf können Sie immer eine Erstattung auf Ihr ursprüngliches Zahlungsmittel wählen.',
    statutoryExempt: ({ items, exemption }) =>
      exemption === 'personalised'
        ? `Personalisierte Artikel (${items}) sind vom Widerrufsrecht ausgenommen.`
        : `Versiegelte Gesundheits- und Hygieneartikel (${items}) sind nach dem Öffnen der Versiegelung vom Widerrufsrecht ausgenommen.`,
    faultWindow: ({ days, statutoryDays }) =>
      `Mangelhafte, beschädigte oder falsche Artikel können Sie innerhalb von ${days} Tagen ab Lieferung zurücksenden (${statutoryDays} Tage in der EU, im EWR und im Vereinigten Königreich), auch Endverkaufsware.`,
    finalSale: 'Als Endverkauf gekennzeichnete Artikel können nur zurückgesendet werden, wenn sie mangelhaft sind – Ihr gesetzliches 14-tägiges Widerrufsrecht bleibt unberührt.',
    nonReturnable: ({ items, note }) =>
      `${items} können nur zurückgesendet werden, wenn sie mangelhaft sind – Ihr gesetzliches 14-tägiges Widerrufsrecht bleibt unberührt.${note ? ` ${note}` : ''}`,
    supplierNoReturns:
      'Einige Artikel, die unsere Partner versenden, können nur zurückgesendet werden, wenn sie mangelhaft sind – Ihr gesetzliches 14-tägiges Widerrufsrecht bleibt unberührt.',
    faultFees:
      'Mangelhafte, beschädigte oder falsche Artikel: Das Rücksendeetikett ist kostenlos, und wenn Sie alles zurücksenden, was Sie aus der Bestellung noch haben, erstatten wir auch die ursprünglichen Versandkosten.',
    changeOfMindFee: ({ where, fee }) => `${where}: Bei Rücksendungen ohne Mangel werden ${fee} für den Rückversand von der Erstattung abgezogen.`,
    changeOfMindFree: ({ where }) => `${where}: Rücksendungen ohne Mangel sind kostenlos.`,
    restockingDefault: ({ percent }) => `Bei Rücksendungen ohne Mangel fällt eine Wiedereinlagerungsgebühr von ${percent} an.`,
    restockingItems: ({ items, percent }) => `${items}: Bei Rücksendungen ohne Mangel fällt eine Wiedereinlagerungsgebühr von ${percent} an.`,
    restockingSupplier: ({ percent }) =>
      `Für einige Artikel unserer Partner fällt bei Rücksendungen ohne Mangel eine Wiedereinlagerungsgebühr von bis zu ${percent} an.`,
    restockingWaived: 'Gebühren übersteigen nie den Warenwert. Innerhalb der gesetzlichen 14-Tage-Frist fällt keine Wiedereinlagerungsgebühr an.',
    exchangeFree: 'Umtausch und Ersatzlieferungen sind gebührenfrei.',
    keepItValue: ({ amounts }) => `Ist die Rücksendung weniger als ${amounts} wert, behalten Sie den Artikel und wir erstatten Ihnen den Betrag sofort.`,
    keepItShipCost: ({ percent }) =>
      `Würde der Rückversand mehr als ${percent} des Warenwerts kosten, behalten Sie den Artikel und wir erstatten Ihnen den Betrag sofort.`,
    keepItLimit: ({ count, periodDays }) => `Das bieten wir bis zu ${count}-mal in ${periodDays} Tagen an.`,
    keepItFirstOnly: 'Das bieten wir nur bei der ersten Rücksendung eines bestimmten Produkts an.',
    keepItOff: 'Alle Rücksendungen werden an uns zurückgeschickt.',
    photos: ({ reasons, min, max }, f) => `Lautet der Grund ${reasons}, laden Sie bitte ${min} bis ${max} ${f.plural(max, 'Foto', 'Fotos')} des Problems hoch.`,
    photosNone: 'Fotos sind nicht erforderlich.',
    photosNotForWithdrawal: 'Für einen Widerruf innerhalb der gesetzlichen 14 Tage sind keine Fotos nötig.',
    resolutionsFor: ({ reasons, resolutions }) => `${reasons}: ${resolutions}.`,
    storeCreditBonus: ({ percent }) => `Wählen Sie Guthaben und erhalten Sie ${percent} zusätzlich.`,
    refundTiming: ({ resolution, timing }) => `${resolution}: ${timing}.`,
  },
}
