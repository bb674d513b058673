// Fills the HTML template Vite built with one prerendered page: its title and its markup.

/** Where the page's markup goes in dist/index.html. */
export const ROOT_MARKER = '<div id="root"></div>';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/**
 * Puts a page's title (plain text, escaped here) and markup into the template. Replacer
 * functions, not replacement strings: a `$&` or `$'` in the content reaches the page as written.
 */
export function fillTemplate(template: string, title: string, html: string, page?: PageWords): string {
  let filled = template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(ROOT_MARKER, () => `<div id="root">${html}</div>`);
  if (page) {
    filled = filled
      .replace(/<html lang="[^"]*"[^>]*>/, () => `<html lang="${page.locale}" dir="${page.dir}">`)
      .replace(/(<meta name="description" content=")[^"]*"/, (_m, start: string) => `${start}${escapeHtml(page.description)}"`)
      .replace(/(<p data-text="start-failed">)[^<]*(<\/p>)/, (_m, start: string, end: string) => `${start}${escapeHtml(page.startFailed)}${end}`)
      .replace(/(<a data-text="try-again" href="">)[^<]*(<\/a>)/, (_m, start: string, end: string) => `${start}${escapeHtml(page.tryAgain)}${end}`);
  }
  return filled;
}

/** What the template says outside the app, in the page's language. */
export interface PageWords {
  locale: string;
  dir: 'ltr' | 'rtl';
  description: string;
  startFailed: string;
  tryAgain: string;
}
