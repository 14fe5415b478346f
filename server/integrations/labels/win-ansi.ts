/**
 * The PDF standard fonts (Helvetica, Helvetica-Bold) are WinAnsi-encoded: pdf-lib throws on any
 * character outside those 218 code points, so one "ł" in a shopper's name would fail the whole
 * label. Everything drawn goes through `toWinAnsi` first. Scripts the fonts cannot show at all
 * (CJK, Arabic, emoji…) become "?"; showing them needs an embedded Unicode font (not done here).
 */

// U+0020–U+007E, U+00A0–U+00FF and the 27 characters WinAnsi puts in 0x80–0x9F.
const EXTRA = 'ŒœŠšŸŽžƒˆ˜–—‘’‚“”„†‡•…‰‹›€™'
const isWinAnsi = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || EXTRA.includes(String.fromCodePoint(cp))

/** What the standard fonts can encode (checked against pdf-lib in the tests); `toWinAnsi` outputs nothing else. */
export const WIN_ANSI_CODE_POINTS: readonly number[] = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i),
  ...[...EXTRA].map((char) => char.codePointAt(0)!),
]

// Letters that Unicode does not decompose into base letter + accent. Hungarian ő/ű keep an
// umlaut-like look rather than losing the accent, as Hungarian did in Latin-1 days.
const LATIN: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŋ: 'ng', Ŋ: 'NG', ĸ: 'k', ſ: 's',
  ə: 'e', Ə: 'E', ő: 'ö', Ő: 'Ö', ű: 'ü', Ű: 'Ü',
}

// Lower-case only; capitals are derived. ICAO 9303 (passport) style for Cyrillic, ELOT 743 for
// Greek: carriers' systems and couriers read Latin, and these are what the shoppers' own ID uses.
const pairs = (letters: string, latin: string) => {
  const targets = latin.split(' ')
  return Object.fromEntries([...letters].map((letter, i) => [letter, targets[i] ?? '?']))
}
const SCRIPTS: Record<string, string> = {
  ...pairs('абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґўђјљњћџѕ', 'a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia ie i i g u d j lj nj c dz dz'),
  ...pairs('αβγδεζηθικλμνξοπρσςτυφχψω', 'a v g d e z i th i k l m n x o p r s s t y f ch ps o'),
}

const transliterateLetter = (lower: string): string | undefined => {
  const latin = SCRIPTS[lower]
  return latin === '_' ? '' : latin
}

const cache = new Map<string, string>()

/** One character, out of context (all-caps words are handled in `toWinAnsi`). */
function mapChar(char: string): string {
  const cached = cache.get(char)
  if (cached !== undefined) return cached
  let result: string
  if (/\p{White_Space}/u.test(char)) result = ' ' // tabs, line breaks and no-break spaces alike
  else if (/[\p{Cc}\p{Cf}\p{M}]/u.test(char)) result = '' // controls, bidi overrides, zero-width, soft hyphens, lone accents
  else if (isWinAnsi(char.codePointAt(0)!)) result = char
  else if (LATIN[char]) result = LATIN[char]
  else {
    // Accented letters: drop the accents (ś → s, ğ → g, ș → s, й → и); fold compatibility forms (ﬁ → fi).
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '')
    const lower = base.toLowerCase()
    const script = transliterateLetter(lower)
    if (script !== undefined) result = base === lower ? script : script.charAt(0).toUpperCase() + script.slice(1)
    else if (base && [...base].every((c) => isWinAnsi(c.codePointAt(0)!))) result = base
    else result = '?'
  }
  if (cache.size < 4096) cache.set(char, result)
  return result
}

const isCapital = (char: string | undefined) => char !== undefined && char !== char.toLowerCase()
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char)

/**
 * Makes any string drawable with the standard fonts, as a single line: every kind of whitespace
 * becomes one space, controls and invisible formatting characters (e.g. U+202E, which would flip
 * text) are dropped, and what cannot be shown is transliterated or replaced with "?".
 */
export function toWinAnsi(text: string): string {
  const chars = [...text.normalize('NFC')]
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    let mapped = mapChar(chars[i]!)
    // "ЖУК" reads better as "ZHUK" than "ZhUK": a multi-letter capital inside an all-caps word stays all caps.
    if (mapped.length > 1 && isCapital(chars[i])) {
      const next = chars[i + 1]
      if (isCapital(next) || (!isLetter(next) && isCapital(chars[i - 1]))) mapped = mapped.toUpperCase()
    }
    out += mapped
  }
  return out.replace(/ {2,}/g, ' ').trim()
}
