/**
 * The detection engine's public types. Everything here is plain data so that findings can cross
 * the content-script/worker boundary, be stored in IndexedDB and be sent to the collector.
 */

export const CATEGORIES = ['pii', 'secret', 'code', 'confidential', 'intent', 'custom'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A word or phrase near a match that moved its confidence. */
export interface ContextEffect {
  readonly word: string;
  /** Added to the confidence (negative lowers it). */
  readonly delta: number;
}

/** What a detector's validator (Luhn, mod-97, JWT header decode, entropy …) said. */
export interface ValidatorResult {
  readonly name: string;
  readonly passed: boolean;
  readonly detail?: string;
}

/** A model feature and its contribution to a verdict (intent model). */
export interface FeatureWeight {
  readonly feature: string;
  readonly weight: number;
}

/** Why a finding exists: enough for an analyst never to have to guess. */
export interface Explanation {
  /** Finding type, e.g. `secret.aws_access_key`. */
  readonly detector: string;
  /** The detector's sub-rule that matched, e.g. `secret-by-context` or `model`. */
  readonly rule: string;
  /** Confidence before context words were applied. */
  readonly baseScore: number;
  readonly context: readonly ContextEffect[];
  readonly validator?: ValidatorResult;
  readonly features?: readonly FeatureWeight[];
  /** Short free-text remark, e.g. "placeholder-looking value". Never contains the matched value. */
  readonly note?: string;
}

export interface Finding {
  /** `<category>.<detector>`, e.g. `secret.aws_access_key`. */
  readonly type: string;
  readonly category: Category;
  readonly severity: Severity;
  /** 0–1. */
  readonly confidence: number;
  /** JS string index into the original (un-normalised) text. */
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly explanation: Explanation;
}

/**
 * What a detector reports. Offsets are into `DetectorInput.text` (the normalised text); the
 * engine maps them back to the original text.
 */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Sub-rule id. */
  readonly rule: string;
  /** Final confidence 0–1 after context (the engine clamps). */
  readonly confidence: number;
  /** Base confidence before context. Defaults to `confidence`. */
  readonly baseScore?: number;
  /** Overrides the detector's default severity for this match. */
  readonly severity?: Severity;
  readonly context?: readonly ContextEffect[];
  readonly validator?: ValidatorResult;
  readonly features?: readonly FeatureWeight[];
  readonly note?: string;
  /**
   * Placeholder kind for redaction (`AWS_SECRET_KEY` → `[AWS_SECRET_KEY_1]`); defaults to the
   * detector's `placeholder`. Intent findings have none: they are not redacted.
   */
  readonly placeholder?: string;
}

/**
 * What a detector sees. Indexes several detectors need (line bounds, digit runs) are computed on
 * first use and shared per input object: see engine/text-index.ts (`lineIndex(input)`,
 * `digitRuns(input)`).
 */
export interface DetectorInput {
  /** Normalised text: zero-width characters removed, homoglyphs folded (see engine/normalize). */
  readonly text: string;
  /** `text.toLowerCase()`, computed once for keyword prefilters and context words. */
  readonly lower: string;
  readonly options: ResolvedScanOptions;
}

/** One test vector: a text and (for positives) the exact substring the finding must cover. */
export interface PositiveVector {
  readonly text: string;
  /** The exact span the finding must cover; defaults to the whole text. */
  readonly match?: string;
  /** Expected severity, when the vector pins it. */
  readonly severity?: Severity;
}

export interface Detector {
  /** Finding type; equals its key in the registry. */
  readonly id: string;
  readonly category: Category;
  /** One sentence for the README table and the popup. */
  readonly description: string;
  /** How a match is validated, for the README table. */
  readonly validation: string;
  readonly severity: Severity;
  /**
   * The highest severity any of its findings can carry, when a sub-rule raises it above
   * `severity` (a CONFIDENTIAL label line is `high`, the word in a sentence `medium`). Defaults to
   * `severity`. The content script's tier is chosen by it: only detectors that can reach `high`
   * can make the page fail closed (detectors/content-registry.ts).
   */
  readonly maxSeverity?: Severity;
  /** Placeholder kind used by redaction; `null` for findings that are never redacted (intent). */
  readonly placeholder: string | null;
  /**
   * Cheap prefilter: when present, `detect` runs only if `input.lower` contains one of these
   * (lower-case) literals. Mature secret scanners anchor every rule on a literal like this.
   */
  readonly keywords?: readonly string[];
  detect(input: DetectorInput): Candidates;
}

