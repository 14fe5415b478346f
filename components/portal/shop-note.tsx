/** The merchant's own words for a step (admin → Branding → Wording), as plain text. */
export function ShopNote({ text }: { text: string | null }) {
  return text ? <p className="whitespace-pre-line rounded-lg border-l-4 border-brand bg-white px-4 py-3 text-stone-800">{text}</p> : null
}
