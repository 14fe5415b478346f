import { capitalise, type Messages } from './message-types'

export const fr: Messages = {
  reasons: {
    damaged: 'endommagé',
    defective: 'défectueux',
    wrong_item: 'mauvais article',
    not_as_described: 'non conforme à la description',
    doesnt_fit: 'ne me va pas',
    didnt_like: 'ne me plaît pas',
    no_longer_needed: 'n’est plus nécessaire',
    ordered_by_mistake: 'commandé par erreur',
    arrived_too_late: 'arrivé trop tard',
    better_price: 'trouvé moins cher ailleurs',
    other: 'autre raison',
  },
  resolutions: { refund: 'remboursement', replacement: 'remplacement', store_credit: 'avoir', exchange: 'échange' },
  timings: {
    on_inspection: 'dès que nous avons contrôlé l’article retourné',
    on_first_scan: 'dès que le transporteur scanne votre colis',
    immediate: 'immédiatement',
  },
  explanations: {
    eligible: ({ windowEndsOn }, f) => `Vous pouvez retourner cet article jusqu’au ${f.date(windowEndsOn)}.`,
    eligible_statutory: ({ windowEndsOn }, f) =>
      `Vous pouvez retourner cet article jusqu’au ${f.date(windowEndsOn)} au titre de votre droit légal de rétractation de 14 jours après la livraison.`,
    eligible_fault: ({ windowEndsOn }, f) => `Vous pouvez retourner cet article comme défectueux jusqu’au ${f.date(windowEndsOn)}.`,
    not_delivered: ({ expectedOn }, f) =>
      `Cette commande n’a pas encore été livrée${expectedOn ? ` (livraison prévue vers le ${f.date(expectedOn)})` : ''}. Vous pourrez faire un retour dès sa réception.`,
    already_returned: () => 'Toutes les unités de cet article ont déjà été retournées.',
    quantity_exceeds_remaining: ({ remaining, requested }) =>
      `Seules ${remaining} unité(s) de cet article peuvent encore être retournées ; vous en avez sélectionné ${requested}.`,
    window_closed: ({ windowEndsOn }, f) => `Le délai de retour de cet article a pris fin le ${f.date(windowEndsOn)}.`,
    supplier_window_closed: ({ windowEndsOn }, f) =>
      `Le délai de retour de cet article a pris fin le ${f.date(windowEndsOn)} : il est expédié par un partenaire dont le délai de retour est plus court.`,
    fault_window_closed: ({ windowEndsOn }, f) => `Le délai pour signaler un défaut sur cet article a pris fin le ${f.date(windowEndsOn)}.`,
    final_sale: () => 'Cet article a été vendu en vente finale. Il ne peut être retourné que s’il est défectueux.',
    non_returnable: ({ note }, f) => `Cet article ne peut être retourné que s’il est défectueux.${note ? ` ${f.text(note)}` : ''}`,
    exempt_item: ({ exemption }) =>
      exemption === 'personalised'
        ? 'Les articles personnalisés ne peuvent être retournés que s’ils sont défectueux.'
        : 'Pour des raisons d’hygiène et de santé, cet article ne peut plus être retourné une fois descellé, sauf s’il est défectueux.',
    supplier_no_returns: () =>
      'Cet article provient d’un partenaire qui n’accepte pas les retours : il ne peut être retourné que s’il est défectueux.',
    photos_required: ({ min, max, provided }, f) =>
      `Veuillez ajouter au moins ${min} ${f.plural(min, 'photo', 'photos')} du problème (${max} au maximum) ; vous en avez ajouté ${provided}.`,
    too_many_photos: ({ max, provided }) => `Veuillez ajouter ${max} photos au maximum ; vous en avez ajouté ${provided}.`,
    resolution_not_allowed: ({ resolution, allowed }, f) =>
      `${capitalise(f.resolution(resolution))} : non disponible pour ce motif. Vous pouvez choisir ${f.orList(allowed.map(f.resolution))}.`,
    statutory_withdrawal: ({ until }, f) =>
      `Jusqu’au ${f.date(until)}, ce retour vaut aussi exercice de votre droit légal de rétractation : pas de frais de remise en stock, et un remboursement sous 14 jours.`,
    assumed_delivery: ({ deliveredOn, transitDays }, f) =>
      `Nous n’avons pas de preuve de livraison : nous comptons donc à partir du ${f.date(deliveredOn)} (date d’expédition plus ${transitDays} ${f.plural(transitDays, 'jour', 'jours')}).`,
    return_shipping_fee: ({ amount }, f) => `Des frais de retour de ${f.money(amount)} sont déduits.`,
    restocking_fee: ({ amount, bps }, f) => `Des frais de remise en stock de ${f.money(amount)} (${f.percent(bps)}) sont déduits.`,
    fee_capped: ({ cap }, f) => `Les frais ne dépassent jamais la valeur de l’article ; ils sont donc plafonnés à ${f.money(cap)}.`,
    keep_it: ({ reason }) =>
      reason === 'below_value'
        ? 'Inutile de nous le renvoyer : gardez l’article, nous vous remboursons immédiatement.'
        : 'Le renvoi coûterait plus cher que l’article : gardez-le, nous vous remboursons immédiatement.',
    keep_it_limit_reached: ({ count, periodDays }) =>
      `L’option « gardez-le » n’a pas été proposée : la limite de ${count} par période de ${periodDays} jours est atteinte.`,
    keep_it_repeat_sku: ({ sku }) => `L’option « gardez-le » n’a pas été proposée : le produit ${sku} a déjà été retourné.`,
    review_high_value: ({ threshold }, f) =>
      `Notre équipe vérifie ce retour avant de l’accepter, car sa valeur dépasse ${f.money(threshold)}.`,
    review_blocked_customer: () => 'Notre équipe vérifie ce retour avant de l’accepter (contrôle du compte).',
    review_frequent_returner: ({ count, periodDays }) =>
      `Notre équipe vérifie ce retour avant de l’accepter : plus de ${count} retours en ${periodDays} jours.`,
    review_supplier_approval: () => 'Le fournisseur doit approuver ce retour avant l’émission d’une étiquette.',
    refund_due_by: ({ date }, f) => `Votre remboursement interviendra au plus tard le ${f.date(date)}.`,
    shipping_refunded: ({ amount }, f) => `Les frais de livraison initiaux de ${f.money(amount)} sont remboursés.`,
    store_credit_bonus: ({ amount, bps }, f) => `Vous recevez ${f.money(amount)} (${f.percent(bps)}) de plus en avoir.`,
  },
  policy: {
    titles: {
      windows: 'Vos délais',
      statutory: 'Vos droits légaux',
      exceptions: 'Articles soumis à des règles particulières',
      fees: 'Ce que coûte un retour',
      keep_it: 'Gardez-le',
      photos: 'Photos',
      resolutions: 'Remboursement, échange ou avoir',
    },
    otherCountries: 'Tous les autres pays',
    regionWindow: ({ where, days }, f) => `${where} : ${days} ${f.plural(days, 'jour', 'jours')} après la livraison.`,
    transit: ({ days }, f) =>
      `Sans preuve de livraison, nous comptons à partir de la date d’expédition plus ${days} ${f.plural(days, 'jour', 'jours')}.`,
    itemWindow: ({ items, days }, f) => `${items} : ${days} ${f.plural(days, 'jour', 'jours')} après la livraison.`,
    supplierWindow: ({ days }, f) =>
      `Certains articles expédiés par nos partenaires doivent être retournés sous ${days} ${f.plural(days, 'jour', 'jours')} ; le portail de retour l’indique pour chaque article.`,
    statutoryWithdrawal: ({ days }) =>
      `Si vous êtes un consommateur dans l’UE, l’EEE ou au Royaume-Uni, vous pouvez vous rétracter dans les ${days} jours suivant la livraison sans avoir à vous justifier, même pour les articles soldés.`,
    statutoryRefund: ({ days }) =>
      `Après une rétractation, nous vous remboursons sous ${days} jours, sans frais de remise en stock, ainsi que les frais de livraison standard initiaux si vous retournez toute la commande.`,
    statutoryRefundAlways: 'En cas de rétractation, vous pouvez toujours choisir un remboursement sur votre moyen de paiement initial.',
    statutoryExempt: ({ items, exemption }) =>
      exemption === 'personalised'
        ? `Les articles personnalisés (${items}) sont exclus de ce droit.`
        : `Les articles d’hygiène et de santé scellés (${items}) sont exclus de ce droit une fois descellés.`,
    faultWindow: ({ days, statutoryDays }) =>
      `Articles défectueux, endommagés ou erronés : vous pouvez les retourner dans les ${days} jours suivant la livraison (${statutoryDays} jours dans l’UE, l’EEE et au Royaume-Uni), même en vente finale.`,
    finalSale: 'Les articles en vente finale ne peuvent être retournés que s’ils sont défectueux, sous réserve de votre droit légal de rétractation de 14 jours.',
    nonReturnable: ({ items, note }) =>
      `${items} : retour uniquement en cas de défaut, sous réserve de votre droit légal de rétractation de 14 jours.${note ? ` ${note}` : ''}`,
    supplierNoReturns:
      'Certains articles expédiés par nos partenaires ne peuvent être retournés que s’ils sont défectueux, sous réserve de votre droit légal de rétractation de 14 jours.',
    faultFees:
      'Articles défectueux, endommagés ou erronés : l’étiquette de retour est gratuite, et si vous renvoyez tout ce qu’il vous reste de la commande, nous remboursons aussi les frais de livraison initiaux.',
    changeOfMindFee: ({ where, fee }) => `${where} : en cas de changement d’avis, des frais de retour de ${fee} sont déduits du remboursement.`,
    changeOfMindFree: ({ where }) => `${where} : le retour pour changement d’avis est gratuit.`,
    restockingDefault: ({ percent }) => `Des frais de remise en stock de ${percent} s’appliquent aux retours pour changement d’avis.`,
    restockingItems: ({ items, percent }) =>
      `${items} : des frais de remise en stock de ${percent} s’appliquent aux retours pour changement d’avis.`,
    restockingSupplier: ({ percent }) =>
      `Certains articles expédiés par nos partenaires sont soumis à des frais de remise en stock allant jusqu’à ${percent} en cas de changement d’avis.`,
    restockingWaived: 'Les frais ne dépassent jamais la valeur de l’article. Aucuns frais de remise en stock pendant le délai légal de 14 jours.',
    exchangeFree: 'Les échanges et remplacements sont gratuits.',
    keepItValue: ({ amounts }) =>
      `Si ce que vous retournez vaut moins de ${amounts}, vous gardez l’article et nous vous remboursons immédiatement.`,
    keepItShipCost: ({ percent }) =>
      `Si le renvoi d’un article coûte plus de ${percent} de sa valeur, vous le gardez et nous vous remboursons immédiatement.`,
    keepItLimit: ({ count, periodDays }) => `Cette option est proposée jusqu’à ${count} fois par période de ${periodDays} jours.`,
    keepItFirstOnly: 'Cette option n’est proposée que pour le premier retour d’un même produit.',
    keepItOff: 'Tous les retours nous sont renvoyés.',
    photos: ({ reasons, min, max }, f) =>
      `Si le motif est ${reasons}, veuillez ajouter de ${min} à ${max} ${f.plural(max, 'photo', 'photos')} du problème.`,
    photosNone: 'Aucune photo n’est nécessaire.',
    photosNotForWithdrawal: 'Aucune photo n’est nécessaire pour une rétractation dans le délai légal de 14 jours.',
    resolutionsFor: ({ reasons, resolutions }) => `${reasons} : ${resolutions}.`,
    storeCreditBonus: ({ percent }) => `Choisissez un avoir et recevez ${percent} de plus.`,
    refundTiming: ({ resolution, timing }) => `${resolution} : ${timing}.`,
  },
}
