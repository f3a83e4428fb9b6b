/**
 * Bundles each fast CLI command (resolve, show, compare, related, moves/lineup) from the compiled code in dist/src
 * into one CommonJS file with esbuild (dist/src/cli/bundled/<command>.cjs), so a run loads one file instead of
 * 60–110 ES modules, and V8 can keep a code cache of it (src/cli/bundled.ts). Runs after every build (`npm run
 * build`, the `prepare` script of `npm install` and `npm pack`, scripts/build-if-stale.mjs). The bundle is the
 * compiled code itself, not a second build of the TypeScript: the manifest lists every input file with its size and
 * modification time, and a command whose inputs changed since (a plain `tsc` after an edit) runs unbundled.
 * What the bundle keeps as it was: src/errors.js stays a module of its own (main.js and the bundle share its error
 * classes), every `import.meta.url` still names its own file (the store's derived key, the data folder, worker
 * threads), the engine's lazily required modules stay lazy (esbuild's lazily initialised modules), and better-sqlite3
 * finds its native addon where its build put it (falling back to `bindings`). Plain JavaScript: it runs right after
 * tsc, and skips (the CLI then runs unbundled) when esbuild is not installed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = path.join(root, 'dist/src');
const outdir = path.join(src, 'cli/bundled');

/** The bundled commands: bundle name → [entry module under dist/src/cli/commands, its exports]. */
const BUNDLES = {
  resolve: 'resolve.js',
  show: 'show.js',
  compare: 'compare.js',
  related: 'related.js',
  moves: 'moves.js',
};

/** Layout of the manifest; src/cli/bundled.ts reads only its own. */
const MANIFEST_FORMAT = 'careerdiff-cli-bundle/1';

/** Modules kept out of the bundles (shared with the unbundled code by identity). */
const SHARED = new Set([path.join(src, 'errors.js')]);

/** Packages bundled; every other package stays a require() of node_modules. */
const BUNDLED_PACKAGES = new Set(['better-sqlite3']);

let esbuild;
try {
  esbuild = createRequire(import.meta.url)('esbuild');
} catch {
  console.error('bundle-cli: esbuild is not installed; the CLI runs unbundled');
  process.exit(0);
}

const rel = (file) => path.relative(outdir, file).split(path.sep).join('/');

/** better-sqlite3's `bindings` lookup (stack traces, a dozen candidate paths) replaced by its build's own path. */
const BINDINGS_STUB = `
const path = require('node:path');
const fs = require('node:fs');
module.exports = function bindings(name) {
  let file;
  try {
    file = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', name);
  } catch {}
  return file && fs.existsSync(file) ? require(file) : require('bindings')(name);
};
`;

const plugin = {
  name: 'careerdiff-cli',
  setup(build) {
    build.onResolve({ filter: /^bindings$/ }, (args) =>
      args.importer.includes(`${path.sep}better-sqlite3${path.sep}`)
        ? { path: 'bindings', namespace: 'stub' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: BINDINGS_STUB,
      loader: 'js',
      resolveDir: outdir,
    }));
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace === 'stub' || args.path.startsWith('node:')) return { path: args.path, external: true };
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
    });
    build.onResolve({ filter: /^\./ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      if (!SHARED.has(file)) return undefined;
      if (args.kind === 'dynamic-import') return { errors: [{ text: `${args.path} is imported dynamically` }] };
      return { path: rel(file).startsWith('.') ? rel(file) : `./${rel(file)}`, external: true };
    });
    build.onLoad({ filter: /\.js$/ }, (args) => {
      let text = fs.readFileSync(args.path, 'utf8');
      if (args.path === path.join(src, 'engine/engine.js')) {
        // lazy('../x.js') → a thunk of require('../x.js'), which esbuild bundles as a lazily initialised module.
        const before = (text.match(/\blazy\(/g) ?? []).length;
        let n = 0;
        text = text.replace(/\blazy\('([^']+)'\)/g, (_, p) => {
          n++;
          return `((m) => () => (m ??= require(${JSON.stringify(p)})))()`;
        });
        if (n === 0 || n !== before - 1)
          throw new Error(`engine.js: ${n} of ${before - 1} lazy modules rewritten (its lazy() changed?)`);
      }
      if (args.path.startsWith(src) && text.includes('import.meta.url'))
        text = text.replaceAll('import.meta.url', `__careerdiffUrl(${JSON.stringify(rel(args.path))})`);
      return { contents: text, loader: 'js' };
    });
  },
};

async function bundle(name, entry) {
  const outfile = path.join(outdir, `${name}.cjs`);
  const result = await esbuild.build({
    entryPoints: [path.join(src, 'cli/commands', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [plugin],
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    banner: {
      js: `// careerdiff: dist/src/cli/commands/${entry} and what it imports, bundled by scripts/bundle-cli.mjs.
const __careerdiffUrl = (rel) => require('node:url').pathToFileURL(require('node:path').resolve(__dirname, rel)).href;`,
    },
  });
  for (const [out, o] of Object.entries(result.metafile.outputs))
    for (const i of o.imports)
      if (i.external && i.kind === 'dynamic-import')
        throw new Error(`${out}: dynamic import of ${i.path} left in the bundle (it would need a module loader)`);
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => !f.startsWith('stub:'))
    .map((f) => {
      const file = path.resolve(root, f);
      const st = fs.statSync(file);
      return [path.relative(root, file), st.size, st.mtimeMs];
    });
  const code = fs.readFileSync(outfile);
  const st = fs.statSync(outfile);
  return {
    file: `${name}.cjs`,
    hash: crypto.createHash('sha256').update(code).digest('hex').slice(0, 16),
    size: st.size,
    mtimeMs: st.mtimeMs,
    inputs,
  };
}

fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });
const bundles = {};
for (const [name, entry] of Object.entries(BUNDLES)) bundles[name] = await bundle(name, entry);
fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ format: MANIFEST_FORMAT, bundles }));
