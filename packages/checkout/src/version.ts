// Generated from package.json by scripts/version.js at build time; do not edit by hand.
/** The package version, compared by the guarded define when a page loads the widget twice. */
export const VERSION = '0.0.0';
