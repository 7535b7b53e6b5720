package postgres

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/stratadb/strata/config"
)

// DefaultSchema is the namespace used when a URL has no schema parameter.
const DefaultSchema = "public"

// DefaultConnectTimeout is Prisma's connect_timeout default (5 s); a URL's
// connect_timeout overrides it, 0 meaning no limit.
const DefaultConnectTimeout = 5 * time.Second

// ConnConfig is a connection URL in Prisma's form, parsed: the pgx
// configuration (with every Prisma-only parameter removed or translated, so
// none reaches the server as a startup parameter) and the Prisma settings
// strata acts on itself.
//
// Prisma's parameters and what becomes of them:
//
//	schema               Schema; the connection's search_path (a startup
//	                     parameter, or SET after connecting with pgbouncer)
//	connection_limit     ConnectionLimit (for pools; 0 = unset)
//	pool_timeout         PoolTimeout (for pools)
//	socket_timeout       SocketTimeout (callers bound their queries with it)
//	connect_timeout      kept (pgx knows it); Prisma's default of 5 s when absent
//	pgbouncer=true       PgBouncer; no named prepared statements, no
//	                     statement cache (pgx's exec mode)
//	statement_cache_size pgx's statement cache capacity
//	sslaccept=strict     sslmode=verify-full (when sslmode is require or unset),
//	                     and sslcert becomes sslrootcert
//	sslcert              Prisma's CA certificate: sslrootcert with
//	                     sslaccept=strict, else dropped (Prisma does not verify)
//	sslidentity          refused: PKCS#12 client identities are not supported
//	sslpassword          dropped with sslidentity's refusal, kept otherwise
//	application_name, options, channel_binding, sslmode, host, ...: as libpq
type ConnConfig struct {
	// Config is what pgx connects with.
	Config *pgx.ConnConfig
	// Schema is the namespace the URL selects (?schema=), "public" when absent.
	Schema string
	// SchemaGiven reports whether the URL had a schema parameter.
	SchemaGiven bool
	// PgBouncer is pgbouncer=true: the server is behind a transaction pooler.
	PgBouncer bool
	// ConnectionLimit is connection_limit, 0 when absent.
	ConnectionLimit int
	// PoolTimeout is pool_timeout, 0 when absent.
	PoolTimeout time.Duration
	// SocketTimeout is socket_timeout, 0 when absent.
	SocketTimeout time.Duration
	// Translated lists what was done to Prisma-only parameters, for
	// diagnostics ("pgbouncer=true: no prepared statements").
	Translated []string
}

// Host returns the first host of the configuration.
func (c *ConnConfig) Host() string { return c.Config.Host }

// Port returns the first port of the configuration.
func (c *ConnConfig) Port() uint16 { return c.Config.Port }

// Database returns the database name.
func (c *ConnConfig) Database() string { return c.Config.Database }

// Describe says where the configuration points, as Prisma's CLI does:
// PostgreSQL database "app", schema "public" at "localhost:5432".
func (c *ConnConfig) Describe() string {
	return fmt.Sprintf("PostgreSQL database %q, schema %q at %q", c.Database(), c.Schema, c.address())
}

func (c *ConnConfig) address() string {
	if strings.HasPrefix(c.Config.Host, "/") {
		return c.Config.Host
	}
	return net.JoinHostPort(c.Config.Host, strconv.Itoa(int(c.Config.Port)))
}

// prismaOnly are the query parameters Prisma understands and libpq does not:
// none of them may reach pgx, which would send them as startup parameters.
var prismaOnly = []string{
	"schema", "connection_limit", "pool_timeout", "socket_timeout", "pgbouncer",
	"statement_cache_size", "sslaccept", "sslidentity", "sslcert",
}

