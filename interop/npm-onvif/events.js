// Bench driver: the npm `onvif` client (agsh/onvif 0.8.3) following the events of a fleet of
// cameras with its own pull loop (cam.on('event'): CreatePullPointSubscription, then PullMessages
// and Renew in turn), for scale beside jonvif's EventLoadDriver. Reads one host:port per line on
// stdin; connects and subscribes to every camera, prints "subscribed <n> <ms>" once each camera has
// delivered its first (Initialized) message, then records the delivery latency of every message
// carrying a "Sent" item: process.hrtime (CLOCK_MONOTONIC on Linux) minus Sent, the publisher's
// System.nanoTime (the same clock). After <warmup> s it measures <seconds> s and prints one JSON
// object: events, p50Ms, p99Ms, maxMs, heapPerCameraKB, cpuCores; then unsubscribes and exits.
// Usage: node events.js <user> <password> <seconds> <warmup> < hosts.txt
'use strict';
const onvif = require('onvif');

const [username, password, seconds = '30', warmup = '10'] = process.argv.slice(2);

function call(fn) {
  return new Promise((resolve, reject) => fn((err, data) => (err ? reject(err) : resolve(data))));
}

function items(message) {
  const data = message && message.message && message.message.message && message.message.message.data;
  const simple = data && data.simpleItem;
  const list = Array.isArray(simple) ? simple : simple ? [simple] : [];
  const out = {};
  for (const it of list) {
    if (it && it.$) {
      out[it.$.Name] = it.$.Value;
    }
  }
  return out;
}

const latencies = [];
let recording = false;

async function follow(hostPort, firstMessage) {
  const [hostname, port] = hostPort.split(':');
  const cam = new onvif.Cam({
    hostname,
    port: Number(port),
    username,
    password,
    timeout: 90000,
    autoconnect: false,
  });
  await call((cb) => cam.connect(cb));
  let first = true;
  cam.on('event', (message) => {
    const now = process.hrtime.bigint();
    if (first) {
      first = false;
      firstMessage();
    }
    const sent = items(message).Sent;
    if (recording && sent) {
      latencies.push(Number(now - BigInt(sent)) / 1e6);
    }
  });
  cam.on('eventsError', () => {});
  return cam;
}

function quantile(sorted, q) {
  if (!sorted.length) {
    return null;
  }
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, i)] * 100) / 100;
}

let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', async () => {
  const hosts = input.split('\n').map((s) => s.trim()).filter(Boolean);
  if (global.gc) {
    global.gc();
  }
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  let pending = hosts.length;
  let allFirst;
  const subscribed = new Promise((resolve) => (allFirst = resolve));
  const onFirst = () => {
    if (--pending === 0) {
      allFirst();
    }
  };
  const cams = await Promise.all(hosts.map((h) => follow(h, onFirst)));
  await subscribed;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write('subscribed ' + hosts.length + ' ' + Math.round(ms) + '\n');
  await new Promise((r) => setTimeout(r, Number(warmup) * 1000));
  const cpu0 = process.cpuUsage();
  const w0 = process.hrtime.bigint();
  recording = true;
  await new Promise((r) => setTimeout(r, Number(seconds) * 1000));
  recording = false;
  const wall = Number(process.hrtime.bigint() - w0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  if (global.gc) {
    global.gc();
  }
  const heap = process.memoryUsage().heapUsed;
  const sorted = latencies.slice().sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({
      events: sorted.length,
      p50Ms: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      maxMs: sorted.length ? Math.round(sorted[sorted.length - 1] * 100) / 100 : null,
      heapPerCameraKB: Math.round((heap - heap0) / 1024 / hosts.length * 10) / 10,
      cpuCores: Math.round(((cpu.user + cpu.system) / 1e6 / wall) * 100) / 100,
    }) + '\n',
  );
  for (const cam of cams) {
    cam.removeAllListeners('event');
  }
  await Promise.allSettled(cams.map((cam) => call((cb) => cam.unsubscribe(cb))));
  process.exit(0);
});
