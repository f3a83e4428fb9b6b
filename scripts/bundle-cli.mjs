/**
 * Bundles each fast CLI command (resolve, show, compare, related, moves/lineup) from the compiled code in dist/src
 * into one CommonJS file with esbuild (dist/src/cli/bundled/<command>.cjs), so a run loads one file instead of
 * 60–110 ES modules, and V8 can keep a code cache of it (src/cli/bundled.ts). Runs after every build (`npm run
 * build`, the `prepare` script of `npm install` and `npm pack`, scripts/build-if-stale.mjs). The bundle is the
 * compiled code itself, not a second build of the TypeScript: the manifest lists every input file with its size and
 * modification time (with the files and folders the store's derived key hashes: the key is a constant in the bundle),
 * and a command whose inputs changed since (a plain `tsc` after an edit) runs unbundled.
 * What the bundle keeps as it was: src/errors.js stays a module of its own (main.js and the bundle share its error
 * classes), every `import.meta.url` still names its own file (the store's derived key, the data folder, worker
 * threads), the engine's lazily required modules stay lazy (esbuild's lazily initialised modules), better-sqlite3
 * finds its native addon where its build put it (falling back to `bindings`), the importer (run only when a store
 * must be built) is required unbundled from dist/src, and the built-ins crypto, v8 and perf_hooks load on first use. Plain JavaScript: it runs right after
 * tsc, and skips (the CLI then runs unbundled) when esbuild is not installed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
const MANIFEST_FORMAT = 'careerdiff-cli-bundle/2';

/** Modules kept out of the bundles (shared with the unbundled code by identity). */
const SHARED = new Set([path.join(src, 'errors.js')]);

/** Packages bundled; every other package stays a require() of node_modules. */
const BUNDLED_PACKAGES = new Set(['better-sqlite3']);

/**
 * Modules a bundled command imports dynamically but only rarely runs (the importer, when a store must be built):
 * left out of the bundles and required from dist/src when asked for, unbundled.
 */
const UNBUNDLED = new Set([path.join(src, 'ingest/run.js'), path.join(src, 'ingest/progress.js')]);

/** Node built-ins that bootstrap does not load and a command may not use: required on first use of an export. */
const LAZY_BUILTINS = ['crypto', 'v8', 'perf_hooks'];
const LAZY_BUILTIN = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);

let esbuild;
try {
  esbuild = createRequire(import.meta.url)('esbuild');
} catch {
  console.error('bundle-cli: esbuild is not installed; the CLI runs unbundled');
  process.exit(0);
}

const rel = (file) => path.relative(outdir, file).split(path.sep).join('/');

/**
 * The derived key (src/derive/key.ts) of this build, and the files and folders it hashes: a bundle holds the key
 * as a constant, so a command does not walk those folders to check it, and is stale when any of them changes.
 */
async function derivedKeyOfBuild() {
  const { derivedKey } = await import(pathToFileURL(path.join(src, 'derive/key.js')).href);
  const key = derivedKey();
  const cache = JSON.parse(fs.readFileSync(path.join(src, 'derive/.derived-key.json'), 'utf8'));
  if (cache.key !== key || typeof cache.fingerprint !== 'string')
    throw new Error('derive/.derived-key.json does not hold the key just computed (its format changed?)');
  const files = cache.fingerprint.split('\n').map((stamp) => path.join(src, stamp.split(':').slice(0, -3).join(':')));
  if (files.length < 10 || !files.every((f) => fs.existsSync(f)))
    throw new Error('derive/.derived-key.json lists files that do not exist (its format changed?)');
  const dirs = new Set();
  for (const f of files) for (let d = path.dirname(f); d.startsWith(src) && d !== src; d = path.dirname(d)) dirs.add(d);
  return { key, watched: [...files, ...dirs] };
}

