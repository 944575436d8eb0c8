// The differential oracle for issue 10's indicators: recomputed naively from true values, no code shared with the core.
import { CATEGORIES, COURSE_TOPICS } from '../../src/core/catalogue/lists';

export interface GrowthCourse {
  kind: string;
  end: string;
  hours: number;
  topic: string | null;
  addressed: string[];
}
export interface GrowthTeacher {
  birth: number;
  experience: number;
  category: string | null;
  diagnostics: string | null;
  deficits: string[];
  courses: GrowthCourse[];
  attestation: string;
  overcome: string[];
  overcomeDate: string | null;
  request: string[];
  left: string | null;
}
export interface GrowthSchool {
  code: string;
  vpr: number | null;
  oge: number | null;
  ege: number | null;
  low: boolean | null;
  biased: boolean | null;
}
export interface GrowthItem {
  kind: string;
  members: number | null;
  support: boolean | null;
  school: string | null;
  date: string | null;
}

export type Fig = { value: number } | { numerator: number; denominator: number; value: number | null };
export const share = (n: number, d: number): Fig => ({
  numerator: n,
  denominator: d,
  value: d === 0 ? null : Math.round((n / d) * 10000) / 10000,
});

const START = '2020-09-01';
const END = '2021-08-31';
const inPeriod = (d: string) => d >= START && d <= END;
const HIGH = ['высшая', 'первая', 'педагог-методист', 'педагог-наставник'];

/** Who is staff at period end: no dismissal date (every generated date is not after the period end). */
export const staffOf = <T extends { left: string | null }>(ts: readonly T[]) => ts.filter((t) => t.left === null);

export function growthOracle(all: GrowthTeacher[], schools: GrowthSchool[]): Record<string, Fig> {
  const ts = staffOf(all);
  const young = (t: GrowthTeacher) => 2021 - t.birth <= 35 && t.experience < 3;
  const leavers = all.filter((t) => t.left !== null && t.left >= START);
  const diag = (t: GrowthTeacher) => (t.diagnostics !== null && t.diagnostics <= END ? t.diagnostics : null);
  const counted = (t: GrowthTeacher) => t.courses.filter((c) => c.end <= END);
  const pcs = (t: GrowthTeacher) => counted(t).filter((c) => inPeriod(c.end));
  // The repeat diagnostics counts when it follows the first one (as typed) and is not after period end.
  const repeat = (t: GrowthTeacher) => {
    const d = t.overcomeDate;
    if (d === null || (t.diagnostics !== null && d <= t.diagnostics) || d > END) return null;
    return d;
  };
  const overcome = (t: GrowthTeacher) => (repeat(t) === null ? [] : t.overcome.filter((d) => t.deficits.includes(d)));
  const coursesFor = (t: GrowthTeacher, d: string) =>
    counted(t).filter((c) => c.addressed.includes(d) && diag(t) !== null && (diag(t) as string) <= c.end);
  const addressed = (t: GrowthTeacher) => t.deficits.filter((d) => coursesFor(t, d).length > 0);
  const effect = (t: GrowthTeacher) =>
    addressed(t).filter((d) => overcome(t).includes(d) && coursesFor(t, d).some((c) => c.end <= (repeat(t) as string)));
  const plan = (t: GrowthTeacher) => !counted(t).some((c) => c.end > '2019-08-31');
  const n = (pred: (t: GrowthTeacher) => boolean) => ts.filter(pred).length;
  const sum = (per: (t: GrowthTeacher) => number) => ts.reduce((a, t) => a + per(t), 0);
  const attested = (t: GrowthTeacher, cats: string[]) =>
    t.category !== null && cats.includes(t.category) && inPeriod(t.attestation);
  const topic = (x: string) => n((t) => pcs(t).some((c) => c.topic === x));
  const mean = (pick: (s: GrowthSchool) => number | null) =>
    share(
      schools.reduce((a, s) => a + (pick(s) ?? 0), 0),
      schools.filter((s) => pick(s) !== null).length,
    );
  const f: Record<string, Fig> = {
    K7: share(n(young), n(young) + leavers.filter(young).length),
    K8: { value: leavers.length },
    AT1: {
      value: n((t) =>
        attested(
          t,
          CATEGORIES.filter((c) => c !== 'без категории'),
        ),
      ),
    },
    AT2: share(
      n((t) => attested(t, HIGH)),
      ts.length,
    ),
    PK10: {
      value: n((t) =>
        pcs(t).some(
          (c) => diag(t) !== null && (diag(t) as string) <= c.end && c.addressed.some((d) => t.deficits.includes(d)),
        ),
      ),
    },
    PK11: share(
      sum((t) => effect(t).length),
      sum((t) => addressed(t).length),
    ),
    PK12: share(topic('цифровые технологии'), ts.length),
    PK13: share(topic('функциональная грамотность'), ts.length),
    PK14: { value: sum((t) => pcs(t).filter((c) => c.hours < 16).length) },
    R1: { value: n((t) => t.request.length > 0) },
    R2: share(
      n((t) => plan(t) && t.request.length > 0),
      n(plan),
    ),
    D3: share(
      sum((t) => overcome(t).length),
      sum((t) => t.deficits.length),
    ),
    D4: { value: sum((t) => (repeat(t) !== null && inPeriod(repeat(t) as string) ? overcome(t).length : 0)) },
    S1: { value: schools.filter((s) => s.low === true).length },
    S2: { value: schools.filter((s) => s.biased === true).length },
    S3: mean((s) => s.vpr),
    S4: mean((s) => s.oge),
    S5: mean((s) => s.ege),
  };
  for (const x of COURSE_TOPICS) f[`TM:${x}`] = { value: topic(x) };
  for (const c of CATEGORIES.filter((x) => x !== 'без категории')) f[`AT:${c}`] = { value: n((t) => attested(t, [c])) };
  return f;
}

/** The district's own indicators from `Район` rows and the registry's flags. */
export function districtOracle(items: GrowthItem[], schools: GrowthSchool[]): Record<string, Fig> {
  const communities = items.filter(
    (i) => i.kind === 'методическое объединение' || i.kind === 'профессиональное сообщество',
  );
  const dated = (kinds: string[]) => items.filter((i) => kinds.includes(i.kind) && i.date !== null && inPeriod(i.date));
  const codes = schools.map((s) => s.code);
  const visited = new Set(
    dated(['методдесант'])
      .map((i) => i.school)
      .filter((c) => c !== null && codes.includes(c)),
  );
  const flagged = schools.filter((s) => s.low === true || s.biased === true);
  return {
    MO1: { value: communities.length },
    MO2: { value: communities.reduce((a, i) => a + (i.members ?? 0), 0) },
    MO3: share(communities.filter((i) => i.support === true).length, communities.length),
    DE1: { value: dated(['семинар', 'вебинар', 'мастер-класс']).length },
    DE2: { value: dated(['методическое письмо']).length },
    DE3: { value: dated(['мотивационное мероприятие']).length },
    DE4: { value: dated(['методдесант']).length },
    DE5: share(flagged.filter((s) => visited.has(s.code)).length, flagged.length),
    PR1: { value: items.filter((i) => i.kind === 'программа наставничества').length },
    PR2: { value: items.filter((i) => i.kind === 'программа поддержки МО').length },
  };
}
