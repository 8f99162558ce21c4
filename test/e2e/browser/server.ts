/** A static file server for dist/web on a free localhost port: all the pane needs. */
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
};

/** A file the server answers from memory instead of the directory, by its path. */
export interface ServedFile {
  contentType: string;
  body: string;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(
  dir: string,
  inMemory: ReadonlyMap<string, ServedFile> = new Map(),
): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const served = inMemory.get(url.pathname);
    if (served) {
      response
        .writeHead(200, { 'Content-Type': served.contentType, 'Cache-Control': 'no-store' })
        .end(served.body);
      return;
    }
    const file = path.resolve(root, '.' + decodeURIComponent(url.pathname));
    if (
      !file.startsWith(root + path.sep) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
