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

export default {
  globs: ['src/**/*.element.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
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
