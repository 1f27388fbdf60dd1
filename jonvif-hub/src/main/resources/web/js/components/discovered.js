// Devices found by WS-Discovery that are not added yet, each with a one-click "Add".
import { h, fill, ago } from '../dom.js';

export function discoveredList(onAdd) {
  const list = h('ul', { class: 'discovered', 'data-testid': 'discovered-list' });
  const empty = h('p', { class: 'muted', 'data-testid': 'discovered-empty' }, 'No new devices found yet.');

  const set = (devices) => {
    const label = (d) => d.name || d.hardware || d.endpoint;
    const items = (devices || []).filter((d) => !d.added)
      .sort((a, b) => label(a).localeCompare(label(b), undefined, { numeric: true }));
    empty.hidden = items.length > 0;
    fill(list, items.map((d) => {
      const label = d.name || d.hardware || d.endpoint;
      const address = (d.xaddrs || [])[0] || '';
      return h('li', { 'data-testid': 'discovered-item', 'data-endpoint': d.endpoint, 'data-name': d.name || '' },
        h('div', { class: 'what' },
          h('strong', {}, label),
          h('span', { class: 'muted' }, [d.hardware, d.location].filter(Boolean).join(' · ')),
          h('code', { class: 'address' }, address)),
        h('span', { class: 'muted when', title: d.lastSeen || '' }, d.lastSeen ? `seen ${ago(d.lastSeen)}` : ''),
        h('button', {
          type: 'button', class: 'primary', 'data-testid': 'discovered-add',
          'aria-label': `Add ${label}`, onclick: () => onAdd({ address, name: d.name || '' }),
        }, 'Add'));
    }));
  };
  return { el: h('div', {}, empty, list), set };
}
