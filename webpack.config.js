'use strict';
/**
 * Builds the add-in's web part into dist/web/:
 *   taskpane.html + taskpane.[hash].js (+ lazy chunks) + griffel.[hash].css (the pane's styles,
 *   production only), commands.html + commands.[hash].js, assets/icon-*.png, support.html and
 *   manifest.xml.
 *
 *   webpack --mode development        readable build with source maps, manifest as is
 *   webpack --mode production         hashed, minified; with ADDIN_BASE_URL=https://host/path
 *                                     every https://localhost:3000 in manifest.xml becomes it
 *   webpack serve --mode development  dev server on https://localhost:3000 (needs
 *                                     webpack-dev-server; HTTPS when dev certificates exist)
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const PreloadChunksPlugin = require('./tools/webpack/preload-chunks-plugin');
const CompileHintsPlugin = require('./tools/webpack/compile-hints-plugin');
const { lightThemeRule } = require('./tools/webpack/light-theme');

/** Where manifest.xml points during development. */
const DEV_BASE_URL = 'https://localhost:3000';
const DEV_PORT = 3000;
const DEV_BASE_URL_PATTERN = /https:\/\/localhost:3000(?![0-9])/g;

/**
 * Normalises a production base URL: https only, no query or fragment, no trailing slash.
 * Throws with a readable message on anything Office would not load.
 */
