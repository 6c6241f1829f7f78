import { describe, expect, test } from 'vitest';
import { scanEntities } from './scan-entities';
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