// ParseURL parses a PostgreSQL connection URL in Prisma's form. Its errors
// show the URL with the password hidden.
func ParseURL(raw string) (*ConnConfig, error) {
	if err := config.ValidateURL(raw); err != nil {
		return nil, err
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("the connection URL %q cannot be parsed (%v): percent-encode special characters (@ : / ? # %% [ ]) in the user name and password", config.Redact(raw), redactErr(err))
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return nil, fmt.Errorf("the query string of the connection URL %q cannot be parsed: %v", config.Redact(raw), err)
	}
	get := func(k string) (string, bool) {
		v, ok := q[k]
		if !ok || len(v) == 0 {
			return "", ok
		}
		return v[len(v)-1], true
	}
	cc := &ConnConfig{Schema: DefaultSchema}
	if v, ok := get("schema"); ok && v != "" {
		cc.Schema, cc.SchemaGiven = v, true
	}
	if v, ok := get("connection_limit"); ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("connection_limit=%q in the connection URL must be a whole number", v)
		}
		cc.ConnectionLimit = n
	}
	if cc.PoolTimeout, err = seconds(q, "pool_timeout"); err != nil {
		return nil, err
	}
	if cc.SocketTimeout, err = seconds(q, "socket_timeout"); err != nil {
		return nil, err
	}
	if v, ok := get("pgbouncer"); ok {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, fmt.Errorf("pgbouncer=%q in the connection URL must be true or false", v)
		}
		cc.PgBouncer = b
	}
	cacheSize := -1
	if v, ok := get("statement_cache_size"); ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("statement_cache_size=%q in the connection URL must be a whole number", v)
		}
		cacheSize = n
	}
	if _, ok := get("sslidentity"); ok {
		return nil, errors.New("sslidentity (a PKCS#12 client certificate) in the connection URL is not supported by strata: convert it to PEM files and use sslkey and sslrootcert as libpq does")
	}
	strict := false
	if v, ok := get("sslaccept"); ok {
		switch v {
		case "strict":
			strict = true
		case "accept_invalid_certs":
		default:
			return nil, fmt.Errorf("sslaccept=%q in the connection URL must be strict or accept_invalid_certs", v)
		}
	}
	sslcert, hasCert := get("sslcert")
	for _, k := range prismaOnly {
		q.Del(k)
	}
	if strict {
		if m := q.Get("sslmode"); m == "" || m == "require" || m == "prefer" {
			q.Set("sslmode", "verify-full")
			cc.Translated = append(cc.Translated, "sslaccept=strict: sslmode=verify-full")
		}
		if hasCert && q.Get("sslrootcert") == "" {
			q.Set("sslrootcert", sslcert)
			cc.Translated = append(cc.Translated, "sslcert: used as sslrootcert (the CA certificate)")
		}
	} else if hasCert {
		cc.Translated = append(cc.Translated, "sslcert: ignored, as Prisma does without sslaccept=strict")
	}
	if _, ok := q["connect_timeout"]; !ok {
		q.Set("connect_timeout", strconv.Itoa(int(DefaultConnectTimeout/time.Second)))
	}
	// Encode writes spaces as "+", which pgx would keep; "%20" it decodes
	// (a literal "+" is encoded as "%2B", so every "+" here is a space).
	u.RawQuery = strings.ReplaceAll(q.Encode(), "+", "%20")

	pc, err := pgx.ParseConfig(u.String())
	if err != nil {
		return nil, fmt.Errorf("the connection URL %q is not valid: %s", config.Redact(raw), config.Redact(redactErr(err)))
	}
	if cc.PgBouncer {
		pc.DefaultQueryExecMode = pgx.QueryExecModeExec
		pc.StatementCacheCapacity = 0
		pc.DescriptionCacheCapacity = 0
		cc.Translated = append(cc.Translated, "pgbouncer=true: no named prepared statements")
	} else if cacheSize >= 0 {
		pc.StatementCacheCapacity = cacheSize
		if cacheSize == 0 {
			pc.DefaultQueryExecMode = pgx.QueryExecModeDescribeExec
		}
	}
	// Prisma always sets search_path to the URL's schema ("public" by
	// default), so unqualified names in migration scripts land there.
	if !cc.PgBouncer {
		pc.RuntimeParams["search_path"] = quoteSearchPath(cc.Schema)
	}
	cc.Config = pc
	return cc, nil
}

