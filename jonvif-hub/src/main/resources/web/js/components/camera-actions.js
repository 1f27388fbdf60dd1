// Maintenance: time sync (offered loudly on clock skew), reboot, diagnostics download, removal.
import { h, panel } from '../dom.js';
import { cam, del, post } from '../api.js';
import { attempt, toast } from './toast.js';
import { formatOffset } from './device-info.js';

export function cameraActions(camera) {
  const result = h('p', { class: 'muted', role: 'status', 'data-testid': 'time-sync-result' });
  const skew = h('p', { class: 'warning', 'data-testid': 'clock-skew-offer', hidden: true },
    "This camera's clock is off. Sync it with the hub's clock?");
  const sync = h('button', { type: 'button', 'data-testid': 'time-sync' }, 'Sync time');
  sync.addEventListener('click', async () => {
    sync.disabled = true;
    const r = await attempt(() => post(cam(camera.id, '/time-sync')));
    sync.disabled = false;
    if (r) result.textContent = `Clock offset ${formatOffset(r.offsetMsBefore)} → ${formatOffset(r.offsetMsAfter)}`;
  });
  const reboot = h('button', { type: 'button', class: 'danger', 'data-testid': 'reboot' }, 'Reboot');
  reboot.addEventListener('click', () => {
    if (window.confirm(`Reboot ${camera.name}? It will be offline for a while.`)) {
      attempt(() => post(cam(camera.id, '/reboot')), 'Reboot requested');
    }
  });
  const diagnostics = h('a', {
    class: 'button', href: `/api${cam(camera.id, '/diagnostics')}`, download: `jonvif-${camera.name}-diagnostics.json`,
    'data-testid': 'diagnostics',
  }, 'Download diagnostics');
  const remove = h('button', { type: 'button', class: 'link danger', 'data-testid': 'remove-camera' }, 'Remove from hub');
  remove.addEventListener('click', async () => {
    if (!window.confirm(`Remove ${camera.name} from the hub? Its event history goes too.`)) return;
    try {
      await del(cam(camera.id));
      toast(`Removed ${camera.name}`);
      location.hash = '#/';
    } catch (e) {
      if (e.status !== 401) toast(e.message, 'error');
    }
  });
  const el = panel('Maintenance', 'actions-panel', skew,
    h('div', { class: 'toolbar wrap' }, sync, reboot, diagnostics), result, remove);
  return {
    el,
    camera(c) {
      skew.hidden = c.status !== 'clock_skew';
      camera = c;
    },
  };
}
