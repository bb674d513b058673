// Fills the HTML template Vite built with one prerendered page: its title and its markup.

/** Where the page's markup goes in dist/index.html. */
export const ROOT_MARKER = '<div id="root"></div>';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/**
 * Puts a page's title (plain text, escaped here) and markup into the template. Replacer
 * functions, not replacement strings: a `$&` or `$'` in the content reaches the page as written.
 */
export function fillTemplate(template: string, title: string, html: string): string {
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(ROOT_MARKER, () => `<div id="root">${html}</div>`);
}
