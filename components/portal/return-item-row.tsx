import { ProductThumb } from './product-thumb'

/** One item of a return as the shopper sees it in summaries: picture, "2 × title", and a detail line. */
export function ReturnItemRow({ imageUrl, title, quantity, detail }: { imageUrl: string | null; title: string; quantity: number; detail: string }) {
  return (
    <li className="flex items-center gap-3 p-4">
      <ProductThumb src={imageUrl} size={48} />
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {quantity > 1 ? `${quantity} × ` : ''}
          {title}
        </p>
        <p className="text-sm text-stone-600">{detail}</p>
      </div>
    </li>
  )
}
