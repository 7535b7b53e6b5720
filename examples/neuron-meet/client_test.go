package neuronmeet_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/stratadb/strata/client"
	"github.com/stratadb/strata/examples/neuron-meet/db"
)

// Every capability of the generated client, on the Neuron Meet schema.

// world is a seeded database: users ann, bob, cy (cy has a display name),
// rooms r0 (host ann, with settings, bob and a guest in it, 3 messages) and
// r1 (host bob, ended, no settings, nobody, no message).
type world struct {
	c     *db.Client
	users map[string]*db.User
	rooms []*db.Room
}

func seedWorld(t testing.TB, opts ...client.Option) *world {
	t.Helper()
	c := newDB(t, opts...)
	w := &world{c: c, users: map[string]*db.User{}}
	for _, n := range []string{"ann", "bob", "cy"} {
		in := db.UserCreateInput{Email: n + "@Neuron.Meet", Name: strings.ToUpper(n[:1]) + n[1:], Password: "x"}
		if n == "cy" {
			in.DisplayName = client.Ptr("C.")
		}
		w.users[n] = must(c.User.Create(ctx, db.UserCreate{Data: in}))
	}
	ann, bob := w.users["ann"], w.users["bob"]
	r0 := must(c.Room.Create(ctx, db.RoomCreate{Data: db.RoomCreateInput{Code: "aaa-aaaa-aaa", Name: "Design review", HostID: ann.ID}}))
	must(c.RoomSettings.Create(ctx, db.RoomSettingsCreate{Data: db.RoomSettingsCreateInput{RoomID: r0.ID, MaxParticipants: client.Ptr(5)}}))
	ended := time.Now().UTC().Add(-time.Hour).Truncate(time.Millisecond)
	r1 := must(c.Room.Create(ctx, db.RoomCreate{Data: db.RoomCreateInput{Code: "bbb-bbbb-bbb", Name: "Old_room 100%", HostID: bob.ID, IsActive: client.Ptr(false), EndedAt: &ended}}))
	w.rooms = []*db.Room{r0, r1}
	must(c.Participant.Create(ctx, db.ParticipantCreate{Data: db.ParticipantCreateInput{RoomID: r0.ID, UserID: &ann.ID, IsHost: client.Ptr(true)}}))
	must(c.Participant.Create(ctx, db.ParticipantCreate{Data: db.ParticipantCreateInput{RoomID: r0.ID, UserID: &bob.ID}}))
	must(c.Participant.Create(ctx, db.ParticipantCreate{Data: db.ParticipantCreateInput{RoomID: r0.ID, GuestName: client.Ptr("Guest")}}))
	for i, text := range []string{"first", "second", "third"} {
		must(c.Message.Create(ctx, db.MessageCreate{Data: db.MessageCreateInput{
			RoomID: r0.ID, UserID: &ann.ID, Content: text,
			CreatedAt: client.Ptr(time.Date(2025, 1, 1, 10, i, 0, 0, time.UTC)),
		}}))
	}
	return w
}

func emails(us []db.User) string {
	var out []string
	for _, u := range us {
		out = append(out, strings.TrimSuffix(u.Email, "@Neuron.Meet"))
	}
	return strings.Join(out, " ")
}

func TestCreateFillsDefaults(t *testing.T) {
	t.Parallel()
	c := newDB(t)
	before := time.Now().Add(-time.Second)
	u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "a@b.c", Name: "A", Password: "x"}}))
	if !regexp.MustCompile(`^c[0-9a-z]{24}$`).MatchString(u.ID) {
		t.Errorf("cuid() id %q", u.ID)
	}
	if u.CreatedAt.Before(before) || !u.CreatedAt.Equal(u.UpdatedAt) || u.CreatedAt.Location() != time.UTC {
		t.Errorf("now() %v, @updatedAt %v", u.CreatedAt, u.UpdatedAt)
	}
	if u.DisplayName != nil || u.AvatarURL != nil {
		t.Errorf("optional fields are nil pointers: %v %v", u.DisplayName, u.AvatarURL)
	}
	r := must(c.Room.Create(ctx, db.RoomCreate{Data: db.RoomCreateInput{Code: "c", Name: "n", HostID: u.ID}}))
	s := must(c.RoomSettings.Create(ctx, db.RoomSettingsCreate{Data: db.RoomSettingsCreateInput{RoomID: r.ID}}))
	if !r.IsActive || r.IsLocked || r.EndedAt != nil || !s.AllowChat || s.WaitingRoom || s.MaxParticipants != 100 {
		t.Errorf("database defaults: room %+v settings %+v", r, s)
	}
	m := must(c.Message.Create(ctx, db.MessageCreate{Data: db.MessageCreateInput{RoomID: r.ID, Content: "hi"}}))
	if m.Type != db.MessageTypeText || !m.Type.Valid() || db.MessageType("VIDEO").Valid() || len(db.MessageTypeValues()) != 3 {
		t.Errorf("enum default %q", m.Type)
	}
	// Given values win over defaults; DateTime keeps milliseconds.
	at := time.Date(2024, 2, 29, 12, 30, 15, 123_456_789, time.FixedZone("CET", 3600))
	r2 := must(c.Room.Create(ctx, db.RoomCreate{Data: db.RoomCreateInput{ID: client.Ptr("my-id"), Code: "d", Name: "n", HostID: u.ID, StartedAt: &at}}))
	if r2.ID != "my-id" || !r2.StartedAt.Equal(at.Truncate(time.Millisecond)) || r2.StartedAt.Location() != time.UTC {
		t.Errorf("given id %q, startedAt %v", r2.ID, r2.StartedAt)
	}
	id := must(client.GenerateID(client.DefaultCUID, 0))
	if len(id) != 25 || id == u.ID {
		t.Errorf("GenerateID %q", id)
	}
}

