import { describe, expect, test } from 'vitest';
import { ADVERSARIAL, nameDenseRecord } from './bench-texts';
import { CLOCK_EVERY, ENTITY_STEPS, EXEMPT_ITEMS, REPORT_MS_PER_SEQUENCE } from './pass-clock';
import { LOWER_CASE_CHARS } from './lower-case';
import { DEFAULT_ENTITY_BUDGET, LOWER_CASE_LIMIT, MAX_ENTITY_CHARS, SEQUENCE_LIMIT, scanEntities, scanEntitiesWithWork, TAGGER_RESERVE_MS } from './scan-entities';
import { predictMs, observe, resetTagEstimate } from './tag-budget';

/** Stage 1 + mentions only (no tagger), so the rows do not depend on machine speed. */
const NO_TAGGER = { maxTaggedChars: 0, gate: true } as const;
const found = (text: string) => scanEntities(text, [], NO_TAGGER).map((e) => [e.type, text.slice(e.start, e.end), e.rule] as const);

describe('entity heuristics', () => {
  test.each([
    ['legal-form suffix keeps the whole name', 'I work for Aunt Bertha Inc now', 'pii.organization', 'Aunt Bertha Inc', 'org-suffix'],
    ['dotted legal form', 'invoice from Johnson Inc. today', 'pii.organization', 'Johnson Inc.', 'org-suffix'],
    ['law-firm list', 'The Davis, Reynolds and Williamson Orchestra played', 'pii.organization', 'Davis, Reynolds and Williamson', 'firm-name'],
    ['employer cue', 'Luiza works at Xignite these days', 'pii.organization', 'Xignite', 'org-cue'],
    ['organisation description', 'Coden is a design agency based in Oslo.', 'pii.organization', 'Coden', 'org-description'],
    ['strong place cue beats the weak person cue "to"', 'Ms. Jones flew to Bessastaðahreppur on Monday.', 'pii.location', 'Bessastaðahreppur', 'place-cue'],
    ['mid-name initial', 'Richard M. Nixon resigned', 'pii.person', 'Richard M. Nixon', 'gazetteer-name'],
    ['surname is a common word after a given name', 'please change it to Ivan King', 'pii.person', 'Ivan King', 'gazetteer-name'],
    ['kinship cue beats a place name', 'I want to remove my kid Florence from the will', 'pii.person', 'Florence', 'kin-cue'],
    ['possessive ends the name', "a poem by Edi Živković's Cautionary Tales", 'pii.person', 'Edi Živković', 'person-cue'],
    ['coreference to an earlier full name', 'sung by Bonifacy Kaczmarek in 1977. Later Kaczmarek retired.', 'pii.person', 'Kaczmarek', 'coreference'],
    ['list member next to a person', 'I invited Efimiya, Mary and Ariana.', 'pii.person', 'Efimiya', 'list-member'],
    ['signature block employer line', 'Megan Carey\nWeber-Santana\n12 Main Street', 'pii.organization', 'Weber-Santana', 'signature-block'],
    ['e-mail domain names the organisation', 'Ask Northwind (ops@northwind.io) today', 'pii.organization', 'Northwind', 'email-domain'],
    ['legal form inside an "and" run', 'suppliers: Quorbit, Fennick Corporation and Talvane Systems.', 'pii.organization', 'Fennick Corporation', 'org-form'],
    ['list with a legal form is a list of organisations', 'suppliers: Quorbit, Fennick Corporation and Lumask.', 'pii.organization', 'Quorbit', 'org-list'],
    ['legal form keeps its dot inside a list', 'we audited Zenvo, Brisk and Harlow Ltd. last year', 'pii.organization', 'Harlow Ltd.', 'org-form'],
    ['digit prefix belongs to the name', 'I work for 12 Pellmont Tooling Inc', 'pii.organization', '12 Pellmont Tooling Inc', 'org-form'],
    ['institution noun ending', 'she works with Varnholt Research on this', 'pii.organization', 'Varnholt Research', 'org-form'],
    ['mid-sentence "The" is part of the name', 'In 2001, The Quellen Group bought it', 'pii.organization', 'The Quellen Group', 'org-form'],
    ['lower-case legal form', 'he is from brannock fieldworks llc.', 'pii.organization', 'brannock fieldworks llc.', 'org-form-lower'],
    ['organisation office', 'The Zentrovia office is at 4 Elm Road', 'pii.organization', 'Zentrovia', 'org-thing'],
    ['person of an organisation', 'Wanda Kowalczyk of Trellistar is the speaker', 'pii.organization', 'Trellistar', 'person-of'],
    ['honorific stays with the title detector', 'Mrs. Barbara Quennell Apt. 6, Elm Road', 'pii.person', 'Barbara Quennell', 'honorific'],
    ['lower-case name after a naming phrase', 'hi, my name is zofinka rudlova but', 'pii.person', 'zofinka rudlova', 'naming-cue-lower'],
    ['lower-case name with an initial', 'name: oskari t. lehtimo address: unknown', 'pii.person', 'oskari t. lehtimo', 'naming-cue-lower'],
  ])('%s', (_why, text, type, span, rule) => {
    expect(found(text)).toContainEqual([type, span, rule]);
  });

  test.each([
    ['a people list is not a firm', 'our 3 founders: Morrison, Rogers and Torres.', 'Morrison, Rogers and Torres'],
    ['a job title after Dear is not a person', 'Dear Hiring Manager, thanks', 'Hiring Manager'],
  ])('%s', (_why, text, span) => {
    const hits = found(text);
    expect(hits.filter(([type, s]) => s === span && type !== 'pii.person')).toEqual([]);
    if (span.includes(',')) expect(hits.some(([type]) => type === 'pii.organization')).toBe(false);
  });

  test.each([
    ['a dictionary word before a lower-case legal form', 'the company inc is small'],
    ['a sentence-initial verb is not part of the name', 'Call Customer Service today'],
    ['an institution noun after a cued place stays a place', 'Where: Bramford Country Club.'],
    ['given names do not join an organisation list', 'I invited Anna, Bob and Quellen Ltd.'],
    ['ordinary words after a naming phrase', 'just call me back tomorrow, my name is not important'],
  ])('no extra organisation / name: %s', (_why, text) => {
    const hits = found(text);
    const bad: Record<string, (h: readonly [string, string, string]) => boolean> = {
      'the company inc is small': ([t]) => t === 'pii.organization',
      'Call Customer Service today': ([, s]) => s.startsWith('Call'),
      'Where: Bramford Country Club.': ([t, s]) => t === 'pii.organization' && s.includes('Bramford'),
      'I invited Anna, Bob and Quellen Ltd.': ([t, s]) => t === 'pii.organization' && (s === 'Anna' || s === 'Bob'),
      'just call me back tomorrow, my name is not important': ([t]) => t === 'pii.person',
    };
    expect(hits.filter(bad[text]!)).toEqual([]);
  });

  test('a lower-case name alone stays low; organisations stay low', () => {
    const hits = scanEntities('my name is zofinka rudlova, I work for Pellmont Tooling Inc', [], NO_TAGGER);
    expect(hits.map((h) => h.severity)).toEqual(['low', 'low']);
  });

  test('a zero wall-clock budget still classifies the first sequences (deterministic on slow devices)', () => {
    const text = 'Patient Maria Gonzalez was admitted';
    const hits = scanEntities(text, [], { maxTaggedChars: 600, gate: true, maxTotalMs: 0 });
    expect(hits.map((h) => text.slice(h.start, h.end))).toContain('Maria Gonzalez');
  });
});

