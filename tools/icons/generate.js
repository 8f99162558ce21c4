#!/usr/bin/env node
'use strict';
/**
 * Regenerates the add-in icons: assets/icon-{16,32,64,80,128}.png and the matching SVGs
 * in tools/icons/svg/. Each size is rendered from its own pixel-grid layout (design.js).
 *
 *   node tools/icons/generate.js               write the PNGs and SVGs
 *   node tools/icons/generate.js --check       exit 1 if the committed files differ
 *   node tools/icons/generate.js --preview DIR also write enlarged previews to DIR
 */
const fs = require('fs');
const path = require('path');
const { design, SIZES } = require('./design');
const { rasterize, encodePng, upscale } = require('./raster');
const { toSvg } = require('./svg');

const root = path.resolve(__dirname, '..', '..');
const assetsDir = path.join(root, 'assets');
const svgDir = path.join(__dirname, 'svg');

function build() {
  const files = [];
  for (const size of SIZES) {
    const shapes = design(size);
    const rgba = rasterize(size, shapes);
    files.push({
      file: path.join(assetsDir, `icon-${size}.png`),
      data: encodePng(size, size, rgba),
      size,
      rgba,
    });
    files.push({
      file: path.join(svgDir, `icon-${size}.svg`),
      data: Buffer.from(toSvg(size, shapes, `Organisering ${size}px`)),
    });
  }
  return files;
}

function main(argv) {
  const files = build();
  if (argv.includes('--check')) {
    const stale = files.filter(
      (f) => !fs.existsSync(f.file) || !fs.readFileSync(f.file).equals(f.data),
    );
    for (const f of stale) console.error(`out of date: ${path.relative(root, f.file)}`);
    process.exitCode = stale.length ? 1 : 0;
    return;
  }
  fs.mkdirSync(assetsDir, { recursive: true });
  fs.mkdirSync(svgDir, { recursive: true });
  for (const f of files) {
    fs.writeFileSync(f.file, f.data);
    console.log(`wrote ${path.relative(root, f.file)} (${f.data.length} bytes)`);
  }
  const p = argv.indexOf('--preview');
  if (p >= 0) {
    const dir = path.resolve(argv[p + 1] || 'icon-preview');
    fs.mkdirSync(dir, { recursive: true });
    for (const f of files.filter((x) => x.rgba)) {
      const factor = Math.max(1, Math.floor(256 / f.size));
      for (const [name, bg] of [
        ['light', '#F3F3F3'],
        ['dark', '#2B2B2B'],
      ]) {
        const up = upscale(f.size, f.rgba, factor, bg);
        fs.writeFileSync(
          path.join(dir, `icon-${f.size}-${name}.png`),
          encodePng(up.size, up.size, up.rgba),
        );
      }
    }
    console.log(`previews in ${dir}`);
  }
}

main(process.argv.slice(2));
