/**
 * Lists exports that no other file imports (a ts-prune-like check with the TypeScript compiler): every export
 * of a file under src, bench or scripts that no other file of the project imports, re-exports or reaches
 * through a namespace or a dynamic import. The package entry (src/index.ts), the modules shell scripts and
 * the bin load by path, and the API document types the schema generator reads by name are exports by design. Run: npx tsc -p . && node dist/scripts/exports.js [--check]
 * (--check exits 1 when there are any).
 */
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../src/defaults.js';
import { DEFINITIONS } from '../src/schemas/generated.js';

/** Modules whose exports are used from outside the TypeScript program (the package, the bin, shell scripts). */
const ENTRIES = new Set([
  'src/index.ts',
  'src/cli/main.ts',
  'src/site/slug.ts',
  'src/store/derived.ts',
  // The API's document types, read by name by the schema generator (scripts/schemas-lib.ts).
  'src/schemas/types.ts',
]);

function unusedExports(root: string): { file: string; name: string; line: number }[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('cannot read tsconfig.json');
  const program = ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const own = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes('node_modules'));
  const used = new Set<ts.Symbol>();
  const wholeModule = (s: ts.Symbol | undefined) => {
    if (!s) return;
    for (const e of checker.getExportsOfModule(s))
      used.add(e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e);
  };
  const mark = (node: ts.Node) => {
    const s = checker.getSymbolAtLocation(node);
    if (!s) return;
    used.add(s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  };
  for (const sf of own) {
    const visit = (n: ts.Node): void => {
      if (ts.isImportSpecifier(n) || ts.isExportSpecifier(n)) mark(n.name);
      else if (ts.isImportClause(n) && n.name) mark(n.name);
      else if (ts.isNamespaceImport(n))
        wholeModule(checker.getSymbolAtLocation((n.parent.parent as ts.ImportDeclaration).moduleSpecifier));
      else if (ts.isExportDeclaration(n) && !n.exportClause && n.moduleSpecifier)
        wholeModule(checker.getSymbolAtLocation(n.moduleSpecifier));
      else if (ts.isImportTypeNode(n) && n.qualifier)
        mark(ts.isQualifiedName(n.qualifier) ? n.qualifier.right : n.qualifier);
      else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0])
        wholeModule(checker.getSymbolAtLocation(n.arguments[0]));
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  // A type the schema generator names in src/schemas/generated.ts is read through the schema roots (exported
  // types become named definitions, others are inlined), so it stays exported.
  const named = new Set(Object.keys(DEFINITIONS).map((d) => d.slice(d.lastIndexOf('.') + 1)));
  const out: { file: string; name: string; line: number }[] = [];
  for (const sf of own) {
    const rel = path.relative(root, sf.fileName);
    if (ENTRIES.has(rel)) continue;
    const mod = checker.getSymbolAtLocation(sf);
    if (!mod) continue;
    for (const e of checker.getExportsOfModule(mod)) {
      const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
      if (used.has(target) || used.has(e)) continue;
      if (named.has(e.name) && e.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) continue;
      const decl = e.declarations?.[0];
      if (!decl || decl.getSourceFile() !== sf) continue;
      out.push({ file: rel, name: e.name, line: sf.getLineAndCharacterOfPosition(decl.getStart()).line + 1 });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

{
  const unused = unusedExports(PROJECT_ROOT);
  for (const u of unused) console.log(`${u.file}:${u.line} ${u.name}`);
  console.error(`${unused.length} exports no other file imports`);
  if (process.argv.includes('--check') && unused.length > 0) process.exitCode = 1;
}
