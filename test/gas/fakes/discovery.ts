// Every Sheets API call checked against Google's discovery document (sheets v4, stored beside this file): an unknown
// field or parameter, a wrong type, a bad enum value, an int32 overflow or a field mask naming nothing is refused.
import discovery from './sheets-v4-discovery.json';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
}
interface Parameter extends Schema {
  location: string;
  repeated?: boolean;
  required?: boolean;
}

const SCHEMAS = (discovery as unknown as { schemas: Record<string, Schema> }).schemas;
const GLOBAL = (discovery as unknown as { parameters: Record<string, Parameter> }).parameters;
interface Method {
  parameters?: Record<string, Parameter>;
  request?: Schema;
}
const METHODS = (discovery as unknown as { resources: { spreadsheets: { methods: Record<string, Method> } } }).resources
  .spreadsheets.methods;
const INT32 = 2 ** 31;

/** Google's answer to a payload it cannot accept. */
export class InvalidPayload extends Error {
  constructor(message: string) {
    super(`Invalid JSON payload received. ${message}`);
  }
}

function resolve(schema: Schema): Schema {
  return schema.$ref ? resolve(SCHEMAS[schema.$ref]) : schema;
}

/** Google's refusal of a value of the wrong type at `path`. */
function bad(path: string, type: string, value: unknown): never {
  throw new InvalidPayload(`Invalid value at '${path}' (${type}), ${JSON.stringify(value)}`);
}

/** Checks a JSON value against a schema of the document, recursively. */
export function checkValue(value: unknown, schemaIn: Schema, path: string): void {
  const schema = resolve(schemaIn);
  if (value === undefined || value === null) return;
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) bad(path, 'TYPE_MESSAGE', value);
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const prop = schema.properties?.[k] ?? schema.additionalProperties;
        if (!prop) throw new InvalidPayload(`Unknown name "${k}" at '${path}': Cannot find field.`);
        checkValue(v, prop, path ? `${path}.${k}` : k);
      }
      return;
    }
    case 'array':
      if (!Array.isArray(value)) throw new InvalidPayload(`Invalid value at '${path}': expected a list.`);
      value.forEach((v, i) => checkValue(v, schema.items as Schema, `${path}[${i}]`));
      return;
    case 'string':
      if (typeof value !== 'string') bad(path, 'TYPE_STRING', value);
      if (schema.enum && !schema.enum.includes(value)) bad(path, 'enum', value);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') bad(path, 'TYPE_BOOL', value);
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) bad(path, 'TYPE_INT32', value);
      if (schema.format === 'int32' && (value < -INT32 || value >= INT32)) bad(path, 'TYPE_INT32', value);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) bad(path, 'TYPE_DOUBLE', value);
      return;
    default:
      return;
  }
}

/** `a,b(c,d.e)` → ['a', 'b.c', 'b.d.e']: the paths a field mask names. */
export function maskPaths(mask: string): string[] {
  const out: string[] = [];
  let i = 0;
  const parse = (prefix: string): void => {
    let name = '';
    const flush = () => {
      if (name.trim() !== '') out.push(prefix + name.trim());
      name = '';
    };
    while (i < mask.length) {
      const ch = mask[i++];
      if (ch === ',') flush();
      else if (ch === '(') {
        parse(`${prefix}${name.trim()}.`);
        name = '';
      } else if (ch === ')') {
        flush();
        return;
      } else name += ch;
    }
    flush();
  };
  parse('');
  return out;
}

/** A field mask whose every path names fields of `root` (lists are looked through, as Google does). */
export function checkMask(mask: unknown, root: string, path: string): void {
  if (typeof mask !== 'string' || mask === '') throw new InvalidPayload(`Invalid field mask at '${path}'.`);
  if (mask === '*') return;
  for (const p of maskPaths(mask)) {
    let schema = resolve({ $ref: root });
    for (const part of p.split('.')) {
      while (schema.type === 'array') schema = resolve(schema.items as Schema);
      const next = schema.properties?.[part];
      if (!next) throw new InvalidPayload(`Invalid field selection ${part} at '${path}' (${p}).`);
      schema = resolve(next);
    }
  }
}

/** Field masks inside requests, each relative to its own object. */
const REQUEST_MASKS: Record<string, string> = {
  updateCells: 'CellData',
  repeatCell: 'CellData',
  updateDimensionProperties: 'DimensionProperties',
  updateSheetProperties: 'SheetProperties',
  updateSpreadsheetProperties: 'SpreadsheetProperties',
  updateProtectedRange: 'ProtectedRange',
};

function checkParameters(method: string, optionalArgs: unknown): void {
  if (optionalArgs === undefined) return;
  if (typeof optionalArgs !== 'object' || optionalArgs === null) bad('optionalArgs', 'TYPE_MESSAGE', optionalArgs);
  const params = { ...GLOBAL, ...(METHODS[method].parameters ?? {}) };
  for (const [k, v] of Object.entries(optionalArgs as Record<string, unknown>)) {
    const p = params[k];
    if (!p || p.location === 'path') throw new InvalidPayload(`Unknown name "${k}": Cannot bind query parameter.`);
    if (p.repeated && Array.isArray(v)) v.forEach((x, i) => checkValue(x, p, `${k}[${i}]`));
    else checkValue(v, p, k);
  }
  const fields = (optionalArgs as { fields?: unknown }).fields;
  const root = method === 'batchUpdate' ? 'BatchUpdateSpreadsheetResponse' : 'Spreadsheet';
  if (fields !== undefined) checkMask(fields, root, 'fields');
}

/** Checks one call of the Advanced Sheets service as Google would, before the fake applies it. */
export function validateCall(method: string, resource: unknown, optionalArgs: unknown): void {
  const m = METHODS[method];
  if (!m) throw new InvalidPayload(`Unknown method spreadsheets.${method}.`);
  checkParameters(method, optionalArgs);
  if (!m.request) return;
  checkValue(resource, m.request, '');
  if (method !== 'batchUpdate') return;
  ((resource as { requests?: Record<string, Record<string, unknown>>[] }).requests ?? []).forEach((r, i) => {
    for (const [kind, body] of Object.entries(r)) {
      const root = REQUEST_MASKS[kind];
      if (root && body && 'fields' in body) checkMask(body.fields, root, `requests[${i}].${kind}.fields`);
    }
  });
}
