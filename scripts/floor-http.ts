// The floor for `npm run bench:http`: a bare node:http server that checks the Ed25519 signature as
// Discord requires and answers every interaction with one constant embed. FLOOR_EMBEDS_FILE makes
// that answer a given list of embeds (one as large as the bot's).
import { createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(process.env.DISCORD_PUBLIC_KEY!, 'hex').toString('base64url') }, format: 'jwk' });
const embeds: unknown[] = process.env.FLOOR_EMBEDS_FILE ? (JSON.parse(readFileSync(process.env.FLOOR_EMBEDS_FILE, 'utf8')) as unknown[]) : [{ title: 'A constant answer' }];
const answer = JSON.stringify({ type: 4, data: { embeds, allowed_mentions: { parse: [] } } });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const sig = String(req.headers['x-signature-ed25519'] ?? '');
    const ts = String(req.headers['x-signature-timestamp'] ?? '');
    if (!verify(null, Buffer.concat([Buffer.from(ts), body]), key, Buffer.from(sig, 'hex'))) {
      res.writeHead(401).end();
      return;
    }
    const interaction = JSON.parse(body.toString('utf8')) as { type: number };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(interaction.type === 1 ? '{"type":1}' : answer);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.HTTP_PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ msg: 'HTTP interactions endpoint listening', port: (server.address() as AddressInfo).port }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
