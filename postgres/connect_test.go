package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/postgres"
)

func TestParseURL(t *testing.T) {
	tests := []struct {
		name  string
		url   string
		check func(t *testing.T, c *postgres.ConnConfig)
	}{
		{
			name: "plain",
			url:  "postgresql://u:secret@db.example.com:6543/app",
			check: func(t *testing.T, c *postgres.ConnConfig) {
				if c.Host() != "db.example.com" || c.Port() != 6543 || c.Database() != "app" || c.Config.Password != "secret" {
					t.Errorf("parsed %s:%d/%s", c.Host(), c.Port(), c.Database())
				}
				if c.Schema != "public" || c.SchemaGiven {
					t.Errorf("schema %q given=%v", c.Schema, c.SchemaGiven)
				}
				if c.Config.ConnectTimeout != 5*time.Second {
					t.Errorf("connect timeout %s, want Prisma's 5s", c.Config.ConnectTimeout)
				}
				if got := c.Config.RuntimeParams["search_path"]; got != `"public"` {
					t.Errorf("search_path %q", got)
				}
				if got, want := c.Describe(), `PostgreSQL database "app", schema "public" at "db.example.com:6543"`; got != want {
					t.Errorf("Describe = %s", got)
				}
			},
		},
		{
			name: "every Prisma parameter",
			url: "postgres://u@h/app?schema=My%20Schema&connection_limit=3&pool_timeout=20&socket_timeout=1.5&connect_timeout=0" +
				"&statement_cache_size=50&sslaccept=accept_invalid_certs&sslcert=ca.pem&application_name=web&options=-c%20work_mem%3D8MB",
			check: func(t *testing.T, c *postgres.ConnConfig) {
				if c.Schema != "My Schema" || !c.SchemaGiven || c.ConnectionLimit != 3 || c.PoolTimeout != 20*time.Second || c.SocketTimeout != 1500*time.Millisecond {
					t.Errorf("settings %+v", c)
				}
				if c.Config.ConnectTimeout != 0 {
					t.Errorf("connect_timeout=0 not kept: %s", c.Config.ConnectTimeout)
				}
				if c.Config.StatementCacheCapacity != 50 {
					t.Errorf("statement cache %d", c.Config.StatementCacheCapacity)
				}
				if got := c.Config.RuntimeParams["search_path"]; got != `"My Schema"` {
					t.Errorf("search_path %q", got)
				}
				if c.Config.RuntimeParams["application_name"] != "web" || c.Config.RuntimeParams["options"] != "-c work_mem=8MB" {
					t.Errorf("libpq parameters lost: %v", c.Config.RuntimeParams)
				}
			},
		},
		{
			name: "pgbouncer",
			url:  "postgresql://u@h:6432/app?pgbouncer=true&schema=s",
			check: func(t *testing.T, c *postgres.ConnConfig) {
				if !c.PgBouncer || c.Config.DefaultQueryExecMode != pgx.QueryExecModeExec || c.Config.StatementCacheCapacity != 0 {
					t.Errorf("pgbouncer mode not set: %+v", c.Config.DefaultQueryExecMode)
				}
				if _, ok := c.Config.RuntimeParams["search_path"]; ok {
					t.Errorf("search_path sent as a startup parameter through PgBouncer")
				}
			},
		},
		{
			name: "sslaccept strict verifies",
			url:  "postgresql://u@h/app?sslmode=require&sslaccept=strict",
			check: func(t *testing.T, c *postgres.ConnConfig) {
				if c.Config.TLSConfig == nil || c.Config.TLSConfig.InsecureSkipVerify {
					t.Errorf("strict did not verify: %+v", c.Config.TLSConfig)
				}
			},
		},
		{
			name: "require does not verify, as in Prisma",
			url:  "postgresql://u@h/app?sslmode=require&sslcert=ca.pem",
			check: func(t *testing.T, c *postgres.ConnConfig) {
				if c.Config.TLSConfig == nil || !c.Config.TLSConfig.InsecureSkipVerify {
					t.Errorf("require verified: %+v", c.Config.TLSConfig)
				}
			},
		},
	}
	prismaOnly := []string{"schema", "connection_limit", "pool_timeout", "socket_timeout", "pgbouncer", "statement_cache_size", "sslaccept", "sslcert", "sslidentity"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := postgres.ParseURL(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range prismaOnly {
				if _, ok := c.Config.RuntimeParams[k]; ok {
					t.Errorf("%s would be sent to the server as a startup parameter", k)
				}
			}
			tt.check(t, c)
		})
	}
}

