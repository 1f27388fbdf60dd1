// Home: the camera grid, then devices discovered but not added.
import { h, panel } from '../dom.js';
import { get, post } from '../api.js';
import * as live from '../live.js';
import { cameraCard } from '../components/camera-card.js';
import { discoveredList } from '../components/discovered.js';
import { openAddCamera } from '../components/add-camera.js';
import { attempt, toast } from '../components/toast.js';

const DISCOVERY_POLL_MS = 15000;

export function mount(root) {
  const cards = new Map();
  const grid = h('ul', { class: 'grid', 'data-testid': 'camera-grid' });
  const none = h('p', { class: 'muted', 'data-testid': 'grid-empty', hidden: true },
    'No cameras yet: add one below or by address.');
  const discovered = discoveredList((preset) => openAddCamera(preset, added));
  const add = h('button', { type: 'button', class: 'primary', 'data-testid': 'add-camera-open', onclick: () => openAddCamera({}, added) }, 'Add camera');
  const probe = h('button', { type: 'button', 'data-testid': 'probe', onclick: () => attempt(() => post('/discovery/probe'), 'Probing the network…') }, 'Search network');

  root.append(
    h('div', { class: 'toolbar' }, h('h1', {}, 'Cameras'), probe, add),
    none, grid,
    panel('Discovered, not added', 'discovered', discovered.el));

  function upsert(camera) {
    const card = cards.get(camera.id);
    if (card) {
      card.set(camera);
    } else {
      const created = cameraCard(camera);
      cards.set(camera.id, created);
      grid.append(created.el);
    }
    none.hidden = cards.size > 0;
  }

  function remove({ id }) {
    const card = cards.get(id);
    if (!card) return;
    card.destroy();
    card.el.remove();
    cards.delete(id);
    none.hidden = cards.size > 0;
  }

  function added(camera) {
    toast(`Added ${camera.name}`);
    upsert(camera);
    loadDiscovered();
  }

  async function loadDiscovered() {
    try {
      discovered.set(await get('/discovered'));
    } catch {
      // shown again on the next poll or SSE update
    }
  }

  get('/cameras').then((list) => {
    list.forEach(upsert);
    none.hidden = cards.size > 0;
  }, () => {});
  loadDiscovered();
  const poll = setInterval(loadDiscovered, DISCOVERY_POLL_MS);
  const subs = [live.on('camera', upsert), live.on('camera-removed', remove), live.on('discovered', discovered.set)];
  return () => {
    clearInterval(poll);
    subs.forEach((off) => off());
    cards.forEach((c) => c.destroy());
  };
}
