// Signs interactions as Discord does (Ed25519 over timestamp + body), with a key pair of the
// test's own, and posts them to an HTTP interactions endpoint on loopback.
import { type KeyObject, generateKeyPairSync, sign } from 'node:crypto';

export interface KeyPair {
  privateKey: KeyObject;
  /** The 64 hex characters the Developer Portal would show as the Public Key. */
  publicKeyHex: string;
}

export function keyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicKeyHex: Buffer.from(jwk.x!, 'base64url').toString('hex') };
}

export function signature(privateKey: KeyObject, timestamp: string, body: string | Buffer): string {
  return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString('hex');
}

export interface PostOptions {
  /** Sign with this key instead (a wrong key). */
  signWith?: KeyObject;
  /** Headers sent as given, replacing the signed ones (missing or tampered). */
  headers?: Record<string, string | undefined>;
  /** Sign this body, send `body` (a tampered body). */
  signedBody?: string;
  /** Sign this timestamp, send the real one (a tampered timestamp). */
  signedTimestamp?: string;
}

export interface Posted {
  status: number;
  body: Record<string, unknown>;
  ms: number;
}

export async function postSigned(url: string, keys: KeyPair, body: unknown, o: PostOptions = {}): Promise<Posted> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const sig = signature(o.signWith ?? keys.privateKey, o.signedTimestamp ?? timestamp, o.signedBody ?? text);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-signature-ed25519': sig, 'x-signature-timestamp': timestamp };
  for (const [k, v] of Object.entries(o.headers ?? {})) {
    if (v === undefined) delete headers[k];
    else headers[k] = v;
  }
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body: text });
  const raw = await res.text();
  return { status: res.status, body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {}, ms: performance.now() - started };
}
