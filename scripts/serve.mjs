// Serves www/ on 127.0.0.1 for `make serve` and the end-to-end tests.
// sirv: a small, maintained static file server that sends .wasm as application/wasm,
// which the browser needs for streaming compilation.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const www = fileURLToPath(new URL('../www', import.meta.url));

/**
 * Serves `root` (www/ by default); `port` 0 picks a free one. Resolves to { server, url }.
 * With `precompressed`, a file's `.br` or `.gz` twin beside it is sent where the browser takes
 * it, as a host would compress (the bench writes the twins).
 */
export function serve({ port = 8080, host = '127.0.0.1', root = www, precompressed = false } = {}) {
  const files = sirv(root, {
    dev: true,
    etag: true,
    brotli: precompressed,
    gzip: precompressed,
    // The widget's files are meant to be loaded by any page, including sandboxed frames whose
    // origin is opaque: module scripts and the wasm are fetched with CORS.
    setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
  });
  const server = createServer((req, res) => files(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve({ port });
  console.log(`Serving www/ at ${url} (Ctrl+C to stop)`);
  console.log(`Prerendered guide pages: ${url}guides/<id>.html, e.g. ${url}guides/aliexpress.html`);
}
