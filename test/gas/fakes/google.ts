// A whole fake Google for the add-on: Drive's spreadsheets and docs, UI, lock, properties — as the globals Apps Script
// has.
import { FakeDocument } from './document';
import { Recorder, track } from './recorder';
import { FakeSheetsSpreadsheets } from './sheetsApi';
import { Session } from './access';
import { SimulatedClock } from './clock';
import type { FakeRange } from './range';
import { FakeUser, FakeValidationBuilder } from './sheetParts';
import { FakeSpreadsheet } from './spreadsheet';

export interface ExecutionRecord {
  function: string;
  user: string;
  simulatedMs: number;
  ok: boolean;
  error: string | null;
}

export interface UiRecord {
  menus: { items: { caption: string; run: string }[]; separators: number; added: boolean }[];
  alerts: { title: string; text: string }[];
  sidebars: { file: string; title: string }[];
  /** What the next ui.alert with buttons answers. */
  answer: string;
}

/** Ids long enough to pass for Google's file ids. */
function fileId(n: number): string {
  return `1PedMonitorFake${String(n).padStart(10, '0')}xyz`;
}

export class FakeGoogle {
  readonly recorder = new Recorder();
  /** Simulated time: every call the add-on makes costs some; an execution past 360 s is killed. */
  readonly clock = new SimulatedClock();
  readonly files = new Map<string, FakeSpreadsheet>();
  /** The trace's hook: every SpreadsheetApp range the add-on takes, in any file. */
  onRange?: (range: FakeRange) => void;
  /** Who runs the add-on now (tests switch users between executions). */
  readonly session = new Session();
  readonly docs: FakeDocument[] = [];
  readonly properties = new Map<string, string>();
  readonly ui: UiRecord = { menus: [], alerts: [], sidebars: [], answer: 'YES' };
  readonly active: FakeSpreadsheet;
  /** Files whose sharing was taken away from the add-on's user. */
  readonly denied = new Set<string>();
  /** How the lock answers: false — another run holds it. */
  lockFree = true;
  lockEvents: string[] = [];
  private nextFile = 1;
  /** What the add-on waited for (Utilities.sleep), in ms. */
  readonly slept: number[] = [];
  /** The Advanced Sheets service's spreadsheets collection (tests set its quota refusals). */
  readonly sheetsApi = new FakeSheetsSpreadsheets(this.files, this.denied, this.session);
  /** Files moved to the trash through the Drive service. */
  readonly trashed = new Set<string>();
  /**
   * MailApp: the daily quota counts recipients, as Google's does; past it sendEmail throws Google's message and
   * sends nothing. `sent` — every letter that left.
   */
  readonly mail = { quota: 100, sent: [] as { to: string; subject: string; body: string; name?: string }[] };
  /** Date constructor of the realm running the add-on (set by the vm harness). */
  dateCtor: DateConstructor = Date;

  constructor(name = 'Мониторинг ПК — Кузнецкий район') {
    this.active = this.newSpreadsheet(name);
    this.recorder.onCall = (call, args) => this.clock.charge(call, args);
  }

  /** Every execution of an entry point: who ran it, how long it took on the simulated clock, how it ended. */
  readonly executions: ExecutionRecord[] = [];

  /** Runs one execution as the active user: a fresh 6-minute allowance; a kill or an error is recorded and rethrown. */
  execute<T>(name: string, work: () => T): T {
    this.clock.startExecution();
    const record: ExecutionRecord = { function: name, user: this.session.user, simulatedMs: 0, ok: true, error: null };
    this.executions.push(record);
    try {
      return work();
    } catch (e) {
      record.ok = false;
      record.error = e instanceof Error ? e.message : String(e);
      throw e;
    } finally {
      record.simulatedMs = this.clock.elapsed;
    }
  }

