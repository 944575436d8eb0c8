// The message of anything thrown: Google's services throw Error objects, but not always from this realm.

export function errorText(e: unknown): string {
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string')
    return (e as { message: string }).message;
  return String(e);
}
