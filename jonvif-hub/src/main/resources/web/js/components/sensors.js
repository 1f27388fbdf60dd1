// Typed event sensors (motion, digital input, tamper...) with their current state, kept live by
// the hub's `sensor` SSE events.
import { h, panel, fill, ago } from '../dom.js';
import { cam, get } from '../api.js';
import * as live from '../live.js';

const NAMES = { motion: 'Motion', digital_input: 'Digital input', tamper: 'Tamper', relay: 'Relay' };

export function sensors(camera) {
  const list = h('ul', { class: 'sensors', 'data-testid': 'sensors' });
  const state = new Map();
  const key = (s) => `${s.kind}\u0000${s.source || ''}`;

  const render = () => {
    const items = [...state.values()].sort((a, b) => key(a).localeCompare(key(b)));
    fill(list, items.length ? items.map(item) : h('li', { class: 'muted', 'data-testid': 'sensors-empty' }, 'No sensor has reported yet.'));
  };
  const merge = (s) => {
    state.set(key(s), { ...(state.get(key(s)) || {}), ...s });
    render();
  };

  render();
  get(cam(camera.id, '/sensors')).then((items) => items.forEach(merge), () => {});
  const off = live.on('sensor', (s) => s.cameraId === camera.id && merge(s));
  const ticker = setInterval(render, 10000); // keeps "n s ago" fresh
  return {
    el: panel('Sensors', 'sensors-panel', list),
    destroy() {
      off();
      clearInterval(ticker);
    },
  };
}

function item(s) {
  const on = s.state === true || s.state === 'true';
  const off = s.state === false || s.state === 'false';
  const shown = on ? 'on' : off ? 'off' : s.value ?? s.state ?? '';
  const plain = s.kind.replace(/_/g, ' ');
  const name = NAMES[s.kind] || plain.charAt(0).toUpperCase() + plain.slice(1);
  return h('li', {
    class: `sensor ${on ? 'on' : off ? 'off' : 'value'}`, 'data-testid': 'sensor',
    'data-kind': s.kind, 'data-source': s.source || '', 'data-state': String(on ? true : off ? false : shown),
    title: s.topic || '',
  },
  h('span', { class: 'dot', 'aria-hidden': 'true' }),
  h('span', { class: 'name' }, name, s.source ? h('span', { class: 'muted' }, ` ${s.source}`) : null),
  h('strong', { class: 'state', 'data-testid': 'sensor-state' }, String(shown)),
  h('span', { class: 'muted when', title: s.changedAt || '' }, ago(s.changedAt)));
}
