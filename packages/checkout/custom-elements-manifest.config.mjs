// `cem analyze` settings: Lit, our element files, and a clean-up of events the analyzer cannot name.
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
  ],
};
