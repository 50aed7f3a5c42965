/**
 * The ranking's arrow keys: with focus on the previous/next links, ← and → step to the previous or next
 * component (the links themselves work with Enter, and the form or, in a static copy, the list of
 * rankings without any script).
 */
function start(): void {
  const controls = document.querySelector<HTMLElement>('[data-ranking-controls]');
  if (!controls) return;
  const previous = controls.querySelector<HTMLAnchorElement>('[data-step="prev"]');
  const next = controls.querySelector<HTMLAnchorElement>('[data-step="next"]');
  const hint = controls.querySelector<HTMLElement>('[data-keyboard-hint]');
  if (!previous || !next) return;
  // The tip only where it applies: on a device whose main pointer is a mouse or touchpad (a desktop or
  // laptop, which has arrow keys), or once a step link has the keyboard's focus (a tablet with a
  // keyboard). `any-pointer` is not enough: phones with a stylus report a fine pointer too.
  if (hint && window.matchMedia('(hover: hover) and (pointer: fine)').matches) hint.hidden = false;
  controls.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    if (hint && (target === previous || target === next) && target.matches(':focus-visible'))
      hint.hidden = false;
  });
  controls.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target !== previous && target !== next) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const link = event.key === 'ArrowLeft' ? previous : event.key === 'ArrowRight' ? next : null;
    if (!link) return;
    event.preventDefault();
    sessionStorage.setItem('werkbalans:focus-step', link === previous ? 'prev' : 'next');
    window.location.assign(link.href);
  });
  // After stepping with the keys, keep the focus on the same link so the reader can keep stepping.
  const step = sessionStorage.getItem('werkbalans:focus-step');
  if (step) {
    sessionStorage.removeItem('werkbalans:focus-step');
    (step === 'prev' ? previous : next).focus();
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
