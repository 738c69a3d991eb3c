// Debian's nginx (`make setup-nginx`) serving a folder with the shipped server block,
// hosting/nginx.conf, exactly as written but for where it listens and what it serves: for the
// test of that block, and for the bench, which audits pages as a host would send them.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const NGINX = '/usr/sbin/nginx';

/** A free port on 127.0.0.1. */
const freePort = () => new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

/** The shipped server block, listening on `port` and serving `root`, in a config of its own. */
export function config(port, root, here) {
  const server = readFileSync(join(ROOT, 'hosting/nginx.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replaceAll('/var/www/deletion-guide', root);
  if (!server.includes(`root ${root};`) || !server.includes(`include ${root}/guides/pages.map;`) || !server.includes(`:${port};`)) {
    throw new Error('hosting/nginx.conf: no listen, root or pages.map line to point here');
  }
  const temp = (name) => `${name}_temp_path ${join(here, name)};`;
  return `load_module /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${join(here, 'nginx.pid')};
error_log ${join(here, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
${server}
}
`;
}

/** The status and headers of `url`, asking for `encoding`. */
export const head = (url, encoding = 'identity') => new Promise((resolve, reject) => {
  get(url, { headers: { 'Accept-Encoding': encoding } }, (res) => {
    res.resume();
    res.on('end', () => resolve({ status: res.statusCode, headers: res.headers }));
  }).on('error', reject);
});

/**
 * Starts nginx serving `root`, its config and logs in `here`; resolves once it answers, to
 * `{ origin, prefix, config, stop }` (the prefix and config file, for `nginx -t`).
 */
export async function startNginx(root, here) {
  rmSync(here, { recursive: true, force: true });
  mkdirSync(here, { recursive: true });
  const port = await freePort();
  const file = join(here, 'nginx.conf');
  writeFileSync(file, config(port, root, here));
  const nginx = spawn(NGINX, ['-p', here, '-c', file, '-g', 'daemon off;'], { stdio: 'inherit' });
  const origin = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i += 1) {
    if (await head(origin).then(() => true, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { origin, prefix: here, config: file, stop: () => nginx.kill() };
}
