/** The `Email` namespace of messages/{locale}.json: the wording of every email, with `{placeholders}`. */
export type EmailText = {
  greeting: string
  greetingNoName: string
  rmaLabel: string
  orderLabel: string
  itemsHeading: string
  viewReturn: string
  downloadLabel: string
  reasonLabel: string
  help: string
  helpNoEmail: string
  footer: string
  kinds: Record<
    | 'requestReceived' | 'approvedLabel' | 'approvedKeepIt' | 'labelExpiring' | 'received' | 'inspected'
    | 'refunded' | 'credited' | 'replacementShipped' | 'rejected',
    { subject: string; heading: string; body: string }
  >
}

/** Fills `{name}` placeholders; a placeholder without a value is left visible rather than silently dropped. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
}