/** Where better-sqlite3's addon is, from the bundles' folder. */
const ADDON_DIR = path.relative(
  outdir,
  path.join(path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release'),
);

/** better-sqlite3's `bindings` lookup (stack traces, a dozen candidate paths) replaced by its build's own path. */
const BINDINGS_STUB = `
const path = require('node:path');
const fs = require('node:fs');
module.exports = function bindings(name) {
  // Where this build found the addon, from the bundle's folder (no package resolution); else where it is now.
  let file = path.join(__dirname, ${JSON.stringify(ADDON_DIR)}, name);
  if (!fs.existsSync(file))
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
    build.onResolve({ filter: LAZY_BUILTIN }, (args) =>
      args.namespace === 'lazy-builtin'
        ? undefined
        : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      // Getters: esbuild's interop copies them as getters, so the built-in loads when an export is first read.
      contents: `let m;
const load = () => (m ??= require('node:${args.path}'));
for (const k of ${JSON.stringify(Object.keys(createRequire(import.meta.url)(`node:${args.path}`)))})
  Object.defineProperty(exports, k, { enumerable: true, get: () => load()[k] });`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace === 'stub' || args.namespace === 'lazy-builtin' || args.path.startsWith('node:'))
        return { path: args.path, external: true };
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
      if (args.path === path.join(src, 'derive/key.js')) {
        const before = text;
        text = text.replace(/^let key;$/m, `let key = ${JSON.stringify(derived.key)};`);
        if (text === before) throw new Error('derive/key.js: no `let key;` to preset (it changed?)');
      }
      text = text.replace(/\bimport\((['"])(\.[^'"]+)\1\)/g, (m, _q, spec) => {
        const file = path.resolve(path.dirname(args.path), spec);
        return UNBUNDLED.has(file) ? `__careerdiffRequire(${JSON.stringify(rel(file))})` : m;
      });
      if (args.path.startsWith(src) && text.includes('import.meta.url'))
        text = text.replaceAll('import.meta.url', `__careerdiffUrl(${JSON.stringify(rel(args.path))})`);
      return { contents: text, loader: 'js' };
    });
  },
};

let derived;

/**
 * Rewrites the bundle's non-ASCII characters (left by esbuild in regular expressions) as \\uXXXX escapes, which mean
 * the same there and in strings, so src/cli/bundled.ts reads it as one-byte text. A character after a backslash
 * (its escape would change meaning) or outside a regular expression or string stops the build.
 */
function asciiOnly(file) {
  const text = fs.readFileSync(file, 'utf8');
  const out = text.replace(/[\u0080-\uffff]/g, (c, at) => {
    if (text[at - 1] === '\\') throw new Error(`${file}: an escaped non-ASCII character at ${at}`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  fs.writeFileSync(file, out);
}

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
    minifyWhitespace: true,
    banner: {
      js: `// careerdiff: dist/src/cli/commands/${entry} and what it imports, bundled by scripts/bundle-cli.mjs.
const __careerdiffUrl = (rel) => require('node:url').pathToFileURL(require('node:path').resolve(__dirname, rel)).href;
const __careerdiffRequire = async (rel) => require(require('node:path').resolve(__dirname, rel));`,
    },
  });
  asciiOnly(outfile);
  for (const [out, o] of Object.entries(result.metafile.outputs))
    for (const i of o.imports)
      if (i.external && i.kind === 'dynamic-import')
        throw new Error(`${out}: dynamic import of ${i.path} left in the bundle (it would need a module loader)`);
  const files = new Set(
    Object.keys(result.metafile.inputs)
      .filter((f) => !/^[\w-]+:/.test(f))
      .map((f) => path.resolve(root, f)),
  );
  for (const f of [...derived.watched, ...UNBUNDLED]) files.add(f);
  const inputs = [...files].map((file) => {
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
derived = await derivedKeyOfBuild();
// One manifest per bundle: a command reads only its own.
for (const [name, entry] of Object.entries(BUNDLES))
  fs.writeFileSync(
    path.join(outdir, `${name}.json`),
    JSON.stringify({ format: MANIFEST_FORMAT, bundle: await bundle(name, entry) }),
  );
