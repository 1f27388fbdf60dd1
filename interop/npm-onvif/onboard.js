// Bench driver: the npm `onvif` client (agsh/onvif 0.8.3) onboarding a fleet of cameras, for scale
// beside jonvif's OnboardDriver. Reads one host:port per line on stdin; for every camera, all at
// once: connect (which reads the clock, services/capabilities and profiles), then GetStreamUri and
// GetSnapshotUri of every profile. Prints one JSON object: cameras, ok, failed, ms, first error.
// Usage: node onboard.js <user> <password> < hosts.txt
'use strict';
const onvif = require('onvif');

const [username, password] = process.argv.slice(2);

function call(fn) {
  return new Promise((resolve, reject) => fn((err, data) => (err ? reject(err) : resolve(data))));
}

async function onboard(hostPort) {
  const [hostname, port] = hostPort.split(':');
  const cam = new onvif.Cam({
    hostname,
    port: Number(port),
    username,
    password,
    timeout: 30000,
    autoconnect: false,
  });
  await call((cb) => cam.connect(cb));
  const profiles = cam.profiles || [];
  let uris = 0;
  for (const p of profiles) {
    const token = p.$.token;
    await call((cb) => cam.getStreamUri({ protocol: 'RTSP', profileToken: token }, cb));
    await call((cb) => cam.getSnapshotUri({ profileToken: token }, cb));
    uris += 2;
  }
  return { profiles: profiles.length, uris };
}

let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', async () => {
  const hosts = input.split('\n').map((s) => s.trim()).filter(Boolean);
  const t0 = process.hrtime.bigint();
  const results = await Promise.allSettled(hosts.map(onboard));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const ok = results.filter((r) => r.status === 'fulfilled');
  const bad = results.filter((r) => r.status === 'rejected');
  const cpu = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({
      cameras: hosts.length,
      ok: ok.length,
      failed: bad.length,
      ms: Math.round(ms),
      profiles: ok.reduce((n, r) => n + r.value.profiles, 0),
      uris: ok.reduce((n, r) => n + r.value.uris, 0),
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      firstError: bad.length ? String(bad[0].reason && (bad[0].reason.message || bad[0].reason)) : null,
    }) + '\n',
  );
});
