/** Emails compare case-insensitively and without surrounding spaces; stored that way too. */
export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase()
}

/**
 * Order numbers as shoppers type them: "#1001", " 1001 ", "no. 1001" and "1001" are the same order.
 * Letters are kept (some platforms use "KC-1001"); case is ignored.
 */
export function normalizeOrderNumber(input: string): string {
  return input
    .trim()
    .replace(/^(order\s*)?(no\.?|number|nr\.?|n°)?\s*#?\s*/i, '')
    .replace(/\s+/g, '')
    .toUpperCase()
}
