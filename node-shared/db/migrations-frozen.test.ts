import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A released migration must do to a database at its version exactly what it did when released, whatever the live
// code becomes: so a migration imports no live code. It may import the runner's types, Node's own modules, and
// frozen text (a `db/frozen/` folder: never edited once released), and frozen text imports nothing but types and
// other frozen text.
const ROOT = resolve(__dirname, '..', '..');
const TYPES_ONLY = ['node-shared/db/migrate.ts', 'node-shared/db/connection.ts'];

function foldersNamed(name: string, from = ROOT): string[] {
  return readdirSync(from).flatMap((entry) => {
    if (entry === 'node_modules' || entry.startsWith('.')) return [];
    const path = join(from, entry);
    if (!statSync(path).isDirectory()) return [];
    const here = relative(ROOT, path).endsWith(`db/${name}`) ? [path] : [];
    return [...here, ...foldersNamed(name, path)];
  });
}

const sources = (folder: string): string[] =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts')
    .map((file) => join(folder, file));

type Import = { specifier: string; typeOnly: boolean };

/** Every import, re-export, dynamic import() and require() of a file, and whether it brings in types only. */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.every((element) => element.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [argument] = node.arguments;
      found.push({
        specifier: argument && ts.isStringLiteral(argument) ? argument.text : '?',
        typeOnly: false,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Where a relative import points, from the project root; a package or builtin as written. */
const target = (file: string, specifier: string): string =>
  specifier.startsWith('.') ? `${relative(ROOT, resolve(dirname(file), specifier))}.ts` : specifier;

const isFrozen = (path: string): boolean => /(^|\/)db\/frozen\/[^/]+\.ts$/.test(path);

/** The imports of a file that break the rule, as "file → import". */
function offending(file: string, allowed: (path: string, typeOnly: boolean) => boolean): string[] {
  return importsOf(file)
    .filter(({ specifier, typeOnly }) => !allowed(target(file, specifier), typeOnly))
    .map(({ specifier }) => `${relative(ROOT, file)} → ${specifier}`);
}

const migrationMayImport = (path: string, typeOnly: boolean): boolean =>
  isFrozen(path) || path.startsWith('node:') || (typeOnly && TYPES_ONLY.includes(path));
const frozenMayImport = (path: string, typeOnly: boolean): boolean =>
  isFrozen(path) || (typeOnly && TYPES_ONLY.includes(path));

const migrationFiles = foldersNamed('migrations').flatMap(sources);
const frozenFiles = foldersNamed('frozen').flatMap(sources);

describe('migrations are frozen', () => {
  it('finds the migrations of both sides and their frozen text', () => {
    const folders = (files: string[]) =>
      [...new Set(files.map((file) => relative(ROOT, dirname(file))))].sort();
    expect(folders(migrationFiles)).toEqual(['electron/core/db/migrations', 'platform/db/migrations']);
    expect(folders(frozenFiles)).toEqual([
      'electron/core/db/frozen',
      'node-shared/db/frozen',
      'platform/db/frozen',
    ]);
  });

  it('import only the runner’s types, Node’s own modules and frozen text', () => {
    expect(migrationFiles.flatMap((file) => offending(file, migrationMayImport))).toEqual([]);
  });

  it('frozen text imports nothing but types and frozen text', () => {
    expect(frozenFiles.flatMap((file) => offending(file, frozenMayImport))).toEqual([]);
  });

  it('tells a live import from an allowed one', () => {
    const file = join(ROOT, 'electron/core/db/migrations/0099-example.ts');
    const allowed = migrationMayImport;
    expect(allowed(target(file, '../../audit/audit.repo'), false)).toBe(false);
    expect(allowed(target(file, '../../../../node-shared/db/migrate'), false)).toBe(false);
    expect(allowed(target(file, '../../../../node-shared/db/migrate'), true)).toBe(true);
    expect(allowed(target(file, '../../../../node-shared/db/frozen/indented'), false)).toBe(true);
    expect(allowed(target(file, '../../../../node-shared/audit/chain'), false)).toBe(false);
  });
});
