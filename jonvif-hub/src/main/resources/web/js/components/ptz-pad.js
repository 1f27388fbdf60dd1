// PTZ pad: continuous move while a direction is pressed (pointer or keyboard), stop on release;
// zoom, home and presets. The hub stops a move by itself after 2 s unless it is renewed, so a
// held button renews it every second: a lost "stop" never leaves the camera turning.
import { h, panel, fill } from '../dom.js';
import { cam, get, post, del } from '../api.js';
import * as live from '../live.js';
import { attempt } from './toast.js';

const SPEED = 0.5;
const RENEW_MS = 1000;
const POLL_MS = 500;

const PAD = [
  ['up-left', '↖', -1, 1], ['up', '↑', 0, 1], ['up-right', '↗', 1, 1],
  ['left', '←', -1, 0], null, ['right', '→', 1, 0],
  ['down-left', '↙', -1, -1], ['down', '↓', 0, -1], ['down-right', '↘', 1, -1],
];

export function ptzPad(camera) {
  const base = cam(camera.id, '/ptz');
  const position = h('output', { class: 'ptz-position', 'data-testid': 'ptz-position', 'aria-live': 'polite' }, '…');
  const presetList = h('ul', { class: 'presets', 'data-testid': 'ptz-presets' });
  const presetName = h('input', { id: `preset-name-${camera.id}`, placeholder: 'Preset name', 'data-testid': 'ptz-preset-name' });
  let held = null;
  let renew = 0;
  let poll = 0;

  const showPosition = (p) => {
    if (!p || typeof p.pan !== 'number') return;
    const axes = [['pan', p.pan], ['tilt', p.tilt], ['zoom', p.zoom]].filter(([, v]) => typeof v === 'number');
    for (const [name, v] of axes) position.dataset[name] = v;
    position.dataset.moving = String(Boolean(p.moving));
    position.textContent = axes.map(([name, v]) => `${name} ${v.toFixed(3)}`).join(' · ') + (p.moving ? ' · moving' : '');
  };

  const refresh = () => get(base).then((s) => {
    showPosition(s);
    showPresets(s.presets || []);
    home.hidden = s.homeSupported === false;
    setHome.hidden = s.homeSupported === false;
  }, () => {});

  function start(velocity) {
    stop(false);
    held = velocity;
    const send = () => attempt(() => post(`${base}/move`, velocity));
    send();
    renew = setInterval(send, RENEW_MS);
    poll = setInterval(() => get(base).then(showPosition, () => {}), POLL_MS);
  }

  function stop(send = true) {
    clearInterval(renew);
    clearInterval(poll);
    renew = poll = 0;
    if (held && send) {
      held = null;
      attempt(() => post(`${base}/stop`)).then(() => setTimeout(refresh, 300));
    }
    held = null;
  }

  const holdButton = (testid, label, text, velocity) => {
    const b = h('button', { type: 'button', class: 'pad-btn', 'data-testid': testid, 'aria-label': label }, text);
    b.addEventListener('pointerdown', (e) => {
      e.preventDefault();
      b.classList.add('active');
      start(velocity);
    });
    for (const type of ['pointerup', 'pointercancel', 'pointerleave']) {
      b.addEventListener(type, () => {
        if (!b.classList.contains('active')) return;
        b.classList.remove('active');
        stop();
      });
    }
    b.addEventListener('keydown', (e) => {
      if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) {
        e.preventDefault();
        b.classList.add('active');
        start(velocity);
      }
    });
    b.addEventListener('keyup', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        b.classList.remove('active');
        stop();
      }
    });
    b.addEventListener('contextmenu', (e) => e.preventDefault());
    return b;
  };

  const home = h('button', { type: 'button', class: 'pad-btn home', 'data-testid': 'ptz-home', 'aria-label': 'Go to home position',
    onclick: () => attempt(() => post(`${base}/home`)).then(() => setTimeout(refresh, 500)) }, '⌂');
  const setHome = h('button', { type: 'button', 'data-testid': 'ptz-set-home', onclick: () => attempt(() => post(`${base}/home/set`), 'Home position saved') }, 'Set home here');
  const pad = h('div', { class: 'pad', role: 'group', 'aria-label': 'Pan and tilt' },
    PAD.map((cell) => cell
      ? holdButton(`ptz-${cell[0]}`, `Move ${cell[0].replace('-', ' ')}`, cell[1], { pan: cell[2] * SPEED, tilt: cell[3] * SPEED, zoom: 0 })
      : home));
  const zoom = h('div', { class: 'zoom', role: 'group', 'aria-label': 'Zoom' },
    holdButton('ptz-zoom-in', 'Zoom in', '+', { pan: 0, tilt: 0, zoom: SPEED }),
    holdButton('ptz-zoom-out', 'Zoom out', '−', { pan: 0, tilt: 0, zoom: -SPEED }));

  function showPresets(presets) {
    fill(presetList, presets.map((p) => h('li', { 'data-testid': 'ptz-preset', 'data-token': p.token },
      h('button', { type: 'button', 'aria-label': `Go to preset ${p.name || p.token}`,
        onclick: () => attempt(() => post(`${base}/presets/${encodeURIComponent(p.token)}/goto`)).then(() => setTimeout(refresh, 500)) },
      p.name || p.token),
      h('button', { type: 'button', class: 'link danger', 'aria-label': `Delete preset ${p.name || p.token}`,
        onclick: () => attempt(() => del(`${base}/presets/${encodeURIComponent(p.token)}`)).then(refresh) }, '✕'))));
    if (!presets.length) presetList.append(h('li', { class: 'muted' }, 'No presets.'));
  }

  const savePreset = h('form', { class: 'inline', 'data-testid': 'ptz-preset-form' },
    h('label', { for: presetName.id, class: 'sr-only' }, 'Preset name'), presetName,
    h('button', { type: 'submit' }, 'Save preset'));
  savePreset.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!presetName.value.trim()) return;
    await attempt(() => post(`${base}/presets`, { name: presetName.value.trim() }), 'Preset saved');
    presetName.value = '';
    refresh();
  });

  const off = live.on('ptz', (p) => p.cameraId === camera.id && showPosition(p));
  refresh();
  const el = panel('Pan, tilt, zoom', 'ptz-panel',
    h('div', { class: 'ptz' }, pad, zoom),
    position,
    h('div', { class: 'toolbar' }, setHome),
    h('h3', {}, 'Presets'), presetList, savePreset);
  return {
    el,
    destroy() {
      stop();
      off();
    },
  };
}
