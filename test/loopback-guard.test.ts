import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GUARDED_NODE_OPTIONS } from '../testing/process.js';

describe('loopback guard', () => {
  it('refuses a non-loopback connection in the test runner', () => {
    expect(() => net.connect(443, '192.0.2.1')).toThrow('Loopback guard: connection to "192.0.2.1" refused');
    expect(() => net.connect({ host: 'discord.com', port: 443 })).toThrow(/Loopback guard/);
  });

  it('allows loopback', async () => {
    const server = net.createServer((s) => s.end()).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as net.AddressInfo;
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r, j) => socket.once('connect', r).once('error', j));
    socket.destroy();
    server.close();
  });

  it('refuses it in a child process started the way the tests start the bot', async () => {
    const code = `require('node:net').connect(443, '192.0.2.1')`;
    const run = promisify(execFile)(process.execPath, ['-e', code], { env: { ...process.env, NODE_OPTIONS: GUARDED_NODE_OPTIONS } });
    await expect(run).rejects.toMatchObject({ stderr: expect.stringContaining('Loopback guard') });
  });
});