func TestParseURLErrors(t *testing.T) {
	tests := []struct{ url, want string }{
		{"mysql://u:pw@h/db", "another database"},
		{"postgresql://u:pw@h/db?connection_limit=x", "connection_limit"},
		{"postgresql://u:pw@h/db?pool_timeout=-1", "pool_timeout"},
		{"postgresql://u:pw@h/db?pgbouncer=maybe", "pgbouncer"},
		{"postgresql://u:pw@h/db?sslaccept=sometimes", "sslaccept"},
		{"postgresql://u:pw@h/db?sslidentity=id.p12", "PKCS#12"},
		{"postgresql://u:pw@h:notaport/db", "cannot be parsed"},
		{"postgresql://u:pw@h/db?host=/tmp&port=x", "not valid"},
	}
	for _, tt := range tests {
		_, err := postgres.ParseURL(tt.url)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseURL(%q) = %v, want an error about %s", tt.url, err, tt.want)
		}
		if err != nil && strings.Contains(err.Error(), ":pw@") {
			t.Errorf("ParseURL(%q) error shows the password: %v", tt.url, err)
		}
	}
}

// TestConnectPrismaURL connects with every Prisma parameter in the URL: the
// server would refuse any of them sent as a startup parameter.
func TestConnectPrismaURL(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, extra := range []string{"", "&pgbouncer=true"} {
		url := pgtest.New(t) + "?schema=tenant&connection_limit=3&pool_timeout=5&socket_timeout=10&statement_cache_size=0" +
			"&sslaccept=accept_invalid_certs&application_name=strata-test" + extra
		conn, err := postgres.Connect(ctx, url)
		if err != nil {
			t.Fatalf("%s: %v", extra, err)
		}
		var sp, app string
		if err := conn.QueryRow(ctx, "SELECT current_setting('search_path'), current_setting('application_name')").Scan(&sp, &app); err != nil {
			t.Fatal(err)
		}
		if sp != `tenant` && sp != `"tenant"` || app != "strata-test" {
			t.Errorf("%s: search_path %q, application_name %q", extra, sp, app)
		}
		conn.Close(ctx)
	}
}

func connectErr(t *testing.T, url string) *postgres.ConnectError {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	conn, err := postgres.Connect(ctx, url)
	if err == nil {
		conn.Close(ctx)
		t.Fatalf("Connect(%s) succeeded", url)
	}
	var ce *postgres.ConnectError
	if !errors.As(err, &ce) {
		t.Fatalf("Connect error %T %v is not a *ConnectError", err, err)
	}
	if strings.Contains(err.Error(), "s3cret") {
		t.Errorf("message shows the password: %v", err)
	}
	return ce
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}

