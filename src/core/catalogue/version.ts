// The catalogue version written into every summary.json: which indicator codes exist and what each one counts.
//
// Compatibility rule (docs/decisions.md, issue 11): two summaries can be rolled up only if they carry the same
// version. Raise it whenever a code is added, removed or renamed, or a numerator, denominator or list value changes
// what an indicator counts: a sum of differently defined figures would look exact and be wrong.
// 2 — issue 10: 28 base indicators, TM:/AT: breakdowns, leavers out of T, short courses no longer errors.
export const CATALOGUE_VERSION = 2;
