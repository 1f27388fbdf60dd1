// Interop driver: the npm `onvif` client's WS-Discovery probe, bound to the loopback interface.
// Usage: node discover.js [timeoutMs]
// Prints one JSON object {"devices": [{"xaddr": ..., "hostname": ..., "port": ...}], "errors": [...]}.
'use strict';
const onvif = require('onvif');

const timeout = Number(process.argv[2] || 3000);
onvif.Discovery.probe({ device: 'lo', timeout, resolve: false }, (errors, devices) => {
  const out = {
    devices: (devices || []).map((d) => {
      const m = d.probeMatches && d.probeMatches.probeMatch;
      const match = Array.isArray(m) ? m[0] : m;
      return {
        xaddrs: match && match.XAddrs,
        endpoint: match && match.endpointReference && match.endpointReference.address,
        scopes: match && match.scopes,
      };
    }),
    errors: (errors || []).map((e) => String(e.message || e)),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
});
