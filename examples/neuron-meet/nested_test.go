package neuronmeet_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stratadb/strata/client"
	"github.com/stratadb/strata/examples/neuron-meet/db"
)

// Nested writes through relations, raw SQL and createManyAndReturn. The
// schema has no many-to-many relation, so m-n writes are tested in package
// client only.

func TestNestedCreate(t *testing.T) {
	t.Parallel()
	c := newDB(t)
	ann := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "ann@x", Name: "Ann", Password: "x"}}))
	// A room with its settings, participants (one of them a new user) and
	// messages, in one call; the runtime fills the foreign keys.
	r := must(c.Room.Create(ctx, db.RoomCreate{
		Data: db.RoomCreateInput{
			Code: "nested", Name: "Nested",
			Host:     &db.UserCreateNestedOne{Connect: &db.UserWhereUnique{ID: &ann.ID}},
			Settings: &db.RoomSettingsCreateNestedOne{Create: &db.RoomSettingsCreateInput{MaxParticipants: client.Ptr(8)}},
			Participants: &db.ParticipantCreateNestedMany{Create: []db.ParticipantCreateInput{
				{UserID: &ann.ID, IsHost: client.Ptr(true)},
				{User: &db.UserCreateNestedOne{Create: &db.UserCreateInput{Email: "bob@x", Name: "Bob", Password: "x"}}},
				{GuestName: client.Ptr("Guest")},
			}},
			Messages: &db.MessageCreateNestedMany{CreateMany: &db.MessageCreateMany{Data: []db.MessageCreateInput{
				{Content: "one"}, {Content: "two", Type: client.Ptr(db.MessageTypeSystem)},
			}}},
		},
		Include: &db.RoomInclude{
			Host: &db.UserInclude{}, Settings: &db.RoomSettingsInclude{},
			Participants: &db.ParticipantFindMany{OrderBy: []db.ParticipantOrderBy{{IsHost: client.Desc}, {GuestName: client.AscNullsFirst}}, Include: &db.ParticipantInclude{User: &db.UserInclude{}}},
			Messages:     &db.MessageFindMany{OrderBy: []db.MessageOrderBy{{Content: client.Asc}}},
		},
	}))
	if r.HostID != ann.ID || r.Host.Name != "Ann" || r.Settings.MaxParticipants != 8 || r.Settings.RoomID != r.ID {
		t.Errorf("room %+v host %+v settings %+v", r, r.Host, r.Settings)
	}
	var names []string
	for _, p := range r.Participants {
		names = append(names, nameOf(p))
	}
	if strings.Join(names, ",") != "Ann,Bob,Guest" || len(r.Messages) != 2 || r.Messages[1].Type != db.MessageTypeSystem {
		t.Errorf("participants %v messages %+v", names, r.Messages)
	}
	// ConnectOrCreate: the user exists the first time, not the second.
	for i, email := range []string{"bob@x", "cy@x"} {
		p := must(c.Participant.Create(ctx, db.ParticipantCreate{
			Data: db.ParticipantCreateInput{
				Room: &db.RoomCreateNestedOne{Connect: &db.RoomWhereUnique{Code: client.Ptr("nested")}},
				User: &db.UserCreateNestedOne{ConnectOrCreate: &db.UserConnectOrCreate{
					Where: db.UserWhereUnique{Email: &email}, Create: db.UserCreateInput{Email: email, Name: "New", Password: "x"},
				}},
			},
			Include: &db.ParticipantInclude{User: &db.UserInclude{}},
		}))
		if want := []string{"Bob", "New"}[i]; p.User.Name != want || p.RoomID != r.ID {
			t.Errorf("connectOrCreate %s: %+v", email, p.User)
		}
	}
	if n := must(c.User.Count(ctx, db.UserCount{})); n != 3 {
		t.Errorf("%d users, want ann, bob, cy", n)
	}
	// Connecting a row that does not exist fails with P2025, and the whole
	// create is rolled back.
	_, err := c.Room.Create(ctx, db.RoomCreate{Data: db.RoomCreateInput{
		Code: "ghost", Name: "Ghost",
		Host:     &db.UserCreateNestedOne{Connect: &db.UserWhereUnique{Email: client.Ptr("nobody@x")}},
		Settings: &db.RoomSettingsCreateNestedOne{Create: &db.RoomSettingsCreateInput{}},
	}})
	if !errors.Is(err, client.ErrNotFound) || client.Code(err) != "P2025" {
		t.Errorf("connect to a missing user: %v", err)
	}
	if n := must(c.RoomSettings.Count(ctx, db.RoomSettingsCount{})); n != 1 {
		t.Errorf("a failed nested create left %d settings rows", n)
	}
}

