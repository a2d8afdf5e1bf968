// Plain text of a DOM subtree with its block structure kept: one paragraph
// per block element, separated by blank lines; <br> is a line break. Works on
// linkedom nodes through the few members declared here (the project compiles
// without the DOM library).

/** The part of a DOM node this module and readHtmlPage use. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCK_ELEMENTS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 ' +
    'H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'
  ).split(' '),
);
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

// Breaks in the walk output, between pieces of text.
const BLOCK_BREAK = Symbol('block');
const LINE_BREAK = Symbol('line');
type Piece = string | typeof BLOCK_BREAK | typeof LINE_BREAK;

export function domText(root: DomNode): string {
  const pieces: Piece[] = [];
  walk(root, pieces);
  const blocks: string[][] = [[]];
  let line = '';
  const endLine = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.at(-1)?.push(text);
    line = '';
  };
  for (const piece of pieces) {
    if (piece === BLOCK_BREAK) {
      endLine();
      blocks.push([]);
    } else if (piece === LINE_BREAK) {
      endLine();
    } else {
      line += piece;
    }
  }
  endLine();
  return blocks
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}

function walk(node: DomNode, pieces: Piece[]): void {
  for (let index = 0; index < node.childNodes.length; index++) {
    const child = node.childNodes[index];
    if (child === undefined) continue;
    if (child.nodeType === TEXT_NODE) {
      pieces.push(child.textContent ?? '');
    } else if (child.nodeType === ELEMENT_NODE) {
      const name = child.nodeName.toUpperCase();
      if (SKIPPED_ELEMENTS.has(name)) continue;
      if (name === 'BR') {
        pieces.push(LINE_BREAK);
        continue;
      }
      const block = BLOCK_ELEMENTS.has(name);
      if (block) pieces.push(BLOCK_BREAK);
      walk(child, pieces);
      if (block) pieces.push(BLOCK_BREAK);
    }
  }
}
