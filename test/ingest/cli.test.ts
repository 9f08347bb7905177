// The command end to end, as an operator runs it, on a temporary copy of data/ (never the repo's).
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/paths.js';
import { copyOfData } from '../helpers/data.js';
import { WIRE, treeHash, writeTemp } from './helpers.js';

const run = promisify(execFile);

async function ingestCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'ingest.ts'), ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ingest', () => {
  it('ingests a file, then changes nothing the second time', async () => {
    const data = copyOfData();
    const file = writeTemp('wire.txt', WIRE);
    const first = await ingestCli([file, '--data', data]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('→ data/articles/2021-06-04-japan-and-france-agree-to-widen-naval-drills.txt');
    expect(first.stdout).toMatch(/data check passed/);
    expect(readdirSync(path.join(data, 'articles'))).toContain('2021-06-04-japan-and-france-agree-to-widen-naval-drills.txt');
    const before = treeHash(data);
    const second = await ingestCli([file, '--data', data]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already stored as 2021-06-04-japan-and-france-agree-to-widen-naval-drills');
    expect(treeHash(data)).toBe(before);
  }, 30_000);

  it('refuses an empty file with exit 1, a clear message and nothing written', async () => {
    const data = copyOfData();
    const before = treeHash(data);
    const r = await ingestCli([writeTemp('empty.txt', ''), '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refused (empty): empty.txt is empty');
    expect(r.stderr).toContain('nothing was written');
    expect(treeHash(data)).toBe(before);
  }, 30_000);

  it('prints the report and writes nothing with --dry-run; flags override the header', async () => {
    const data = copyOfData();
    const before = treeHash(data);
    const r = await ingestCli([writeTemp('wire.txt', WIRE), '--data', data, '--dry-run', '--published', '2021-06-05', '--title', 'Our title']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2021-06-05-our-title');
    expect(r.stdout).toContain('dry run: nothing written');
    expect(treeHash(data)).toBe(before);
  }, 30_000);

  it('exits 2 on a usage error', async () => {
    const r = await ingestCli(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run ingest');
  }, 30_000);
});