func TestFilters(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	find := func(where db.UserWhere) string {
		t.Helper()
		return emails(must(c.User.FindMany(ctx, db.UserFindMany{Where: where, OrderBy: []db.UserOrderBy{{Email: client.Asc}}})))
	}
	cases := []struct {
		name  string
		where db.UserWhere
		want  string
	}{
		{"all", db.UserWhere{}, "ann bob cy"},
		{"equals", db.UserWhere{Email: client.StringFilter{Equals: client.Ptr("bob@Neuron.Meet")}}, "bob"},
		{"equals is case-sensitive", db.UserWhere{Email: client.StringFilter{Equals: client.Ptr("bob@neuron.meet")}}, ""},
		{"equals insensitive", db.UserWhere{Email: client.StringFilter{Equals: client.Ptr("BOB@neuron.meet"), Mode: client.Insensitive}}, "bob"},
		{"not", db.UserWhere{Name: client.StringFilter{Not: client.Ptr("Ann")}}, "bob cy"},
		{"in", db.UserWhere{Name: client.StringFilter{In: []string{"Ann", "Cy", "Zed"}}}, "ann cy"},
		{"in empty", db.UserWhere{Name: client.StringFilter{In: []string{}}}, ""},
		{"notIn", db.UserWhere{Name: client.StringFilter{NotIn: []string{"Ann"}}}, "bob cy"},
		{"lt gte", db.UserWhere{Name: client.StringFilter{Gte: client.Ptr("B"), Lt: client.Ptr("C")}}, "bob"},
		{"contains", db.UserWhere{Email: client.StringFilter{Contains: client.Ptr("ob@")}}, "bob"},
		{"contains insensitive", db.UserWhere{Email: client.StringFilter{Contains: client.Ptr("NEURON"), Mode: client.Insensitive}}, "ann bob cy"},
		{"startsWith endsWith", db.UserWhere{Email: client.StringFilter{StartsWith: client.Ptr("c"), EndsWith: client.Ptr(".Meet")}}, "cy"},
		{"null", db.UserWhere{DisplayName: client.StringFilter{IsNull: client.Ptr(true)}}, "ann bob"},
		{"not null", db.UserWhere{DisplayName: client.StringFilter{IsNull: client.Ptr(false)}}, "cy"},
		{"OR", db.UserWhere{OR: []db.UserWhere{{Name: client.StringFilter{Equals: client.Ptr("Ann")}}, {Name: client.StringFilter{Equals: client.Ptr("Cy")}}}}, "ann cy"},
		{"OR empty", db.UserWhere{OR: []db.UserWhere{}}, ""},
		{"AND", db.UserWhere{AND: []db.UserWhere{{Name: client.StringFilter{StartsWith: client.Ptr("B")}}, {Email: client.StringFilter{EndsWith: client.Ptr("Meet")}}}}, "bob"},
		{"NOT", db.UserWhere{NOT: []db.UserWhere{{Name: client.StringFilter{Equals: client.Ptr("Ann")}}}}, "bob cy"},
		{"some", db.UserWhere{HostedRooms: &db.RoomListRelationFilter{Some: &db.RoomWhere{IsActive: client.BoolFilter{Equals: client.Ptr(false)}}}}, "bob"},
		{"none", db.UserWhere{Participants: &db.ParticipantListRelationFilter{None: &db.ParticipantWhere{}}}, "cy"},
		{"every", db.UserWhere{Messages: &db.MessageListRelationFilter{Every: &db.MessageWhere{Content: client.StringFilter{In: []string{"first", "second", "third"}}}}}, "ann bob cy"},
		{"every (none match)", db.UserWhere{Messages: &db.MessageListRelationFilter{Every: &db.MessageWhere{Content: client.StringFilter{Equals: client.Ptr("first")}}}}, "bob cy"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := find(tc.where); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	// Filters on other types: Boolean, Int, DateTime, enums, to-one relations.
	count := func(where db.ParticipantWhere) int64 {
		t.Helper()
		return must(c.Participant.Count(ctx, db.ParticipantCount{Where: where}))
	}
	pcases := []struct {
		name  string
		where db.ParticipantWhere
		want  int64
	}{
		{"bool", db.ParticipantWhere{IsHost: client.BoolFilter{Equals: client.Ptr(true)}}, 1},
		{"guest: user is null", db.ParticipantWhere{User: &db.UserRelationFilter{IsNull: client.Ptr(true)}}, 1},
		{"optional foreign key is null", db.ParticipantWhere{UserID: client.StringFilter{IsNull: client.Ptr(true)}}, 1},
		{"is", db.ParticipantWhere{User: &db.UserRelationFilter{Is: &db.UserWhere{Name: client.StringFilter{Equals: client.Ptr("Bob")}}}}, 1},
		{"isNot", db.ParticipantWhere{User: &db.UserRelationFilter{IsNot: &db.UserWhere{Name: client.StringFilter{Equals: client.Ptr("Bob")}}}}, 2},
		{"nested relation", db.ParticipantWhere{Room: &db.RoomRelationFilter{Is: &db.RoomWhere{Settings: &db.RoomSettingsRelationFilter{Is: &db.RoomSettingsWhere{MaxParticipants: client.IntFilter{Lte: client.Ptr(5)}}}}}}, 3},
		{"datetime", db.ParticipantWhere{JoinedAt: client.DateTimeFilter{Gt: client.Ptr(time.Now().Add(-time.Hour))}}, 3},
	}
	for _, tc := range pcases {
		if got := count(tc.where); got != tc.want {
			t.Errorf("%s: %d participants, want %d", tc.name, got, tc.want)
		}
	}
	rooms := must(c.Room.FindMany(ctx, db.RoomFindMany{Where: db.RoomWhere{
		EndedAt: client.DateTimeFilter{IsNull: client.Ptr(false)},
		Name:    client.StringFilter{Contains: client.Ptr("_room 100%")}, // % and _ are literal
	}}))
	if len(rooms) != 1 || rooms[0].Code != "bbb-bbbb-bbb" {
		t.Errorf("literal pattern: %v", rooms)
	}
	if n := must(c.Room.Count(ctx, db.RoomCount{Where: db.RoomWhere{Name: client.StringFilter{Contains: client.Ptr("_")}}})); n != 1 {
		t.Errorf("_ matched %d rooms", n)
	}
	if n := must(c.Message.Count(ctx, db.MessageCount{Where: db.MessageWhere{Type: client.EnumFilter[db.MessageType]{In: []db.MessageType{db.MessageTypeSystem, db.MessageTypeFile}}}})); n != 0 {
		t.Errorf("enum filter: %d", n)
	}
	if n := must(c.RoomSettings.Count(ctx, db.RoomSettingsCount{Where: db.RoomSettingsWhere{MaxParticipants: client.IntFilter{Gt: client.Ptr(4), Lt: client.Ptr(6)}}})); n != 1 {
		t.Errorf("int filter: %d", n)
	}
}

func TestOrderSkipTakeAndFindFirst(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	desc := must(c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{{Name: client.Desc}}}))
	if emails(desc) != "cy bob ann" {
		t.Errorf("desc: %s", emails(desc))
	}
	page := must(c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{{Email: client.Asc}}, Skip: client.Ptr(1), Take: client.Ptr(1)}))
	if emails(page) != "bob" {
		t.Errorf("skip 1 take 1: %s", emails(page))
	}
	nulls := must(c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{{DisplayName: client.AscNullsFirst}, {Email: client.Desc}}}))
	if emails(nulls) != "bob ann cy" {
		t.Errorf("nulls first, then email desc: %s", emails(nulls))
	}
	nulls = must(c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{{DisplayName: client.DescNullsLast}, {Email: client.Asc}}}))
	if emails(nulls) != "cy ann bob" {
		t.Errorf("nulls last: %s", emails(nulls))
	}
	first := must(c.Message.FindFirst(ctx, db.MessageFindFirst{OrderBy: []db.MessageOrderBy{{CreatedAt: client.Desc}}}))
	if first == nil || first.Content != "third" {
		t.Errorf("findFirst newest: %+v", first)
	}
	none := must(c.Message.FindFirst(ctx, db.MessageFindFirst{Where: db.MessageWhere{Content: client.StringFilter{Equals: client.Ptr("nope")}}}))
	if none != nil {
		t.Errorf("findFirst with no match: %+v", none)
	}
	if n := must(c.Message.Count(ctx, db.MessageCount{Skip: client.Ptr(1), Take: client.Ptr(5)})); n != 2 {
		t.Errorf("count skip 1 take 5 of 3: %d", n)
	}
	empty := must(c.Message.FindMany(ctx, db.MessageFindMany{Where: db.MessageWhere{Content: client.StringFilter{Equals: client.Ptr("nope")}}}))
	if empty == nil || len(empty) != 0 {
		t.Errorf("findMany with no match is an empty slice: %#v", empty)
	}
}

