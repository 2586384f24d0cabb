// HTML pages -> the plain text the pipeline reads (htmlparser2): scripts, styles, navigation,
// headers, footers, forms and asides dropped; block elements become line breaks; entities decoded.
// Evidence then quotes this text, which is what the document is from then on.

import { Parser } from 'htmlparser2';
import type { SidecarMetadata } from './read-metadata.js';

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'svg',
  'iframe',
  'head',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'br',
  'tr',
  'table',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'hr',
  'dd',
  'dt',
]);

export interface HtmlText {
  readonly text: string;
  readonly metadata: SidecarMetadata;
}

export function htmlToText(html: string): HtmlText {
  const lines: string[] = [];
  let line = '';
  let dropped = 0;
  let inTitle = false;
  let title = '';
  const metadata: { title?: string; url?: string; publishedAt?: string } = {};
  const breakLine = () => {
    const clean = line.replace(/[ \t\r\n]+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') inTitle = true;
        if (name === 'link' && attributes.rel === 'canonical' && attributes.href)
          metadata.url = attributes.href;
        if (name === 'meta') {
          const key = attributes.property ?? attributes.name ?? '';
          const content = attributes.content ?? '';
          if (key === 'og:title' && content) metadata.title = content;
          if (key === 'og:url' && content) metadata.url ??= content;
          if (
            /^(?:article:published_time|date|dc\.date|pubdate)$/i.test(key) &&
            /^\d{4}-\d{2}-\d{2}/.test(content)
          ) {
            metadata.publishedAt = content.slice(0, 10);
          }
        }
        if (DROPPED.has(name)) dropped += 1;
        else if (BLOCKS.has(name)) breakLine();
      },
      ontext(text) {
        if (inTitle) title += text;
        if (dropped === 0) line += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
        else if (BLOCKS.has(name)) breakLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  const pageTitle = (metadata.title ?? title).replace(/\s+/g, ' ').trim();
  return {
    text: lines.join('\n'),
    metadata: { ...metadata, ...(pageTitle ? { title: pageTitle } : {}) },
  };
}
