/** An error meant for the user: the CLI prints its message on one line and exits 1, never a stack trace. */
export class CliError extends Error {}