func TestFindUnique(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	u := must(c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{Email: client.Ptr("ann@Neuron.Meet")}}))
	if u == nil || u.ID != w.users["ann"].ID {
		t.Fatalf("by email: %+v", u)
	}
	if u := must(c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: client.Ptr("nope")}})); u != nil {
		t.Errorf("absent: %+v", u)
	}
	_, err := c.Room.FindUniqueOrThrow(ctx, db.RoomFindUnique{Where: db.RoomWhereUnique{Code: client.Ptr("zzz")}})
	var nf *client.NotFound
	if !errors.Is(err, client.ErrNotFound) || !errors.As(err, &nf) || nf.Model != "Room" || client.Code(err) != "P2025" {
		t.Errorf("findUniqueOrThrow: %v", err)
	}
	if _, err := c.User.FindUnique(ctx, db.UserFindUnique{}); !errors.Is(err, client.ErrNoUnique) {
		t.Errorf("empty unique where: %v", err)
	}
	s := must(c.RoomSettings.FindUnique(ctx, db.RoomSettingsFindUnique{Where: db.RoomSettingsWhereUnique{RoomID: &w.rooms[0].ID}}))
	if s == nil || s.MaxParticipants != 5 {
		t.Errorf("by the unique roomId: %+v", s)
	}
}

