import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

describe('htmlToText', () => {
  const cases: { label: string; html: string; text: string }[] = [
    { label: 'paragraphs', html: '<p>One</p><p>Two</p>', text: 'One\n\nTwo' },
    { label: 'inline whitespace collapsed', html: '<p>  Many \n\t spaces <b> here</b> , and <i>there</i>  </p>', text: 'Many spaces here , and there' },
    { label: 'divs are lines', html: '<div>a</div><div>b<div>c</div></div>', text: 'a\nb\nc' },
    { label: 'br is a line break', html: '<p>line one<br>line two<br/>line three</p>', text: 'line one\nline two\nline three' },
    { label: 'blank lines capped at one', html: '<p>a</p><br><br><br><br><p>b</p>', text: 'a\n\nb' },
    { label: 'headings and lists', html: '<h1>Title</h1><ul><li>one</li><li>two</li></ul><h2>Next</h2>', text: 'Title\n\none\ntwo\n\nNext' },
    { label: 'entities decoded', html: '<p>&lt;b&gt; &amp; &quot;q&quot; &eacute;t&eacute; &#8212; &#x1F600; caf&eacute;</p>', text: '<b> & "q" été — 😀 café' },
    { label: 'nbsp kept', html: '<p>a&nbsp;&nbsp;b</p>', text: 'a\u00a0\u00a0b' },
    { label: 'pre keeps whitespace', html: '<pre>\n  x = 1\n    y  = 2\n</pre><p>after</p>', text: '  x = 1\n    y  = 2\n\nafter' },
    { label: 'no head or title', html: '<html><head><title>Window</title><meta charset="utf-8"><style>p{}</style></head><body><p>Body</p></body></html>', text: 'Body' },
    { label: 'unclosed head ends at body content', html: '<head><title>T</title><p>Visible', text: 'Visible' },
    { label: 'unclosed head ends at text', html: '<head><meta charset=utf-8>Loose text', text: 'Loose text' },
    { label: 'hidden attribute and display:none', html: '<p>shown</p><p hidden>secret</p><div style="color:red; display: none">gone</div>', text: 'shown' },
    { label: 'table cells tab-separated', html: '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>', text: 'A\tB\n1\t2' },
    {
      label: 'nested tables',
      html: '<table><tr><td>outer<table><tr><td>in1</td><td>in2</td></tr></table></td><td>right</td></tr></table><p>end</p>',
      text: 'outer\n\nin1\tin2\n\nright\n\nend',
    },
    { label: 'uppercase tags', html: '<P>One<BR>Two</P><SCRIPT>bad()</SCRIPT>', text: 'One\nTwo' },
    { label: 'plain text without tags', html: 'Just   text\nacross lines', text: 'Just text across lines' },
    { label: 'empty', html: '<html><body>  </body></html>', text: '' },
  ];
  it.each(cases)('$label', ({ html, text }) => {
    expect(htmlToText(html)).toBe(text);
  });

  const hostile: { label: string; html: string }[] = [
    { label: 'script', html: '<p>Visible</p><script>document.write("SECRET")</script><script type="module">import "SECRET"</script>' },
    { label: 'script with closing-tag lookalike', html: '<p>Visible</p><script>var s = "<p>SECRET</p>";</script>' },
    { label: 'onerror handler', html: '<p>Visible<img src=x onerror="alert(\'SECRET\')"></p>' },
    { label: 'javascript: link', html: '<p><a href="javascript:alert(\'SECRET\')">Visible</a></p>' },
    { label: 'style', html: '<style>body::after { content: "SECRET" }</style><p>Visible</p>' },
    { label: 'comments', html: '<p>Visible<!-- SECRET --></p><!-- <p>SECRET</p> -->' },
    { label: 'CDATA', html: '<p>Visible</p><![CDATA[SECRET]]>' },
    { label: 'template, noscript, iframe, object, svg', html: '<template><p>SECRET</p></template><noscript>SECRET</noscript><iframe>SECRET</iframe><object>SECRET</object><svg><text>SECRET</text></svg><p>Visible</p>' },
    { label: 'self-closing svg', html: '<svg/><p>Visible</p>' },
    { label: 'unclosed script', html: '<p>Visible</p><script>SECRET' },
    { label: 'stray end tags', html: '</div></script><p>Visible</p></span>' },
    { label: 'attributes with markup', html: '<p title="<b>SECRET</b>" data-x=\'SECRET\'>Visible</p>' },
  ];
  it.each(hostile)('keeps only visible text: $label', ({ html }) => {
    const text = htmlToText(html);
    expect(text).toContain('Visible');
    expect(text).not.toMatch(/SECRET|alert|<|>/);
  });
});