// quoteSearchPath quotes a schema name for search_path.
func quoteSearchPath(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

func seconds(q url.Values, key string) (time.Duration, error) {
	v := q.Get(key)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s=%q in the connection URL must be a number of seconds", key, v)
	}
	return time.Duration(n * float64(time.Second)), nil
}

// redactErr renders an error with passwords hidden.
func redactErr(err error) string { return config.Redact(err.Error()) }

// Connect parses url (see ParseURL) and connects. Connection failures are
// *ConnectError values that say what to try.
func Connect(ctx context.Context, url string) (*pgx.Conn, error) {
	cc, err := ParseURL(url)
	if err != nil {
		return nil, err
	}
	return cc.Connect(ctx)
}

// Connect opens one connection. With pgbouncer=true and a schema, it sets
// search_path after connecting (PgBouncer refuses it as a startup
// parameter).
func (c *ConnConfig) Connect(ctx context.Context) (*pgx.Conn, error) {
	conn, err := pgx.ConnectConfig(ctx, c.Config)
	if err != nil {
		return nil, c.classify(err)
	}
	if c.PgBouncer {
		if _, err := conn.Exec(ctx, "SET search_path TO "+quoteSearchPath(c.Schema)); err != nil {
			conn.Close(context.Background())
			return nil, fmt.Errorf("setting search_path to the URL's schema %q: %w", c.Schema, err)
		}
	}
	return conn, nil
}

// ConnectErrorKind classifies a failed connection.
type ConnectErrorKind int

// The kinds of connection failure.
const (
	ConnUnknown          ConnectErrorKind = iota
	ConnRefused                           // nothing listens at host:port
	ConnHostNotFound                      // DNS lookup failed
	ConnTimeout                           // no answer in time
	ConnAuthFailed                        // wrong password or user
	ConnSSLRequired                       // the server demands TLS, the client sent none
	ConnSSLUnsupported                    // the client demands TLS, the server has none
	ConnCertificate                       // the server's certificate was rejected
	ConnDatabaseMissing                   // the database does not exist
	ConnRoleMissing                       // the user (role) does not exist
	ConnTooManyClients                    // the server is out of connection slots
	ConnRejected                          // pg_hba.conf has no entry for this client
	ConnStartupParameter                  // the server refused a startup parameter
)

// ConnectError is a connection failure with where it happened and what to
// try. Its message never shows the password.
type ConnectError struct {
	Kind     ConnectErrorKind
	Host     string
	Port     uint16
	Database string
	User     string
	// Code is Prisma's error code for the same failure (P1001, P1000, ...),
	// or "".
	Code string
	Err  error
}

func (e *ConnectError) Unwrap() error { return e.Err }

func (e *ConnectError) Error() string {
	addr := net.JoinHostPort(e.Host, strconv.Itoa(int(e.Port)))
	if strings.HasPrefix(e.Host, "/") {
		addr = fmt.Sprintf("%s (port %d)", e.Host, e.Port)
	}
	where := fmt.Sprintf("database %q at %s", e.Database, addr)
	cause := config.Redact(rootCause(e.Err))
	switch e.Kind {
	case ConnRefused:
		hint := "check that the port is right"
		if isLoopback(e.Host) {
			hint = "start it (for the project's local database: strata dev start), or check the port"
		}
		return fmt.Sprintf("cannot reach the database server at %s: nothing is listening there (connection refused); is the server running? %s", addr, hint)
	case ConnHostNotFound:
		return fmt.Sprintf("cannot reach the database server at %s: the host name %q is not known (%s); check the host in the URL, and your network or VPN", addr, e.Host, cause)
	case ConnTimeout:
		return fmt.Sprintf("cannot reach the database server at %s: no answer in time (%s); check the host and port, a firewall or IP allow-list, or raise connect_timeout in the URL", addr, cause)
	case ConnAuthFailed:
		return fmt.Sprintf("authentication failed for user %q on %s: check the user name and password in the URL (percent-encode special characters such as @ : / ? #)", e.User, where)
	case ConnSSLRequired:
		return fmt.Sprintf("the server at %s requires an encrypted connection: add sslmode=require to the URL (%s)", addr, cause)
	case ConnSSLUnsupported:
		return fmt.Sprintf("the server at %s does not support SSL but the URL requires it: use sslmode=prefer or sslmode=disable for a local server (%s)", addr, cause)
	case ConnCertificate:
		return fmt.Sprintf("the certificate of the server at %s was rejected (%s): give the CA with sslrootcert, or use sslmode=require to encrypt without verifying", addr, cause)
	case ConnDatabaseMissing:
		return fmt.Sprintf("the database %q does not exist on the server at %s: create it (CREATE DATABASE %s), or check the database name in the URL", e.Database, addr, quoteSearchPath(e.Database))
	case ConnRoleMissing:
		return fmt.Sprintf("the user %q does not exist on the server at %s: check the user name in the URL", e.User, addr)
	case ConnTooManyClients:
		return fmt.Sprintf("the server at %s has no free connection slots (%s): close idle connections or lower connection_limit", addr, cause)
	case ConnRejected:
		return fmt.Sprintf("the server at %s refuses this client for user %q and %s (%s): add a pg_hba.conf rule or an allow-list entry", addr, e.User, where, cause)
	case ConnStartupParameter:
		return fmt.Sprintf("the server at %s refused a connection parameter of the URL (%s): remove it from the URL's query string", addr, cause)
	}
	return fmt.Sprintf("cannot connect to %s: %s", where, cause)
}

