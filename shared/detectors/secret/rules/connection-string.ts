/**
 * Credentials embedded in connection strings: URIs with `user:password@host` (databases, brokers,
 * caches and plain HTTP/FTP basic auth), ADO.NET/ODBC `Password=…;` strings and JDBC
 * `?password=` parameters. What the password slot holds decides the finding (`slotValue`).
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { applyPlaceholderPolicy, defineContextRule } from '../lib/define-context-rule';

/** Anchored on the literal `://`; the scheme is read backwards in code so the regex never starts on a letter class. */
const AUTHORITY = /:\/\/([^\s:@\/"'`<>]{1,128}):([^\s@"'`<>]{1,256})@([A-Za-z0-9_.\-]{1,253}|\[[0-9a-fA-F:.]{2,45}\])(?::\d{1,5})?/y;
const SCHEME_CHAR = /[A-Za-z0-9+.\-]/;
const MAX_SCHEME = 24;
/** Schemes whose URI credentials open a data store or broker: critical. Others (http, ftp…) are basic auth. */
const DATA_SCHEMES = new Set([
  'postgres', 'postgresql', 'mysql', 'mysqlx', 'mariadb', 'mongodb', 'mongodb+srv', 'redis', 'rediss', 'amqp', 'amqps',
  'mssql', 'sqlserver', 'clickhouse', 'cockroachdb', 'couchdb', 'neo4j', 'neo4j+s', 'bolt', 'nats', 'kafka', 'ldap',
  'ldaps', 'snowflake', 'oracle', 'db2', 'cassandra', 'influxdb', 'memcached', 'mqtt', 'mqtts', 'stomp', 'elasticsearch',
]);
/**
 * The slot's own name, spelled as URI and connection-string docs spell it (`user:password@host`,
 * `user:pass@host`, `Pwd=pwd`), or a bracketed or masked stand-in: the text shows the syntax, like
 * `<password>`, and holds no password. No finding, whatever the host.
 */
const SLOT_NAME = /^(?:pass(?:word|wd)?|pwd|pw|\*+|x+|\.+|<[^>]*>|\[[^\]]*\]|\{[^}]*\})$/i;
/**
 * Words that are not the slot's name but the default or first-guess password of real installs
 * (`changeme` was Elasticsearch's built-in password, `secret` Laravel Homestead's database one):
 * maybe a template, maybe the live password of a dev database, so a finding at low confidence.
 */
const DEFAULT_PASSWORD = /^(?:secret|changeme|change_me|user(?:name)?)$/i;
const DEFAULT_PASSWORD_CONFIDENCE = 0.25;

/**
 * The password slot's verdict: `null` for a template (no finding), else the candidate as found,
 * downgraded to low for a default password or a placeholder-looking one (`…EXAMPLE…`); anything
 * else, however weak (`password1`, `hunter22`), is the password.
 */