// stmts counts the statements the client sends.
type stmts struct {
	mu  sync.Mutex
	ops []string
}

func (s *stmts) QueryStart(ctx context.Context, _ client.QueryStart) context.Context { return ctx }
func (s *stmts) QueryEnd(_ context.Context, q client.QueryEnd) {
	s.mu.Lock()
	s.ops = append(s.ops, q.Model+"."+q.Operation)
	s.mu.Unlock()
}
func (s *stmts) take() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.ops
	s.ops = nil
	return out
}

func TestInclude(t *testing.T) {
	t.Parallel()
	st := &stmts{}
	w := seedWorld(t, client.WithTracer(st))
	c := w.c
	st.take()
	rooms := must(c.Room.FindMany(ctx, db.RoomFindMany{
		OrderBy: []db.RoomOrderBy{{Code: client.Asc}},
		Include: &db.RoomInclude{
			Host:     &db.UserInclude{},
			Settings: &db.RoomSettingsInclude{},
			Participants: &db.ParticipantFindMany{
				OrderBy: []db.ParticipantOrderBy{{IsHost: client.Desc}, {GuestName: client.AscNullsFirst}},
				Include: &db.ParticipantInclude{User: &db.UserInclude{}},
			},
			Messages: &db.MessageFindMany{OrderBy: []db.MessageOrderBy{{CreatedAt: client.Desc}}, Take: client.Ptr(2)},
		},
	}))
	// At most one statement for the rooms, one per included relation and
	// one for the participants' users, whatever the number of rooms (the
	// Join strategy needs fewer).
	if ops := st.take(); len(ops) > 6 || ops[0] != "Room.findMany" {
		t.Errorf("statements: %v", ops)
	}
	r0, r1 := rooms[0], rooms[1]
	if r0.Host == nil || r0.Host.Name != "Ann" || r1.Host.Name != "Bob" {
		t.Errorf("hosts %v %v", r0.Host, r1.Host)
	}
	if r0.Settings == nil || r0.Settings.MaxParticipants != 5 || r1.Settings != nil || !r1.Loaded("settings") || r1.Loaded("nope") {
		t.Errorf("settings %v %v", r0.Settings, r1.Settings)
	}
	var names []string
	for _, p := range r0.Participants {
		names = append(names, nameOf(p))
	}
	if strings.Join(names, ",") != "Ann,Bob,Guest" || r0.Participants[2].User != nil || !r0.Participants[2].Loaded("user") {
		t.Errorf("participants %v", names)
	}
	if r1.Participants == nil || len(r1.Participants) != 0 {
		t.Errorf("an included to-many relation with no rows is an empty slice: %#v", r1.Participants)
	}
	if len(r0.Messages) != 2 || r0.Messages[0].Content != "third" || r0.Messages[1].Content != "second" || len(r1.Messages) != 0 {
		t.Errorf("last two messages per room: %v", r0.Messages)
	}
	// Relations not included are nil, not loaded, and left out of JSON.
	if r0.Participants[0].Room != nil || r0.Participants[0].Loaded("room") {
		t.Errorf("room was not included")
	}
	js := string(must(json.Marshal(r1)))
	if !strings.Contains(js, `"participants":[]`) || strings.Contains(js, `"room"`) || !strings.Contains(js, `"endedAt":"`) {
		t.Errorf("JSON %s", js)
	}
	plain := must(c.Room.FindUnique(ctx, db.RoomFindUnique{Where: db.RoomWhereUnique{Code: &r0.Code}}))
	js = string(must(json.Marshal(plain)))
	if strings.Contains(js, "participants") || strings.Contains(js, "host\"") || !strings.Contains(js, `"endedAt":null`) {
		t.Errorf("JSON without includes %s", js)
	}
	// Include on writes: Create returns the row with its relations.
	m := must(c.Message.Create(ctx, db.MessageCreate{
		Data:    db.MessageCreateInput{RoomID: r0.ID, UserID: &w.users["cy"].ID, Content: "x"},
		Include: &db.MessageInclude{User: &db.UserInclude{}, Room: &db.RoomInclude{Host: &db.UserInclude{}}},
	}))
	if m.User == nil || *m.User.DisplayName != "C." || m.Room.Host.Name != "Ann" {
		t.Errorf("create with include: %+v", m)
	}
	// Per-parent skip and take for many parents.
	for i := 0; i < 20; i++ {
		must(c.Room.Create(ctx, db.RoomCreate{Data: db.RoomCreateInput{Code: fmt.Sprintf("r%02d", i), Name: "r", HostID: w.users["cy"].ID}}))
	}
	us := must(c.User.FindMany(ctx, db.UserFindMany{
		OrderBy: []db.UserOrderBy{{Email: client.Asc}},
		Include: &db.UserInclude{HostedRooms: &db.RoomFindMany{OrderBy: []db.RoomOrderBy{{Code: client.Desc}}, Skip: client.Ptr(1), Take: client.Ptr(3)}},
	}))
	var got []string
	for _, u := range us {
		var codes []string
		for _, r := range u.HostedRooms {
			codes = append(codes, r.Code)
		}
		got = append(got, strings.Join(codes, ","))
	}
	if strings.Join(got, " | ") != " |  | r18,r17,r16" {
		t.Errorf("hosted rooms skip 1 take 3: %q", got)
	}
}

