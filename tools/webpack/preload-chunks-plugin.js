'use strict';
/**
 * Adds <link rel="preload" as="script"> to an HtmlWebpackPlugin page for named lazy chunks
 * (and the chunks they share with others), so the browser downloads them while the page's
 * first scripts (office.js, then the entry bundle) run, instead of after the bundle has run
 * and asked for them. They still run only when the code imports them.
 */
const HtmlWebpackPlugin = require('html-webpack-plugin');

class PreloadChunksPlugin {
  /** @param {{ page: string, chunks: string[] }} options the page's file name, the chunk names */
  constructor(options) {
    this.page = options.page;
    this.chunks = options.chunks;
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
          data.headTags.unshift(...links);
          return data;
        },
      );
    });
  }
}

module.exports = PreloadChunksPlugin;
