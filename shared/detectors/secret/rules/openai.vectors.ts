import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.openai_key': {
    positive: [
      { text: 'OPENAI_API_KEY=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', match: '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' },
      { text: 'client = OpenAI(api_key="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")', match: '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' },
    ],
    negative: [
      'sk-proj-abc',
      // Project-key shape without the `T3BlbkFJ` marker every OpenAI key carries: not an OpenAI key.
      'client = OpenAI(api_key="sk-proj-M5H_kT9SBG9BaJTBdv3j7y59R5ZfA1LYKvG5KPyyRdyO57Ojp6HQ6iTlY8K-qy0VptOtRY-l31pnGQwBCH2quXXJy_OxQuJ_22NrE40jz-Byz_W65NO5vb180acfA0QN6DqJ-qkHchd4--uJGJFxUDZtqxgQ")',
      'sk-9Ef8LeUEFSb3Jfyg5ME3V0AiE4o4pTBZTx5b3CP1IdwkHOHW',
    ],
  },
} satisfies DetectorVectorSet;
