// Event timeline: the camera's history, newest first, with live additions and "older" paging.
import { h, panel, time } from '../dom.js';
import { cam, get } from '../api.js';
import * as live from '../live.js';

const PAGE = 50;
const MAX_SHOWN = 500;

export function timeline(camera) {
  const list = h('ol', { class: 'timeline', 'data-testid': 'timeline' });
  const more = h('button', { type: 'button', 'data-testid': 'timeline-more', hidden: true }, 'Older events');
  const empty = h('p', { class: 'muted', 'data-testid': 'timeline-empty' }, 'No events yet.');
  let oldest = null;

  const load = async () => {
    more.disabled = true;
    const query = `?limit=${PAGE}${oldest ? `&before=${encodeURIComponent(oldest)}` : ''}`;
    try {
      const events = await get(cam(camera.id, `/events${query}`));
      events.forEach((e) => list.append(entry(e)));
      if (events.length) oldest = events[events.length - 1].time;
      more.hidden = events.length < PAGE;
    } catch {
      more.hidden = false;
    } finally {
      more.disabled = false;
      empty.hidden = list.childElementCount > 0;
    }
  };
  more.addEventListener('click', load);
  load();

  const off = live.on('event', (e) => {
    if (e.cameraId !== camera.id) return;
    list.prepend(entry(e));
    while (list.childElementCount > MAX_SHOWN) list.lastElementChild.remove();
    empty.hidden = true;
  });
  return { el: panel('Events', 'timeline-panel', empty, list, more), destroy: off };
}

function entry(e) {
  const data = e.data && typeof e.data === 'object'
    ? Object.entries(e.data).map(([k, v]) => `${k}=${v}`).join(' ')
    : e.data ?? '';
  return h('li', { 'data-testid': 'timeline-event', 'data-kind': e.kind || '' },
    h('time', { datetime: e.time }, time(e.time)),
    h('strong', {}, e.kind || e.topic),
    e.source ? h('span', { class: 'muted' }, e.source) : null,
    h('span', { class: 'data' }, String(data)),
    e.operation && e.operation !== 'Changed' ? h('span', { class: 'muted' }, e.operation) : null,
    h('span', { class: 'topic muted' }, e.topic || ''));
}
