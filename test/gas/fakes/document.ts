// In-memory DocumentApp: a body of paragraphs, list items, tables, images and page breaks, with their styles.
import type { FakeBlob } from './sheetParts';

type BodyApi = GoogleAppsScript.Document.Body;
type Faked<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

export interface TextStyle {
  bold: [number, number][];
  italic: [number, number][];
  allBold: boolean;
  allItalic: boolean;
  fontSize?: number;
  colour?: string;
}

export class FakeText {
  readonly fakeName = 'Text';
  constructor(
    readonly style: TextStyle,
    private readonly owner: { where(): object },
  ) {}
  where() {
    return this.owner.where();
  }
  setBold(startOrBold: number | boolean, end?: number, bold?: boolean) {
    if (typeof startOrBold === 'boolean') this.style.allBold = startOrBold;
    else if (bold) this.style.bold.push([startOrBold, end as number]);
    return this;
  }
  setItalic(startOrItalic: number | boolean, end?: number, italic?: boolean) {
    if (typeof startOrItalic === 'boolean') this.style.allItalic = startOrItalic;
    else if (italic) this.style.italic.push([startOrItalic, end as number]);
    return this;
  }
  setFontSize(size: number) {
    this.style.fontSize = size;
    return this;
  }
  setForegroundColor(colour: string) {
    this.style.colour = colour;
    return this;
  }
}

const newStyle = (): TextStyle => ({ bold: [], italic: [], allBold: false, allItalic: false });

export class FakeImage {
  readonly fakeName = 'InlineImage';
  width: number;
  height: number;
  constructor(
    readonly blob: FakeBlob,
    private readonly doc: FakeDocument,
  ) {
    this.width = blob.width;
    this.height = blob.height;
  }
  where() {
    return this.doc.where();
  }
  getWidth() {
    return this.width;
  }
  getHeight() {
    return this.height;
  }
  setWidth(w: number) {
    this.width = w;
    return this;
  }
  setHeight(h: number) {
    this.height = h;
    return this;
  }
}

export class FakeParagraph {
  readonly fakeName = 'Paragraph';
  heading = 'NORMAL';
  alignment = 'LEFT';
  glyph: string | null = null;
  readonly style = newStyle();
  images: FakeImage[] = [];
  constructor(
    public text: string,
    readonly kind: 'paragraph' | 'listItem',
    private readonly doc: FakeDocument,
  ) {}
  where() {
    return this.doc.where();
  }
  setText(text: string) {
    this.text = text;
  }
  getText() {
    return this.text;
  }
  setHeading(h: string) {
    this.heading = h;
    return this;
  }
  setAlignment(a: string) {
    this.alignment = a;
    return this;
  }
  setGlyphType(g: string) {
    this.glyph = g;
    return this;
  }
  editAsText() {
    return new FakeText(this.style, this);
  }
  appendInlineImage(blob: FakeBlob) {
    const image = new FakeImage(blob, this.doc);
    this.images.push(image);
    return image;
  }
}

export class FakeTableCell {
  readonly fakeName = 'TableCell';
  background: string | null = null;
  readonly style = newStyle();
  constructor(
    readonly text: string,
    private readonly doc: FakeDocument,
  ) {}
  where() {
    return this.doc.where();
  }
  setBackgroundColor(c: string) {
    this.background = c;
    return this;
  }
  editAsText() {
    return new FakeText(this.style, this);
  }
}

export class FakeTableRow {
  readonly fakeName = 'TableRow';
  readonly style = newStyle();
  constructor(
    readonly cells: FakeTableCell[],
    private readonly doc: FakeDocument,
  ) {}
  where() {
    return this.doc.where();
  }
  editAsText() {
    return new FakeText(this.style, this);
  }
}

export class FakeTable {
  readonly fakeName = 'Table';
  readonly rows: FakeTableRow[];
  readonly style = newStyle();
  constructor(
    cells: string[][],
    private readonly doc: FakeDocument,
  ) {
    const width = cells[0]?.length ?? 0;
    if (cells.some((r) => r.length !== width)) throw new Error('appendTable: строки разной длины');
    this.rows = cells.map(
      (r) =>
        new FakeTableRow(
          r.map((t) => new FakeTableCell(t, doc)),
          doc,
        ),
    );
  }
  where() {
    return this.doc.where();
  }
  readonly widths = new Map<number, number>();
  borderWidth: number | null = null;
  setBorderWidth(width: number) {
    this.borderWidth = width;
    return this;
  }
  getRow(i: number) {
    return this.rows[i];
  }
  setColumnWidth(column: number, width: number) {
    this.widths.set(column, width);
    return this;
  }
  getCell(r: number, c: number) {
    return this.rows[r].cells[c];
  }
  editAsText() {
    return new FakeText(this.style, this);
  }
  texts(): string[][] {
    return this.rows.map((r) => r.cells.map((c) => c.text));
  }
}

export type BodyChild = FakeParagraph | FakeTable | { fakeName: 'PageBreak' };

export class FakeBody implements Faked<
  BodyApi,
  'getParagraphs' | 'appendParagraph' | 'appendListItem' | 'appendPageBreak'
> {
  readonly fakeName = 'Body';
  children: BodyChild[];
  constructor(private readonly doc: FakeDocument) {
    this.children = [new FakeParagraph('', 'paragraph', doc)];
  }
  where() {
    return this.doc.where();
  }
  getParagraphs() {
    return this.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);
  }
  appendParagraph(text: string) {
    const p = new FakeParagraph(text, 'paragraph', this.doc);
    this.children.push(p);
    return p;
  }
  appendListItem(text: string) {
    const p = new FakeParagraph(text, 'listItem', this.doc);
    this.children.push(p);
    return p;
  }
  appendTable(cells: string[][]) {
    const t = new FakeTable(cells, this.doc);
    this.children.push(t);
    return t;
  }
  appendPageBreak() {
    const b = { fakeName: 'PageBreak' as const };
    this.children.push(b);
    return b;
  }
  /** Test helper: all the text of the document. */
  text(): string {
    return this.children
      .map((c) =>
        c instanceof FakeParagraph
          ? c.text
          : c instanceof FakeTable
            ? c
                .texts()
                .map((r) => r.join('\t'))
                .join('\n')
            : '',
      )
      .join('\n');
  }
}

export class FakeDocument {
  readonly fakeName = 'Document';
  readonly body: FakeBody;
  saved = false;
  constructor(
    readonly id: string,
    readonly name: string,
  ) {
    this.body = new FakeBody(this);
  }
  where() {
    return { file: this.id };
  }
  getBody() {
    return this.body;
  }
  saveAndClose() {
    this.saved = true;
  }
  /** Asked of an open Doc only: whether a closed one answers is not documented, so the fake refuses. */
  getUrl() {
    if (this.saved) throw new Error('Document is closed, its contents cannot be updated.');
    return this.url;
  }
  get url(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getId() {
    return this.id;
  }
}