// rootCause renders the innermost useful error text: a server error, or the
// network error without pgx's "failed to connect to" prefix.
func rootCause(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%s: %s (SQLSTATE %s)", pe.Severity, pe.Message, pe.Code)
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) && ce.Unwrap() != nil {
		return ce.Unwrap().Error()
	}
	return err.Error()
}

func isLoopback(host string) bool {
	if host == "localhost" || strings.HasPrefix(host, "/") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// classify turns a pgx connection error into a *ConnectError.
func (c *ConnConfig) classify(err error) error {
	ce := &ConnectError{Host: c.Config.Host, Port: c.Config.Port, Database: c.Config.Database, User: c.Config.User, Err: err}
	ce.Kind, ce.Code = Classify(err)
	return ce
}

// Classify tells which kind of connection failure err is, and Prisma's
// error code for it.
func Classify(err error) (ConnectErrorKind, string) {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		msg := strings.ToLower(pe.Message)
		switch {
		case pe.Code == "28P01" || strings.Contains(msg, "password authentication failed"):
			return ConnAuthFailed, "P1000"
		case pe.Code == "3D000":
			return ConnDatabaseMissing, "P1003"
		case pe.Code == "28000" && strings.Contains(msg, "role") && strings.Contains(msg, "does not exist"):
			return ConnRoleMissing, "P1010"
		case pe.Code == "28000" && (strings.Contains(msg, "no encryption") || strings.Contains(msg, "ssl off")):
			return ConnSSLRequired, "P1010"
		case strings.Contains(msg, "connection is insecure") || strings.Contains(msg, "sslmode=require"):
			return ConnSSLRequired, "P1010"
		case pe.Code == "28000":
			return ConnRejected, "P1010"
		case pe.Code == "53300":
			return ConnTooManyClients, "P1001"
		case pe.Code == "42704" || (pe.Code == "08P01" && strings.Contains(msg, "startup parameter")):
			return ConnStartupParameter, ""
		}
		return ConnUnknown, ""
	}
	text := strings.ToLower(err.Error())
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return ConnRefused, "P1001"
	case errors.As(err, &dnsErr) || strings.Contains(text, "hostname resolving error"):
		return ConnHostNotFound, "P1001"
	case errors.As(err, &certErr) || errors.As(err, &unknownAuth) || errors.As(err, &hostErr) || strings.Contains(text, "x509:"):
		return ConnCertificate, "P1011"
	case strings.Contains(text, "server refused tls connection"):
		return ConnSSLUnsupported, "P1011"
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) || strings.Contains(text, "timeout"):
		return ConnTimeout, "P1001"
	case strings.Contains(text, "no password supplied") || strings.Contains(text, "failed sasl auth"):
		return ConnAuthFailed, "P1000"
	}
	return ConnUnknown, ""
}
