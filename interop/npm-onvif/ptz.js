// Interop driver: the npm `onvif` client (agsh/onvif) steers a jonvif virtual PTZ camera.
// Usage: node ptz.js <host> <port> <user> <password> <profileToken> <action> [json-options]
// Actions: absoluteMove, relativeMove (options as npm onvif takes them), continuousMove
// (options plus "forMs": move that long, then stop), getPresets, gotoPreset ({"name": ...}),
// getStatus. A move waits (getStatus polls) until the camera reports IDLE.
// Prints one JSON object {steps, status} or {"error": ...}; exit 0 either way.
'use strict';
const onvif = require('onvif');

const [host, port, username, password, profileToken, action, json = '{}'] = process.argv.slice(2);
const options = JSON.parse(json);
const result = { steps: {} };

function finish(err) {
  if (err) {
    result.error = String(err && err.message ? err.message : err);
  }
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

function step(name, fn) {
  return new Promise((resolve, reject) => {
    fn((err, data) => {
      if (err) {
        result.steps[name] = { ok: false, error: String(err.message || err) };
        reject(new Error(name + ': ' + (err.message || err)));
      } else {
        result.steps[name] = { ok: true, data };
        resolve(data);
      }
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const cam = new onvif.Cam({
  hostname: host,
  port: Number(port),
  username,
  password,
  timeout: 10000,
  autoconnect: false,
});

function status() {
  return new Promise((resolve, reject) =>
    cam.getStatus({ profileToken }, (err, s) => (err ? reject(err) : resolve(s))));
}

function idle(s) {
  const m = s.moveStatus || {};
  return m.panTilt !== 'MOVING' && m.zoom !== 'MOVING';
}

async function settle() {
  let s = await status();
  for (let i = 0; i < 200 && !idle(s); i++) {
    await sleep(50);
    s = await status();
  }
  result.status = s;
}

(async () => {
  await step('connect', (cb) => cam.connect(cb));
  const opts = Object.assign({ profileToken }, options);
  switch (action) {
    case 'absoluteMove':
    case 'relativeMove':
      await step(action, (cb) => cam[action](opts, cb));
      break;
    case 'continuousMove':
      await step('continuousMove', (cb) => cam.continuousMove(opts, cb));
      await sleep(options.forMs || 500);
      await step('stop', (cb) => cam.stop({ profileToken, panTilt: true, zoom: true }, cb));
      break;
    case 'getPresets':
      await step('getPresets', (cb) =>
        cam.getPresets({ profileToken }, (err, p) => cb(err, p && Object.keys(p))));
      break;
    case 'gotoPreset': {
      const presets = await step('getPresets', (cb) => cam.getPresets({ profileToken }, cb));
      const preset = presets[options.name];
      if (!preset) {
        throw new Error('no preset named ' + options.name);
      }
      const token = preset.$.token;
      await step('gotoPreset', (cb) => cam.gotoPreset({ profileToken, preset: token }, cb));
      break;
    }
    case 'getStatus':
      break;
    default:
      throw new Error('unknown action ' + action);
  }
  await settle();
})().then(() => finish(), finish);
