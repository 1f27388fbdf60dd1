// Login form, shown whenever the API answers 401.
import { h } from '../dom.js';
import { post } from '../api.js';

export function mount(root, { onLogin }) {
  const error = h('p', { class: 'error', role: 'alert', 'data-testid': 'login-error', hidden: true });
  const user = h('input', { id: 'login-user', name: 'username', autocomplete: 'username', required: true, value: 'admin', 'data-testid': 'login-username' });
  const pass = h('input', { id: 'login-pass', name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'login-password' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'login-submit' }, 'Log in');
  const form = h('form', { class: 'panel login', 'data-testid': 'login-form', 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, 'Log in to the hub'),
    h('label', { for: 'login-user' }, 'User'), user,
    h('label', { for: 'login-pass' }, 'Password'), pass,
    error, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    error.hidden = true;
    try {
      await post('/session', { username: user.value, password: pass.value });
      onLogin();
    } catch (err) {
      error.textContent = err.status === 401 ? 'Wrong user or password.' : err.message;
      error.hidden = false;
      pass.select();
    } finally {
      submit.disabled = false;
    }
  });
  root.append(form);
  (user.value ? pass : user).focus();
  return () => {};
}
