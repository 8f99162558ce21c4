'use strict';
/**
 * Adds <link rel="preload" as="script"> to an HtmlWebpackPlugin page for named lazy chunks
 * (and the chunks they share with others), so the browser downloads them while the page's
 * first scripts (office.js, then the entry bundle) run, instead of after the bundle has run
 * and asked for them. They still run only when the code imports them.
 *
 * The links follow the page's own scripts, and the `urgent` entries' scripts are fetched
 * with high priority: the browser opens only a few connections to a host, and a deferred
 * script is a low-priority request, so preloads placed first would make the script that
 * starts everything wait behind them.
 */
const HtmlWebpackPlugin = require('html-webpack-plugin');

class PreloadChunksPlugin {
  /**
   * @param {{ page: string, chunks: string[], urgent?: string[] }} options the page's file
   *   name, the lazy chunks' names, the entries whose scripts are fetched first
   */
  constructor(options) {
    this.page = options.page;
    this.chunks = options.chunks;
    this.urgent = options.urgent ?? [];
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadChunksPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        'PreloadChunksPlugin',
        (data) => {
          if (data.outputName !== this.page) return data;
          const initial = new Set();
          for (const entry of compilation.entrypoints.values())
            for (const chunk of entry.chunks) chunk.files.forEach((file) => initial.add(file));
          const files = [];
          for (const name of this.chunks) {
            const group = compilation.namedChunkGroups.get(name);
            if (!group) throw new Error(`PreloadChunksPlugin: no chunk named "${name}"`);
            for (const chunk of group.chunks)
              for (const file of chunk.files)
                if (file.endsWith('.js') && !initial.has(file) && !files.includes(file))
                  files.push(file);
          }
          const links = files.map((file) =>
            HtmlWebpackPlugin.createHtmlTagObject('link', {
              rel: 'preload',
              as: 'script',
              href: `${data.publicPath}${file}`,
            }),
          );
          const urgent = new Set();
          for (const name of this.urgent) {
            const entry = compilation.entrypoints.get(name);
            if (!entry) throw new Error(`PreloadChunksPlugin: no entry named "${name}"`);
            for (const chunk of entry.chunks)
              for (const file of chunk.files) urgent.add(`${data.publicPath}${file}`);
          }
          for (const tag of data.headTags)
            if (tag.tagName === 'script' && urgent.has(tag.attributes.src))
              tag.attributes.fetchpriority = 'high';
          data.headTags.push(...links);
          return data;
        },
      );
    });
  }
}

module.exports = PreloadChunksPlugin;
