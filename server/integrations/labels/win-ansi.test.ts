import fc from 'fast-check'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, test } from 'vitest'
import { toWinAnsi, WIN_ANSI_CODE_POINTS } from './win-ansi'

const fonts = async () => {
  const doc = await PDFDocument.create()
  return Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)])
}

describe('toWinAnsi', () => {
  test('knows exactly the characters pdf-lib’s Helvetica and Helvetica-Bold can encode', async () => {
    for (const font of await fonts()) {
      expect([...WIN_ANSI_CODE_POINTS].sort((a, b) => a - b)).toEqual([...font.getCharacterSet()].sort((a, b) => a - b))
    }
  })

  test.each([
    ['German', 'Jürgen Groß, Bärbel Weiß', 'Jürgen Groß, Bärbel Weiß'],
    ['French', 'Françoise Lefèvre-Cœur, L’Haÿ-les-Roses', 'Françoise Lefèvre-Cœur, L’Haÿ-les-Roses'],
    ['Spanish', 'Begoña Peñalver, A Coruña', 'Begoña Peñalver, A Coruña'],
    ['Polish', 'Łukasz Żółć, Świętochłowice', 'Lukasz Zólc, Swietochlowice'],
    ['Turkish', 'Gülşen Yıldırım, İstanbul, Iğdır', 'Gülsen Yildirim, Istanbul, Igdir'],
    ['Hungarian', 'Erdős Pál, Győr, Űrhajós', 'Erdös Pál, Györ, Ürhajós'],
    ['Czech and Romanian', 'Dvořák, Brașov, Timișoara', 'Dvorák, Brasov, Timisoara'],
    ['Nordic and Icelandic', 'Søren Ærø, Þórður Ðórsson', 'Søren Ærø, Þórður Ðórsson'],
    ['Russian', 'Щукина Жанна, ул. Льва Толстого', 'Shchukina Zhanna, ul. Lva Tolstogo'],
    ['Russian in capitals', 'ЖУК ЩЕРБАКОВ', 'ZHUK SHCHERBAKOV'],
    ['Ukrainian', 'Київ, Ґалаґан Євгенія', 'Kiiv, Galagan Ievgeniia'],
    ['Greek', 'Αθήνα, Θεσσαλονίκη', 'Athina, Thessaloniki'],
    ['decomposed accents (NFD input)', 'Jose\u0301 Mu\u0308ller', 'José Müller'],
    ['compatibility forms', 'ﬁle Ｔｏｋｙｏ', 'file Tokyo'],
    ['CJK, Arabic and emoji', '東京 مرحبا 📦', '?? ????? ?'],
    ['whitespace of every kind', ' a\tb\nc\u00a0d\u2003e\u2028f ', 'a b c d e f'],
    ['controls, zero-width and bidi overrides', 'a\u0000b\u200bc\u202ed\ufeffe\u00adf', 'abcdef'],
    ['a lone surrogate', 'a\ud800b', 'a?b'],
  ])('%s', (_, input, expected) => {
    expect(toWinAnsi(input)).toBe(expected)
  })

  test('whatever the input, the output is encodable, single-line, trimmed and stable', async () => {
    const [regular, bold] = await fonts()
    const allowed = new Set(WIN_ANSI_CODE_POINTS)
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (input) => {
        const output = toWinAnsi(input)
        expect([...output].every((char) => allowed.has(char.codePointAt(0)!))).toBe(true)
        expect(() => regular!.encodeText(output)).not.toThrow()
        expect(() => bold!.encodeText(output)).not.toThrow()
        expect(output).toBe(output.trim())
        expect(output).not.toMatch(/ {2}/)
        expect(toWinAnsi(output)).toBe(output)
      }),
      { numRuns: 500 },
    )
  })
})