func TestWrites(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	r := w.rooms[0]
	s := must(c.RoomSettings.Update(ctx, db.RoomSettingsUpdate{
		Where: db.RoomSettingsWhereUnique{RoomID: &r.ID},
		Data:  db.RoomSettingsUpdateInput{MaxParticipants: client.Increment(10), WaitingRoom: client.Set(true)},
	}))
	if s.MaxParticipants != 15 || !s.WaitingRoom {
		t.Errorf("increment, set: %+v", s)
	}
	for _, step := range []struct {
		op   client.Op[int]
		want int
	}{{client.Decrement(5), 10}, {client.Multiply(3), 30}, {client.Divide(4), 7}} {
		s = must(c.RoomSettings.Update(ctx, db.RoomSettingsUpdate{Where: db.RoomSettingsWhereUnique{ID: &s.ID}, Data: db.RoomSettingsUpdateInput{MaxParticipants: step.op}}))
		if s.MaxParticipants != step.want {
			t.Errorf("got %d, want %d", s.MaxParticipants, step.want)
		}
	}
	// @updatedAt moves on Update; SetNull clears an optional field.
	cy := w.users["cy"]
	time.Sleep(5 * time.Millisecond)
	u := must(c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: &cy.ID}, Data: db.UserUpdateInput{DisplayName: client.SetNull[string](), AvatarURL: client.Set("https://a/b.png")}}))
	if u.DisplayName != nil || u.AvatarURL == nil || !u.UpdatedAt.After(cy.UpdatedAt) || !u.CreatedAt.Equal(cy.CreatedAt) {
		t.Errorf("update: %+v", u)
	}
	if _, err := c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: client.Ptr("nope")}, Data: db.UserUpdateInput{Name: client.Set("x")}}); !errors.Is(err, client.ErrNotFound) {
		t.Errorf("update of a missing row: %v", err)
	}
	// Upsert: creates, then updates.
	for i, want := range []string{"Dee", "Dee D."} {
		d := must(c.User.Upsert(ctx, db.UserUpsert{
			Where:  db.UserWhereUnique{Email: client.Ptr("dee@neuron.meet")},
			Create: db.UserCreateInput{Email: "dee@neuron.meet", Name: "Dee", Password: "x"},
			Update: db.UserUpdateInput{Name: client.Set("Dee D.")},
		}))
		if d.Name != want {
			t.Errorf("upsert %d: %q", i, d.Name)
		}
	}
	// UpdateMany, DeleteMany, Delete.
	n := must(c.Participant.UpdateMany(ctx, db.ParticipantUpdateMany{
		Where: db.ParticipantWhere{RoomID: client.StringFilter{Equals: &r.ID}, IsHost: client.BoolFilter{Equals: client.Ptr(false)}},
		Data:  db.ParticipantUpdateInput{IsActive: client.Set(false), LeftAt: client.Set(time.Now())},
	}))
	if n != 2 {
		t.Errorf("updateMany: %d", n)
	}
	n = must(c.Participant.DeleteMany(ctx, db.ParticipantDeleteMany{Where: db.ParticipantWhere{IsActive: client.BoolFilter{Equals: client.Ptr(false)}}}))
	if n != 2 {
		t.Errorf("deleteMany: %d", n)
	}
	first := must(c.Message.FindFirst(ctx, db.MessageFindFirst{OrderBy: []db.MessageOrderBy{{CreatedAt: client.Asc}}}))
	gone := must(c.Message.Delete(ctx, db.MessageDelete{Where: db.MessageWhereUnique{ID: &first.ID}}))
	if gone.Content != "first" {
		t.Errorf("delete returns the row: %+v", gone)
	}
	if _, err := c.Message.Delete(ctx, db.MessageDelete{Where: db.MessageWhereUnique{ID: &first.ID}}); !errors.Is(err, client.ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
}

