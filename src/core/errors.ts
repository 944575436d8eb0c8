// A build that cannot start (no registry, not a workbook): one Russian sentence, no stack trace.

export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}
