// One tile of the camera grid: snapshot thumbnail, name, model and status badge.
import { h } from '../dom.js';
import { cam } from '../api.js';
import { badge, update } from './status.js';

const THUMB_MS = 5000;

export function cameraCard(camera) {
  const img = h('img', { class: 'thumb', alt: `Snapshot of ${camera.name}`, 'data-testid': 'camera-thumb', loading: 'lazy' });
  const status = badge(camera.status);
  const title = h('span', { class: 'name' });
  const model = h('span', { class: 'model' });
  const el = h('li', { class: 'card', 'data-testid': 'camera-card' },
    h('a', { href: `#/camera/${encodeURIComponent(camera.id)}`, 'data-testid': 'camera-link' },
      h('div', { class: 'thumb-box' }, img),
      h('div', { class: 'caption' }, title, status, model)));
  let current = camera;
  let timer = 0;
  let inView = true;
  // With hundreds of cameras only the cards on screen fetch snapshots.
  const watcher = 'IntersectionObserver' in window
    ? new IntersectionObserver(([entry]) => {
      const was = inView;
      inView = entry.isIntersecting;
      if (inView && !was) refresh();
    })
    : null;
  if (watcher) watcher.observe(el);

  const refresh = () => {
    if (current.status === 'online' && inView && !document.hidden) {
      img.src = `/api${cam(current.id, '/snapshot')}?t=${Date.now()}`;
    }
  };
  img.addEventListener('error', () => img.removeAttribute('src'));

  const set = (c) => {
    const wasOnline = current.status === 'online';
    current = c;
    el.dataset.cameraId = c.id;
    el.dataset.cameraName = c.name;
    el.dataset.status = c.status;
    title.textContent = c.name;
    model.textContent = [c.manufacturer, c.model].filter(Boolean).join(' ') || c.address;
    update(status, c.status);
    status.title = c.lastError || '';
    if (c.status === 'online' && !wasOnline) refresh();
  };
  set(camera);
  refresh();
  timer = setInterval(refresh, THUMB_MS);
  return {
    el,
    set,
    destroy() {
      clearInterval(timer);
      if (watcher) watcher.disconnect();
    },
  };
}