/**
 * What `detect` returns: a plain array, or one marked `capped` when the detector stopped reading
 * at a cap of its own, so values after its last candidate may be missing. The engine counts a
 * capped result in `stats.findingsCapped`: a value nobody read must never look like a clean text.
 */
export type Candidates = readonly Candidate[] & { readonly capped?: true };

/**
 * A detector's test vectors. They live in a sibling `*.vectors.ts` file, keyed by detector id, so
 * production bundles never carry them; `shared/detectors/vectors.ts` collects them for tests.
 */
export interface DetectorVectors {
  readonly positive: readonly PositiveVector[];
  /** Texts on which this detector must report nothing. */
  readonly negative: readonly string[];
  /**
   * Scan options every vector of this detector runs with, for detectors that depend on policy
   * (organisation names, confidential keywords). The meta-test still enables only this detector.
   */
  readonly options?: ScanOptions;
}

/** What one `*.vectors.ts` file exports: the vectors of each detector its sibling defines. */
export type DetectorVectorSet = Readonly<Record<string, DetectorVectors>>;

export interface CustomDetectorSpec {
  readonly id: string;
  readonly label: string;
  readonly regex?: string;
  readonly keywords?: readonly string[];
  readonly severity: Severity;
}

export interface ScanBudgets {
  /** Texts longer than this are scanned up to the limit only (stats.truncated). */
  readonly maxScanChars: number;
  /** Maximum findings kept per detector. */
  readonly maxFindingsPerDetector: number;
}

export interface ScanOptions {
  /** Detector ids to run; all registered detectors when omitted. */
  readonly enabledDetectors?: readonly string[];
  readonly disabledDetectors?: readonly string[];
  /** Per-category settings. */
  readonly categories?: Partial<Record<Category, { readonly enabled?: boolean; readonly minSeverity?: Severity }>>;
  /** Organisation names (copyright headers, confidential markers). */
  readonly organizationNames?: readonly string[];
  /** Extra confidential keywords from policy (project code names …). */
  readonly confidentialKeywords?: readonly string[];
  readonly customDetectors?: readonly CustomDetectorSpec[];
  /** Organisation-wide suppressions of recurring false positives (see engine/allow-patterns). */
  readonly allowPatterns?: readonly { readonly detector?: string; readonly pattern: string }[];
  /** Placeholder map from earlier prompts of the same conversation (continues numbering). */
  readonly placeholders?: PlaceholderMap;
  readonly flagThreshold?: number;
  readonly budgets?: Partial<ScanBudgets>;
}

export type ResolvedScanOptions = Required<Omit<ScanOptions, 'budgets' | 'placeholders' | 'enabledDetectors'>> & {
  readonly enabledDetectors: readonly string[] | null;
  readonly placeholders: PlaceholderMap;
  readonly budgets: ScanBudgets;
};

/**
 * Placeholder map: placeholder → original value, plus the next number per kind. It lives on the
 * device only (it holds raw values) so that placeholders can be restored in the AI's answers.
 */
export interface PlaceholderMap {
  readonly byPlaceholder: Readonly<Record<string, string>>;
  readonly counters: Readonly<Record<string, number>>;
}

export interface ScanStats {
  /** Characters scanned (after the `maxScanChars` cap). */
  readonly chars: number;
  readonly durationMs: number;
  /** Detectors whose `detect` ran (enabled and past the keyword prefilter). */
  readonly detectorsRun: number;
  /** The text was longer than `maxScanChars`; the tail was neither scanned nor redacted. */
  readonly truncated: boolean;
  /**
   * Findings dropped by `maxFindingsPerDetector`, plus one per detector pass that stopped reading
   * at a cap of its own (see `Candidates`): a lower bound. Non-zero means values may be missing
   * from `findings` and left intact in `redacted`; enforcement then never relies on `redacted`
   * (enforcement/verdict.ts).
   */
  readonly findingsCapped: number;
  /**
   * The part of `findingsCapped` from detectors that can report above `low`, whose unread findings
   * could change what enforcement does (see `capMatters` in scanner-core.ts). Capped low-only
   * detectors (source-code blocks, nationality words) only make the counts a floor.
   */
  readonly valuesCapped: number;
  /** Non-fatal problems: invalid custom detectors, a detector that threw or returned a bad span. */
  readonly errors: readonly string[];
}

export interface ScanResult {
  readonly findings: readonly Finding[];
  /** 0–100 content risk. */
  readonly risk: number;
  readonly flagged: boolean;
  readonly redacted: string;
  readonly placeholders: PlaceholderMap;
  readonly stats: ScanStats;
}
