import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.connection_string': {
    positive: [
      { text: 'DATABASE_URL=postgres://app:Vq7#pL29xKd@db.internal.acme.io:5432/orders', match: 'postgres://app:Vq7#pL29xKd@db.internal.acme.io:5432' },
      { text: 'client = MongoClient("mongodb+srv://svc:Zt8wQ3nRk1@cluster0.ab1cd.mongodb.net/prod")', match: 'mongodb+srv://svc:Zt8wQ3nRk1@cluster0.ab1cd.mongodb.net' },
      { text: 'curl https://deploy:h4Rd9Qz7mP@ci.acme.io/api', match: 'https://deploy:h4Rd9Qz7mP@ci.acme.io' },
      { text: 'ftp://anonymous2:h4Rd9Qz7mP@files.acme.io/', match: 'ftp://anonymous2:h4Rd9Qz7mP@files.acme.io' },
      // (url, user, password) calls: the third literal is the password.
      { text: 'Connection c = DriverManager.getConnection("jdbc:postgresql://db01:5432/crm", "report", "Wq7!mZ2xLp");', match: 'Wq7!mZ2xLp' },
      { text: 'var de = new DirectoryEntry(@"LDAP://dc01.corp.local/DC=corp", @"CORP\\svc_ldap", @"Pz4#kR8vNq");', match: 'Pz4#kR8vNq' },
      { text: 'Server=sql01;Database=crm;User Id=sa;Password=K9v!2mQx7z;', match: 'K9v!2mQx7z' },
      // A documentation host does not make a random password a placeholder.
      { text: 'uri: "mongodb+srv://svc:Hq7Lm2Zx9Pw4@demo.example.net/?retryWrites=true"', match: 'mongodb+srv://svc:Hq7Lm2Zx9Pw4@demo.example.net', severity: 'critical' },
      // Weak is not a template: a breached-list password is the password.
      { text: 'DATABASE_URL=postgres://app:password1@db.internal.acme.io:5432/orders', match: 'postgres://app:password1@db.internal.acme.io:5432', severity: 'critical' },
      // A shipped default password may be live: reported, but low.
      { text: 'DATABASE_URL=postgres://app:changeme@db.internal.acme.io:5432/orders', match: 'postgres://app:changeme@db.internal.acme.io:5432', severity: 'low' },
      { text: 'REDIS_URL=redis://cache:secret@10.2.0.7:6379/0', match: 'redis://cache:secret@10.2.0.7:6379', severity: 'low' },
      { text: 'Server=sql01;Database=crm;User Id=sa;Password=changeme;', match: 'changeme', severity: 'low' },
    ],
    negative: [
      // Anonymous FTP: any password opens public files (RFC 1635).
      'wget ftp://anonymous:guest@ftp.gnu.org/pub/gnu/',
      'conn = DriverManager.getConnection(url, user, password);',
      'DriverManager.getConnection("jdbc:mysql://localhost/db", "root", "${DB_PASS}")',
      'fetch("https://api.acme.io/v1", "POST", "json")',
      'postgres://app:${DB_PASSWORD}@db:5432/orders',
      'amqp://user:*****@example.com',
      '"https://url:8000";@something else',
      'text << "Password=#{password}, "',
      // The slot holds its own name: the URI shows the syntax, whatever the host.
      'postgres://app:password@db.internal.acme.io:5432/orders',
      'export AMQP_URL="amqps://user:pass@broker.acme.io/vhost"',
      'ftp://deploy:PASSWORD@files.acme.io/',
      'Server=sql01;Database=crm;User Id=sa;Pwd=pwd;',
      'conn = DriverManager.getConnection("jdbc:mysql://db01/crm", "report", "password");',
      // A password that says it is a stand-in.
      'postgres://app:not-a-real-password@db.internal.acme.io:5432/orders',
    ],
  },
} satisfies DetectorVectorSet;
