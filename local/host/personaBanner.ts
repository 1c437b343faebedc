// Local-only banner with the persona switcher. Plain DOM (not React) so it sits outside the
// UI tree under test and can never ship in the web part.
export function renderPersonaBanner(personas: readonly string[], current: string): void {
  const banner = document.createElement('div');
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', 'Local development');
  banner.style.cssText =
    'padding:4px 8px;background:#fff4ce;color:#000;font:14px Segoe UI,sans-serif;display:flex;gap:8px;flex-wrap:wrap;align-items:center';
  const label = document.createElement('label');
  label.textContent = 'Local only. Act as: ';
  const select = document.createElement('select');
  for (const persona of personas) {
    const option = document.createElement('option');
    option.value = persona;
    option.textContent = persona;
    option.selected = persona === current;
    select.appendChild(option);
  }
  select.addEventListener('change', () => {
    const params = new URLSearchParams(window.location.search);
    params.set('as', select.value);
    window.location.search = params.toString();
  });
  label.appendChild(select);
  banner.appendChild(label);
  document.body.insertBefore(banner, document.body.firstChild);
}
