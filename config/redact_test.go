package config

import (
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	tests := []struct {
		in, want string
		secrets  []string // must not appear in the output
	}{
		{"", "", nil},
		{"postgresql://user:s3cret@localhost:5432/app?schema=public", "postgresql://user:****@localhost:5432/app?schema=public", []string{"s3cret"}},
		{"postgres://user:s3cret@db.example.com/app", "postgres://user:****@db.example.com/app", []string{"s3cret"}},
		{"postgresql://user@localhost/app", "postgresql://user@localhost/app", nil},
		{"postgresql://user:@localhost/app", "postgresql://user:@localhost/app", nil},
		{"postgresql://localhost:5432/app", "postgresql://localhost:5432/app", nil},
		{"postgresql://localhost/app?sslmode=disable", "postgresql://localhost/app?sslmode=disable", nil},
		{"postgresql://user:s3cret@localhost", "postgresql://user:****@localhost", []string{"s3cret"}},
		{"postgresql://u:s3cret@h1:5432,h2:5433/app", "postgresql://u:****@h1:5432,h2:5433/app", []string{"s3cret"}},
		{"postgresql://u:p%40ss%2Fw@host/db", "postgresql://u:****@host/db", []string{"p%40ss", "ss%2Fw"}},
		// Unescaped reserved characters in the password.
		{"postgresql://u:p@ss@host/db", "postgresql://u:****@host/db", []string{"p@ss"}},
		{"postgresql://u:pa/ss@host/db", "postgresql://u:****@host/db", []string{"pa/ss", "ss@"}},
		{"postgresql://u:pa#ss@host/db", "postgresql://u:****@host/db", []string{"pa#ss", "ss@"}},
		{"postgresql://u:pa?ss@host/db", "postgresql://u:****@host/db", []string{"pa?ss", "ss@"}},
		{"postgresql://u:pa:ss@host/db", "postgresql://u:****@host/db", []string{"pa:ss"}},
		// Query parameters.
		{"postgresql://localhost/db?user=u&password=s3cret&sslmode=require", "postgresql://localhost/db?user=u&password=****&sslmode=require", []string{"s3cret"}},
		{"postgresql://u:one@h/db?sslpassword=two&sslcert=/c.pem", "postgresql://u:****@h/db?sslpassword=****&sslcert=/c.pem", []string{"one", "two"}},
		{"postgresql://h/db?PASSWORD=s3cret", "postgresql://h/db?PASSWORD=****", []string{"s3cret"}},
		{"postgresql://h/db?password=s3cret#frag", "postgresql://h/db?password=****", []string{"s3cret", "frag"}},
		{"postgresql://h/db?email=a@b.c", "postgresql://h/db?email=a@b.c", nil},
		{"postgresql://h:5432/db?email=a@b.c", "postgresql://h:****@b.c", nil}, // ambiguous: hides too much
		{"prisma+postgres://accelerate.prisma-data.net/?api_key=eyJhbGci", "prisma+postgres://accelerate.prisma-data.net/?api_key=eyJhbGci", nil},
		{"prisma+postgres://accelerate.prisma-data.net/?api_token=eyJhbGci", "prisma+postgres://accelerate.prisma-data.net/?api_token=****", []string{"eyJhbGci"}},
		// key=value DSNs.
		{"host=localhost port=5432 user=app password=s3cret dbname=app", "host=localhost port=5432 user=app password=**** dbname=app", []string{"s3cret"}},
		{"host=h password='se cret\\' x' dbname=d", "host=h password=**** dbname=d", []string{"se", "cret", " x'"}},
		{"password = s3cret sslmode=disable", "password = **** sslmode=disable", []string{"s3cret"}},
		{"Server=h;User Id=u;Password=s3cret;Database=d", "Server=h;User Id=u;Password=****;Database=d", []string{"s3cret"}},
		{"PGPASSWORD=s3cret psql", "PGPASSWORD=**** psql", []string{"s3cret"}},
		{"password=a#b", "password=****", []string{"a#b", "#b"}},
		// URLs inside messages.
		{`failed to connect to "postgresql://app:s3cret@db:5432/app": refused`, `failed to connect to "postgresql://app:****@db:5432/app": refused`, []string{"s3cret"}},
		{"url postgresql://a:one@h/x and postgres://b:two@h/y.", "url postgresql://a:****@h/x and postgres://b:****@h/y.", []string{"one", "two"}},
		{"connecting to app:s3cret@db.internal:5432/app", "connecting to app:****@db.internal:5432/app", []string{"s3cret"}},
		{"DSN=app:s3cret@[::1]:5432/app", "DSN=app:****@[::1]:5432/app", []string{"s3cret"}},
		{"mail me: a@b.c at 10:30", "mail me: a@b.c at 10:30", nil},
		{"no secrets here: host=h port=1", "no secrets here: host=h port=1", nil},
		{"https://example.com/path", "https://example.com/path", nil},
		{"not a url at all", "not a url at all", nil},
	}
	for _, tt := range tests {
		got := Redact(tt.in)
		if got != tt.want {
			t.Errorf("Redact(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
		for _, s := range tt.secrets {
			if strings.Contains(got, s) {
				t.Errorf("Redact(%q) = %q leaks %q", tt.in, got, s)
			}
		}
	}
}

// FuzzRedact checks that Redact never panics and never shows the password
// of a URL it builds.
func FuzzRedact(f *testing.F) {
	f.Add("user", "s3cret", "localhost:5432/db?x=y")
	f.Add("u", "p@/?#:ss", "h/db")
	f.Fuzz(func(t *testing.T, user, pass, rest string) {
		_ = Redact(user + pass + rest)
		if len(pass) < 4 || strings.ContainsAny(user+pass, " \t\r\n\"'<>`") || strings.Contains(user, ":") ||
			strings.Contains(user, "@") || strings.Contains(user, "?") || strings.Contains(rest, "@") || strings.Contains(rest, pass) ||
			strings.Contains("postgresql://"+user+":", pass) || strings.Contains("****", pass) {
			return
		}
		got := Redact("postgresql://" + user + ":" + pass + "@" + rest)
		if strings.Contains(got, pass) {
			t.Errorf("Redact leaks %q: %q", pass, got)
		}
	})
}
