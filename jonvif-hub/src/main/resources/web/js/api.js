// The hub's REST API (see /api/openapi.yaml). Every failure becomes an ApiError carrying the
// hub's error code and one-line message.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code);
    this.status = status;
    this.code = code;
  }
}

let unauthorized = () => {};

/** Called whenever the API answers 401 (except for the login call itself). */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

export async function request(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(`/api${path}`, init);
  } catch (e) {
    throw new ApiError(0, 'network', 'The hub does not answer; is it running?');
  }
  if (!res.ok) {
    let err = {};
    try {
      err = await res.json();
    } catch {
      // not JSON: keep the status line
    }
    if (res.status === 401 && path !== '/session') unauthorized();
    throw new ApiError(res.status, err.error || `http_${res.status}`, err.message || res.statusText);
  }
  const type = res.headers.get('Content-Type') || '';
  return type.includes('json') ? res.json() : null;
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body ?? {});
export const put = (path, body) => request('PUT', path, body);
export const patch = (path, body) => request('PATCH', path, body);
export const del = (path) => request('DELETE', path);

/** `/cameras/{id}` with the id escaped. */
export const cam = (id, rest = '') => `/cameras/${encodeURIComponent(id)}${rest}`;
