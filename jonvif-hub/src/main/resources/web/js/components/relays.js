// Relay outputs, each a switch.
import { h, panel, fill } from '../dom.js';
import { cam, get, put } from '../api.js';
import { toast } from './toast.js';

export function relays(camera) {
  const list = h('ul', { class: 'relays', 'data-testid': 'relays' }, h('li', { class: 'muted' }, 'Loading…'));
  const load = () => get(cam(camera.id, '/relays')).then((items) => fill(list,
    items.length ? items.map((r) => relay(camera, r, load)) : h('li', { class: 'muted' }, 'No relays.')),
  (e) => fill(list, h('li', { class: 'error' }, e.message)));
  load();
  return { el: panel('Relays', 'relays-panel', list) };
}

function relay(camera, r, reload) {
  const id = `relay-${camera.id}-${r.token}`;
  const box = h('input', { id, type: 'checkbox', role: 'switch', checked: Boolean(r.active), 'data-testid': 'relay-toggle' });
  box.addEventListener('change', async () => {
    box.disabled = true;
    try {
      await put(cam(camera.id, `/relays/${encodeURIComponent(r.token)}`), { active: box.checked });
    } catch (e) {
      box.checked = !box.checked;
      if (e.status !== 401) toast(e.message, 'error');
    } finally {
      box.disabled = false;
      reload();
    }
  });
  return h('li', { 'data-testid': 'relay', 'data-token': r.token, 'data-active': String(Boolean(r.active)) },
    box, h('label', { for: id }, r.token), r.mode ? h('span', { class: 'muted' }, r.mode) : null);
}
