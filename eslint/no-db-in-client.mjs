// A "use client" module is bundled for the browser: it must never import the database layer, not even
// for a constant (types only are erased and allowed).
const DB = /^(@\/db(\/|$)|(\.\.\/)+db(\/|$))/;

/** @type {import("eslint").Rule.RuleModule} */
export const noDbInClient = {
  meta: {
    type: "problem",
    docs: { description: 'Forbid importing db/ from a "use client" module' },
    messages: {
      db: 'A "use client" module must not import {{source}}: pass the data in as props from a server component.',
    },
    schema: [],
  },
  create(context) {
    let client = false;
    return {
      Program(node) {
        client = node.body.some(
          (s) =>
            s.type === "ExpressionStatement" &&
            s.expression.type === "Literal" &&
            s.expression.value === "use client",
        );
      },
      ImportDeclaration(node) {
        if (!client || node.importKind === "type") return;
        const source = String(node.source.value);
        if (DB.test(source)) context.report({ node, messageId: "db", data: { source } });
      },
    };
  },
};