describe('tagger budget estimate', () => {
  test('one stalled call cannot push the estimate past its cap', () => {
    resetTagEstimate();
    const seed = predictMs(100);
    observe(100, 1e6);
    expect(predictMs(100)).toBeLessThan(seed * 2);
    resetTagEstimate();
    expect(predictMs(100)).toBe(seed);
  });
});

describe('per-text budget, counted in work', () => {
  const RECORD = 'Dear team, patient Maria Gonzalez (maria.g@northwind-mail.com) saw Dr. Okafor in Leeds. Customer Zorbanet Quillfeather met Ilse Varga near Oslo. ';
  const big = RECORD.repeat(Math.ceil(200_000 / RECORD.length)).slice(0, 200_000);
  const emails = [...big.matchAll(/\S+@\S+\.com/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, severity: 'medium' as const }));

  test('a 200 KB record is read only up to the character, sequence and tagger caps', () => {
    resetTagEstimate();
    // A clock that never moves: the caps alone end the work, however loaded the machine.
    const { work } = scanEntitiesWithWork(big, emails, DEFAULT_ENTITY_BUDGET, () => 0);
    expect(work.readChars).toBe(MAX_ENTITY_CHARS);
    expect(work.sequences).toBe(SEQUENCE_LIMIT);
    expect(work.classified).toBeLessThanOrEqual(SEQUENCE_LIMIT);
    expect(work.taggedChars).toBeLessThanOrEqual(DEFAULT_ENTITY_BUDGET.maxTaggedChars);
    expect(work.windows).toBeLessThanOrEqual(Math.ceil(DEFAULT_ENTITY_BUDGET.maxTaggedChars / 40));
  });

  test('the clock stops stage 1 after the always-classified head, and the tagger never starts', () => {
    let t = 0;
    const clock = () => (t += 1); // every reading is 1 ms later: the 10 ms budget runs out early
    const { candidates, work } = scanEntitiesWithWork(big, emails, DEFAULT_ENTITY_BUDGET, clock);
    expect(work.stopped).toBe('deadline');
    expect(work.classified).toBeLessThan(work.sequences);
    expect(work.classified).toBeGreaterThanOrEqual(64);
    expect(work.windows).toBe(0);
    expect(candidates.length).toBeGreaterThan(0);
  });

  test.each([
    // A frozen clock, but the pessimistic seed predicts > 1 ms for the window: it is not started.
    [1, 0, 'deadline'],
    [1_000, 1, undefined],
  ])('an unresolved word with %i ms left: %i tagger windows', (maxTotalMs, windows, stopped) => {
    resetTagEstimate();
    const text = 'The report mentions Zorbanet twice.';
    const { work } = scanEntitiesWithWork(text, [], { maxTaggedChars: 10_000, gate: false, maxTotalMs }, () => 0);
    expect(work.windows).toBe(windows);
    expect(work.stopped).toBe(stopped);
  });

  test('windows the character budget cannot hold are reported as skipped, in text order', () => {
    resetTagEstimate();
    const clause = (w: string) => `The auditor wrote that ${w} signed off the figures for the quarter. `;
    const text = ['Zorbanet', 'Quillmoor', 'Brixhaven'].map(clause).join('');
    // Other PII at the start of each clause opens the gate for its unknown word.
    const spans = [...text.matchAll(/auditor/g)].map((m) => ({ start: m.index, end: m.index + 7 }));
    const { work } = scanEntitiesWithWork(text, spans, { maxTaggedChars: 100, gate: true, maxTotalMs: 1_000 }, () => 0);
    expect(work.windows).toBe(1);
    expect(work.skippedWindows).toBe(2);
    expect(work.skipped.map(([from, to]) => text.slice(from, to))).toEqual([expect.stringContaining('Quillmoor'), expect.stringContaining('Brixhaven')]);
  });

  test('a repeated window is tagged once and decides every copy, within the budget of two', () => {
    resetTagEstimate();
    const text = 'The auditor wrote that Zorbanet signed off the figures for the quarter. '.repeat(5);
    const spans = [...text.matchAll(/auditor/g)].map((m) => ({ start: m.index, end: m.index + 7 }));
    const { work } = scanEntitiesWithWork(text, spans, { maxTaggedChars: 200, gate: true, maxTotalMs: 1_000 }, () => 0);
    // The first copy's window is cut by the text's start; the second's text recurs in copies 3–5.
    expect(work.windows).toBe(2);
    // Without the copies, three more windows would not fit in 200 characters and be skipped.
    expect(work.skippedWindows).toBe(0);
    expect(work.taggedChars).toBeLessThanOrEqual(200);
  });

  test.each([
    // The call would fit before the deadline but not leave the reserve for its own tail: not started.
    [-0.5, 0, 'deadline'],
    [0.5, 1, undefined],
  ])('a tagger call with its predicted cost + reserve %d ms left: %i windows', (spare, windows, stopped) => {
    resetTagEstimate();
    const text = 'The report mentions Zorbanet twice.';
    const maxTotalMs = predictMs(text.length) + TAGGER_RESERVE_MS + spare;
    const { work } = scanEntitiesWithWork(text, [], { maxTaggedChars: 10_000, gate: false, maxTotalMs }, () => 0);
    expect(work.windows).toBe(windows);
    expect(work.stopped).toBe(stopped);
  });

  test('a window dropped for time is reported too', () => {
    resetTagEstimate();
    const text = 'The report mentions Zorbanet twice.';
    const { work } = scanEntitiesWithWork(text, [], { maxTaggedChars: 10_000, gate: false, maxTotalMs: 1 }, () => 0);
    expect(work.skipped).toEqual([[0, text.length]]);
  });
});

