/** Exit codes of every command, so scripts can tell a partial run from a failed one. */
export const EXIT = {
  ok: 0,
  /** The command failed; stderr says why. */
  failed: 1,
  /** Bad arguments; the usage is printed. */
  usage: 2,
  /** Another Parallax holds the data folder's lock. */
  locked: 3,
  /** The command finished, but skipped files it could not use (each named on stderr). */
  skipped: 4
} as const

/** The exit codes as `--help` shows them. */
export const EXIT_CODES_HELP = `Exit codes:
  0  done
  1  failed (stderr says why)
  2  bad arguments
  3  another Parallax has the data folder open (import)
  4  done, but some files were skipped; each is named on stderr with the reason
`
