// Live updates: one EventSource for the whole page, fanned out to subscribers by event type
// (camera, camera-removed, event, sensor, discovered, ptz).

const TYPES = ['camera', 'camera-removed', 'event', 'sensor', 'discovered', 'ptz'];
const subscribers = new Map(TYPES.map((t) => [t, new Set()]));
let source = null;

/** Subscribes `fn(data)` to SSE events of `type`; returns the unsubscribe function. */
export function on(type, fn) {
  subscribers.get(type).add(fn);
  return () => subscribers.get(type).delete(fn);
}

export function connect() {
  if (source) return;
  source = new EventSource('/api/events/stream');
  for (const type of TYPES) {
    source.addEventListener(type, (e) => {
      let data;
      try {
        data = JSON.parse(e.data);
      } catch {
        return;
      }
      for (const fn of subscribers.get(type)) fn(data);
    });
  }
  source.onopen = () => indicate('on', 'live');
  source.onerror = () => indicate('off', source && source.readyState === 0 ? 'reconnecting' : 'offline');
}

export function disconnect() {
  if (source) source.close();
  source = null;
  indicate('off', 'offline');
}

function indicate(state, text) {
  const el = document.querySelector('[data-testid="live-indicator"]');
  if (!el) return;
  el.dataset.state = state;
  el.querySelector('.label').textContent = text;
}