function slotValue(c: Candidate, password: string): Candidate | null {
  if (SLOT_NAME.test(password)) return null;
  if (DEFAULT_PASSWORD.test(password)) return { ...c, confidence: DEFAULT_PASSWORD_CONFIDENCE, severity: 'low', note: 'default or placeholder password' };
  return applyPlaceholderPolicy(c, password);
}
const ODBC_PASSWORD = /\b(?:Password|Pwd)\s{0,2}=\s{0,2}([^;"'\s<>{}$]{3,128})(?=;|"|'|\s|$)/yid;
const ODBC_CONTEXT = /(?:server|data source|host|address|uid|user id|database|initial catalog)\s{0,2}=/i;
const JDBC_PARAM = /[?&;]password=([^&;\s"'<>{}$]{3,128})/yid;
/** How far (chars) around an ODBC `Password=` to look for the rest of the connection string. */
const ODBC_WINDOW = 200;

/**
 * APIs whose arguments are (URL, user, password): JDBC `DriverManager.getConnection` and .NET
 * `DirectoryEntry`. The password is the third literal even though the URL carries no userinfo.
 */
const CREDENTIAL_CALL = /(?:getConnection|DirectoryEntry)[ \t]{0,4}\([ \t]{0,4}@?["'](?:jdbc:)?$/i;
/** Rest of the URL literal, then the user and password literals. */
const CALL_USER_PASSWORD = /[^"'\s]{0,256}["'][ \t]{0,4},[ \t]{0,4}@?(["'])[^"'\n]{1,128}\1[ \t]{0,4},[ \t]{0,4}@?(["'])(?<s>[^"'\n]{1,128})\2[ \t]{0,4}\)/yd;
/** Enough to look back over `new DirectoryEntry(@"` from the scheme. */
const CALL_LOOKBACK = 48;

/** `DirectoryEntry("LDAP://dc01", "CORP\\svc", "…")`: the password literal of a credential call. */
function callPasswordAt(text: string, schemeStart: number, at: number, out: Candidate[]): number {
  if (!CREDENTIAL_CALL.test(text.slice(Math.max(0, schemeStart - CALL_LOOKBACK), schemeStart))) return at;
  CALL_USER_PASSWORD.lastIndex = at + 3;
  const m = CALL_USER_PASSWORD.exec(text);
  const span = m?.indices?.groups?.s;
  if (!m || !span) return at;
  const password = text.slice(span[0], span[1]);
  const c: Candidate = { start: span[0], end: span[1], rule: 'credential-call', confidence: 0.8, severity: 'critical', placeholder: 'PASSWORD' };
  const kept = slotValue(c, password);
  if (kept) out.push(kept);
  return span[1];
}

function schemeStartBefore(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < MAX_SCHEME && SCHEME_CHAR.test(text[s - 1] ?? '')) s--;
  return s;
}

function uriAt(text: string, at: number, out: Candidate[]): number {
  AUTHORITY.lastIndex = at;
  const m = AUTHORITY.exec(text);
  if (m === null) return callPasswordAt(text, schemeStartBefore(text, at), at, out);
  const end = at + m[0].length;
  const s = schemeStartBefore(text, at);
  if (s === at || !/[A-Za-z]/.test(text[s] ?? '')) return end;
  const scheme = text.slice(s, at).toLowerCase();
  const password = m[2] ?? '';
  if (/^\$|^%|\{\{/.test(password) || /^\*+$/.test(password)) return end; // template or masked
  if (/^anonymous$/i.test(m[1] ?? '')) return end; // anonymous login: any password opens public data (RFC 1635)
  const jdbc = text.slice(Math.max(0, s - 5), s).toLowerCase() === 'jdbc:';
  const data = DATA_SCHEMES.has(scheme) || jdbc;
  const c: Candidate = {
    start: jdbc ? s - 5 : s,
    end,
    rule: data ? 'database-uri' : 'basic-auth-url',
    confidence: data ? 0.9 : 0.8,
    severity: data ? 'critical' : 'high',
    ...(data ? {} : { placeholder: 'CREDENTIALS_URL' }),
  };
  // The password is the secret: a documentation host (`@example.com`, `cluster0.example.net`)
  // does not make `CPCdZH5k0F6dxQ9V` a placeholder, nor does a real host make `password` real.
  const kept = slotValue(c, password);
  if (kept) out.push(kept);
  return end;
}

/** A run of characters that could be a parameter value (or a glued run of repeats of one). */
const VALUE_RUN = /[^;"'\s<>{}$]*/y;

function paramAt(text: string, at: number, re: RegExp, rule: string, context: RegExp, out: Candidate[]): number {
  re.lastIndex = at;
  const m = re.exec(text);
  const span = m?.indices?.[1];
  if (!m || !span) {
    // No value here, and none for a `password=` inside the same run (`password=password=…`):
    // consume the run so a glued repeat costs one read, not one per repeat.
    VALUE_RUN.lastIndex = at;
    VALUE_RUN.exec(text);
    return VALUE_RUN.lastIndex;
  }
  const window = text.slice(Math.max(0, at - ODBC_WINDOW), at + ODBC_WINDOW);
  const odbc = rule === 'odbc-password';
  if (context.test(window) && (!odbc || window.includes(';'))) {
    const kept = slotValue({ start: span[0], end: span[1], rule, confidence: 0.8, severity: 'critical', placeholder: 'PASSWORD' }, text.slice(span[0], span[1]));
    if (kept) out.push(kept);
  }
  return span[1];
}

function connectionAt(input: DetectorInput, at: number, anchor: string, out: Candidate[]): number {
  const { text } = input;
  if (anchor === '://') return uriAt(text, at, out);
  // `?password=` (JDBC) is anchored one character after its separator.
  if (anchor === 'password' && at > 0 && /[?&;]/.test(text[at - 1] ?? '') && /jdbc:/i.test(text.slice(Math.max(0, at - ODBC_WINDOW), at))) {
    return paramAt(text, at - 1, JDBC_PARAM, 'jdbc-password', /jdbc:/i, out);
  }
  return paramAt(text, at, ODBC_PASSWORD, 'odbc-password', ODBC_CONTEXT, out);
}

export const connectionString = defineContextRule({
  id: 'secret.connection_string',
  description: 'Database/broker URI, basic-auth URL, ODBC/ADO.NET or JDBC connection string with an embedded password.',
  validation: 'user:password@host URI (scheme decides critical vs high); the password literal of getConnection/DirectoryEntry(url, user, password); ODBC Password= only beside Server=/Data Source=; a password slot holding its own name (`password`, `pass`, `pwd`) or a template is no finding; default passwords (`secret`, `changeme`) and placeholder-looking ones are low.',
  severity: 'critical',
  placeholder: 'CONNECTION_STRING',
  keywords: ['://', 'password', 'pwd'],
  // Judged on the password inside the span (above), not on the whole URI.
  skipPlaceholderCheck: true,
  at: connectionAt,
});