func TestCreateMany(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	r := w.rooms[0]
	// A small batch is a multi-row INSERT; CopyThreshold rows or more use COPY.
	for _, size := range []int{3, client.CopyThreshold} {
		rows := make([]db.MessageCreateInput, size)
		for i := range rows {
			rows[i] = db.MessageCreateInput{RoomID: r.ID, Content: fmt.Sprintf("bulk %d", i), Type: client.Ptr(db.MessageTypeSystem)}
		}
		n := must(c.Message.CreateMany(ctx, db.MessageCreateMany{Data: rows}))
		if n != int64(size) {
			t.Errorf("createMany of %d: %d", size, n)
		}
	}
	ms := must(c.Message.FindMany(ctx, db.MessageFindMany{Where: db.MessageWhere{Type: client.EnumFilter[db.MessageType]{Equals: client.Ptr(db.MessageTypeSystem)}}, Take: client.Ptr(5)}))
	if len(ms) != 5 || !regexp.MustCompile(`^c[0-9a-z]{24}$`).MatchString(ms[0].ID) || ms[0].CreatedAt.IsZero() {
		t.Errorf("createMany fills the defaults: %+v", ms[0])
	}
	// SkipDuplicates: ON CONFLICT DO NOTHING.
	n := must(c.User.CreateMany(ctx, db.UserCreateMany{SkipDuplicates: true, Data: []db.UserCreateInput{
		{Email: "ann@Neuron.Meet", Name: "Ann again", Password: "x"},
		{Email: "dee@neuron.meet", Name: "Dee", Password: "x"},
	}}))
	if n != 1 {
		t.Errorf("skipDuplicates inserted %d", n)
	}
	_, err := c.User.CreateMany(ctx, db.UserCreateMany{Data: []db.UserCreateInput{{Email: "dee@neuron.meet", Name: "Dee", Password: "x"}}})
	var uv *client.UniqueViolation
	if !errors.As(err, &uv) {
		t.Errorf("createMany of a duplicate: %v", err)
	}
}

