// The container's health probe: 0 when /healthz answers 200, 1 otherwise. `--http` probes the
// HTTP interactions endpoint (HTTP_PORT); otherwise the metrics endpoint, and with none configured
// there is nothing to probe, and the process supervisor's own view stands.
const http = process.argv.includes('--http');
const port = (http ? process.env.HTTP_PORT?.trim() || '8080' : process.env.METRICS_PORT?.trim()) ?? '';
if (!port) process.exit(0);
const host = (http ? process.env.HTTP_HOST : process.env.METRICS_HOST)?.trim() || '127.0.0.1';
fetch(`http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/healthz`, { signal: AbortSignal.timeout(4000) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
