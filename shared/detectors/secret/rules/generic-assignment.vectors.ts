import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.generic_assignment': {
    positive: [
      { text: 'DB_PASSWORD=Xk9#mQ2!vL7pW4zR', match: 'Xk9#mQ2!vL7pW4zR' },
      { text: '"client_secret": "d151c7bc86d545dafe2c1de75e3a1746232q0a2a"', match: 'd151c7bc86d545dafe2c1de75e3a1746232q0a2a' },
      { text: 'mytool --api-key "f9Kq2LmZ8xWp4RtY7vBn3HcJ"', match: 'f9Kq2LmZ8xWp4RtY7vBn3HcJ' },
      { text: 'ACME_TOKEN ?= "a8f3k2m9q4w7e1r5t6y0u2i8"', match: 'a8f3k2m9q4w7e1r5t6y0u2i8' },
      { text: 'my vpn password is Tr0ub4dor&3x, can you fix the script?', match: 'Tr0ub4dor&3x' },
      // Named after a provider and in its format (40 base64 characters).
      { text: "aws_secret_access_key = \"v11K9B8xEabV2isDDf304eQ+oVctlpc6uRZ/txQ9\"", match: "v11K9B8xEabV2isDDf304eQ+oVctlpc6uRZ/txQ9" },
      // Setter / constructor call with a literal.
      { text: "client = Client.builder().password(\"Tq8#zL2m!Vw5\").build()", match: "Tq8#zL2m!Vw5" },
      // The literal default of an environment lookup.
      { text: "SECRET_KEY = os.environ.get('API_SECRET', 'OOWNQU2MS0RqpE6FytNy')", match: "OOWNQU2MS0RqpE6FytNy" },
      // Brackets that do not pair up are symbols of a generated password, not code.
      { text: "apikey = \"q}7(Lx]2{Wm!9>Rz[4\"", match: "q}7(Lx]2{Wm!9>Rz[4" },
      { text: "SMTP_PW=Hk4mZ9qL2xV7", match: "Hk4mZ9qL2xV7" },
      // A passphrase compared against a secret-named field.
      { text: "if creds.Secret != \"blue-falcon-orbit\" {", match: "blue-falcon-orbit" },
      // Prose that names the account: a login however short the password.
      { text: "Note: the password for user 'deploy' is 'gh0st' until you rotate it.", match: 'gh0st' },
      { text: 'The default password for the account "kiosk" is "tulip".', match: 'tulip' },
      // `$` is literal in YAML/JSON strings and Go's `:=`.
      { text: 'smtp_password: "gold$fish42"', match: 'gold$fish42' },
      { text: 'adminPassword := "mel$on77"', match: 'mel$on77' },
      // A named, non-anonymous account; `anonymous` in prose is no anonymous login.
      { text: 'user = "deploy"\npassword = "Tk9#vQ2mL"', match: 'Tk9#vQ2mL' },
      { text: "the anonymous user is disabled; db_password = 'Tk9#vQ2mL'", match: 'Tk9#vQ2mL' },
      // Long base64 keys (~400 characters) are read whole.
      { text: "ORBIT_API_KEY = \"EOzQLMZtXyiuCa2F5qj1PWjq/Sn2vZcD4lh9gWCqP+/gPimPEXDOaMa9ew7WSQ3aQqhKCGs/K2QR3lal5iX7Jr66egxAI/Wmhum6egfzNubWXcsn4V6ZxW18lOfZek4jiJZGI8S4AmGvIPS3BkOXU6Q/2vSVa0GuZ8D1z+cjIiQYZRgvBqRyySQS3h6nSCBNifFTZX7jOJ8qLi/bYDO1vozBC5q1gd++xg7K7QJjdt0QZcORLNq2O0D2sppQvgo+YydPueb9S9GAzYx98pIZi5kPgpi8UveET0qzn4bCjzAQndBT+jNaEFGo/msb3hOmEqDQzsL6coGf8gWupbRxeISDY+BmEjkGDKlvCj9GtJbRZ7ltdMw8ZmJTfDqh6vanFQl6LH1ft5rjN8dz\"", match: "EOzQLMZtXyiuCa2F5qj1PWjq/Sn2vZcD4lh9gWCqP+/gPimPEXDOaMa9ew7WSQ3aQqhKCGs/K2QR3lal5iX7Jr66egxAI/Wmhum6egfzNubWXcsn4V6ZxW18lOfZek4jiJZGI8S4AmGvIPS3BkOXU6Q/2vSVa0GuZ8D1z+cjIiQYZRgvBqRyySQS3h6nSCBNifFTZX7jOJ8qLi/bYDO1vozBC5q1gd++xg7K7QJjdt0QZcORLNq2O0D2sppQvgo+YydPueb9S9GAzYx98pIZi5kPgpi8UveET0qzn4bCjzAQndBT+jNaEFGo/msb3hOmEqDQzsL6coGf8gWupbRxeISDY+BmEjkGDKlvCj9GtJbRZ7ltdMw8ZmJTfDqh6vanFQl6LH1ft5rjN8dz" },
      // Made-up values under a secret's name: reported, but low (issue 3).
      { text: '"client_secret": "aaaaaaaaaaaaaaaaaaaaaaaa"', match: 'aaaaaaaaaaaaaaaaaaaaaaaa', severity: 'low' },
      { text: 'ACME_API_KEY=1234567890abcdef1234', match: '1234567890abcdef1234', severity: 'low' },
      // A quoted word under 8 characters given as a password: weak, still the password.
      { text: "if user == 'ops' and password == 'hunter':", match: 'hunter', severity: 'low' },
      { text: "$smtp->Password = 'tulips';", match: 'tulips', severity: 'low' },
    ],
    negative: [
      'password = "${DB_PASSWORD}"',
      'public_key = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
      'kms_key_id: "555ea4a3-d53a-4412-9c66-3a7cb667b0d6"',
      'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"',
      'const token = getToken(request);',
      'key_length = XSalsa20.key_length',
      'Act as a password generator for my team.',
      // Names an AWS secret but fails its format (41 characters).
      "aws_secret_access_key = \"e8EjzAjp8XzRs0LU5XO/XIdlu+a/iCOoxvSQSNFnv\"",
      "ibm_cloud_api_key: \"auOzNYslwkMW7nv3AQVyHkdPGtzEJWuY7Z36JwXImyBe--__x\"",
      "meraki_api_key = bb021cee704396eb0b54d196dc77e022d641fffaR7",
      // A variable interpolated into a word.
      "password = my$secret",
      'PASSWORD="pre$SUFFIX"',
      // Anonymous logins take any password (RFC 1635).
      'user = "anonymous"  # read-only mirror\npassword = "Tk9#vQ2mL"',
      'conn.login = "anonymous";\nconn.password = "me@home.org";',
      // A password for a named account, but no value given / the field's own name.
      'the password for user bob is required',
      "password for user 'bob' is 'password'",
      'Is the password for user accounts stored hashed?',
      "db_password: \"not-a-real-password\"",
      // Base64 of "not a real secret".
      "token_secret = \"bm90IGEgcmVhbCBzZWNyZXQ=\"",
      // The npm rule reads .npmrc keys.
      "//registry.acme.io/:_authToken=484b99022536b8b151f8c5137b8d66d2a761",
      "List the key drivers/risks for Q3 and the owners.",
      // A type or non-value where a schema shows the password field; an unquoted short word.
      '{"username": "string", "password": "string"}',
      "password: 'hidden'",
      'password = dragon',
      // Unset: the nil UUID or zeros.
      'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://in.acme.io/',
      'api_secret: "0000000000000000"',
      // Masked: nothing left of the value.
      'client_secret = "xxxxxxxxxxxxxxxxxxxxxxxx"',
    ],
  },
} satisfies DetectorVectorSet;