func TestTransactions(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	ann := w.users["ann"]
	boom := errors.New("boom")
	// fn's error rolls everything back and is returned as is.
	err := c.Tx(ctx, func(tx *db.Client) error {
		if _, err := tx.Room.Create(ctx, db.RoomCreate{Data: db.RoomCreateInput{Code: "tx", Name: "tx", HostID: ann.ID}}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) || must(c.Room.Count(ctx, db.RoomCount{})) != 2 {
		t.Errorf("rollback: %v", err)
	}
	// A nested Tx is a savepoint: its failure leaves the outer work.
	err = c.Tx(ctx, func(tx *db.Client) error {
		if _, err := tx.Room.Create(ctx, db.RoomCreate{Data: db.RoomCreateInput{Code: "outer", Name: "o", HostID: ann.ID}}); err != nil {
			return err
		}
		inner := tx.Tx(ctx, func(tx2 *db.Client) error {
			if _, err := tx2.Room.Create(ctx, db.RoomCreate{Data: db.RoomCreateInput{Code: "inner", Name: "i", HostID: ann.ID}}); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(inner, boom) {
			return fmt.Errorf("inner: %w", inner)
		}
		return nil
	}, client.TxOptions{Isolation: client.RepeatableRead})
	if err != nil {
		t.Fatal(err)
	}
	codes := must(c.Room.FindMany(ctx, db.RoomFindMany{Where: db.RoomWhere{Code: client.StringFilter{In: []string{"outer", "inner"}}}}))
	if len(codes) != 1 || codes[0].Code != "outer" {
		t.Errorf("savepoint: %v", codes)
	}
	// A panic rolls back and goes on.
	func() {
		defer func() { _ = recover() }()
		_ = c.Tx(ctx, func(tx *db.Client) error {
			must(tx.Room.Create(ctx, db.RoomCreate{Data: db.RoomCreateInput{Code: "panic", Name: "p", HostID: ann.ID}}))
			panic("boom")
		})
	}()
	if r := must(c.Room.FindUnique(ctx, db.RoomFindUnique{Where: db.RoomWhereUnique{Code: client.Ptr("panic")}})); r != nil {
		t.Errorf("a panicking transaction committed")
	}
	// Past its Timeout a transaction is rolled back: P2028.
	err = c.Tx(ctx, func(tx *db.Client) error {
		time.Sleep(150 * time.Millisecond)
		_, err := tx.User.Count(ctx, db.UserCount{})
		return err
	}, client.TxOptions{Timeout: 100 * time.Millisecond})
	if !errors.Is(err, client.ErrTxTimeout) || client.Code(err) != "P2028" {
		t.Errorf("tx timeout: %v", err)
	}
}

func TestErrors(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	_, err := c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "ann@Neuron.Meet", Name: "x", Password: "x"}})
	var uv *client.UniqueViolation
	var pe *pgconn.PgError
	if !errors.As(err, &uv) || uv.Model != "User" || !slices.Equal(uv.Fields, []string{"email"}) || uv.Constraint != "User_email_key" || !errors.As(err, &pe) || pe.Code != "23505" || client.Code(err) != "P2002" {
		t.Errorf("unique violation: %#v", err)
	}
	_, err = c.RoomSettings.Create(ctx, db.RoomSettingsCreate{Data: db.RoomSettingsCreateInput{RoomID: w.rooms[0].ID}})
	if !errors.As(err, &uv) || !slices.Equal(uv.Fields, []string{"roomId"}) {
		t.Errorf("one settings row per room: %v", err)
	}
	_, err = c.Message.Create(ctx, db.MessageCreate{Data: db.MessageCreateInput{RoomID: "nope", Content: "x"}})
	var fk *client.ForeignKeyViolation
	if !errors.As(err, &fk) || fk.Model != "Message" || fk.Constraint != "Message_roomId_fkey" || !slices.Equal(fk.Fields, []string{"roomId"}) || client.Code(err) != "P2003" {
		t.Errorf("foreign key violation: %#v", err)
	}
	// Deleting a user who hosts a room: the relation has no onDelete, so
	// the foreign key refuses (Restrict is Prisma's default here).
	_, err = c.User.Delete(ctx, db.UserDelete{Where: db.UserWhereUnique{ID: &w.users["ann"].ID}})
	if !errors.As(err, &fk) {
		t.Errorf("deleting a host: %v", err)
	}
	if client.Code(errors.New("other")) != "" {
		t.Errorf("Code of a foreign error")
	}
}

func TestWriteConflictAndRetry(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	// Two serializable transactions read the count, then both insert: one
	// of them fails with a serialization failure (P2034).
	var both sync.WaitGroup
	both.Add(2)
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = c.Tx(ctx, func(tx *db.Client) error {
				n, err := tx.Participant.Count(ctx, db.ParticipantCount{})
				if err != nil {
					return err
				}
				both.Done()
				both.Wait()
				_, err = tx.Participant.Create(ctx, db.ParticipantCreate{Data: db.ParticipantCreateInput{RoomID: w.rooms[0].ID, GuestName: client.Ptr(fmt.Sprint("g", i, n))}})
				return err
			}, client.TxOptions{Isolation: client.Serializable})
		}()
	}
	wg.Wait()
	conflict := errors.Join(errs...)
	var wc *client.WriteConflict
	if !errors.Is(conflict, client.ErrWriteConflict) || !errors.As(conflict, &wc) || client.Code(wc) != "P2034" {
		t.Fatalf("want one write conflict, got %v", errs)
	}
	// Retry re-runs the whole transaction on a conflict.
	tries := 0
	err := client.Retry(ctx, client.RetryOptions{Attempts: 3, Backoff: time.Millisecond}, func(ctx context.Context) error {
		tries++
		return c.Tx(ctx, func(tx *db.Client) error {
			if tries == 1 {
				return wc
			}
			_, err := tx.Participant.Count(ctx, db.ParticipantCount{})
			return err
		}, client.TxOptions{Isolation: client.Serializable})
	})
	if err != nil || tries != 2 {
		t.Errorf("retry: %v after %d tries", err, tries)
	}
}

func TestOpenAndPool(t *testing.T) {
	t.Parallel()
	url := newURL(t)
	// Prisma's URL parameters: connection_limit and pool_timeout.
	c := must(db.Open(ctx, url+"?connection_limit=1&pool_timeout=1"))
	defer c.Close()
	if got := c.Engine().Pool().Config().MaxConns; got != 1 {
		t.Errorf("connection_limit=1 gave %d connections", got)
	}
	held := must(c.Engine().Pool().Acquire(ctx))
	start := time.Now()
	_, err := c.User.Count(ctx, db.UserCount{})
	held.Release()
	var pt *client.PoolTimeout
	if !errors.Is(err, client.ErrPoolTimeout) || !errors.As(err, &pt) || client.Code(err) != "P2024" || time.Since(start) > 5*time.Second {
		t.Errorf("pool timeout: %v after %v", err, time.Since(start))
	}
	// New runs over a pool the caller owns; WithPoolTimeout sets the wait.
	pool := must(pgxpool.New(ctx, url))
	defer pool.Close()
	c2 := db.New(pool, client.WithPoolTimeout(time.Second))
	must(c2.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "x@y", Name: "x", Password: "x"}}))
	c2.Close() // does not close the caller's pool
	if n := must(db.New(pool).User.Count(ctx, db.UserCount{})); n != 1 {
		t.Errorf("count over the pool: %d", n)
	}
}

// spanTracer passes a value from QueryStart to QueryEnd through the
// context, as a tracing library's span would.
type spanTracer struct {
	mu    sync.Mutex
	spans []string
}

type spanKey struct{}

func (s *spanTracer) QueryStart(ctx context.Context, q client.QueryStart) context.Context {
	return context.WithValue(ctx, spanKey{}, q.Model+"."+q.Operation)
}

func (s *spanTracer) QueryEnd(ctx context.Context, q client.QueryEnd) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.spans = append(s.spans, fmt.Sprintf("%v rows=%d args=%d err=%v", ctx.Value(spanKey{}), q.Rows, len(q.Args), q.Err != nil))
}

