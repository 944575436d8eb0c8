// Parts of the fake SpreadsheetApp around a sheet: the user, validation rules, protections, blobs and charts.
import { PROTECTED } from './access';
import type { Faked } from './grid';
import { FakeRange } from './range';
import type { Located } from './recorder';
import { FakeSheet } from './sheet';

type ProtectionApi = GoogleAppsScript.Spreadsheet.Protection;

export class FakeUser implements Located {
  readonly fakeName = 'User';
  constructor(readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  where() {
    return {};
  }
}

export class FakeValidation {
  readonly fakeName = 'DataValidation';
  constructor(
    readonly criteria: string,
    readonly args: unknown[],
    readonly allowInvalid: boolean,
    readonly help: string,
  ) {}
  where() {
    return {};
  }
}

export class FakeValidationBuilder implements Faked<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  'setHelpText' | 'setAllowInvalid' | 'requireValueInList' | 'requireNumberBetween' | 'build'
> {
  readonly fakeName = 'DataValidationBuilder';
  private criteria = '';
  private args: unknown[] = [];
  private allowInvalid = true;
  private help = '';
  where() {
    return {};
  }
  setHelpText(text: string) {
    this.help = text;
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this;
  }
  requireValueInList(values: string[], showDropdown?: boolean) {
    this.criteria = 'VALUE_IN_LIST';
    this.args = [values, showDropdown];
    return this;
  }
  requireDate() {
    this.criteria = 'DATE_IS_VALID_DATE';
    this.args = [];
    return this;
  }
  requireNumberBetween(start: number, end: number) {
    this.criteria = 'NUMBER_BETWEEN';
    this.args = [start, end];
    return this;
  }
  build() {
    return new FakeValidation(this.criteria, this.args, this.allowInvalid, this.help);
  }
}

export class FakeProtection
  implements
    Located,
    Faked<
      ProtectionApi,
      'setDescription' | 'getEditors' | 'removeEditors' | 'addEditors' | 'canDomainEdit' | 'setDomainEdit' | 'canEdit'
    >
{
  readonly fakeName = 'Protection';
  description = '';
  /** The owner always; the user who protects it too (as in Sheets). */
  editors: Set<string>;
  domainEdit = false;
  constructor(private readonly sheet: FakeSheet) {
    this.editors = new Set([sheet.book.owner, sheet.book.session.user]);
  }
  where() {
    return this.sheet.where();
  }
  /** Whether the active user may edit what this protects. */
  canEdit() {
    const user = this.sheet.book.session.user;
    return this.editors.has(user) || user === this.sheet.book.owner;
  }
  private mustEdit() {
    if (!this.canEdit()) throw new Error(PROTECTED);
  }
  setDescription(description: string) {
    this.mustEdit();
    this.description = description;
    return this;
  }
  getEditors() {
    this.mustEdit();
    return [...this.editors].map((e) => new FakeUser(e));
  }
  /** The owner and the user running the add-on are never removed (as in Sheets). */
  removeEditors(users: readonly ({ getEmail(): string } | string)[]) {
    this.mustEdit();
    for (const u of users) {
      // A field read, not a call: the add-on did not ask for it.
      const email = typeof u === 'string' ? u : (u as FakeUser).email;
      if (email !== this.sheet.book.owner && email !== this.sheet.book.session.user) this.editors.delete(email);
    }
    return this;
  }
  addEditors(emails: string[]) {
    this.mustEdit();
    for (const e of emails) this.editors.add(e);
    return this;
  }
  canDomainEdit() {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean) {
    this.mustEdit();
    this.domainEdit = editable;
    return this;
  }
}

export class FakeBlob {
  readonly fakeName = 'Blob';
  constructor(
    readonly contentType: string,
    readonly name: string,
    readonly width = 720,
    readonly height = 400,
  ) {}
  where() {
    return {};
  }
  getContentType() {
    return this.contentType;
  }
}

export class FakeChart {
  readonly fakeName = 'EmbeddedChart';
  constructor(
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
    private readonly sheet: FakeSheet,
  ) {}
  where() {
    return this.sheet.where();
  }
  getAs(contentType: string) {
    return new FakeBlob(
      contentType,
      String(this.options.title ?? ''),
      Number(this.options.width ?? 720),
      Number(this.options.height ?? 400),
    );
  }
}

export class FakeChartBuilder {
  readonly fakeName = 'EmbeddedChartBuilder';
  type = '';
  ranges: FakeRange[] = [];
  options: Record<string, unknown> = {};
  constructor(private readonly sheet: FakeSheet) {}
  where() {
    return this.sheet.where();
  }
  asBarChart() {
    this.type = 'bar';
    return this;
  }
  asColumnChart() {
    this.type = 'column';
    return this;
  }
  addRange(range: FakeRange) {
    this.ranges.push(range);
    return this;
  }
  setOption(name: string, value: unknown) {
    this.options[name] = value;
    return this;
  }
  setPosition() {
    return this;
  }
  setNumHeaders(n: number) {
    this.options.numHeaders = n;
    return this;
  }
  build() {
    return new FakeChart(this.type, this.ranges, this.options, this.sheet);
  }
}
