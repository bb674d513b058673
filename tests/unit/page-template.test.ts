import { describe, expect, it } from 'vitest';
import { ROOT_MARKER, fillTemplate } from '../../scripts/page-template.ts';

const template = `<html><head><title>x</title></head><body>${ROOT_MARKER}</body></html>`;

describe('prerendered page template', () => {
  it('keeps dollar signs in content as written (no replacement patterns)', () => {
    const html = "<p>Costs $& and $' and $` and $1 and $$</p>";
    const page = fillTemplate(template, "Pay $' now", html);
    expect(page).toContain(`<div id="root">${html}</div>`);
    expect(page).toContain("<title>Pay $' now</title>");
    expect(page.match(/<html>/g)).toHaveLength(1);
  });

  it('escapes the title', () => {
    expect(fillTemplate(template, 'A <b> & "c"', '')).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
  });
});
