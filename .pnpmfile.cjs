// pnpm hooks. beforePacking: what `pnpm pack` and `pnpm publish` put in a tarball's package.json.
// The `source` export condition points at TypeScript sources for the workspace (tests run with --conditions=source,
// tsconfig has customConditions: ["source"]); a consumer must never resolve it, so it is dropped from what we publish.
function withoutSource(value) {
  if (Array.isArray(value)) return value.map(withoutSource);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'source')
      .map(([key, inner]) => [key, withoutSource(inner)]),
  );
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.exports) pkg.exports = withoutSource(pkg.exports);
      return pkg;
    },
  },
};
