import { normalizeForMatching } from '../../../engine/normalize';
import type { IntentRule } from '../rule';

/**
 * "Ignore the previous instructions" in other languages (PurpleLlama's
 * `different_user_input_language` variant, multilingual jailbreaks). Data: per language, the
 * override verbs and the prior-instruction nouns; a hit needs both within a short clause, in
 * either order (verb-final languages put the verb last). Verbs spelt like English ("ignore") are
 * left out: the English rules own those, with their quoting and look-alike checks.
 */
interface Language {
  readonly verbs: readonly string[];
  readonly nouns: readonly string[];
}

const LANGUAGES: Readonly<Record<string, Language>> = {
  es: { verbs: ['ignora', 'ignoren', 'olvida', 'olvide', 'olviden', 'omite', 'descarta'], nouns: ['instrucciones', 'indicaciones', 'reglas'] },
  pt: { verbs: ['ignora', 'esqueça', 'esqueca', 'desconsidere'], nouns: ['instruções', 'instrucoes', 'regras', 'orientações'] },
  fr: { verbs: ['ignorez', 'oublie', 'oubliez', 'ne tiens pas compte', 'ne tenez pas compte'], nouns: ['instructions', 'consignes', 'règles'] },
  de: { verbs: ['ignoriere', 'ignorieren', 'ignoriert', 'vergiss', 'vergessen', 'missachte'], nouns: ['anweisungen', 'anweisung', 'instruktionen', 'regeln', 'vorgaben'] },
  it: { verbs: ['ignora', 'ignori', 'dimentica', 'dimentichi'], nouns: ['istruzioni', 'regole', 'indicazioni'] },
  nl: { verbs: ['negeer', 'vergeet'], nouns: ['instructies', 'regels'] },
  ru: { verbs: ['игнорируй', 'игнорируйте', 'забудь', 'забудьте', 'проигнорируй'], nouns: ['инструкции', 'инструкций', 'указания', 'правила'] },
  zh: { verbs: ['忽略', '无视', '忘记', '忽视', '不要理会'], nouns: ['指令', '指示', '说明', '规则', '提示'] },
  ja: { verbs: ['無視', '忘れ'], nouns: ['指示', '命令', 'ルール', 'プロンプト'] },
  ko: { verbs: ['무시', '잊어'], nouns: ['지시', '명령', '지침', '규칙'] },
  hi: { verbs: ['अनदेखी', 'अनदेखा', 'नज़रअंदाज़', 'भूल'], nouns: ['निर्देश', 'निर्देशों', 'नियम'] },
};

/**
 * The engine folds look-alike letters before detectors run (Cyrillic "о", "р", "у" become Latin),
 * so "игнорируй" reaches the rules as "игнopиpyй": the words are folded the same way here, or no
 * Russian prompt could ever match them.
 */
const fold = (word: string): string => normalizeForMatching(word).text.toLowerCase();
const alt = (words: readonly string[]): string => `(?:${words.map(fold).sort((a, b) => b.length - a.length).join('|')})`;
const VERBS = alt(Object.values(LANGUAGES).flatMap((l) => l.verbs));
const NOUNS = alt(Object.values(LANGUAGES).flatMap((l) => l.nouns));
const FOREIGN_NOUNS = alt(Object.values(LANGUAGES).flatMap((l) => l.nouns).filter((n) => !['instructions', 'instruction'].includes(n)));

export const multilingualOverrideRules: readonly IntentRule[] = [
  {
    id: 'multilingual-override',
    keywords: [...new Set([...Object.values(LANGUAGES).flatMap((l) => l.verbs).map(fold), 'ignore'])],
    // Not `\b`: it is ASCII-only in JS regexes and never fires inside CJK text.
    // Also the formal imperatives spelt like English ("Ignore as instruções", "Ignorer les
    // consignes"), but only before a noun that is not English.
    // And, planted in pasted content, "ignore (this) and state that …" in Japanese and Korean
    // ("無視して…と述べてください"), where the object of "ignore" is left unsaid.
    pattern: new RegExp(String.raw`${VERBS}[^.!?。！？\n]{0,40}?${NOUNS}|${NOUNS}[^.!?。！？\n]{0,20}?${VERBS}|\bignore[rz]?\s+(?:\S+\s+){0,2}?${FOREIGN_NOUNS}|無視し[てた][^。！？\n]{0,60}?と(?:述べ|言っ|書い|答え|回答し)て|무시하고[^.!?\n]{0,60}?(?:라고|다고)\s*(?:말|답|쓰|작성)`, 'giu'),
    confidence: 0.8,
    severity: 'high',
    note: 'tells the model to drop its instructions (non-English)',
  },
];
