/** Text for an HTML page or attribute: every character that could open markup or end a quoted attribute escaped. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
