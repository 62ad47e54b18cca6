// The indentation and line breaks of every html`…` and svg`…` literal, collapsed at build time (lit
// ships a template's text as written). In a template's static text (never in a `${…}`), a run of
// whitespace holding a line break becomes one space, or nothing between two tags (`>` … `<`). Quoted
// attribute values, comments, and the content of <pre>, <textarea>, <script> and <style> stay as
// written; so do escapes (a `\n` written in the source is meant, not indentation).
//
// The literals are found with TypeScript's parser (strings, comments, regular expressions and nested
// templates are no guesswork), and each line break taken out goes back just after the next `${`, or
// after the closing backtick: every line of code keeps its number, so source maps, stack traces and
// coverage still point at the source.
import ts from 'typescript';

const tags = new Set(['html', 'svg']);
const verbatim = new Set(['pre', 'textarea', 'script', 'style']);
const lineBreak = /[\n\r]/;
const space = /[ \t\n\r\f]/;
const lineCount = (text) => text.split('\n').length - 1;

/** The static texts of a template literal, as [start, end) source ranges, in order. */
function staticRanges(template, file) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(file) + 1, template.end - 1]];
  const ranges = [[template.head.getStart(file) + 1, template.head.end - 2]];
  for (const { literal } of template.templateSpans) {
    const start = literal.getStart(file) + 1;
    ranges.push([start, ts.isTemplateTail(literal) ? literal.end - 1 : literal.end - 2]);
  }
  return ranges;
}

/**
 * A template's static texts collapsed: a small HTML tokenizer that knows whether it is in text, in a
 * tag, in a quoted attribute value, in a comment or in the content of a verbatim element, carried on
 * from one static text to the next across the expressions.
 */
function collapse(texts) {
  let state = 'text';
  let quote = '';
  let element = '';
  return texts.map((text) => {
    let out = '';
    // The text last written ended a tag (or a comment), in this static text.
    let afterTag = false;
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') {
        // An escape is written as it is (a `\n` or a `\` before a line break is meant), and read as the
        // character it stands for: an escaped quote opens or closes an attribute value.
        const escaped = text[i + 1];
        if (state === 'quote' && escaped === quote) state = 'tag';
        else if (state === 'tag' && (escaped === '"' || escaped === "'")) {
          state = 'quote';
          quote = escaped;
        }
        out += text.slice(i, i + 2);
        i += 2;
        afterTag = false;
        continue;
      }
      if (state === 'quote') {
        if (c === quote) state = 'tag';
      } else if (state === 'comment') {
        if (text.startsWith('-->', i)) {
          out += '-->';
          i += 3;
          state = 'text';
          afterTag = true;
          continue;
        }
      } else if (state === 'verbatim') {
        if (text.slice(i, i + element.length + 2).toLowerCase() === `</${element}`) {
          state = 'tag';
          element = '';
        }
      } else if (space.test(c)) {
        let end = i;
        while (end < text.length && space.test(text[end])) end++;
        const run = text.slice(i, end);
        const beforeTag = state === 'text' && /^<[!/a-zA-Z]/.test(text.slice(end, end + 2));
        out += !lineBreak.test(run) ? run : afterTag && beforeTag ? '' : ' ';
        i = end;
        continue;
      } else if (state === 'tag') {
        if (c === '"' || c === "'") {
          state = 'quote';
          quote = c;
        } else if (c === '>') {
          state = verbatim.has(element) ? 'verbatim' : 'text';
          out += c;
          i++;
          afterTag = true;
          continue;
        }
      } else if (text.startsWith('<!--', i)) {
        state = 'comment';
        out += '<!--';
        i += 4;
        continue;
      } else if (/^<[/a-zA-Z]/.test(text.slice(i, i + 2))) {
        state = 'tag';
        // The element whose content is verbatim when this (opening) tag ends.
        element = text[i + 1] === '/' ? '' : /^<([a-zA-Z][\w-]*)/.exec(text.slice(i))[1].toLowerCase();
      }
      out += c;
      i++;
      afterTag = false;
    }
    return out;
  });
}

/** `source` (TypeScript) with the whitespace of its html`…` and svg`…` literals collapsed. */
export function collapseHtmlLiterals(source, fileName = 'module.ts') {
  if (!/(html|svg)`/.test(source)) return source;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text)) {
      const ranges = staticRanges(node.template, file);
      const texts = collapse(ranges.map(([start, end]) => source.slice(start, end)));
      ranges.forEach(([start, end], k) => {
        const removed = lineCount(source.slice(start, end)) - lineCount(texts[k]);
        // The line breaks taken out, just inside the next `${` (or after the closing backtick).
        const at = end + (k < ranges.length - 1 ? 2 : 1);
        edits.push({ start, end, text: texts[k] }, { start: at, end: at, text: '\n'.repeat(removed) });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}
