/** A product picture at a fixed size, so the list never shifts while images load. */
export function ProductThumb({ src, size = 64 }: { src: string | null; size?: number }) {
  return src ? (
    <img src={src} alt="" width={size} height={size} className="shrink-0 rounded-lg bg-stone-100 object-cover" style={{ width: size, height: size }} />
  ) : (
    <div aria-hidden className="shrink-0 rounded-lg bg-stone-100" style={{ width: size, height: size }} />
  )
}
