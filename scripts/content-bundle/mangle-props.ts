/**
 * Property names the content build shortens (esbuild `mangleProps`, run once over the whole
 * bundle, so every use is renamed alike): fields of detector specs, scan options and the content
 * script's own objects that are spelled out many times over and never leave
 * the script. ~3.6 KB of the 80 KB budget (issue #8).
 *
 * A name belongs here only if nothing outside the bundle knows it: it is no property of any
 * message type (ProtocolMap: a verdict, the policy, a captured prompt) nor of what the content
 * script hands the separately built dialog (InPageUi, ui/dialog-request.ts), no property a browser or
 * WebExtension API declares, and it never occurs as a string in the bundle (a key read by name,
 * `'x' in o`, a JSON field). mangle-props.test.ts checks all three on every content script, and
 * the parity test runs the tier built this way.
 */
export const MANGLED_PROPS = [
  // Detector specs and their compiled forms.
  // (Names only the cue-word detectors used left with them: content-tier.ts.)
  'needsContext', 'skipPlaceholderCheck', 'validator', 'passed', 'lengths', 'baseScore', 'failPenalty', 'contextWords',
  'vetoWords', 'wholeMatch', 'literals', 'leftBoundary', 'prefilter', 'contextWindow', 'minSeverity', 'toSource',
  'keywords', 'detect', 'detector', 'scanner', 'explanation', 'validation', 'digitRun', 'longestDigitRun',
  // Scan options and stats, the normalised text, redaction.
  'enabledDetectors', 'maxScanChars', 'maxFindingsPerDetector', 'findingsCapped', 'valuesCapped', 'detectorsRun', 'placeholders', 'byPlaceholder',
  'disabledDetectors', 'customDetectors', 'allowPatterns', 'categories', 'budgets', 'organizationNames', 'confidentialKeywords', 'counters',
  // The content script: capture context, verdict cache, site adapters.
  'localVerdict', 'refreshConfig', 'fetchWithin', 'verdictOf', 'failClosed', 'superseded',
  'composerSelectors', 'sendSelectors', 'fileInputSelectors', 'readTextInSlices', 'finding', 'verdict', 'record', 'adapter',
  // The dialog's script (entrypoints/content-ui.ts, built the same way): its strings.
  'redactAndSend', 'findingLabel', 'justificationLabel', 'warnTitle', 'warnBody', 'blockTitle', 'blockBody', 'sendAnyway', 'policyLink',
] as const;

/**
 * Our own fields whose names some DOM or WebExtension member also has (`placeholder` is an input's,
 * `anchors` a document's, `confidence` a speech result's), so the name test above cannot clear them.
 * mangle-props.test.ts clears each use instead: with the TypeScript checker over the content
 * scripts' sources, every `x.name`, `{ name: … }` and `{ name } = …` must resolve to a declaration
 * in this repository, never to a platform typing. ~2.4 KB.
 */
export const PLATFORM_NAMED_PROPS = [
  'placeholder', 'confidence', 'anchors', 'validate', 'context', 'pattern', 'rule', 'ranges', 'composer',
  'lower', 'back', 'config', 'detail', 'dispose', 'current', 'original', 'delta', 'transport',
] as const;

/** For esbuild: the names above, exactly. */
export const MANGLE_PROPS = new RegExp(`^(?:${[...MANGLED_PROPS, ...PLATFORM_NAMED_PROPS].join('|')})$`);
