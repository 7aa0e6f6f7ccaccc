import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { code, codeBlock, details, link, md, table, text } from '../../src/report/markdown/index.js';
import { visible } from '../../src/report/terminal.js';

// The Markdown layer against a real GFM parser: whatever repository text goes in, the rendered
// HTML has the tool's structure only, shows the text as it was, and holds nothing GitHub would
// turn into a mention, a reference, a link or an emoji picture.

const render = (markdown: string) =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const decode = (html: string) =>
  html.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot));/gi,
    (_, dec: string, hex: string, name: string) =>
      name ? ENTITIES[name] : String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16)),
  );
const tags = (html: string) => [...html.matchAll(/<\/?([a-z0-9-]+)/gi)].map((m) => m[1].toLowerCase());
/** The text a reader sees: tags dropped, references decoded, the tool's zero-width spaces gone. */
const shown = (html: string) => decode(html.replace(/<[^>]*>/g, '')).replace(/\u200b/g, '');
/** What GitHub links after rendering, in text outside code and links. */
const GITHUB_LINKS = /(^|[^\w\u200b])@[a-z0-9]|#\d|:\/\/|\bwww\.|:[\w+-]+:|[\w.+-]@[a-z0-9]/i;

/** Hostile fragments mixed into arbitrary text. */
const FRAGMENTS = [
  '<img src=x onerror=alert(1)>',
  '![x](https://evil.example/x.png)',
  '[y](https://evil.example)',
  'x](https://evil.example)[y',
  '<https://evil.example>',
  'https://evil.example/a',
  'www.evil.example',
  '@octocat',
  '@org/team',
  'a@evil.example',
  '#123',
  'org/repo#1',
  ':shipit:',
  '`',
  '```',
  '|',
  '\\|',
  '\\',
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u001b[31m',
  '\u202e',
  '<!--',
  '-->',
  '</details>',
  '<details>',
  '&amp;',
  '&#64;',
  '*a*',
  '__b__',
  '~~c~~',
  '$x$',
  '# ',
  '- ',
  '1. ',
  '> ',
  '===',
  '---',
  '<script>',
  '[^1]',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary' }), fc.string()), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

/** What text() promises to show: one line, control characters made visible. */
const expected = (value: string) => visible(value.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));

describe('the Markdown layer', () => {
  it('text: in a paragraph, a list item, a heading, a quote and a link label, only the text', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        fc.pre(expected(value).trim() !== '');
        for (const [markdown, structure] of [
          [md`${value}`, ['p']],
          [md`- ${value}`, ['ul', 'li']],
          [md`### ${value}`, ['h3']],
          [md`> ${value}`, ['blockquote', 'p']],
          [link(value, 'https://github.example/a/b'), ['p', 'a']],
        ] as const) {
          const html = render(String(markdown));
          expect([...new Set(tags(html))].sort()).toEqual([...structure].sort());
          expect(shown(html).trim()).toBe(expected(value).trim());
          expect(GITHUB_LINKS.test(html.replace(/<a [^>]*>/g, '').replace(/\u200b|&#8203;/g, '\u200b'))).toBe(
            false,
          );
        }
      }),
      // A heading drops a closing run of `#` after a space: found by this property once.
      { numRuns: 300, examples: [['<img src=x onerror=alert(1)>\r# '], ['a ## ']] },
    );
  });

  it('text in a folded summary (an HTML block): no tag of its own, the text as it was', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const html = render(
          String(
            details(
              value,
              md`
body
              `,
            ),
          ),
        );
        expect(tags(html)).toEqual(['details', 'summary', 'summary', 'p', 'p', 'details']);
        const summary = /<summary>(.*)<\/summary>/s.exec(html)?.[1] ?? '';
        expect(shown(summary)).toBe(expected(value));
      }),
      { numRuns: 300 },
    );
  });

  it('code: one code span, its content as it was, in a paragraph and in a table cell', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const inline = render(String(md`see ${code(value)} here`));
        expect(tags(inline)).toEqual(['p', 'code', 'code', 'p']);
        const content = /<code>(.*)<\/code>/s.exec(inline)?.[1] ?? '';
        expect(decode(content).trim()).toBe(expected(value).trim());
      }),
      { numRuns: 300 },
    );
  });

  it('table: every row keeps its cells, whatever the cells hold', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const html = render(
          String(table(['Config', 'Value', 'Code'], ['left', 'right', 'left'], [[a, b, code(a)]])),
        );
        const rows = html.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
        expect(rows).toHaveLength(2);
        const cells = [...(rows[1].match(/<td[^>]*>([\s\S]*?)<\/td>/g) ?? [])];
        expect(cells).toHaveLength(3);
        expect(shown(cells[0]).trim()).toBe(expected(a).trim());
        expect(shown(cells[1]).trim()).toBe(expected(b).trim());
        expect(shown(cells[2]).trim()).toBe(expected(a).trim());
      }),
      { numRuns: 300 },
    );
  });

  it('code block: one block whatever the content, its lines as they were', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const html = render(String(codeBlock(value, 'yaml')));
        expect(tags(html)).toEqual(['pre', 'code', 'code', 'pre']);
        const content = /<code[^>]*>([\s\S]*)<\/code>/.exec(html)?.[1] ?? '';
        expect(decode(content).replace(/\n$/, '')).toBe(
          value.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('link: only the tool’s own http(s) URLs link; anything else is shown as code', () => {
    expect(render(String(link('x', 'javascript:alert(1)')))).not.toContain('<a');
    expect(String(link('x', 'https://github.example/a|b(c)'))).toBe(
      '[x](https://github.example/a%7Cb%28c%29)',
    );
    expect(String(text('@team #1 https://a.b www.c.d :shipit:'))).toBe(
      '@&#8203;team #&#8203;1 https:&#8203;//a.b www&#8203;.c.d :&#8203;shipit:',
    );
  });
});
