// Camera status badge: one word and a colour per status of the hub's supervisor.
import { h } from '../dom.js';

const LABELS = {
  connecting: 'connecting',
  online: 'online',
  auth_error: 'wrong password',
  clock_skew: 'clock skew',
  unreachable: 'unreachable',
  not_onvif: 'not ONVIF',
  stream_broken: 'stream broken',
  events_lost: 'events lost',
  offline: 'offline',
};

const GOOD = new Set(['online']);
const BUSY = new Set(['connecting', 'events_lost', 'clock_skew']);

export function badge(status, testid = 'camera-status') {
  const el = h('span', { 'data-testid': testid });
  update(el, status);
  return el;
}

export function update(el, status) {
  const tone = GOOD.has(status) ? 'good' : BUSY.has(status) ? 'warn' : 'bad';
  el.className = `badge ${tone}`;
  el.dataset.status = status || 'unknown';
  el.textContent = LABELS[status] || status || 'unknown';
}
