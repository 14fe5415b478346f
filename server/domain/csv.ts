/**
 * One CSV record (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled.
 * A field starting with = + - @ (or a tab / carriage return) gets a leading apostrophe, so a
 * spreadsheet shows a shopper's note instead of running it as a formula.
 */
export function csvRecord(fields: readonly (string | number | boolean | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`
}

function csvField(value: string | number | boolean | null): string {
  if (value === null) return ''
  if (typeof value !== 'string') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Minor units as a plain decimal ("1234" EUR → "12.34"), which every spreadsheet reads as a number. */
export function decimalAmount(minor: number, fractionDigits = 2): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Amounts are whole minor units, got ${minor}.`)
  const sign = minor < 0 ? '-' : ''
  const abs = Math.abs(minor)
  if (fractionDigits === 0) return `${sign}${abs}`
  const scale = 10 ** fractionDigits
  return `${sign}${Math.floor(abs / scale)}.${String(abs % scale).padStart(fractionDigits, '0')}`
}
