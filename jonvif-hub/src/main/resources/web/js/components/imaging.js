// Imaging: brightness/contrast (and other) sliders, IR cut filter, autofocus and the auxiliary
// commands the camera lists (wiper, IR lamp...).
import { h, panel, fill } from '../dom.js';
import { cam, get, patch, post } from '../api.js';
import { attempt } from './toast.js';

const SLIDERS = [['brightness', 'Brightness'], ['contrast', 'Contrast'], ['saturation', 'Saturation'], ['sharpness', 'Sharpness']];
const IR_MODES = ['AUTO', 'ON', 'OFF'];

export function imaging(camera) {
  const base = cam(camera.id, '/imaging');
  const body = h('div', { class: 'imaging', 'data-testid': 'imaging' }, h('p', { class: 'muted' }, 'Loading…'));
  const change = (values) => attempt(() => patch(base, values));
  get(base).then((s) => fill(body, controls(camera, s, change)), (e) => fill(body, h('p', { class: 'error' }, e.message)));
  return { el: panel('Image', 'imaging-panel', body) };
}

function controls(camera, s, change) {
  const out = [];
  for (const [key, label] of SLIDERS) {
    if (typeof s[key] !== 'number') continue;
    const range = (s.ranges && s.ranges[key]) || { min: 0, max: 100 };
    const id = `img-${key}-${camera.id}`;
    const value = h('output', { for: id }, String(s[key]));
    const input = h('input', {
      id, type: 'range', min: String(range.min), max: String(range.max),
      step: String(range.max - range.min > 10 ? 1 : (range.max - range.min) / 100),
      value: String(s[key]), 'data-testid': `imaging-${key}`,
    });
    input.addEventListener('input', () => { value.textContent = input.value; });
    input.addEventListener('change', () => change({ [key]: Number(input.value) }));
    out.push(h('div', { class: 'slider' }, h('label', { for: id }, label), input, value));
  }
  if (s.irCutFilter !== undefined && s.irCutFilter !== null) {
    const id = `img-ircut-${camera.id}`;
    const select = h('select', { id, 'data-testid': 'imaging-ircut' },
      (s.irCutFilterModes && s.irCutFilterModes.length ? s.irCutFilterModes : IR_MODES).map((m) => h('option', { value: m, selected: m === s.irCutFilter }, m.toLowerCase())));
    select.addEventListener('change', () => change({ irCutFilter: select.value }));
    out.push(h('div', { class: 'field' }, h('label', { for: id }, 'IR cut filter'), select));
  }
  if (s.autofocus !== undefined && s.autofocus !== null) {
    const id = `img-af-${camera.id}`;
    const textual = typeof s.autofocus === 'string';
    const box = h('input', { id, type: 'checkbox', checked: textual ? s.autofocus === 'AUTO' : Boolean(s.autofocus), 'data-testid': 'imaging-autofocus' });
    box.addEventListener('change', () => change({ autofocus: textual ? (box.checked ? 'AUTO' : 'MANUAL') : box.checked }));
    out.push(h('div', { class: 'field check' }, box, h('label', { for: id }, 'Autofocus')));
  }
  const aux = auxGroups(s.auxCommands || []);
  for (const [name, commands] of aux) {
    out.push(h('div', { class: 'field aux', role: 'group', 'aria-label': name },
      h('span', { class: 'label' }, name),
      commands.map(([command, state]) => h('button', {
        type: 'button', 'data-testid': 'imaging-aux', 'data-command': command,
        onclick: () => attempt(() => post(cam(camera.id, '/aux'), { command }), `${name}: ${state}`),
      }, state))));
  }
  if (!out.length) out.push(h('p', { class: 'muted' }, 'No imaging settings.'));
  return out;
}

/** "tt:Wiper|On" → group "Wiper", button "On"; a command without "|" is its own group. */
function auxGroups(commands) {
  const groups = new Map();
  for (const command of commands) {
    const [name, state] = command.includes('|') ? command.split('|', 2) : [command, 'Run'];
    const label = name.replace(/^[a-z]+:/i, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2');
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push([command, state]);
  }
  return groups;
}
