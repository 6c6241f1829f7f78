/**
 * Django `SECRET_KEY`s: 50 characters from Django's `get_random_secret_key` alphabet, which has
 * the `(`, `$`, `#`, `&` that make the generic rule read them as code. Anchored on the
 * `django-insecure-` prefix of generated keys and on the setting's name.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

/** `get_random_secret_key()`: lower-case letters, digits and `!@#$%^&*(-_=+)` (Django source). */
const VALUE = "(?:django-insecure-)?[a-z0-9!@#$%^&*(\\-_=+)]{50}";

export const django = defineSecretRule({
  id: 'secret.django_secret_key',
  description: 'Django SECRET_KEY (signs sessions, password-reset tokens and CSRF tokens).',
  validation: 'Setting name or `django-insecure-` prefix, then 50 characters of Django\u2019s key alphabet.',
  severity: 'critical',
  placeholder: 'SECRET',
  keywords: ['secret_key', 'django-insecure-'],
  patterns: [
    { rule: 'settings-secret-key', regex: new RegExp(`SECRET_KEY['"]?\\s{0,4}(?:=|:|,)\\s{0,4}['"](?<s>${VALUE})['"]`, 'gd'), anchors: ['secret_key'] },
    { rule: 'insecure-prefix', regex: /django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{40,60}(?![a-z0-9!@#$%^&*(\-_=+)])/g, anchors: ['django-insecure-'] },
  ],
});
