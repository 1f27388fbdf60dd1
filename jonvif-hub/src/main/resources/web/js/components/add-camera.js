// The add-camera dialog: address, user, password. The hub validates by connecting; on failure
// the dialog stays open and shows the specific reason the API gives.
import { h } from '../dom.js';
import { post } from '../api.js';

const REASONS = {
  wrong_password: 'Wrong user name or password.',
  clock_skew: "The camera's clock is too far off for it to accept the login.",
  locked_out: 'The camera has locked this user out after failed logins. Wait, then try again.',
  not_onvif: 'Something answers at that address, but it is not an ONVIF device.',
  unreachable: 'Cannot reach the camera at that address.',
  unsupported_auth: 'The camera asks for a login method the hub does not support.',
  duplicate: 'This camera is already added.',
  invalid_body: 'Please check the fields.',
};

/**
 * Opens the dialog; `preset` may carry {address, name} (from discovery).
 * `onAdded(camera)` runs after the hub stored the camera.
 */
export function openAddCamera(preset = {}, onAdded = () => {}) {
  let n = 0;
  const field = (label, attrs) => {
    const id = `add-${attrs.name}-${++n}`;
    return [h('label', { for: id }, label), h('input', { id, ...attrs })];
  };
  const [addressLabel, address] = field('Address (host[:port] or device service URL)', {
    name: 'address', required: true, value: preset.address || '', placeholder: '192.168.1.20:80',
    autocomplete: 'off', 'data-testid': 'add-address',
  });
  const [userLabel, user] = field('User', { name: 'username', value: 'admin', autocomplete: 'off', 'data-testid': 'add-username' });
  const [passLabel, pass] = field('Password', { name: 'password', type: 'password', autocomplete: 'new-password', 'data-testid': 'add-password' });
  const [nameLabel, name] = field('Name (optional)', { name: 'name', value: preset.name || '', autocomplete: 'off', 'data-testid': 'add-name' });
  const error = h('div', { class: 'error', role: 'alert', 'data-testid': 'add-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'add-submit' }, 'Add camera');
  const cancel = h('button', { type: 'button', 'data-testid': 'add-cancel' }, 'Cancel');
  const dialog = h('dialog', { class: 'add-camera', 'data-testid': 'add-dialog', 'aria-labelledby': 'add-title' },
    h('form', { method: 'dialog' },
      h('h2', { id: 'add-title' }, preset.address ? `Add ${preset.name || 'discovered camera'}` : 'Add a camera'),
      addressLabel, address, userLabel, user, passLabel, pass, nameLabel, name,
      error,
      h('div', { class: 'buttons' }, cancel, submit)));

  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  dialog.querySelector('form').addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    submit.textContent = 'Connecting…';
    error.hidden = true;
    const body = { address: address.value.trim(), username: user.value, password: pass.value };
    if (name.value.trim()) body.name = name.value.trim();
    try {
      const camera = await post('/cameras', body);
      dialog.close();
      onAdded(camera);
    } catch (err) {
      if (err.status === 401) {
        dialog.close();
        return;
      }
      showError(error, err);
      (err.code === 'wrong_password' || err.code === 'locked_out' ? pass : address).focus();
    } finally {
      submit.disabled = false;
      submit.textContent = 'Add camera';
    }
  });

  document.body.append(dialog);
  dialog.showModal();
  (preset.address ? pass : address).focus();
  return dialog;
}

function showError(box, err) {
  box.dataset.errorCode = err.code;
  box.replaceChildren(
    h('strong', { 'data-testid': 'add-error-reason' }, REASONS[err.code] || 'The hub could not add this camera.'),
    err.message ? h('span', { class: 'detail', 'data-testid': 'add-error-message' }, err.message) : null);
  box.hidden = false;
}
