/*!
 * Roundtrip "Start a return" button. No dependencies.
 * <script src="https://returns.example.com/embed.js" data-shop="demo" async></script>
 * Optional: data-label="Start a return", data-order="1002" (prefills the order number),
 * data-target="#returns-button" (where to put the button; default: where the script tag is).
 */
(function () {
  var script = document.currentScript
  if (!script || !script.getAttribute('data-shop')) return
  var shop = script.getAttribute('data-shop')
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(shop)) return
  var origin = new URL(script.src, document.baseURI).origin
  var order = script.getAttribute('data-order')
  var href = origin + '/' + shop + (order ? '?order=' + encodeURIComponent(order) : '')

  var link = document.createElement('a')
  link.href = href
  link.textContent = script.getAttribute('data-label') || 'Start a return'
  link.setAttribute('data-roundtrip-button', shop)
  var style = link.style
  style.display = 'inline-block'
  style.padding = '12px 20px'
  style.borderRadius = '8px'
  style.font = '600 16px/1.2 system-ui, -apple-system, "Segoe UI", sans-serif'
  style.textDecoration = 'none'
  style.background = '#1f2937'
  style.color = '#ffffff'

  var target = script.getAttribute('data-target')
  var host = target ? document.querySelector(target) : null
  if (host) host.appendChild(link)
  else script.parentNode.insertBefore(link, script)

  // The shop's own colours, once known; the button works (in neutral colours) without them.
  if (window.fetch) {
    fetch(origin + '/api/shops/' + shop + '/brand')
      .then(function (response) { return response.ok ? response.json() : null })
      .then(function (brand) {
        if (!brand) return
        if (/^#[0-9a-f]{6}$/i.test(brand.primary)) style.background = brand.primary
        if (/^#[0-9a-f]{6}$/i.test(brand.onPrimary)) style.color = brand.onPrimary
        link.setAttribute('aria-label', link.textContent + ' · ' + brand.name)
      })
      .catch(function () {})
  }
})()
