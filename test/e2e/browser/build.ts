/**
 * What the browser tests serve: the production build of the pane (dist/web, rebuilt only when
 * a source is newer than it) and the bundled stand-in for office.js (browser/host.ts).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import webpack from 'webpack';
import { runCompiler } from '../../support/webpackRun';

/**
 * The repository: the nearest folder up that holds package.json. This file also runs compiled
 * from dist/ (`npm run bench` measures the pane with it), so the depth is not fixed.
 */
function repositoryRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

export const ROOT = repositoryRoot(__dirname);
export const DIST_WEB = path.join(ROOT, 'dist/web');
const HOST_DIR = path.join(ROOT, '.tmp/e2e-host');

function newest(paths: string[]): number {
  let latest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) fs.readdirSync(p).forEach((name) => visit(path.join(p, name)));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

function builtAt(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/** `npx webpack --mode production` unless dist/web is newer than everything it is built from. */
export function ensurePaneBuild(): void {
  const inputs = [
    'src',
    'assets',
    'manifest.xml',
    'webpack.config.js',
    'package.json',
    'tsconfig.json',
  ];
  const built = Math.min(
    builtAt(path.join(DIST_WEB, 'taskpane.html')),
    builtAt(path.join(DIST_WEB, 'commands.html')),
  );
  if (built > newest(inputs.map((p) => path.join(ROOT, p)))) return;
  // Two builds write into dist/web side by side, so stale chunks are cleared first.
  fs.rmSync(DIST_WEB, { recursive: true, force: true });
  execFileSync('npx', ['webpack', '--mode', 'production'], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 300_000,
  });
}

/**
 * Bundles browser/host.ts with the Excel fake into one script for the page. The tests get a
 * readable build, so a failure's stack points into the fake; the bench, which times the page,
 * gets a minified one, as office.js from Microsoft's CDN is.
 */
export async function ensureHostScript({ minified = false } = {}): Promise<string> {
  const host = path.join(ROOT, 'test/e2e/browser/host.ts');
  const inputs = [host, path.join(ROOT, 'test/fakes/excel')];
  const filename = minified ? 'host.min.js' : 'host.js';
  const built = path.join(HOST_DIR, filename);
  if (builtAt(built) > newest(inputs)) return fs.readFileSync(built, 'utf8');
  const compiler = webpack({
    mode: minified ? 'production' : 'development',
    devtool: false,
    target: ['web', 'es2020'],
    context: ROOT,
    entry: host,
    output: { path: HOST_DIR, filename },
    resolve: { extensions: ['.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } },
          },
        },
      ],
    },
    performance: { hints: false },
  });
  await runCompiler(compiler);
  return fs.readFileSync(built, 'utf8');
}
