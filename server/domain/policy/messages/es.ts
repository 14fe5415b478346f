import { capitalise, type Messages } from './message-types'

export const es: Messages = {
  reasons: {
    damaged: 'dañado',
    defective: 'defectuoso',
    wrong_item: 'artículo incorrecto',
    not_as_described: 'no es como se describe',
    doesnt_fit: 'no me queda bien',
    didnt_like: 'no me gustó',
    no_longer_needed: 'ya no lo necesito',
    ordered_by_mistake: 'lo pedí por error',
    arrived_too_late: 'llegó demasiado tarde',
    better_price: 'encontré un mejor precio',
    other: 'otro motivo',
  },
  resolutions: { refund: 'reembolso', replacement: 'reemplazo', store_credit: 'saldo en la tienda', exchange: 'cambio' },
  timings: {
    on_inspection: 'en cuanto hayamos revisado el artículo devuelto',
    on_first_scan: 'en cuanto el transportista escanee su paquete',
    immediate: 'de inmediato',
  },
  explanations: {
    eligible: ({ windowEndsOn }, f) => `Puede devolver este artículo hasta el ${f.date(windowEndsOn)}.`,
    eligible_statutory: ({ windowEndsOn }, f) =>
      `Puede devolver este artículo hasta el ${f.date(windowEndsOn)} gracias a su derecho legal de desistimiento de 14 días desde la entrega.`,
    eligible_fault: ({ windowEndsOn }, f) => `Puede devolver este artículo como defectuoso hasta el ${f.date(windowEndsOn)}.`,
    not_delivered: ({ expectedOn }, f) =>
      `Este pedido aún no se ha entregado${expectedOn ? ` (entrega prevista hacia el ${f.date(expectedOn)})` : ''}. Podrá iniciar una devolución cuando llegue.`,
    already_returned: () => 'Todas las unidades de este artículo ya se han devuelto.',
    quantity_exceeds_remaining: ({ remaining, requested }) =>
      `Solo se pueden devolver ${remaining} unidad(es) más de este artículo; ha seleccionado ${requested}.`,
    window_closed: ({ windowEndsOn }, f) => `El plazo de devolución de este artículo terminó el ${f.date(windowEndsOn)}.`,
    supplier_window_closed: ({ windowEndsOn }, f) =>
      `El plazo de devolución de este artículo terminó el ${f.date(windowEndsOn)}: lo envía un socio con un plazo de devolución más corto.`,
    fault_window_closed: ({ windowEndsOn }, f) => `El plazo para notificar un defecto de este artículo terminó el ${f.date(windowEndsOn)}.`,
    final_sale: () => 'Este artículo se vendió como venta final. Solo se puede devolver si está defectuoso.',
    non_returnable: ({ note }, f) => `Este artículo solo se puede devolver si está defectuoso.${note ? ` ${f.text(note)}` : ''}`,
    exempt_item: ({ exemption }) =>
      exemption === 'personalised'
        ? 'Los artículos personalizados solo se pueden devolver si están defectuosos.'
        : 'Por motivos de salud e higiene, este artículo no se puede devolver una vez desprecintado, salvo que esté defectuoso.',
    supplier_no_returns: () => 'Este artículo procede de un socio que no acepta devoluciones, así que solo se puede devolver si está defectuoso.',
    photos_required: ({ min, max, provided }, f) =>
      `Agregue al menos ${min} ${f.plural(min, 'foto', 'fotos')} del problema (máximo ${max}); ha agregado ${provided}.`,
    too_many_photos: ({ max, provided }) => `Agregue como máximo ${max} fotos; ha agregado ${provided}.`,
    resolution_not_allowed: ({ resolution, allowed }, f) =>
      `${capitalise(f.resolution(resolution))}: no disponible para este motivo. Puede elegir ${f.orList(allowed.map(f.resolution))}.`,
    statutory_withdrawal: ({ until }, f) =>
      `Hasta el ${f.date(until)} esta devolución es también su derecho legal de desistimiento: sin cargo por reposición y con reembolso en 14 días.`,
    assumed_delivery: ({ deliveredOn, transitDays }, f) =>
      `No tenemos confirmación de entrega, así que contamos desde el ${f.date(deliveredOn)} (fecha de envío más ${transitDays} ${f.plural(transitDays, 'día', 'días')}).`,
    return_shipping_fee: ({ amount }, f) => `Se descuenta un cargo por envío de devolución de ${f.money(amount)}.`,
    restocking_fee: ({ amount, bps }, f) => `Se descuenta un cargo por reposición de ${f.money(amount)} (${f.percent(bps)}).`,
    fee_capped: ({ cap }, f) => `Los cargos nunca superan el valor del artículo, así que se limitan a ${f.money(cap)}.`,
    keep_it: ({ reason }) =>
      reason === 'below_value'
        ? 'No hace falta que lo devuelva: quédese con el artículo y le reembolsamos de inmediato.'
        : 'Devolverlo costaría más de lo que vale: quédeselo y le reembolsamos de inmediato.',
    keep_it_limit_reached: ({ count, periodDays }) =>
      `No se ofreció quedarse con el artículo: se alcanzó el límite de ${count} cada ${periodDays} días.`,
    keep_it_repeat_sku: ({ sku }) => `No se ofreció quedarse con el artículo: el producto ${sku} ya se había devuelto antes.`,
    review_high_value: ({ threshold }, f) =>
      `Nuestro equipo revisará esta devolución antes de aprobarla porque su valor supera ${f.money(threshold)}.`,
    review_blocked_customer: () => 'Nuestro equipo revisará esta devolución antes de aprobarla (comprobación de la cuenta).',
    review_frequent_returner: ({ count, periodDays }) =>
      `Nuestro equipo revisará esta devolución antes de aprobarla: más de ${count} devoluciones en ${periodDays} días.`,
    review_supplier_approval: () => 'El proveedor debe aprobar esta devolución antes de emitir una etiqueta.',
    refund_due_by: ({ date }, f) => `Recibirá su reembolso a más tardar el ${f.date(date)}.`,
    shipping_refunded: ({ amount }, f) => `Se reembolsan los gastos de envío originales de ${f.money(amount)}.`,
    store_credit_bonus: ({ amount, bps }, f) => `Usted recibe ${f.money(amount)} (${f.percent(bps)}) más como saldo en la tienda.`,
  },
  policy: {
    titles: {
      windows: 'Cuánto tiempo tiene',
      statutory: 'Sus derechos legales',
      exceptions: 'Artículos con reglas especiales',
      fees: 'Cuánto cuesta una devolución',
      keep_it: 'Quédese con el artículo',
      photos: 'Fotos',
      resolutions: 'Reembolso, cambio o saldo en la tienda',
    },
    otherCountries: 'Resto de países',
    regionWindow: ({ where, days }, f) => `${where}: ${days} ${f.plural(days, 'día', 'días')} desde la entrega.`,
    transit: ({ days }, f) =>
      `Si no hay confirmación de entrega, contamos desde la fecha de envío más ${days} ${f.plural(days, 'día', 'días')}.`,
    itemWindow: ({ items, days }, f) => `${items}: ${days} ${f.plural(days, 'día', 'días')} desde la entrega.`,
    supplierWindow: ({ days }, f) =>
      `Algunos artículos enviados por nuestros socios deben devolverse en ${days} ${f.plural(days, 'día', 'días')}; el portal de devoluciones lo indica en cada artículo.`,
    statutoryWithdrawal: ({ days }) =>
      `Si es consumidor en la UE, el EEE o el Reino Unido, puede desistir de su compra en los ${days} días siguientes a la entrega sin dar explicaciones, incluso en artículos rebajados.`,
    statutoryRefund: ({ days }) =>
      `Tras un desistimiento le reembolsamos en ${days} días, sin cargo por reposición, y también el envío estándar original si devuelve todo el pedido.`,
    statutoryRefundAlways: 'En un desistimiento siempre puede elegir el reembolso a su método de pago original.',
    statutoryExempt: ({ items, exemption }) =>
      exemption === 'personalised'
        ? `Los artículos personalizados (${items}) están excluidos de este derecho.`
        : `Los artículos precintados de salud e higiene (${items}) quedan excluidos de este derecho una vez desprecintados.`,
    faultWindow: ({ days, statutoryDays }) =>
      `Artículos defectuosos, dañados o incorrectos: puede devolverlos en los ${days} días siguientes a la entrega (${statutoryDays} días en la UE, el EEE y el Reino Unido), incluso en venta final.`,
    finalSale: 'Los artículos de venta final solo se pueden devolver si están defectuosos, sin perjuicio de su derecho legal de desistimiento de 14 días.',
    nonReturnable: ({ items, note }) =>
      `${items}: solo se pueden devolver si están defectuosos, sin perjuicio de su derecho legal de desistimiento de 14 días.${note ? ` ${note}` : ''}`,
    supplierNoReturns:
      'Algunos artículos enviados por nuestros socios solo se pueden devolver si están defectuosos, sin perjuicio de su derecho legal de desistimiento de 14 días.',
    faultFees:
      'Artículos defectuosos, dañados o incorrectos: la etiqueta de devolución es gratuita y, si devuelve todo lo que le queda del pedido, también le reembolsamos el envío original.',
    changeOfMindFee: ({ where, fee }) => `${where}: si cambia de opinión, se descuenta un cargo por envío de devolución de ${fee}.`,
    changeOfMindFree: ({ where }) => `${where}: la devolución por cambio de opinión es gratuita.`,
    restockingDefault: ({ percent }) => `Las devoluciones por cambio de opinión tienen un cargo por reposición del ${percent}.`,
    restockingItems: ({ items, percent }) => `${items}: las devoluciones por cambio de opinión tienen un cargo por reposición del ${percent}.`,
    restockingSupplier: ({ percent }) =>
      `Algunos artículos enviados por nuestros socios tienen un cargo por reposición de hasta el ${percent} en devoluciones por cambio de opinión.`,
    restockingWaived: 'Los cargos nunca superan el valor del artículo. No se cobra cargo por reposición dentro del plazo legal de 14 días.',
    exchangeFree: 'Los cambios y los reemplazos no tienen cargos.',
    keepItValue: ({ amounts }) => `Si lo que devuelve vale menos de ${amounts}, se lo queda y le reembolsamos de inmediato.`,
    keepItShipCost: ({ percent }) =>
      `Si devolver un artículo costara más del ${percent} de su valor, se lo queda y le reembolsamos de inmediato.`,
    keepItLimit: ({ count, periodDays }) => `Lo ofrecemos hasta ${count} veces cada ${periodDays} días.`,
    keepItFirstOnly: 'Solo lo ofrecemos la primera vez que devuelve un mismo producto.',
    keepItOff: 'Todas las devoluciones se nos envían de vuelta.',
    photos: ({ reasons, min, max }, f) => `Si el motivo es ${reasons}, agregue de ${min} a ${max} ${f.plural(max, 'foto', 'fotos')} del problema.`,
    photosNone: 'No hacen falta fotos.',
    photosNotForWithdrawal: 'Para un desistimiento dentro de los 14 días legales no hacen falta fotos.',
    resolutionsFor: ({ reasons, resolutions }) => `${reasons}: ${resolutions}.`,
    storeCreditBonus: ({ percent }) => `Elija saldo en la tienda y reciba un bono del ${percent}.`,
    refundTiming: ({ resolution, timing }) => `${resolution}: ${timing}.`,
  },
}
