/**
 * Inside an embedded figure (/embed/<figure>): tells the page around the iframe how tall the content
 * is, on load and whenever it changes (a redrawn figure, an opened table), so the frame fits it and
 * the source line is never cut off. The host page listens with /insluiten.js (see pages-embed.tsx).
 */
export const HEIGHT_MESSAGE = 'werkbalans:hoogte';

export function contentHeight(doc: Document = document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

function post(): void {
  if (window.parent === window) return;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height: contentHeight() }, '*');
}

if (typeof window !== 'undefined') {
  post();
  window.addEventListener('load', post);
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(post).observe(document.documentElement);
}
