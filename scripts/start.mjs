// npm start: build when the sources are newer than the last build, then run the server.
// Runs under the Node that npm scripts put first on PATH (node@24 from devDependencies).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'dist', '.build-stamp');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = Math.max(
  newestMtime(path.join(root, 'src')),
  ...['package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.server.json'].map(
    (file) => fs.statSync(path.join(root, file)).mtimeMs,
  ),
);
const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;

if (sources > built) {
  process.stdout.write('Building Consilium…\n');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString());
}

// V8 flags of the server, shared with bench/upload: a small young generation keeps the peak memory of a
// large upload lower (bench/upload/README.md, docs/decisions/010-streaming-upload-pipeline.md).
const serverNodeFlags = JSON.parse(
  fs.readFileSync(path.join(root, 'scripts', 'server-node-flags.json'), 'utf8'),
);

const server = spawn(process.execPath, [...serverNodeFlags, path.join(root, 'dist', 'server', 'main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
