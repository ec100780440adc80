// Reading govlint's output back (findings per rule, and the summary, in each format) and comparing it with what the
// injectors declared they planted (a generated repo's .bench-expected.json). Used by run.mjs and by the test that
// runs a small repo under `npm test` (test/bench/bench.test.ts).

export function countsFrom(format, text) {
  const byRule = {};
  const add = (ruleId) => (byRule[ruleId] = (byRule[ruleId] ?? 0) + 1);
  if (format === 'json') {
    const report = JSON.parse(text);
    for (const finding of report.findings) add(finding.ruleId);
    const { files, entities, skipped, suppressed } = report.summary;
    const located = report.findings.map(({ ruleId, file, line, entity }) => ({ ruleId, file, line, id: entity?.id }));
    return { byRule, summary: { files, entities, skipped: skipped.length, suppressed }, located };
  }
  if (format === 'sarif') {
    // SARIF keeps the findings suppression comments silence, marked with `suppressions`: those are not findings.
    const sarif = JSON.parse(text);
    let suppressed = 0;
    for (const result of sarif.runs[0].results) {
      if (result.suppressions?.length) suppressed++;
      else add(result.ruleId);
    }
    return { byRule, summary: { suppressed } };
  }
  // text: `  line:col  severity  message  rule-id  → owners` under each file (owners when there are any), then
  // `… in E entities in F files.`
  for (const line of text.split('\n')) {
    const match = /^ {2}\d+:\d+ +(?:error|warning|note) +.*?  (\S+)(?:  → .*)?$/.exec(line);
    if (match) add(match[1]);
  }
  const summary = /in (\d+) entit(?:y|ies) in (\d+) files?\.$/m.exec(text);
  // `N findings suppressed by govlint-disable comments.`, only when there are any.
  const suppressed = Number(/^(\d+) findings? suppressed\b/m.exec(text)?.[1] ?? 0);
  return { byRule, summary: summary ? { entities: Number(summary[1]), files: Number(summary[2]), suppressed } : undefined };
}

/** Compares what govlint found with what the generator injected; returns the problems, if any. */
export function compare(expected, actual, { modelledOnly }) {
  const problems = [];
  const notes = [];
  const modelled = new Set(Object.keys(expected.findings));
  for (const rule of modelled) {
    const found = actual.byRule[rule] ?? 0;
    if (found !== expected.findings[rule]) problems.push(`${rule}: expected ${expected.findings[rule]}, found ${found}`);
  }
  for (const [rule, found] of Object.entries(actual.byRule)) {
    if (modelled.has(rule)) continue;
    const text = `${rule}: ${found} findings from a rule the generator does not model (expected 0)`;
    (modelledOnly ? notes : problems).push(text);
  }
  if (actual.summary) {
    for (const [key, want] of [['files', expected.files], ['entities', expected.parsedEntities], ['skipped', expected.skipped], ['suppressed', expected.suppressed]]) {
      if (want === undefined) continue;
      if (actual.summary[key] !== undefined && actual.summary[key] !== want) problems.push(`summary.${key}: expected ${want}, found ${actual.summary[key]}`);
    }
  }
  if (actual.located) problems.push(...misplaced(expected, actual.located));
  return { problems, notes };
}

/**
 * Checks each modelled finding against the defect that should cause it: the same count per file and rule (so that
 * two errors cannot cancel out in the totals), and for ids/unique, an id that a defect duplicated (the finding goes
 * to whichever of the two entities comes second, so its file is not fixed).
 */
function misplaced(expected, located) {
  const key = (file, rule) => `${file}\0${rule}`;
  const want = new Map();
  const duplicated = new Set();
  for (const defect of expected.defects ?? []) {
    if (defect.newId) duplicated.add(defect.newId);
    for (const [rule, count] of Object.entries(defect.findings)) {
      if (rule !== 'ids/unique') want.set(key(defect.file, rule), (want.get(key(defect.file, rule)) ?? 0) + count);
    }
  }
  const got = new Map();
  const problems = [];
  for (const { ruleId, file, line, id } of located) {
    if (!(ruleId in expected.findings)) continue;
    if (ruleId === 'ids/unique') {
      if (!duplicated.has(id)) problems.push(`${file}:${line}: ids/unique reports id '${id}', which no defect duplicated`);
    } else got.set(key(file, ruleId), (got.get(key(file, ruleId)) ?? 0) + 1);
  }
  for (const k of new Set([...want.keys(), ...got.keys()])) {
    const [file, rule] = k.split('\0');
    if ((want.get(k) ?? 0) !== (got.get(k) ?? 0)) problems.push(`${file}: expected ${want.get(k) ?? 0} ${rule}, found ${got.get(k) ?? 0}`);
  }
  const shown = 20;
  return problems.length > shown ? [...problems.slice(0, shown), `... and ${problems.length - shown} more files`] : problems;
}

export function modelledTotal(expected, actual, modelledOnly) {
  const rules = modelledOnly ? Object.keys(expected.findings) : [...new Set([...Object.keys(expected.findings), ...Object.keys(actual.byRule)])];
  return rules.reduce((sum, rule) => sum + (actual.byRule[rule] ?? 0), 0);
}
