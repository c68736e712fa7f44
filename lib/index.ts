/** Outlet Diff's public API: everything the extension, the CLI and the scripts use from lib/. */
export type * from './types';
