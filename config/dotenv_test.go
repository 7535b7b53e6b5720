package config

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseDotEnv(t *testing.T) {
	env := map[string]string{"HOME": "/home/me", "PORT": "5433"}
	lookup := func(k string) string { return env[k] }
	tests := []struct {
		name string
		in   string
		want map[string]string
	}{
		{"empty", "", map[string]string{}},
		{"blank and comment lines", "\n# a comment\n   # indented\n\n", map[string]string{}},
		{"simple", "A=1\nB = two \n", map[string]string{"A": "1", "B": "two"}},
		{"export", "export A=1\nexport\tB=2\nexport=3\n", map[string]string{"A": "1", "B": "2", "export": "3"}},
		{"CRLF", "A=1\r\nB=\"x\"\r\n", map[string]string{"A": "1", "B": "x"}},
		{"BOM", "\ufeffA=1\n", map[string]string{"A": "1"}},
		{"empty values", "A=\nB=''\nC=\"\"\n", map[string]string{"A": "", "B": "", "C": ""}},
		{"equals in value", "URL=postgresql://u:p@h/db?sslmode=require&x=y\n", map[string]string{"URL": "postgresql://u:p@h/db?sslmode=require&x=y"}},
		{"comment after unquoted value", "A=value # comment\nB=val\t# c\n", map[string]string{"A": "value", "B": "val"}},
		{"hash without space is part of the value", "A=pa#ss\nB=#x\n", map[string]string{"A": "pa#ss", "B": "#x"}},
		{"only a comment after =", "A= # nothing\n", map[string]string{"A": ""}},
		{"single quotes are literal", `A='x\ny $HOME ${HOME} # no'` + "\n", map[string]string{"A": `x\ny $HOME ${HOME} # no`}},
		{"double quotes escape", `A="line1\nline2\ttab \"q\" back\\slash \$HOME"` + "\n", map[string]string{"A": "line1\nline2\ttab \"q\" back\\slash $HOME"}},
		{"double quotes keep unknown escapes", `A="a\qb"`, map[string]string{"A": `a\qb`}},
		{"comment after quoted value", `A="x # y" # z` + "\nB='p' #c\n", map[string]string{"A": "x # y", "B": "p"}},
		{"multi-line double quotes", "KEY=\"-----BEGIN-----\nabc\n-----END-----\"\nNEXT=1\n", map[string]string{"KEY": "-----BEGIN-----\nabc\n-----END-----", "NEXT": "1"}},
		{"multi-line single quotes", "KEY='a\nb'\n", map[string]string{"KEY": "a\nb"}},
		{"backtick quotes", "A=`it's \"x\"`\n", map[string]string{"A": `it's "x"`}},
		{"expansion from the environment", "A=${HOME}/x\nB=$HOME/y\nC=\"$PORT\"\n", map[string]string{"A": "/home/me/x", "B": "/home/me/y", "C": "5433"}},
		{"expansion from earlier lines", "USER=app\nPASS=s3\nURL=postgresql://${USER}:${PASS}@localhost:${PORT}/db\n", map[string]string{"USER": "app", "PASS": "s3", "URL": "postgresql://app:s3@localhost:5433/db"}},
		{"environment wins in expansion", "PORT=1\nU=h:${PORT}\n", map[string]string{"PORT": "1", "U": "h:5433"}},
		{"unknown expands to empty", "A=x${NOPE}y$NOPE2\n", map[string]string{"A": "xy"}},
		{"defaults", "E=\nA=${NOPE:-d1}\nB=${NOPE-d2}\nC=${E:-d3}\nD=${E-d4}\n", map[string]string{"E": "", "A": "d1", "B": "d2", "C": "d3", "D": ""}},
		{"escaped dollar", `A=\$HOME` + "\n" + `B="\${HOME}"`, map[string]string{"A": "$HOME", "B": "${HOME}"}},
		{"lone dollars", "A=cost$\nB=$5\nC=${unclosed\n", map[string]string{"A": "cost$", "B": "$5", "C": "${unclosed"}},
		{"backslashes in unquoted values stay", `A=C:\\dir\n`, map[string]string{"A": `C:\\dir\n`}},
		{"last wins", "A=1\nA=2\n", map[string]string{"A": "2"}},
		{"dots and dashes in names", "a.b-c_D=1\n", map[string]string{"a.b-c_D": "1"}},
		{"no final newline", "A=1", map[string]string{"A": "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDotEnv(".env", []byte(tt.in), lookup)
			if err != nil {
				t.Fatalf("ParseDotEnv: %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseDotEnv(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseDotEnvMalformed(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
		msg  string
	}{
		{"no equals", "A=1\njust words\n", 2, "expected KEY=VALUE"},
		{"no name", "=value\n", 1, "missing variable name"},
		{"space in name", "MY KEY=1\n", 1, "invalid variable name"},
		{"digit first", "1A=1\n", 1, "invalid variable name"},
		{"unclosed double quote", "A=1\nB=\"secret\nC=2\n", 2, "never closed"},
		{"unclosed single quote", "B='x", 1, "never closed"},
		{"text after quotes", "A=\"x\"y\n", 1, "unexpected text after the quoted value"},
		{"export alone", "export\n", 1, "expected KEY=VALUE"},
		{"CRLF line count", "A=1\r\nB=2\r\nbad\r\n", 3, "expected KEY=VALUE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDotEnv("proj/.env", []byte(tt.in), nil)
			var ee *EnvError
			if !errors.As(err, &ee) {
				t.Fatalf("err = %v, want *EnvError", err)
			}
			if ee.File != "proj/.env" || ee.Line != tt.line {
				t.Errorf("error at %s:%d, want proj/.env:%d", ee.File, ee.Line, tt.line)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %q, want it to contain %q", err, tt.msg)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("err = %q leaks the value", err)
			}
		})
	}
}

// FuzzParseDotEnv checks that no input panics.
func FuzzParseDotEnv(f *testing.F) {
	for _, s := range []string{"A=1", "A=\"x\\", "A='", "A=${", "A=$", "export", "A=\"\\$\\\\\"", "K=\"a\nb\"\n#", "\ufeff=\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ParseDotEnv("f", []byte(s), func(string) string { return "" })
	})
}
