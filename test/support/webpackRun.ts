import type webpack from 'webpack';

/** Runs a webpack compiler once and closes it; rejects with webpack's errors, if any. */
export function runCompiler(compiler: webpack.Compiler): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}