func TestNestedUpdate(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	r0, r1 := w.rooms[0], w.rooms[1]
	bob := w.users["bob"]
	// End a room the way the app does, in one nested update: the room is
	// inactive, its active participants have left, the guest is removed, a
	// system message is added and the settings are locked.
	now := time.Now().UTC().Truncate(time.Millisecond)
	r := must(c.Room.Update(ctx, db.RoomUpdate{
		Where: db.RoomWhereUnique{ID: &r0.ID},
		Data: db.RoomUpdateInput{
			IsActive: client.Set(false),
			EndedAt:  client.Set(now),
			Participants: &db.ParticipantUpdateNestedMany{
				DeleteMany: []db.ParticipantWhere{{UserID: client.StringFilter{IsNull: client.Ptr(true)}}},
				UpdateMany: []db.ParticipantNestedUpdateMany{{
					Where: db.ParticipantWhere{IsActive: client.BoolFilter{Equals: client.Ptr(true)}},
					Data:  db.ParticipantUpdateInput{IsActive: client.Set(false), LeftAt: client.Set(now)},
				}},
			},
			Messages: &db.MessageUpdateNestedMany{Create: []db.MessageCreateInput{{Content: "The room has ended", Type: client.Ptr(db.MessageTypeSystem)}}},
			Settings: &db.RoomSettingsUpdateNestedOne{Update: &db.RoomSettingsUpdateInput{IsLocked: client.Set(true)}},
		},
		Include: &db.RoomInclude{Participants: &db.ParticipantFindMany{}, Settings: &db.RoomSettingsInclude{}, Messages: &db.MessageFindMany{}},
	}))
	if r.IsActive || len(r.Participants) != 2 || r.Participants[0].IsActive || r.Participants[0].LeftAt == nil || !r.Settings.IsLocked || len(r.Messages) != 4 {
		t.Errorf("ended room: %+v", r)
	}
	// The settings of a room without any: Upsert creates them, then updates.
	for _, want := range []int{10, 11} {
		r := must(c.Room.Update(ctx, db.RoomUpdate{
			Where: db.RoomWhereUnique{ID: &r1.ID},
			Data: db.RoomUpdateInput{Settings: &db.RoomSettingsUpdateNestedOne{Upsert: &db.RoomSettingsNestedUpsert{
				Create: db.RoomSettingsCreateInput{MaxParticipants: client.Ptr(10)},
				Update: db.RoomSettingsUpdateInput{MaxParticipants: client.Increment(1)},
			}}},
			Include: &db.RoomInclude{Settings: &db.RoomSettingsInclude{}},
		}))
		if r.Settings == nil || r.Settings.MaxParticipants != want {
			t.Errorf("upsert settings: %+v, want %d", r.Settings, want)
		}
	}
	// A participant's account is optional: disconnect it, then connect it.
	p := must(c.Participant.FindFirst(ctx, db.ParticipantFindFirst{Where: db.ParticipantWhere{UserID: client.StringFilter{Equals: &bob.ID}}}))
	p = must(c.Participant.Update(ctx, db.ParticipantUpdate{Where: db.ParticipantWhereUnique{ID: &p.ID}, Data: db.ParticipantUpdateInput{User: &db.UserUpdateNestedOne{Disconnect: true}}}))
	if p.UserID != nil {
		t.Errorf("disconnect: %v", *p.UserID)
	}
	p = must(c.Participant.Update(ctx, db.ParticipantUpdate{Where: db.ParticipantWhereUnique{ID: &p.ID}, Data: db.ParticipantUpdateInput{User: &db.UserUpdateNestedOne{Connect: &db.UserWhereUnique{ID: &bob.ID}}}}))
	if p.UserID == nil || *p.UserID != bob.ID {
		t.Errorf("connect: %v", p.UserID)
	}
	// A room's settings cannot be disconnected: their roomId is required (P2014).
	_, err := c.Room.Update(ctx, db.RoomUpdate{Where: db.RoomWhereUnique{ID: &r0.ID}, Data: db.RoomUpdateInput{Settings: &db.RoomSettingsUpdateNestedOne{Disconnect: true}}})
	var rv *client.RelationViolation
	if !errors.As(err, &rv) || client.Code(err) != "P2014" {
		t.Errorf("disconnecting required settings: %v", err)
	}
	// They can be deleted, and the room given to another host by connecting
	// it.
	r = must(c.Room.Update(ctx, db.RoomUpdate{Where: db.RoomWhereUnique{ID: &r0.ID}, Data: db.RoomUpdateInput{
		Settings: &db.RoomSettingsUpdateNestedOne{Delete: true},
		Host:     &db.UserUpdateNestedOne{Connect: &db.UserWhereUnique{ID: &bob.ID}},
	}, Include: &db.RoomInclude{Settings: &db.RoomSettingsInclude{}}}))
	if r.Settings != nil || r.HostID != bob.ID {
		t.Errorf("delete settings, change host: %+v", r)
	}
	// Updating a message that belongs to another room is P2025.
	m := must(c.Message.Create(ctx, db.MessageCreate{Data: db.MessageCreateInput{RoomID: r1.ID, Content: "elsewhere"}}))
	_, err = c.Room.Update(ctx, db.RoomUpdate{Where: db.RoomWhereUnique{ID: &r0.ID}, Data: db.RoomUpdateInput{Messages: &db.MessageUpdateNestedMany{
		Update: []db.MessageNestedUpdate{{Where: db.MessageWhereUnique{ID: &m.ID}, Data: db.MessageUpdateInput{Content: client.Set("hijacked")}}},
	}}})
	if !errors.Is(err, client.ErrNotFound) {
		t.Errorf("updating an unrelated message: %v", err)
	}
}

