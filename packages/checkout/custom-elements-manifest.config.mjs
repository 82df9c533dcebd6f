// `cem analyze` settings: Lit, our element files, and a clean-up of events the analyzer cannot name.

/** `src/steps/card-step.element.ts` (or `/src/…`, as inherited members say) → `dist/steps/card-step.element.js`. */
const toDist = (path) => path.replace(/^\/?src\/(.+)\.ts$/, 'dist/$1.js');

/** Every `path` and `module` of the manifest, rewritten to the published JavaScript (src/ is for the source maps). */
function pointAtDist(node) {
  if (Array.isArray(node)) return node.forEach(pointAtDist);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
    else pointAtDist(value);
  }
}

// `cem analyze` settings: Lit, our element files, a clean-up of events the analyzer cannot name, and the attributes
// of <urcard-checkout> from their one declaration, ATTRIBUTES in src/checkout/config.ts (its `static properties`
// spreads them, which the analyzer cannot follow).

/** Each entry of ATTRIBUTES: property name, attribute, JSDoc, reflect, and its type from the parser. */
const attributes = [];

const attributesFromConfig = {
  name: 'urcard-attributes-from-config',
  analyzePhase({ ts, node }) {
    if (!ts.isVariableDeclaration(node) || node.name.getText() !== 'ATTRIBUTES') return;
    if (!node.initializer || !ts.isObjectLiteralExpression(node.initializer)) return;
    for (const property of node.initializer.properties) {
      const fieldName = property.name.getText();
      const spec = property.initializer.arguments?.[0];
      const read = (key) => spec?.properties.find((p) => p.name?.getText() === key)?.initializer;
      const attribute = read('attribute')?.text;
      const description = (property.jsDoc ?? []).map((doc) => ts.getTextOfJSDocComment(doc.comment)).join('\n');
      const type =
        read('parse')?.getText() === 'bool' ? 'string | boolean | null | undefined' : 'string | null | undefined';
      const reflects = read('reflect')?.kind === ts.SyntaxKind.TrueKeyword;
      if (!attribute) throw new Error(`ATTRIBUTES.${fieldName} has no attribute name`);
      attributes.push({ fieldName, attribute, description, type, reflects });
    }
  },
  packageLinkPhase({ customElementsManifest }) {
    if (attributes.length === 0) throw new Error('ATTRIBUTES not found in src/checkout/config.ts');
    const element = customElementsManifest.modules
      .flatMap((mod) => mod.declarations ?? [])
      .find((declaration) => declaration.tagName === 'urcard-checkout');
    element.attributes = [
      ...attributes.map(({ attribute, type, description, fieldName }) => ({
        name: attribute,
        type: { text: type },
        description,
        fieldName,
      })),
      ...(element.attributes ?? []),
    ];
    element.members = [
      ...attributes.map(({ fieldName, attribute, type, description, reflects }) => ({
        kind: 'field',
        name: fieldName,
        privacy: 'public',
        type: { text: type },
        description,
        attribute,
        ...(reflects ? { reflects } : {}),
      })),
      ...(element.members ?? []),
    ];
  },
};

export default {
  globs: ['src/**/*.element.ts', 'src/checkout/config.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    attributesFromConfig,
    {
      name: 'urcard-named-events-only',
      // `dispatchEvent(new ReadyEvent(…))` is recorded as an event without a name; the @fires tags name them all.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
            // A `static properties` entry whose field is `@internal` comes back as a bare public field: drop it.
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) =>
                  !(member.kind === 'field' && member.privacy === 'public' && !member.type && !member.description),
              );
            }
          }
        }
      },
    },
    {
      name: 'urcard-paths-in-dist',
      packageLinkPhase({ customElementsManifest }) {
        pointAtDist(customElementsManifest.modules);
      },
    },
  ],
};
