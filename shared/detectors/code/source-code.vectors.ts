import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'code.source_code': {
    positive: [
      {
        text: 'Why does this fail?\n\ndef load(path):\n    with open(path) as f:\n        return json.load(f)\n\nThanks!',
        match: 'def load(path):\n    with open(path) as f:\n        return json.load(f)',
      },
      {
        text: 'Refactor:\n```ts\nexport const x = 1;\nfoo(x);\n```',
        match: 'export const x = 1;\nfoo(x);',
      },
      {
        text: 'func main() {\n\tfmt.Println("hi")\n\tos.Exit(1)\n}',
      },
      {
        text: 'SELECT id, name\nFROM users\nWHERE active = 1;\n-- and more\nORDER BY name;',
        match: 'SELECT id, name\nFROM users\nWHERE active = 1;\n-- and more\nORDER BY name;',
      },
    ],
    negative: [
      'How do I use const in JavaScript? And what does => mean?',
      'npm install --save-dev vitest',
      'Meeting notes:\n- ship the release on Friday\n- review the roadmap\n- if possible, hire two engineers.',
      'For each customer, list the orders.\nIf none exist, say so.\nReturn the totals in a table.',
    ],
  },
} satisfies DetectorVectorSet;
