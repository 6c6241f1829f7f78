/**
 * Events Sightline dispatches itself (the re-sent click, a screened paste, a re-fired file
 * `change`) must pass its own capture listeners. They are dispatched synchronously inside
 * `bypassed`, so a flag is exact: nothing else can run while it is set.
 */
let depth = 0;

export function bypassed<T>(dispatch: () => T): T {
  depth++;
  try {
    return dispatch();
  } finally {
    depth--;
  }
}

export const isBypassed = (): boolean => depth > 0;
