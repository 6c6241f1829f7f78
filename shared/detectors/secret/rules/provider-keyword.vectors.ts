import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.provider_keyword': {
    positive: [
      { text: 'WANDB_API_KEY=2f8c1e0b9d7a4c3e5f6a8b9c0d1e2f3a4b5c6d7e', match: '2f8c1e0b9d7a4c3e5f6a8b9c0d1e2f3a4b5c6d7e' },
      { text: 'cloudsmith 7f3c9a1e5b2d8f4a6c0e9b3d7a1f5c8e2b4d6a90', match: '7f3c9a1e5b2d8f4a6c0e9b3d7a1f5c8e2b4d6a90' },
      { text: 'postmark: "f59dffd2-83ea-47c7-ba8f-95e053a6d0ae",', match: 'f59dffd2-83ea-47c7-ba8f-95e053a6d0ae' },
      { text: 'browshot PRIVATE TOKEN Kq8mZ2xV7pLw4RtN9cYb3HdJ', match: 'Kq8mZ2xV7pLw4RtN9cYb3HdJ' },
      // Aligned columns between the name, its key words and the value.
      { text: "postmark   PRIVATE    TOKEN  :  Hk4mZ9qL2xV7Wn3R", match: "Hk4mZ9qL2xV7Wn3R" },
      { text: "sourcegraph: bDBEEE50bff5e08F16FEDBD39c6eb0b5D8D0cE55", match: "bDBEEE50bff5e08F16FEDBD39c6eb0b5D8D0cE55" },
      // A UUID key glued to the name by a hyphen.
      { text: 'Use refiner-7d3f0a92-5c1e-4b8a-9e26-f04c7b1d83a5 for the staging workspace', match: '7d3f0a92-5c1e-4b8a-9e26-f04c7b1d83a5' },
      // A typed stand-in (runs of one character) is still reported, downgraded to low.
      { text: "cloudsmith_api_key = kkkkmmmmnnnn2222pppp", match: "kkkkmmmmnnnn2222pppp" },
      // A provider named by an English word, with key words after the name.
      { text: 'FRONT_API_TOKEN=Zq8Lk2Vm9Xw4Rt7Yb1Nc6Hd3Jf5Gs0Pa', match: 'Zq8Lk2Vm9Xw4Rt7Yb1Nc6Hd3Jf5Gs0Pa' },
      { text: 'shortcut-api-token 6c1f0e2a-9b7d-4f3e-8a5c-2d9e7b1f4a60', match: '6c1f0e2a-9b7d-4f3e-8a5c-2d9e7b1f4a60' },
      { text: 'holisticTOKEN-Kq8mZ2xV7pLw4RtN9cYb3HdJ', match: 'Kq8mZ2xV7pLw4RtN9cYb3HdJ' },
    ],
    negative: [
      // The same words as words: no key word after them.
      'front 7f3c9a1e5b2d8f4a6c0e9b3d7a1f5c8e2b4d6a90',
      'The frontdesk token Kq8mZ2xV7pLw4RtN9cYb3HdJ was printed on the badge',
      'karma: 2f8c1e0b9d7a4c3e5f6a8b9c0d1e2f3a4b5c6d7e',
      // A word-named provider with a key word, but a short value: a keyboard shortcut, not a key.
      'keyboard shortcut key: Ctrl+Shift+P opens the command palette',
      'We moved from mailchimp to sendgrid last year.',
      'SENDGRID_API_KEY=${SENDGRID_API_KEY}',
      'wandb.init(project="churn-model")',
      'postmark_template = "welcome-email-v2"',
      "postmark_api_token = \"your-postmark-token-here\"",
      // A hyphen joins the name to a word or version, not to a key.
      'stable-diffusion-xl-refiner-1.0 and sonarqube-scanner-cli-5.0.1.3006',
      'refiner-7d3f0a92-5c1e-4b8a-9e26 is cut short',
      // Words after the name, not a value.
      "cloudsmith token rotation happens weekly",
    ],
  },
} satisfies DetectorVectorSet;
