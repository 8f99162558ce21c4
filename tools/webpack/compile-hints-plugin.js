'use strict';
/**
 * Marks the scripts of named chunks with V8's explicit compile hint, the magic comment
 * `//# allFunctionsCalledOnLoad` on their first line. The pane's first screen calls nearly
 * every function those scripts hold, and V8 otherwise compiles each one on the main thread
 * the first time it is called; with the hint, Chromium-based webviews (Edge WebView2, the
 * Office on the web's browsers from Chromium 136) compile them eagerly, on a background
 * thread, while the script downloads. Other browsers read it as a comment.
 *
 * The comment is added after minification (which would drop it) and before the content
 * hashes are computed, so a file's name still changes with its content.
 */
const { Compilation, sources } = require('webpack');

const HINT = '//# allFunctionsCalledOnLoad\n';

class CompileHintsPlugin {
  /** @param {{ chunks: string[] }} options entry or chunk names whose files get the hint */
  constructor(options) {
    this.chunks = options.chunks;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CompileHintsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'CompileHintsPlugin',
          stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
        },
        () => {
          const files = new Set();
          for (const name of this.chunks) {
            const group = compilation.namedChunkGroups.get(name);
            if (!group) throw new Error(`CompileHintsPlugin: no chunk named "${name}"`);
            for (const chunk of group.chunks)
              for (const file of chunk.files) if (file.endsWith('.js')) files.add(file);
          }
          for (const file of files)
            compilation.updateAsset(
              file,
              (source) => new sources.ConcatSource(new sources.RawSource(HINT), source),
            );
        },
      );
    });
  }
}

module.exports = CompileHintsPlugin;
module.exports.HINT = HINT;
