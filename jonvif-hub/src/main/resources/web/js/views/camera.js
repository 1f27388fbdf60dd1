// One camera: information, live view, PTZ, imaging, relays, sensors, events and maintenance.
import { h, fill } from '../dom.js';
import { cam, get } from '../api.js';
import * as live from '../live.js';
import { badge, update } from '../components/status.js';
import { deviceInfo } from '../components/device-info.js';
import { liveView } from '../components/live-view.js';
import { profiles } from '../components/profiles.js';
import { ptzPad } from '../components/ptz-pad.js';
import { imaging } from '../components/imaging.js';
import { relays } from '../components/relays.js';
import { sensors } from '../components/sensors.js';
import { timeline } from '../components/timeline.js';
import { cameraActions } from '../components/camera-actions.js';

export function mount(root, { id }) {
  const parts = [];
  let alive = true;
  const title = h('h1', { 'data-testid': 'camera-name' }, '…');
  const status = badge('connecting');
  const problem = h('p', { class: 'error', role: 'alert', 'data-testid': 'camera-problem', hidden: true });
  const main = h('div', { class: 'camera-main' });
  const side = h('div', { class: 'camera-side' });
  root.append(
    h('div', { class: 'toolbar' }, h('a', { href: '#/', class: 'back', 'data-testid': 'back' }, '← Cameras'), title, status),
    problem,
    h('div', { class: 'camera-layout', 'data-testid': 'camera-page' }, main, side));

  // Panels for optional services appear once the hub knows the camera offers them (the
  // capabilities arrive when the camera is first online).
  const slot = () => h('div', { class: 'slot' });
  const slots = { ptz: slot(), imaging: slot(), relays: slot() };
  const optional = { ptz: ptzPad, imaging, relays };

  const add = (part, into) => {
    parts.push(part);
    into.append(part.el);
  };

  const show = (camera) => {
    title.textContent = camera.name;
    document.title = `${camera.name} · jonvif hub`;
    update(status, camera.status);
    problem.textContent = camera.lastError || '';
    problem.hidden = !camera.lastError || camera.status === 'online';
    const caps = camera.capabilities || {};
    for (const [key, make] of Object.entries(optional)) {
      if (caps[key] && !slots[key].childElementCount) add(make(camera), slots[key]);
    }
    parts.forEach((p) => p.camera && p.camera(camera));
  };

  get(cam(id)).then((camera) => {
    if (!alive) return;
    add(liveView(camera), main);
    main.append(slots.ptz);
    add(sensors(camera), side);
    side.append(slots.imaging, slots.relays);
    add(deviceInfo(camera), side);
    add(profiles(camera), main);
    add(timeline(camera), main);
    add(cameraActions(camera), side);
    show(camera);
  }, (e) => {
    if (e.status === 401) return;
    fill(main, h('p', { class: 'error', role: 'alert', 'data-testid': 'camera-missing' },
      e.code === 'unknown_camera' ? 'This camera is not (or no longer) in the hub.' : e.message));
  });

  const off = [
    live.on('camera', (c) => c.id === id && show(c)),
    live.on('camera-removed', (c) => { if (c.id === id) location.hash = '#/'; }),
  ];
  return () => {
    alive = false;
    off.forEach((f) => f());
    parts.forEach((p) => p.destroy && p.destroy());
    document.title = 'jonvif hub';
  };
}