function normalizeBaseUrl(baseUrl) {
  const raw = String(baseUrl || '').trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `ADDIN_BASE_URL must use https (Office loads add-ins only over https): "${raw}"`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `ADDIN_BASE_URL must be a plain base URL without query, fragment or credentials: "${raw}"`,
    );
  }
  if (/[<>"'&\s]/.test(raw)) {
    throw new Error(`ADDIN_BASE_URL contains characters that are not safe in XML: "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

/** Replaces every https://localhost:3000 in the manifest text with the given base URL. */
function rewriteManifestUrls(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  return String(xml).replace(DEV_BASE_URL_PATTERN, base);
}

/**
 * Dev-server HTTPS options, or null when no certificates are at hand. office-addin-dev-certs
 * is not a dependency: when a developer has installed it, it provides (and on first use
 * creates and trusts) the localhost certificates, as in Microsoft's templates; otherwise
 * the files it leaves in ~/.office-addin-dev-certs are used if present. Build and tests
 * never come here.
 */
async function devHttpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    if (options && options.key && options.cert) {
      return { ca: options.ca, key: options.key, cert: options.cert };
    }
  } catch {
    // Not installed, or it could not provide certificates: try the files below.
  }
  try {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const read = (name) => fs.readFileSync(path.join(dir, name));
    const options = { key: read('localhost.key'), cert: read('localhost.crt') };
    if (fs.existsSync(path.join(dir, 'ca.crt'))) options.ca = read('ca.crt');
    return options;
  } catch {
    return null;
  }
}

/** A plugin that shows a message among webpack's warnings. */
class WarnPlugin {
  constructor(message) {
    this.message = message;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('OrganiseringWarn', (compilation) => {
      compilation.warnings.push(new Error(this.message));
    });
  }
}

async function makeConfig(env = {}, argv = {}) {
  const mode = argv.mode || process.env.NODE_ENV || 'development';
  const production = mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE || process.env.WEBPACK_SERVE);

  let baseUrl = null;
  const warnings = [];
  if (production) {
    if (process.env.ADDIN_BASE_URL) {
      baseUrl = normalizeBaseUrl(process.env.ADDIN_BASE_URL);
    } else {
      const message =
        'ADDIN_BASE_URL is not set: dist/web/manifest.xml still points at https://localhost:3000. ' +
        'Set ADDIN_BASE_URL=https://your.host/path for a deployable manifest.';
      console.warn(`\n[organisering] Warning: ${message}\n`);
      warnings.push(new WarnPlugin(message));
    }
  }

  let server = 'http';
  if (serving) {
    const https = await devHttpsOptions();
    if (https) {
      server = { type: 'https', options: https };
    } else {
      console.log(
        '[organisering] No Office dev certificates found (npx office-addin-dev-certs install); ' +
          `serving over plain http://localhost:${DEV_PORT}. Office needs https, so sideloading ` +
          'manifest.xml will not work until certificates exist; the browser tests do not need them.',
      );
    }
  }

  const shared = {
    mode,
    target: ['web', 'es2020'],
    devtool: production ? false : 'source-map',
    context: __dirname,
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Two builds write here side by side; `npm run build` empties the folder first.
      clean: false,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    performance: { hints: false },
  };
  const typescript = {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: {
        // Type checking is `tsc --noEmit` / the tests' job; esnext modules let
        // webpack turn dynamic import() into lazy chunks.
        transpileOnly: true,
        compilerOptions: { module: 'esnext', noEmit: false },
      },
    },
  };

  // In production the pane's styles are computed while building, not in the user's browser.
  // Griffel's loader turns our makeStyles()/makeResetStyles() into the pre-computed __styles()
  // calls that Fluent's packages (and the icons) already ship, and the extraction loader and
  // plugin move the CSS of all of them out of the JavaScript into one stylesheet that
  // taskpane.html links in its <head>: the first render neither resolves a style object nor
  // inserts a rule. Both are post-loaders, so they see what ts-loader made of our TypeScript,
  // and run in this order (the last rule's loader first): Griffel's loader evaluates the
  // styles, requiring tokens from node_modules as they are and reading the modules of ours
  // they import (components/styles.ts) with Babel's TypeScript preset; then the extraction
  // loader takes the CSS out. Development keeps Griffel's runtime: it inserts the same rules
  // as the components render.
  const griffel = production
    ? [
        {
          test: /\.(tsx?|m?js)$/,
          enforce: 'post',
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          enforce: 'post',
          use: {
            loader: '@griffel/webpack-loader',
            options: { babelOptions: { presets: ['@babel/preset-typescript'] } },
          },
        },
        // The extraction loader hands each module's CSS on as a .css import.
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ]
    : [];

  const pane = {
    ...shared,
    name: 'taskpane',
    // boot runs first and starts the first read while the bundle (React, Fluent) compiles.
    entry: {
      boot: './src/taskpane/boot.ts',
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'boot' },
    },
    module: {
      rules: [
        typescript,
        ...griffel,
        {
          test: /[\\/]src[\\/]i18n[\\/](da|en)\.json$/,
          type: 'json',
          use: path.resolve(__dirname, 'tools/webpack/pane-strings-loader.js'),
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['boot', 'taskpane'],
        // Fluent's light theme, in the page from the start (tools/webpack/light-theme.js).
        templateParameters: { lightTheme: lightThemeRule() },
      }),
      // The Excel adapter and the announcer are needed as soon as the pane runs in Excel:
      // fetched beside office.js, they are at hand when the bundle asks for them. The boot
      // script, which asks for them, is fetched first.
      new PreloadChunksPlugin({
        page: 'taskpane.html',
        chunks: ['gateway', 'announcer'],
        urgent: ['boot'],
      }),
      // What the first screen runs is compiled off the main thread while it downloads.
      new CompileHintsPlugin({ chunks: ['boot', 'taskpane', 'gateway', 'announcer'] }),
      ...(production
        ? [
            new MiniCssExtractPlugin({
              filename: '[name].[contenthash:8].css',
              chunkFilename: '[name].[contenthash:8].css',
              // Griffel sorts the rules of its stylesheet itself, by Griffel's buckets.
              ignoreOrder: true,
            }),
            new GriffelCSSExtractionPlugin(),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/support.html', to: 'support.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: {
              transformer: (content) =>
                baseUrl ? rewriteManifestUrls(content.toString('utf8'), baseUrl) : content,
              cache: false,
            },
          },
        ],
      }),
      ...warnings,
    ],
    optimization: {
      // Webpack shares a module between lazy chunks only from 20 KB up; the planner (~18 KB)
      // was copied into both the adapter's and the plan's chunk. Share from 8 KB.
      // The adapter's chunk stays whole: each script the first read waits for costs its own
      // request, and the core modules it shares with the later parts (findings, suggestions)
      // would otherwise be two more scripts on the way to the first render. Those parts then
      // carry their own copy, unused when the adapter has already run them.
      splitChunks: {
        minSize: 8000,
        chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== 'gateway',
      },
    },
    devServer: {
      // Only this machine: Office loads the pane from https://localhost:3000.
      host: 'localhost',
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server,
    },
  };

  // The ribbon's function file is a build of its own: no React, and of the language files
  // only the strings a refresh writes into the workbook.
  const commands = {
    ...shared,
    name: 'commands',
    entry: { commands: './src/commands/commands.ts' },
    module: {
      rules: [
        typescript,
        {
          test: /[\\/]src[\\/]i18n[\\/](da|en)\.json$/,
          type: 'json',
          use: path.resolve(__dirname, 'tools/webpack/workbook-strings-loader.js'),
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
    ],
    optimization: {
      // One script with nothing exported: its top-level names can be mangled too.
      minimizeOptions: { javascript: { ecma: 2020, toplevel: true, compress: { passes: 3 } } },
    },
  };

  return [pane, commands];
}

module.exports = makeConfig;
module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.normalizeBaseUrl = normalizeBaseUrl;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
