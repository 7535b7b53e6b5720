package migrate_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/stratadb/strata/internal/testfs"
	"github.com/stratadb/strata/migrate"
)

func TestChecksum(t *testing.T) {
	// The value Prisma's own test expects for "hello".
	if got, want := migrate.Checksum([]byte("hello")), "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"; got != want {
		t.Fatalf("Checksum(hello) = %s, want %s", got, want)
	}
	ref, err := os.ReadFile("../../shared/peers/prisma/reference/init-migration.sql")
	if err == nil {
		// Recorded by Prisma in migrate-deploy-statements.log for this file.
		if got, want := migrate.Checksum(ref), "953c0f38074085d40e1e3bbb81310e6a19361c6f1b50183d03643b04fd15c6e2"; got != want {
			t.Errorf("Checksum(init-migration.sql) = %s, want Prisma's %s", got, want)
		}
	}
}

func TestChecksumMatches(t *testing.T) {
	lf := "ab\ncd\nef\ngh\rab\n"
	crlf := "ab\r\ncd\r\nef\r\ngh\rab\r\n"
	tests := []struct {
		name     string
		script   string
		checksum string
		want     bool
	}{
		{"same", lf, migrate.Checksum([]byte(lf)), true},
		{"crlf file, lf checksum", crlf, migrate.Checksum([]byte(lf)), true},
		{"lf file, crlf checksum", lf, migrate.Checksum([]byte(crlf)), true},
		{"edited", "abc", migrate.Checksum([]byte("abcd")), false},
		{"trailing newline counts", "abc\n", migrate.Checksum([]byte("abc")), false},
		{"empty checksum", "abc", "", false},
		// SHA-256 of "hello" has bytes below 0x10 (0x0e, 0x04, ...): the
		// old unpadded format drops their leading zeros.
		{"old unpadded checksum", "hello", "2cf24dba5fb0a3e26e83b2ac5b9e29e1b161e5c1fa7425e7343362938b9824", true},
		{"old unpadded, other script", "hell", "2cf24dba5fb0a3e26e83b2ac5b9e29e1b161e5c1fa7425e7343362938b9824", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := migrate.ChecksumMatches([]byte(tt.script), tt.checksum); got != tt.want {
				t.Errorf("ChecksumMatches = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestReadFolder(t *testing.T) {
	dir := t.TempDir()
	testfs.WriteTree(t, dir, map[string]string{
		"20240102000000_b/migration.sql": "B",
		"20240101000000_a/migration.sql": "A",
		"20240103000000_c/README":        "no script",
		"migration_lock.toml":            migrate.LockFileContent("postgres"),
		"notes.txt":                      "ignored",
	})
	f, err := migrate.ReadFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := f.Names(), []string{"20240101000000_a", "20240102000000_b", "20240103000000_c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Names = %v, want %v", got, want)
	}
	if string(f.Migrations[0].Script) != "A" || f.Migrations[2].ReadErr == nil {
		t.Errorf("scripts not read as expected: %q, %v", f.Migrations[0].Script, f.Migrations[2].ReadErr)
	}
	if p, ok := f.LockProvider(); !ok || p != "postgresql" {
		t.Errorf("LockProvider = %q, %v", p, ok)
	}
	if err := f.CheckProvider("postgres"); err != nil {
		t.Errorf("CheckProvider(postgres): %v", err)
	}
	err = f.CheckProvider("mysql")
	var me *migrate.Error
	if !asError(err, &me) || me.Code != "P3019" {
		t.Errorf("CheckProvider(mysql) = %v, want P3019", err)
	}

	missing, err := migrate.ReadFolder(filepath.Join(dir, "nope"))
	if err != nil || len(missing.Migrations) != 0 {
		t.Errorf("missing folder: %v, %v", missing, err)
	}
}

func TestLockFileMatchesPrisma(t *testing.T) {
	ref, err := os.ReadFile("../../shared/peers/prisma/reference/migration_lock.toml")
	if err != nil {
		t.Fatal("the Prisma peer's reference files are missing (../shared beside the repository):", err)
	}
	if got := migrate.LockFileContent("postgresql"); got != string(ref) {
		t.Errorf("LockFileContent =\n%q\nwant\n%q", got, ref)
	}
}

func TestDir(t *testing.T) {
	dir := t.TempDir()
	testfs.WriteTree(t, dir, map[string]string{
		"prisma/schema.prisma":        "",
		"prisma/schema/models.prisma": "",
	})
	if got, want := migrate.Dir(filepath.Join(dir, "prisma/schema.prisma")), filepath.Join(dir, "prisma/migrations"); got != want {
		t.Errorf("Dir(file) = %s, want %s", got, want)
	}
	if got, want := migrate.Dir(filepath.Join(dir, "prisma/schema")), filepath.Join(dir, "prisma/schema/migrations"); got != want {
		t.Errorf("Dir(folder) = %s, want %s", got, want)
	}
}

func TestDiagnose(t *testing.T) {
	now := time.Now()
	rec := func(name, script string, finished, rolledBack bool) *migrate.Record {
		r := &migrate.Record{Name: name, Checksum: migrate.Checksum([]byte(script)), StartedAt: now}
		if finished {
			r.FinishedAt = &now
		}
		if rolledBack {
			r.RolledBackAt = &now
		}
		return r
	}
	folder := &migrate.Folder{Migrations: []*migrate.Migration{
		{Name: "1_a", Script: []byte("A")},
		{Name: "2_b", Script: []byte("B edited")},
		{Name: "3_c", Script: []byte("C")},
		{Name: "4_d", Script: []byte("D")},
	}}
	h := &migrate.History{Exists: true, Records: []*migrate.Record{
		rec("1_a", "A", true, false),
		rec("2_b", "B", true, false),
		rec("3_c", "C", false, true),
		rec("3_c", "C", false, false),
		rec("9_remote", "R", true, false),
	}}
	d := migrate.Diagnose(folder, h)
	if !reflect.DeepEqual(d.Pending, []string{"4_d"}) {
		t.Errorf("Pending = %v", d.Pending)
	}
	if !reflect.DeepEqual(d.Edited, []string{"2_b"}) {
		t.Errorf("Edited = %v", d.Edited)
	}
	if len(d.Failed) != 1 || d.Failed[0].Name != "3_c" {
		t.Errorf("Failed = %v", d.Failed)
	}
	if !reflect.DeepEqual(d.MissingLocally, []string{"9_remote"}) {
		t.Errorf("MissingLocally = %v", d.MissingLocally)
	}
	if d.LastCommon != "3_c" {
		t.Errorf("LastCommon = %q", d.LastCommon)
	}
	if d.InSync() {
		t.Error("InSync = true")
	}

	ok := migrate.Diagnose(&migrate.Folder{Migrations: folder.Migrations[:1]}, &migrate.History{Exists: true, Records: h.Records[:1]})
	if !ok.InSync() {
		t.Errorf("in-sync history not InSync: %+v", ok)
	}
}