func TestCreateManyAndReturn(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	ms := must(w.c.Message.CreateManyAndReturn(ctx, db.MessageCreateManyAndReturn{
		Data:    []db.MessageCreateInput{{RoomID: w.rooms[0].ID, Content: "a"}, {RoomID: w.rooms[0].ID, UserID: &w.users["cy"].ID, Content: "b"}},
		Include: &db.MessageInclude{User: &db.UserInclude{}},
	}))
	if len(ms) != 2 || ms[0].Content != "a" || ms[0].ID == "" || ms[0].User != nil || ms[1].User == nil || ms[1].User.Name != "Cy" {
		t.Errorf("createManyAndReturn: %+v", ms)
	}
}

func TestRawSQL(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	n := must(c.ExecuteRaw(ctx, `UPDATE "Room" SET "isLocked" = $1 WHERE "hostId" = $2`, true, w.users["ann"].ID))
	if n != 1 {
		t.Errorf("executeRaw: %d rows", n)
	}
	// A model's QueryRaw scans through the generated codec, by column name.
	rooms := must(c.Room.QueryRaw(ctx, `SELECT * FROM "Room" WHERE "isLocked" AND "name" LIKE $1`, "Design%"))
	if len(rooms) != 1 || rooms[0].Code != "aaa-aaaa-aaa" || !rooms[0].IsLocked {
		t.Errorf("model queryRaw: %+v", rooms)
	}
	// client.QueryRaw scans into any type: messages per room.
	type perRoom struct {
		Code     string
		Messages int64 `db:"n"`
	}
	counts := must(client.QueryRaw[perRoom](ctx, c.Engine(), `
		SELECT r.code, COUNT(m.id) AS n FROM "Room" r LEFT JOIN "Message" m ON m."roomId" = r.id
		GROUP BY r.code ORDER BY r.code`))
	if len(counts) != 2 || counts[0] != (perRoom{"aaa-aaaa-aaa", 3}) || counts[1] != (perRoom{"bbb-bbbb-bbb", 0}) {
		t.Errorf("queryRaw into a struct: %+v", counts)
	}
	names := must(client.QueryRaw[string](ctx, c.Engine(), `SELECT name FROM "User" WHERE email = $1`, "bob@Neuron.Meet"))
	if len(names) != 1 || names[0] != "Bob" {
		t.Errorf("queryRaw of one column: %v", names)
	}
	// A value is always a bound argument, never SQL.
	evil := `x'; DROP TABLE "User"; --`
	if got := must(c.User.QueryRaw(ctx, `SELECT * FROM "User" WHERE name = $1`, evil)); len(got) != 0 {
		t.Errorf("injection matched %v", got)
	}
	// Raw statements run in the transaction and map errors to Prisma's codes.
	err := c.Tx(ctx, func(tx *db.Client) error {
		_, err := tx.ExecuteRaw(ctx, `INSERT INTO "User" (id, email, name, password, "updatedAt") VALUES ($1, $2, $3, $4, now())`, "u1", "ann@Neuron.Meet", "Dup", "x")
		return err
	})
	var uv *client.UniqueViolation
	if !errors.As(err, &uv) || client.Code(err) != "P2002" {
		t.Errorf("raw unique violation: %v", err)
	}
}