describe('one clock for every step', () => {
  const NO_CLOCK_LIMIT = { maxTaggedChars: 0, gate: true, maxTotalMs: 12 } as const;
  /** A clock whose every reading after the first (the start) is far past any deadline. */
  const passedAtOnce = () => {
    let reads = 0;
    return () => (reads++ === 0 ? 0 : 1e9);
  };
  /** A clock that never moves, counting how often it is read. */
  const counting = () => {
    const clock = Object.assign(() => (clock.reads++, 0), { reads: 0 });
    return clock;
  };
  const texts = Object.entries(ADVERSARIAL).map(([name, make]) => [name, make(64 * 1024, 1)] as const);

  test.each(texts)('%s: once the clock has passed, no step reads past its head, and the tagger is reported skipped', (_name, text) => {
    const { work } = scanEntitiesWithWork(text, [], DEFAULT_ENTITY_BUDGET, passedAtOnce());
    const untimed = scanEntitiesWithWork(text, [], NO_CLOCK_LIMIT, () => 0).work;
    expect(work.sequences).toBe(Math.min(untimed.sequences, EXEMPT_ITEMS));
    expect(work.classified).toBe(work.sequences);
    expect(work.windows).toBe(0);
    if (untimed.sequences > EXEMPT_ITEMS) {
      expect(work.stopped).toBe('deadline');
      expect(work.cuts).toContainEqual({ step: 'sequences', reason: 'deadline', from: expect.any(Number) });
      expect(work.cuts).toContainEqual({ step: 'tagger', reason: 'deadline', from: 0 });
    }
    for (const cut of work.cuts) expect(cut.from).toBeLessThanOrEqual(work.readChars);
    const order = work.cuts.map((c) => ENTITY_STEPS.indexOf(c.step));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  test.each(texts)('%s: bounded by the work caps when the clock never runs out', (_name, text) => {
    const { candidates, work } = scanEntitiesWithWork(text, [], NO_CLOCK_LIMIT, () => 0);
    expect(work.stopped).toBeUndefined();
    expect(work.sequences).toBeLessThanOrEqual(SEQUENCE_LIMIT);
    // Every finding comes from a sequence, a segment of one, or a capped lower-case step.
    expect(candidates.length).toBeLessThanOrEqual(2 * SEQUENCE_LIMIT + 2 * LOWER_CASE_LIMIT);
  });

  test('lower-case steps stop at their cap and report it', () => {
    const text = ADVERSARIAL['one huge line']!(64 * 1024, 1);
    const { candidates, work } = scanEntitiesWithWork(text, [], NO_CLOCK_LIMIT, () => 0);
    expect(work.sequences).toBe(0);
    expect(work.cuts.map((c) => [c.step, c.reason])).toEqual([['lower-case-forms', 'limit'], ['lower-case-names', 'limit']]);
    expect(candidates.length).toBeLessThanOrEqual(2 * LOWER_CASE_LIMIT);
    expect(candidates.length).toBeGreaterThan(LOWER_CASE_LIMIT);
  });

  test.each([
    ['inside the lower-case steps\' range is found', LOWER_CASE_CHARS - 200, 1],
    ['past it is left to the pattern layer, and the cut says where', LOWER_CASE_CHARS + 200, 0],
  ])('a lower-case firm %s', (_what, at, found) => {
    const filler = 'the weather was mild and the meeting ran long. '.repeat(Math.ceil(at / 47)).slice(0, at);
    const text = `${filler}she works at brannock fieldworks llc. and my name is zofinka rudlova. thanks again for the notes.`;
    const { candidates, work } = scanEntitiesWithWork(text, [], NO_CLOCK_LIMIT, () => 0);
    expect(candidates.filter((c) => c.rule === 'org-form-lower' || c.rule === 'naming-cue-lower')).toHaveLength(2 * found);
    const capped = work.cuts.filter((c) => c.reason === 'limit').map((c) => [c.step, c.from]);
    expect(capped).toEqual(found ? [] : [['lower-case-forms', LOWER_CASE_CHARS], ['lower-case-names', LOWER_CASE_CHARS]]);
  });

  test.each([
    // A frozen clock 1.01 ms before the deadline: the reserve of the sequences read passes it at
    // 203, and the gazetteer stops at the next check. With 3 ms, all 400 fit with their reserve.
    [1.01, 208],
    [3, SEQUENCE_LIMIT],
  ])('with %d ms left, the gazetteer keeps the report reserve of what it has read: %i sequences', (maxTotalMs, classified) => {
    const text = ADVERSARIAL['capitalised words']!(64 * 1024, 1);
    const { work } = scanEntitiesWithWork(text, [], { maxTaggedChars: 0, gate: true, maxTotalMs }, () => 0);
    expect(work.sequences).toBe(SEQUENCE_LIMIT);
    expect(work.classified).toBe(classified);
    expect(classified).toBe(Math.min(SEQUENCE_LIMIT, Math.ceil((maxTotalMs / REPORT_MS_PER_SEQUENCE + 1) / CLOCK_EVERY) * CLOCK_EVERY));
    expect(work.stopped).toBe(classified < SEQUENCE_LIMIT ? 'deadline' : undefined);
  });

  test('the clock is read on a fraction of the items, not on each', () => {
    const text = ADVERSARIAL['capitalised words']!(64 * 1024, 1);
    const clock = counting();
    const { work } = scanEntitiesWithWork(text, [], NO_CLOCK_LIMIT, clock);
    expect(work.sequences).toBe(SEQUENCE_LIMIT);
    // Six steps walk the sequences; reading the clock on each item would be > 2,000 reads.
    expect(clock.reads).toBeLessThan((6 * SEQUENCE_LIMIT) / CLOCK_EVERY);
    expect(clock.reads).toBeGreaterThan(0);
  });

  test('a 2 KB record gives the same answer with the clock passed at once as with no clock (exempt heads)', () => {
    const text = nameDenseRecord(2048, 5);
    const slow = scanEntitiesWithWork(text, [], NO_CLOCK_LIMIT, passedAtOnce());
    const idle = scanEntitiesWithWork(text, [], { maxTaggedChars: 0, gate: true });
    expect(slow.work.sequences).toBeLessThanOrEqual(EXEMPT_ITEMS);
    expect(slow.candidates).toEqual(idle.candidates);
    expect(slow.candidates.length).toBeGreaterThan(10);
  });

  test('a pasted list of organisations is still one list when it is long', () => {
    const text = ADVERSARIAL['organisation list']!(8 * 1024, 2);
    const { candidates, work } = scanEntitiesWithWork(text, [], NO_CLOCK_LIMIT, () => 0);
    // Each member is an organisation: by its legal form, or as a member of a list that has one.
    expect(candidates.filter((c) => c.type === 'pii.organization').length).toBe(work.classified);
    expect(candidates.some((c) => c.rule === 'org-list')).toBe(true);
  });
});
