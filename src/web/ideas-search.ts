/**
 * Live results for the ideas search: while the reader types (or ticks a filter) the same page is
 * fetched from the server and its results replace the current ones; a status line announces the count.
 * Without this script the form is an ordinary GET form.
 */
function start(): void {
  const form = document.querySelector<HTMLFormElement>('[data-idea-form]');
  const live = document.querySelector<HTMLElement>('[data-idea-live]');
  if (!form || !live || document.body.dataset.static === 'true') return;
  // The results region itself is not live: only the short status line is announced.
  live.removeAttribute('aria-live');
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.after(status);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  const refresh = async () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string' && value !== '') params.append(name, value);
    const url = `${form.getAttribute('action') ?? window.location.pathname}?${params.toString()}`;
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.querySelector('[data-idea-live]');
      if (!fresh) return;
      live.replaceChildren(...Array.from(fresh.childNodes).map((node) => document.importNode(node, true)));
      status.textContent = live.querySelector('h2')?.textContent ?? '';
      history.replaceState(null, '', url);
    } catch {
      // A newer request replaced this one, or the network failed: the form still works on submit.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  };
  form.addEventListener('input', later);
  form.addEventListener('change', later);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