  newSpreadsheet(name: string): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(fileId(this.nextFile++), name, this.session.user);
    ss.session = this.session;
    ss.onRange = (range) => this.onRange?.(range);
    ss.dateCtor = this.dateCtor;
    ss.insertSheet('Лист1');
    this.files.set(ss.id, ss);
    return ss;
  }

  byUrl(url: string): FakeSpreadsheet | undefined {
    const m = /\/d\/([A-Za-z0-9_-]+)/.exec(url);
    return m ? this.files.get(m[1]) : undefined;
  }

  setDateCtor(ctor: DateConstructor): void {
    this.dateCtor = ctor;
    for (const f of this.files.values()) f.dateCtor = ctor;
  }

  /** The globals the bundle sees. Every object handed to the add-on records its calls. */
  globals(): Record<string, unknown> {
    const rec = this.recorder;
    const t = <T extends object>(x: T): T => track(x, rec);
    const ui = this.ui;
    const self = this;
    const spreadsheetApp = {
      fakeName: 'SpreadsheetApp',
      where: () => ({}),
      ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
      getActiveSpreadsheet: () => self.active,
      openById(id: string) {
        const ss = self.files.get(id);
        if (!ss) throw new Error('Requested entity was not found.');
        if (self.denied.has(ss.id) || !ss.editors.has(self.session.user))
          throw new Error('You do not have permission to access the requested document.');
        return ss;
      },
      create(name: string) {
        return self.newSpreadsheet(name);
      },
      newDataValidation: () => new FakeValidationBuilder(),
      flush() {
        /* writes are applied at once in memory */
      },
      getUi() {
        return {
          fakeName: 'Ui',
          where: () => ({}),
          ButtonSet: { OK: 'OK', YES_NO_CANCEL: 'YES_NO_CANCEL' },
          Button: { YES: 'YES', NO: 'NO', CANCEL: 'CANCEL', CLOSE: 'CLOSE', OK: 'OK' },
          createAddonMenu() {
            const menu = { items: [] as { caption: string; run: string }[], separators: 0, added: false };
            ui.menus.push(menu);
            const api = {
              fakeName: 'Menu',
              where: () => ({}),
              addItem(caption: string, run: string) {
                menu.items.push({ caption, run });
                return api;
              },
              addSeparator() {
                menu.separators++;
                return api;
              },
              addToUi() {
                menu.added = true;
              },
            };
            return api;
          },
          alert(title: string, text?: string) {
            ui.alerts.push({ title, text: text ?? '' });
            return text === undefined ? 'OK' : ui.answer;
          },
          showSidebar(html: { file: string; title: string }) {
            ui.sidebars.push({ file: html.file, title: html.title });
          },
        };
      },
    };
    const documentApp = {
      fakeName: 'DocumentApp',
      where: () => ({}),
      ParagraphHeading: { TITLE: 'TITLE', HEADING1: 'HEADING1', HEADING2: 'HEADING2', NORMAL: 'NORMAL' },
      HorizontalAlignment: { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' },
      GlyphType: { BULLET: 'BULLET' },
      create(name: string) {
        const doc = new FakeDocument(`1DocFake${String(self.docs.length + 1).padStart(12, '0')}`, name);
        self.docs.push(doc);
        return doc;
      },
    };
    const lockService = {
      fakeName: 'LockService',
      where: () => ({}),
      getDocumentLock() {
        return {
          fakeName: 'Lock',
          where: () => ({}),
          // Waiting for a lock another run holds takes the whole wait.
          tryLock(ms: number) {
            self.lockEvents.push(`try ${ms}`);
            if (!self.lockFree) self.clock.spend(ms);
            return self.lockFree;
          },
          releaseLock() {
            self.lockEvents.push('release');
          },
        };
      },
    };
    const propertiesService = {
      fakeName: 'PropertiesService',
      where: () => ({}),
      getDocumentProperties() {
        return {
          fakeName: 'Properties',
          where: () => ({}),
          getProperty: (k: string) => self.properties.get(k) ?? null,
          setProperty(k: string, v: string) {
            if (v.length > 9000) throw new Error('Argument too large: value');
            self.properties.set(k, v);
            return this;
          },
        };
      },
    };
    const htmlService = {
      fakeName: 'HtmlService',
      where: () => ({}),
      createHtmlOutputFromFile(file: string) {
        const out = {
          fakeName: 'HtmlOutput',
          where: () => ({}),
          file,
          title: '',
          setTitle(title: string) {
            out.title = title;
            return out;
          },
        };
        return out;
      },
    };
    const utilities = {
      fakeName: 'Utilities',
      where: () => ({}),
      /** The wait is recorded; the simulated clock charges it in full. */
      sleep(ms: number) {
        self.slept.push(ms);
      },
      /** Europe/Moscow is UTC+3 all year; that is all the add-on asks of it. */
      formatDate(date: Date, zone: string, format: string) {
        const offset = zone === 'Europe/Moscow' ? 180 : 0;
        const d = new Date(date.getTime() + offset * 60000);
        const pad = (n: number) => String(n).padStart(2, '0');
        if (format === 'Z') return offset === 0 ? '+0000' : '+0300';
        if (format === 'yyyy-MM-dd') return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
        throw new Error(`formatDate: формат ${format} не поддержан подделкой`);
      },
    };
    const session = {
      fakeName: 'Session',
      where: () => ({}),
      getScriptTimeZone: () => 'Europe/Moscow',
      getEffectiveUser: () => new FakeUser(self.session.user),
      // Google's key is opaque and per user; the fake derives it from the user so tests can tell users apart.
      getTemporaryActiveUserKey: () => Buffer.from(self.session.user).toString('hex').padEnd(40, '0').slice(0, 40),
    };
    const mail = self.mail;
    const mailApp = {
      fakeName: 'MailApp',
      where: () => ({}),
      getRemainingDailyQuota: () => mail.quota,
      sendEmail(message: { to: string; subject: string; body: string; name?: string }) {
        const recipients = message.to.split(',').filter((a) => a.trim() !== '').length;
        if (recipients > mail.quota) throw new Error('Service invoked too many times for one day: email.');
        mail.quota -= recipients;
        mail.sent.push({ ...message });
      },
    };
    // The Drive advanced service with the drive.file scope: only files this add-on created can be trashed.
    const driveFiles = {
      fakeName: 'Drive.Files',
      where: () => ({}),
      update(resource: { trashed?: boolean }, fileId: string) {
        const book = self.files.get(fileId);
        const doc = self.docs.find((d) => d.id === fileId);
        if (!book && !doc) throw new Error(`File not found: ${fileId}.`);
        if (book && book.owner !== self.session.user)
          throw new Error('The user does not have sufficient permissions for this file.');
        if (resource.trashed === true) self.trashed.add(fileId);
        return { id: fileId, trashed: resource.trashed === true };
      },
    };
    return {
      Drive: { Files: t(driveFiles) },
      SpreadsheetApp: t(spreadsheetApp),
      DocumentApp: t(documentApp),
      LockService: t(lockService),
      PropertiesService: t(propertiesService),
      HtmlService: t(htmlService),
      Utilities: t(utilities),
      Session: t(session),
      MailApp: t(mailApp),
      // The advanced service: a namespace object; its collection records each call with the file it names.
      Sheets: { Spreadsheets: t(this.sheetsApi) },
    };
  }
}
