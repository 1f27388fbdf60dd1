// Media profiles with their stream URIs (copy button) and an on-demand stream check.
import { h, panel, fill } from '../dom.js';
import { cam, get, post } from '../api.js';
import { toast } from './toast.js';

export function profiles(camera) {
  const body = h('div', { 'data-testid': 'profiles' }, h('p', { class: 'muted' }, 'Loading…'));
  let loaded = false;
  const load = () => get(cam(camera.id, '/profiles')).then((list) => {
    loaded = true;
    fill(body, list.length ? list.map((p) => row(camera, p)) : h('p', { class: 'muted' }, 'No profiles.'));
  }, (e) => fill(body, h('p', { class: 'muted' }, e.message)));
  if (camera.status === 'online') load();
  else fill(body, h('p', { class: 'muted' }, 'Profiles show once the camera is online.'));
  return {
    el: panel('Profiles and streams', 'profiles-panel', body),
    camera(c) {
      if (c.status === 'online' && !loaded) load();
    },
  };
}

function row(camera, p) {
  const result = h('span', { class: 'check-result', 'data-testid': 'stream-check-result', role: 'status' });
  const check = h('button', { type: 'button', 'data-testid': 'stream-check' }, 'Check stream');
  check.addEventListener('click', async () => {
    check.disabled = true;
    result.className = 'check-result muted';
    result.textContent = 'checking…';
    delete result.dataset.ok;
    try {
      const r = await post(cam(camera.id, `/profiles/${encodeURIComponent(p.token)}/check`));
      result.className = `check-result ${r.ok ? 'ok' : 'error'}`;
      result.dataset.ok = String(r.ok);
      result.textContent = r.ok
        ? `OK: ${r.codec} ${r.width}×${r.height} over ${r.transport}, first frame in ${r.firstFrameMs} ms`
        : `Failed: ${r.error}`;
    } catch (e) {
      result.className = 'check-result error';
      result.dataset.ok = 'false';
      result.textContent = e.message;
    } finally {
      check.disabled = false;
    }
  });
  const uri = p.streamUri || '';
  const size = p.width ? `${p.width}×${p.height}` : '';
  return h('article', { class: 'profile', 'data-testid': 'profile', 'data-token': p.token },
    h('header', {},
      h('strong', {}, p.name || p.token),
      h('span', { class: 'muted' }, [p.encoding, size, p.fps ? `${p.fps} fps` : '', p.ptz ? 'PTZ' : ''].filter(Boolean).join(' · '))),
    uri ? h('div', { class: 'uri' },
      h('code', { 'data-testid': 'stream-uri' }, uri),
      h('button', { type: 'button', 'data-testid': 'copy-uri', 'aria-label': `Copy stream URI of ${p.name || p.token}`, onclick: () => copy(uri) }, 'Copy'))
      : h('p', { class: 'muted' }, 'No stream URI.'),
    h('div', { class: 'toolbar' }, check, result));
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea', { class: 'offscreen', readonly: true }, text);
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  toast('Stream URI copied');
}
