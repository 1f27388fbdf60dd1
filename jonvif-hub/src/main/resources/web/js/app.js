// The hub's web UI: a hash router over a few views. No build step: plain ES modules.
import { del, get, onUnauthorized } from './api.js';
import * as live from './live.js';
import * as login from './views/login.js';
import * as grid from './views/grid.js';
import * as camera from './views/camera.js';

const root = document.getElementById('app');
const logout = document.querySelector('[data-testid="logout"]');
let unmount = () => {};
let loggedIn = false;

function route() {
  const hash = location.hash || '#/';
  const match = hash.match(/^#\/camera\/([^/]+)$/);
  return match ? { view: camera, params: { id: decodeURIComponent(match[1]) } } : { view: grid, params: {} };
}

function show(view, params) {
  unmount();
  root.replaceChildren();
  unmount = view.mount(root, params) || (() => {});
  window.scrollTo(0, 0);
}

function render() {
  if (!loggedIn) return;
  const { view, params } = route();
  show(view, params);
}

function showLogin() {
  if (!loggedIn && root.querySelector('[data-testid="login-form"]')) return;
  loggedIn = false;
  live.disconnect();
  logout.hidden = true;
  show(login, { onLogin: started });
}

function started() {
  loggedIn = true;
  logout.hidden = false;
  live.connect();
  render();
}

onUnauthorized(showLogin);
window.addEventListener('hashchange', render);
logout.addEventListener('click', async () => {
  try {
    await del('/session');
  } catch {
    // already logged out
  }
  showLogin();
});

// Boot: one cheap call tells whether the session (or cookie) is still valid.
get('/cameras').then(started, (e) => {
  if (e.status !== 401) started();
});