func TestTracing(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var ends []client.QueryEnd
	c := newDB(t, client.WithTracer(client.TraceFunc(func(_ context.Context, q client.QueryEnd) {
		mu.Lock()
		ends = append(ends, q)
		mu.Unlock()
	})), client.WithRedactedArgs())
	must(c.User.FindMany(ctx, db.UserFindMany{Where: db.UserWhere{Password: client.StringFilter{Equals: client.Ptr("secret")}}}))
	q := ends[len(ends)-1]
	if q.Model != "User" || q.Operation != "findMany" || !strings.Contains(q.SQL, `"password" = $1`) || q.Args != nil || q.Duration <= 0 || q.Rows != 0 || q.Err != nil {
		t.Errorf("redacted trace: %+v", q)
	}

	st := &spanTracer{}
	c = db.New(c.Engine().Pool(), client.WithTracer(st))
	must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "t@t", Name: "T", Password: "x"}}))
	_, err := c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "t@t", Name: "T", Password: "x"}})
	if err == nil {
		t.Fatal("duplicate created")
	}
	want := []string{"User.create rows=1 args=6 err=false", "User.create rows=0 args=6 err=true"}
	if !slices.Equal(st.spans, want) {
		t.Errorf("spans %q, want %q", st.spans, want)
	}
}

// Both relation load strategies return the same rows: Join reads the
// includes as LATERAL subqueries of one statement, Queries with one
// statement per relation.
func TestRelationLoadStrategies(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	pool := w.c.Engine().Pool()
	args := db.RoomFindMany{
		OrderBy: []db.RoomOrderBy{{Code: client.Asc}},
		Include: &db.RoomInclude{
			Host:     &db.UserInclude{},
			Settings: &db.RoomSettingsInclude{},
			Participants: &db.ParticipantFindMany{
				OrderBy: []db.ParticipantOrderBy{{IsHost: client.Desc}, {GuestName: client.AscNullsFirst}},
				Include: &db.ParticipantInclude{User: &db.UserInclude{}},
			},
			Messages: &db.MessageFindMany{OrderBy: []db.MessageOrderBy{{CreatedAt: client.Desc}}, Take: client.Ptr(2)},
			Count:    &db.RoomCountInclude{Participants: true},
		},
	}
	var want string
	statements := map[client.RelationLoadStrategy]int{}
	for _, s := range []client.RelationLoadStrategy{client.Queries, client.Join, client.DefaultLoad} {
		st := &stmts{}
		c := db.New(pool, client.WithTracer(st), client.WithRelationLoadStrategy(s))
		got := string(must(json.Marshal(must(c.Room.FindMany(ctx, args)))))
		statements[s] = len(st.take())
		one := string(must(json.Marshal(must(c.Room.FindUnique(ctx, db.RoomFindUnique{Where: db.RoomWhereUnique{Code: client.Ptr("aaa-aaaa-aaa")}, Include: args.Include})))))
		if want == "" {
			want = got
		}
		if got != want || !strings.HasPrefix(want, "["+one+",") {
			t.Errorf("strategy %d:\n got %s\nwant %s\n one %s", s, got, want, one)
		}
	}
	if statements[client.Join] >= statements[client.Queries] {
		t.Errorf("statements per strategy: %v", statements)
	}
	// A one-row read with a single include, to-many and to-one, reads the
	// same both ways.
	for _, in := range []*db.RoomInclude{
		{Participants: &db.ParticipantFindMany{OrderBy: []db.ParticipantOrderBy{{IsHost: client.Desc}, {GuestName: client.AscNullsFirst}}}},
		{Settings: &db.RoomSettingsInclude{}},
		{Host: &db.UserInclude{}},
	} {
		var got []string
		for _, s := range []client.RelationLoadStrategy{client.Queries, client.Join} {
			for _, code := range []string{"aaa-aaaa-aaa", "bbb-bbbb-bbb"} {
				r := must(w.c.Room.FindUnique(ctx, db.RoomFindUnique{Where: db.RoomWhereUnique{Code: &code}, Include: in, RelationLoadStrategy: s}))
				got = append(got, string(must(json.Marshal(r))))
			}
		}
		if got[0] != got[2] || got[1] != got[3] {
			t.Errorf("one include, Queries and Join differ:\n%s\n%s\n%s\n%s", got[0], got[2], got[1], got[3])
		}
	}
	// A query's own RelationLoadStrategy wins over the client's.
	st := &stmts{}
	c := db.New(pool, client.WithTracer(st), client.WithRelationLoadStrategy(client.Queries))
	joined := args
	joined.RelationLoadStrategy = client.Join
	if got := string(must(json.Marshal(must(c.Room.FindMany(ctx, joined))))); got != want {
		t.Errorf("per-query Join:\n got %s\nwant %s", got, want)
	}
	if n := len(st.take()); n != statements[client.Join] {
		t.Errorf("per-query Join sent %d statements, the Join client %d", n, statements[client.Join])
	}
}
