// «О программе»: which version this copy carries, which the template publishes, and whether to update.
import type { AboutInfo } from '../shared/contract';

/** Where the version comes from and where the template's is read: src/gas bakes both in at build time. */
export interface ReleasePort {
  /** package.json's version at build time. */
  readonly version: string;
  /** The template spreadsheet's id, or null when the build knows no template. */
  readonly templateId: string | null;
  /** Whether the workbook the add-on runs in is the template itself. */
  isTemplate(): boolean;
  /** The version the template publishes; null when it publishes none or cannot be read. */
  publishedVersion(): string | null;
  /** Writes this version on the template, where copies read it. */
  publish(version: string): void;
}

/** `1.10.0` is newer than `1.9.3`: compared part by part as numbers; a suffix such as `-beta` is ignored. */
export function isNewer(candidate: string, current: string): boolean {
  const parts = (v: string) =>
    v
      .split('-')[0]
      .split('.')
      .map((p) => Number.parseInt(p, 10) || 0);
  const a = parts(candidate);
  const b = parts(current);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}

export const copyUrl = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/copy`;

/**
 * Reading the template never breaks the panel: no access, a deleted template or a quota refusal only mean
 * the panel cannot tell whether an update exists. In the template itself the version is published first.
 */
export function aboutInfo(release: ReleasePort): AboutInfo {
  const { version, templateId } = release;
  const templateUrl = templateId ? copyUrl(templateId) : null;
  const base: AboutInfo = { version, latest: null, updateAvailable: false, isTemplate: false, templateUrl };
  if (!templateId) return base;
  try {
    if (release.isTemplate()) {
      if (release.publishedVersion() !== version) release.publish(version);
      return { ...base, latest: version, isTemplate: true };
    }
    const latest = release.publishedVersion();
    return { ...base, latest, updateAvailable: latest !== null && isNewer(latest, version) };
  } catch {
    return base;
  }
}
