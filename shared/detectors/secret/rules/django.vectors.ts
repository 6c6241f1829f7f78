import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.django_secret_key': {
    positive: [
      { text: "SECRET_KEY = 'django-insecure-4q#k9m2x!v7p(w3z8r5t1y6u0i-e=a+s&d^f%g*h@j$l2n'", match: 'django-insecure-4q#k9m2x!v7p(w3z8r5t1y6u0i-e=a+s&d^f%g*h@j$l2n' },
      { text: "os.environ.get('DJANGO_SECRET_KEY', 'q7#m2x!v9p(w3z8r5t1y6u0i-e=a+s&d^f%g*h@j$k4n6b8cx2')", match: 'q7#m2x!v9p(w3z8r5t1y6u0i-e=a+s&d^f%g*h@j$k4n6b8cx2' },
    ],
    negative: ["SECRET_KEY = os.environ['SECRET_KEY']", "SECRET_KEY = 'change-me'"],
  },
} satisfies DetectorVectorSet;
