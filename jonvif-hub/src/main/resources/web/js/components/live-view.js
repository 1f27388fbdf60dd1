// Live view: JPEG snapshots proxied by the hub, refreshed a few times a second while visible.
import { h, panel } from '../dom.js';
import { cam, get } from '../api.js';

const FRAME_MS = 250; // about 4 frames per second
const RETRY_MS = 2000;
const PREFERRED_WIDTH = 640; // big enough for the page, small enough for a few frames a second

/** The profile closest above PREFERRED_WIDTH (snapshots of a 4K main stream are slow). */
function pick(profiles) {
  const sized = profiles.filter((p) => p.width);
  const fit = sized.filter((p) => p.width >= PREFERRED_WIDTH).sort((a, b) => a.width - b.width);
  return (fit[0] || sized.sort((a, b) => b.width - a.width)[0] || profiles[0] || {}).token;
}

export function liveView(camera) {
  const img = h('img', { class: 'live', alt: `Live view of ${camera.name}`, 'data-testid': 'live-image' });
  const info = h('span', { class: 'muted', 'data-testid': 'live-info' }, 'starting…');
  const choice = h('select', { id: `live-profile-${camera.id}`, 'data-testid': 'live-profile', hidden: true });
  const choiceLabel = h('label', { for: choice.id, class: 'sr-only' }, 'Snapshot profile');
  let profile = null;
  let listed = false;
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
      const query = profile ? `profile=${encodeURIComponent(profile)}&` : '';
      const res = await fetch(`/api${cam(camera.id, '/snapshot')}?${query}t=${Date.now()}`, { cache: 'no-store', credentials: 'same-origin' });
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

  function list() {
    if (listed) return;
    listed = true;
    get(cam(camera.id, '/profiles')).then((profiles) => {
      profile = pick(profiles) || null;
      choice.replaceChildren(...profiles.map((p) => h('option', { value: p.token, selected: p.token === profile },
        `${p.name || p.token}${p.width ? ` ${p.width}×${p.height}` : ''}`)));
      choice.hidden = profiles.length < 2;
    }, () => { listed = false; });
  }
  choice.addEventListener('change', () => { profile = choice.value; });
  if (online) list();

  pause.addEventListener('click', () => {
    running = !running;
    pause.textContent = running ? 'Pause' : 'Play';
    pause.setAttribute('aria-pressed', String(!running));
    if (running && !timer && !busy) next();
  });
  next();

  const el = panel('Live', 'live-panel',
    h('div', { class: 'live-box' }, img),
    h('div', { class: 'toolbar' }, info, choiceLabel, choice, pause));
  return {
    el,
    camera(c) {
      online = c.status === 'online';
      if (online) list();
      if (online && running && !timer && !busy && !stopped) next();
    },
    destroy() {
      stopped = true;
      clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
    },
  };
}
