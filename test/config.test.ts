import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { defaultDataDir } from '../src/paths.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const CLIENT = '123456789012345678';

describe('loadConfig', () => {
  it('needs nothing for the local console', () => {
    expect(loadConfig({})).toEqual({
      logLevel: 'info',
      dataDir: defaultDataDir,
      cooldown: { max: 5, windowMs: 10_000 },
      shardSpawnDelayMs: 5500,
      http: { port: 8080, host: '127.0.0.1' },
    });
  });

  it('reads a full configuration, treating empty values as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT, DISCORD_GUILD_ID: '', DISCORD_API_URL: 'http://127.0.0.1:9/api/', LOG_LEVEL: 'debug' })).toEqual({
      token: TOKEN,
      clientId: CLIENT,
      apiUrl: 'http://127.0.0.1:9/api',
      logLevel: 'debug',
      dataDir: defaultDataDir,
      cooldown: { max: 5, windowMs: 10_000 },
      shardSpawnDelayMs: 5500,
      http: { port: 8080, host: '127.0.0.1' },
    });
  });

  it('reads the HTTP endpoint: the public key, lowercased, and where to listen', () => {
    const key = 'AB'.repeat(32);
    expect(loadConfig({ DISCORD_PUBLIC_KEY: key, HTTP_PORT: '9000', HTTP_HOST: '0.0.0.0' }).http).toEqual({ publicKey: key.toLowerCase(), port: 9000, host: '0.0.0.0' });
  });

  it.each([
    [{ DISCORD_TOKEN: TOKEN }, /DISCORD_CLIENT_ID \(the application id that slash commands are registered under\) is required with DISCORD_TOKEN/],
    [{ DISCORD_TOKEN: 'not a token' }, /DISCORD_TOKEN \(the bot token that logs in to Discord\) must look like a bot token/],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: 'my-bot' }, /DISCORD_CLIENT_ID .* must be the numeric Application ID/],
    [{ DISCORD_GUILD_ID: '12ab' }, /DISCORD_GUILD_ID \(the one server to register commands in .*\) must be a numeric server id/],
    [{ DISCORD_API_URL: 'ftp://x' }, /DISCORD_API_URL \(the base of Discord’s REST API.*\) must be an http\(s\) URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL \(how much to log\)/],
    [{ COOLDOWN_COMMANDS: 'many' }, /COOLDOWN_COMMANDS \(how many commands one user may run per cooldown window\) must be a whole number/],
    [{ COOLDOWN_SECONDS: '0' }, /COOLDOWN_SECONDS \(the cooldown window\) must be more than 0/],
    [{ SHARD_COUNT: 'x' }, /SHARD_COUNT \(the total number of gateway shards across all machines\) must be "auto" or a whole number/],
    [{ SHARD_IDS: '0,1' }, /SHARD_COUNT .* must be a number of shards when SHARD_IDS is set/],
    [{ SHARD_COUNT: '4', SHARD_IDS: '2,4' }, /SHARD_IDS \(the shards this process runs\) has ids 4 outside 0–3 \(SHARD_COUNT is 4\)/],
    [{ SHARD_COUNT: '4', SHARD_IDS: '1,1' }, /SHARD_IDS .* lists 1 more than once/],
    [{ SHARD_COUNT: '2', SHARDS: 'zero' }, /SHARDS .* must be a JSON list of shard ids/],
    [{ DISCORD_PUBLIC_KEY: 'abc' }, /DISCORD_PUBLIC_KEY \(the key that checks each HTTP interaction was signed by Discord\) must be the 64 hexadecimal characters/],
    [{ HTTP_PORT: 'eighty' }, /HTTP_PORT \(the port of the HTTP interactions endpoint\) must be a port number/],
    [{ METRICS_PORT: '70000' }, /METRICS_PORT \(the port of the \/healthz and \/metrics endpoint\) must be a port/],
  ])('%o fails with its own message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads sharding across machines and the metrics endpoint', () => {
    expect(loadConfig({ SHARD_COUNT: '4', SHARD_IDS: '2, 3', METRICS_PORT: '9464' })).toMatchObject({
      sharding: { count: 4, ids: [2, 3] },
      metrics: { port: 9464, host: '127.0.0.1' },
    });
    expect(loadConfig({ SHARD_COUNT: 'auto' }).sharding).toEqual({ count: 'auto' });
  });

  it('never echoes the token in its messages', () => {
    try {
      loadConfig({ DISCORD_TOKEN: TOKEN });
    } catch (err) {
      expect((err as Error).message).not.toContain(TOKEN);
      return;
    }
    throw new Error('expected a failure');
  });
});
