// Interop driver: the npm `onvif` client (agsh/onvif) against a jonvif virtual camera.
// Usage: node client.js <host> <port> <user> <password> [digest|wsse]
// Prints one JSON object with the result of every step, or {"error": ...}; exit 0 either way
// so the Java test can assert on each step.
'use strict';
const onvif = require('onvif');

const [host, port, username, password, mode = 'digest'] = process.argv.slice(2);
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

const cam = new onvif.Cam({
  hostname: host,
  port: Number(port),
  username,
  password,
  timeout: 10000,
  autoconnect: false,
  useWSSecurity: mode !== 'digest',
});

(async () => {
  await step('connect', (cb) => cam.connect((err) => cb(err, { media2Support: !!cam.media2Support })));
  await step('getDeviceInformation', (cb) => cam.getDeviceInformation(cb));
  await step('getCapabilities', (cb) => cam.getCapabilities((err, caps) => cb(err, caps && Object.keys(caps))));
  await step('getServices', (cb) => cam.getServices(true, (err, services) => cb(err, services && services.map((s) => s.namespace))));
  const profiles = await step('getProfiles', (cb) => cam.getProfiles((err, p) => cb(err, p && p.map((x) => x.$.token))));
  const token = profiles[0];
  await step('getStreamUri', (cb) => cam.getStreamUri({ protocol: 'RTSP', profileToken: token }, (err, s) => cb(err, s && s.uri)));
  await step('getSnapshotUri', (cb) => cam.getSnapshotUri({ profileToken: token }, (err, s) => cb(err, s && s.uri)));
  result.digestUsed = !cam.useWSSecurity;
})().then(() => finish(), finish);
