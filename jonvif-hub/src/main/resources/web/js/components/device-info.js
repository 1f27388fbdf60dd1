// Device information: maker, model, firmware, serial, address, clock offset.
import { h, panel, fill, ago } from '../dom.js';

const FIELDS = [
  ['manufacturer', 'Manufacturer'],
  ['model', 'Model'],
  ['firmware', 'Firmware'],
  ['serial', 'Serial number'],
  ['address', 'Address'],
  ['authMethod', 'Authentication'],
];

export function deviceInfo(camera) {
  const list = h('dl', { class: 'facts', 'data-testid': 'device-info' });
  const set = (c) => {
    const rows = FIELDS.filter(([key]) => c[key] !== undefined && c[key] !== null && c[key] !== '')
      .map(([key, label]) => [h('dt', {}, label), h('dd', { 'data-field': key }, String(c[key]))]);
    if (typeof c.clockOffsetMs === 'number') {
      rows.push([h('dt', {}, 'Clock offset'), h('dd', { 'data-field': 'clockOffsetMs' }, formatOffset(c.clockOffsetMs))]);
    }
    const caps = Object.entries(c.capabilities || {}).filter(([, on]) => on).map(([k]) => k);
    rows.push([h('dt', {}, 'Capabilities'), h('dd', { 'data-field': 'capabilities' }, caps.join(', ') || 'none')]);
    if (c.updatedAt) rows.push([h('dt', {}, 'Updated'), h('dd', { title: c.updatedAt }, ago(c.updatedAt))]);
    fill(list, rows);
  };
  set(camera);
  return { el: panel('Device', 'device-panel', list), camera: set };
}

export function formatOffset(ms) {
  const sign = ms < 0 ? '−' : '+';
  const abs = Math.abs(ms);
  if (abs < 1000) return `${sign}${abs} ms`;
  if (abs < 120000) return `${sign}${(abs / 1000).toFixed(1)} s`;
  return `${sign}${(abs / 60000).toFixed(1)} min`;
}
