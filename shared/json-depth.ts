/**
 * How deep JSON may nest where a hostile caller sends it (the browser host's calls, the platform's API). The
 * contract's deepest payload (a check's evidence snapshot) nests about ten levels; past this limit a body is
 * refused before it is parsed, so no recursive walk (hashing, canonical JSON, validation) can overflow the stack.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * True when JSON text nests deeper than `max` arrays and objects. One pass over the text, strings skipped, no
 * parse: it answers before any work on a hostile body (broken JSON is left to the parser to refuse).
 */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: the next character is escaped
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > max) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}
