/** Reads one number out of a bench script's output; a script whose output changed fails loudly. */
export function pickNumber(output: string, pattern: RegExp, what: string): number {
  const match = pattern.exec(output)
  if (!match?.[1]) throw new Error(`could not read ${what} from:\n${output}`)
  return Number(match[1].replaceAll(',', ''))
}
