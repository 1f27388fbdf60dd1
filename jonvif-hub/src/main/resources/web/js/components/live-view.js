// Live view: JPEG snapshots proxied by the hub, refreshed a few times a second while visible.
import { h, panel } from '../dom.js';
import { cam } from '../api.js';

const FRAME_MS = 250; // about 4 frames per second
const RETRY_MS = 2000;

export function liveView(camera) {
  const img = h('img', { class: 'live', alt: `Live view of ${camera.name}`, 'data-testid': 'live-image' });
  const info = h('span', { class: 'muted', 'data-testid': 'live-info' }, 'starting…');
  const pause = h('button', { type: 'button', 'aria-pressed': 'false', 'data-testid': 'live-pause' }, 'Pause');
  let running = true;
  let online = camera.status === 'online';
  let busy = false; // a frame request in flight
  let stopped = false;
  let timer = 0;
  let url = null;
  let frames = 0;
  let since = performance.now();

  async function next() {
    timer = 0;
    if (stopped || !running) return;
    if (!online) {
      info.textContent = 'waiting for the camera to be online…';
      return; // camera() restarts the loop
    }
    if (document.hidden) {
      timer = setTimeout(next, RETRY_MS);
      return;
    }
    let delay = FRAME_MS;
    busy = true;
    try {
      const res = await fetch(`/api${cam(camera.id, '/snapshot')}?t=${Date.now()}`, { cache: 'no-store', credentials: 'same-origin' });
      if (!res.ok) throw new Error(res.status === 401 ? 'logged out' : `snapshot failed (HTTP ${res.status})`);
      const blob = await res.blob();
      if (stopped) return;
      const previous = url;
      url = URL.createObjectURL(blob);
      img.src = url;
      await img.decode().catch(() => {});
      if (previous) URL.revokeObjectURL(previous);
      frames++;
      const seconds = (performance.now() - since) / 1000;
      if (seconds >= 2) {
        info.textContent = `${img.naturalWidth}×${img.naturalHeight} · ${(frames / seconds).toFixed(1)} fps`;
        frames = 0;
        since = performance.now();
      }
    } catch (e) {
      info.textContent = e.message;
      delay = RETRY_MS;
    } finally {
      busy = false;
    }
    if (!stopped && running) timer = setTimeout(next, delay);
  }

  pause.addEventListener('click', () => {
    running = !running;
    pause.textContent = running ? 'Pause' : 'Play';
    pause.setAttribute('aria-pressed', String(!running));
    if (running && !timer && !busy) next();
  });
  next();

  const el = panel('Live', 'live-panel',
    h('div', { class: 'live-box' }, img),
    h('div', { class: 'toolbar' }, info, pause));
  return {
    el,
    camera(c) {
      online = c.status === 'online';
      if (online && running && !timer && !busy && !stopped) next();
    },
    destroy() {
      stopped = true;
      clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
    },
  };
}
