// Short messages in the corner ("Camera added", "Reboot requested", errors of background calls).
import { h } from '../dom.js';

export function toast(message, kind = 'info') {
  const box = document.querySelector('[data-testid="toasts"]');
  const el = h('div', { class: `toast ${kind}`, 'data-testid': 'toast', 'data-kind': kind }, message);
  box.append(el);
  setTimeout(() => el.remove(), kind === 'error' ? 8000 : 4000);
}

/** Runs `action` and reports an ApiError as a toast instead of an unhandled rejection. */
export async function attempt(action, success) {
  try {
    const result = await action();
    if (success) toast(success);
    return result;
  } catch (e) {
    if (e.status !== 401) toast(e.message, 'error');
    return undefined;
  }
}
