// What ships: the container runs what package.json runs, on the Node that .nvmrc and engines name.
// (No Docker engine here, so the image itself is not built by the tests.)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths.js';

const read = (f: string) => readFileSync(path.join(repoRoot, f), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; engines: { node: string }; dependencies: Record<string, string> };
const dockerfile = read('Dockerfile');
const execForm = (instruction: string) => {
  const line = dockerfile.split('\n').filter((l) => l.startsWith(`${instruction} `) || l.trimStart().startsWith(`${instruction} [`)).at(-1)!;
  return JSON.parse(line.slice(line.indexOf('['))) as string[];
};

describe('Dockerfile', () => {
  it('runs exactly what npm start runs', () => {
    expect(execForm('CMD').join(' ')).toBe(pkg.scripts.start);
  });

  it('health-checks with a file the build produces', () => {
    const probe = execForm('  CMD').find((a) => a.startsWith('dist/'))!;
    expect(probe).toBe('dist/src/healthcheck.js');
    expect(existsSync(path.join(repoRoot, probe.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
  });

  it('is multi-stage, on the LTS that .nvmrc names, production dependencies only, not root', () => {
    const lts = read('.nvmrc').trim();
    expect(dockerfile.match(/^FROM node:(\d+)-/gm)).toEqual([`FROM node:${lts}-`, `FROM node:${lts}-`]);
    expect(dockerfile).toContain('npm ci --omit=dev --ignore-scripts');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(pkg.engines.node).toContain(`^${lts}`);
  });

  it('copies only what exists, and the build needs nothing outside those copies', () => {
    for (const m of dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const f of m[1]!.split(' ')) expect(existsSync(path.join(repoRoot, f)), f).toBe(true);
    }
    const include = (JSON.parse(read('tsconfig.build.json')) as { include: string[] }).include;
    for (const dir of include) expect(dockerfile).toContain(`COPY ${dir} ${dir}`);
  });

  it('production dependencies hold no build or test tool', () => {
    for (const tool of ['tsx', 'typescript', 'vitest', 'pino-pretty']) expect(pkg.dependencies).not.toHaveProperty(tool);
  });
});

describe('compose.yaml and nginx: the HTTP endpoint scaled out', () => {
  const compose = read('compose.yaml');
  const nginx = read('deploy/nginx.conf');
  const service = compose.slice(compose.indexOf('  bot-http:'), compose.indexOf('  nginx:'));

  it('the replicas run exactly what npm run start:http runs, two of them, health-checked on the HTTP port', () => {
    const command = JSON.parse(/command: (\[.*\])/.exec(service)![1]!) as string[];
    expect(command.join(' ')).toBe(pkg.scripts['start:http']);
    expect(service).toMatch(/replicas: 2/);
    expect(service).toContain('["CMD", "node", "dist/src/healthcheck.js", "--http"]');
    expect(service).toContain('profiles: [http]');
  });

  it('nginx balances /interactions over the replicas, on the port they listen on, body untouched', () => {
    const port = /HTTP_PORT: "(\d+)"/.exec(service)![1];
    expect(nginx).toContain(`server bot-http:${port}`);
    expect(nginx).toMatch(/location = \/interactions \{[^}]*proxy_pass http:\/\/interactions;/);
    expect(nginx).toContain('proxy_request_buffering off;');
    expect(compose).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
  });
});
