// Loaded into the test runner and, through NODE_OPTIONS, into every process a test starts: any
// TCP connection to a host other than loopback throws, loudly, before a packet leaves the machine.
import net from 'node:net';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const original = net.Socket.prototype.connect;

function hostOf(args) {
  const [first, second] = args;
  if (Array.isArray(first)) return hostOf(first);
  if (typeof first === 'object' && first !== null) {
    if (first.path) return undefined; // a Unix socket
    return first.host ?? 'localhost';
  }
  if (typeof first === 'number' || /^\d+$/.test(String(first))) return typeof second === 'string' ? second : 'localhost';
  return undefined; // a Unix socket path
}

if (!net.Socket.prototype.connect.loopbackGuard) {
  net.Socket.prototype.connect = function guardedConnect(...args) {
    const host = hostOf(args);
    if (host !== undefined && !LOOPBACK.test(host)) {
      throw new Error(`Loopback guard: connection to "${host}" refused; tests may only reach 127.0.0.1`);
    }
    return original.apply(this, args);
  };
  net.Socket.prototype.connect.loopbackGuard = true;
}