func TestConnectErrors(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	base := pgtest.New(t)
	cfg, err := pgconn.ParseConfig(base)
	if err != nil {
		t.Fatal(err)
	}
	port := cfg.Port

	// Roles and pg_hba.conf rules for this test only: a role with a
	// password (the cluster trusts everyone else) and one that is refused
	// without encryption.
	admin, err := pgx.Connect(ctx, pgtest.AdminURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	var hba string
	if err := admin.QueryRow(ctx, "SHOW hba_file").Scan(&hba); err != nil {
		t.Fatal(err)
	}
	for _, sql := range []string{
		`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'strata_pw_role') THEN CREATE ROLE strata_pw_role LOGIN PASSWORD 'right-password'; END IF; END $$`,
		`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'strata_ssl_role') THEN CREATE ROLE strata_ssl_role LOGIN; END IF; END $$`,
	} {
		if _, err := admin.Exec(ctx, sql); err != nil {
			t.Fatal(err)
		}
	}
	old, err := os.ReadFile(hba)
	if err != nil {
		t.Fatal(err)
	}
	rules := "host all strata_pw_role 127.0.0.1/32 scram-sha-256\nhostnossl all strata_ssl_role 127.0.0.1/32 reject\n"
	if !strings.Contains(string(old), rules) {
		if err := os.WriteFile(hba, append([]byte(rules), old...), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := admin.Exec(ctx, "SELECT pg_reload_conf()"); err != nil {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	db := cfg.Database

	tests := []struct {
		name string
		url  string
		kind postgres.ConnectErrorKind
		want []string
	}{
		{"refused", fmt.Sprintf("postgresql://u:s3cret@127.0.0.1:%d/app", freePort(t)), postgres.ConnRefused,
			[]string{"127.0.0.1:", "connection refused", "strata dev start"}},
		{"database missing", fmt.Sprintf("postgresql://postgres:s3cret@127.0.0.1:%d/no_such_db", port), postgres.ConnDatabaseMissing,
			[]string{`"no_such_db" does not exist`, fmt.Sprintf("127.0.0.1:%d", port)}},
		{"wrong password", fmt.Sprintf("postgresql://strata_pw_role:s3cret@127.0.0.1:%d/%s", port, db), postgres.ConnAuthFailed,
			[]string{`user "strata_pw_role"`, "password", db}},
		{"role missing", fmt.Sprintf("postgresql://no_such_role@127.0.0.1:%d/%s", port, db), postgres.ConnRoleMissing,
			[]string{`"no_such_role" does not exist`}},
		{"ssl required", fmt.Sprintf("postgresql://strata_ssl_role@127.0.0.1:%d/%s?sslmode=disable", port, db), postgres.ConnSSLRequired,
			[]string{"sslmode=require"}},
		{"ssl unsupported", fmt.Sprintf("postgresql://postgres@127.0.0.1:%d/%s?sslmode=require", port, db), postgres.ConnSSLUnsupported,
			[]string{"does not support SSL", "sslmode=disable"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ce := connectErr(t, tt.url)
			if ce.Kind != tt.kind {
				t.Errorf("kind %d, want %d: %v (cause %v)", ce.Kind, tt.kind, ce, ce.Err)
			}
			for _, w := range tt.want {
				if !strings.Contains(ce.Error(), w) {
					t.Errorf("message lacks %q: %v", w, ce)
				}
			}
		})
	}

	// The right password works: the rule is really in force.
	conn, err := postgres.Connect(ctx, fmt.Sprintf("postgresql://strata_pw_role:right-password@127.0.0.1:%d/%s", port, db))
	if err != nil {
		t.Fatalf("right password: %v", err)
	}
	conn.Close(ctx)
}

// TestClassify covers the failures a local server cannot produce.
func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		err  error
		kind postgres.ConnectErrorKind
	}{
		{"dns", &net.DNSError{Err: "no such host", Name: "db.invalid", IsNotFound: true}, postgres.ConnHostNotFound},
		{"timeout", fmt.Errorf("dial: %w", context.DeadlineExceeded), postgres.ConnTimeout},
		{"x509", errors.New("tls error: tls: failed to verify certificate: x509: certificate signed by unknown authority"), postgres.ConnCertificate},
		{"neon insecure", &pgconn.PgError{Severity: "ERROR", Code: "XX000", Message: "connection is insecure (try using `sslmode=require`)"}, postgres.ConnSSLRequired},
		{"too many", &pgconn.PgError{Severity: "FATAL", Code: "53300", Message: "sorry, too many clients already"}, postgres.ConnTooManyClients},
		{"unknown parameter", &pgconn.PgError{Severity: "FATAL", Code: "42704", Message: `unrecognized configuration parameter "pgbouncer"`}, postgres.ConnStartupParameter},
		{"hba", &pgconn.PgError{Severity: "FATAL", Code: "28000", Message: `no pg_hba.conf entry for host "1.2.3.4", user "u", database "d", SSL encryption`}, postgres.ConnRejected},
	}
	for _, tt := range tests {
		if kind, _ := postgres.Classify(tt.err); kind != tt.kind {
			t.Errorf("%s: kind %d, want %d", tt.name, kind, tt.kind)
		}
	}
}
