import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The statements of the contract entry, as TypeScript reads them. */
function contractStatements(): readonly ts.Statement[] {
  const file = path.join(__dirname, 'contract.ts');
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true).statements;
}

const isTypeOnlyImport = (s: ts.ImportDeclaration) => {
  const clause = s.importClause;
  if (!clause) return false; // a bare `import './x'` runs the module
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly);
};

describe('the API contract entry (@jingzhun/api/contract)', () => {
  it('imports only types, so a client that imports it brings no code of the API', () => {
    const imports = contractStatements().filter(ts.isImportDeclaration);
    expect(imports.length).toBeGreaterThan(0);
    const valueImports = imports.filter((s) => !isTypeOnlyImport(s)).map((s) => s.getText());
    expect(valueImports).toEqual([]);
  });

  it('declares only types: no values, no re-exports of another module', () => {
    const others = contractStatements()
      .filter((s) => !ts.isImportDeclaration(s) && !ts.isTypeAliasDeclaration(s) && !ts.isInterfaceDeclaration(s))
      .map((s) => s.getText());
    expect(others).toEqual([]);
  });
});
