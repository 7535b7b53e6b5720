package neuronmeet_test

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stratadb/strata/client"
	neuronmeet "github.com/stratadb/strata/examples/neuron-meet"
	"github.com/stratadb/strata/examples/neuron-meet/db"
)

// The app's flows, as the guide's server runs them.

func TestRunPrintsWhatItDid(t *testing.T) {
	t.Parallel()
	c := newDB(t)
	var out bytes.Buffer
	if err := neuronmeet.Run(ctx, c, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	for _, want := range []string{
		"users: ada@neuron.meet, grace@neuron.meet and linus@neuron.meet",
		"joined: Grace Hopper and the guest Visitor",
		"Linus Torvalds could not join: join ",
		"the room is full",
		"  participant Ada (host)\n  participant Grace Hopper\n  participant Linus Torvalds\n",
		"  last 4 messages, newest first:\n    [Linus Torvalds] Sorry I am late.\n    [SYSTEM] Linus Torvalds joined\n    [SYSTEM] Visitor left\n    [Ada] Yes: Grace, over to you.\n",
		`  the 3 before them: "Hello from the guest seat.", "Hi Ada. Shall we start with the compiler?", "Welcome, everyone!"`,
		"  messages by type: 5 TEXT, 4 SYSTEM, 0 FILE",
		"Ada Lovelace's rooms, newest first:\n  ",
		`"Weekly sync": 4 joined, 5 chat messages, active false`,
		"signing up grace@neuron.meet again fails: P2002 on email (User)",
		"room ended: 3 participants left with it",
		"in the database: users 3, rooms 1, active rooms 0, participants 4, messages 9",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if !regexp.MustCompile(`created with code [a-z]{3}-[a-z]{4}-[a-z]{3} \(chat true, at most 3 people\)`).MatchString(out.String()) {
		t.Errorf("room line:\n%s", out.String())
	}
	// A second run on the same database finds the users and makes a new room.
	out.Reset()
	if err := neuronmeet.Run(ctx, c, &out); err != nil {
		t.Fatalf("second run: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "users 3, rooms 2, active rooms 0, participants 8, messages 18") {
		t.Errorf("second run:\n%s", out.String())
	}
}

func TestSignUpAndLogIn(t *testing.T) {
	t.Parallel()
	app := &neuronmeet.App{DB: newDB(t)}
	u := must(app.SignUp(ctx, "Ada@Neuron.Meet", "Ada Lovelace", "s3cret"))
	if u.Email != "ada@neuron.meet" || u.Password == "s3cret" || !strings.HasPrefix(u.Password, "pbkdf2-sha256$") {
		t.Errorf("user %+v", u)
	}
	if _, err := app.SignUp(ctx, "ada@neuron.meet", "Ada again", "x"); !errors.Is(err, neuronmeet.ErrEmailTaken) {
		t.Errorf("second sign up: %v", err)
	}
	if got := must(app.LogIn(ctx, "ADA@neuron.meet", "s3cret")); got.ID != u.ID {
		t.Errorf("log in returned %s, want %s", got.ID, u.ID)
	}
	for _, c := range []struct{ email, password string }{{"ada@neuron.meet", "wrong"}, {"nobody@neuron.meet", "s3cret"}} {
		if _, err := app.LogIn(ctx, c.email, c.password); !errors.Is(err, neuronmeet.ErrBadPassword) {
			t.Errorf("log in %s/%s: %v", c.email, c.password, err)
		}
	}
}

// meeting is a database with a host and a room.
func meeting(t *testing.T, opts neuronmeet.RoomOptions) (*neuronmeet.App, *db.User, *db.Room) {
	t.Helper()
	app := &neuronmeet.App{DB: newDB(t)}
	host := must(app.SignUp(ctx, "host@neuron.meet", "Host", "pw"))
	room := must(app.CreateRoom(ctx, host.ID, "Stand-up", opts))
	return app, host, room
}

func TestCreateRoom(t *testing.T) {
	t.Parallel()
	app, host, room := meeting(t, neuronmeet.RoomOptions{AllowChat: client.Ptr(false), MaxParticipants: client.Ptr(10)})
	if !regexp.MustCompile(`^[a-z]{3}-[a-z]{4}-[a-z]{3}$`).MatchString(room.Code) || room.HostID != host.ID || !room.IsActive || room.EndedAt != nil {
		t.Errorf("room %+v", room)
	}
	s := room.Settings
	if s == nil || s.AllowChat || s.MaxParticipants != 10 || !s.AllowScreenShare || s.WaitingRoom {
		t.Errorf("settings %+v", s)
	}
	ps := must(app.DB.Participant.FindMany(ctx, db.ParticipantFindMany{}))
	if len(ps) != 1 || !ps[0].IsHost || ps[0].UserID == nil || *ps[0].UserID != host.ID {
		t.Errorf("participants %+v", ps)
	}
	// A host that does not exist: the foreign key fails and the
	// transaction leaves nothing behind.
	_, err := app.CreateRoom(ctx, "nobody", "Ghost room", neuronmeet.RoomOptions{})
	var fk *client.ForeignKeyViolation
	if !errors.As(err, &fk) || fk.Model != "Room" || client.Code(err) != "P2003" {
		t.Fatalf("want a foreign key violation, got %v", err)
	}
	if n := must(app.DB.Room.Count(ctx, db.RoomCount{})); n != 1 {
		t.Errorf("%d rooms after a failed create", n)
	}
}

func TestJoinLeaveAndChat(t *testing.T) {
	t.Parallel()
	app, host, room := meeting(t, neuronmeet.RoomOptions{MaxParticipants: client.Ptr(3)})
	bob := must(app.SignUp(ctx, "bob@neuron.meet", "Bob", "pw"))
	p := must(app.Join(ctx, room.Code, neuronmeet.Guest{UserID: &bob.ID}))
	again := must(app.Join(ctx, room.Code, neuronmeet.Guest{UserID: &bob.ID}))
	if again.ID != p.ID {
		t.Errorf("joining twice made a second participant")
	}
	g := must(app.Join(ctx, room.Code, neuronmeet.Guest{Name: "Eve"}))
	if _, err := app.Join(ctx, room.Code, neuronmeet.Guest{Name: "Mallory"}); !errors.Is(err, neuronmeet.ErrRoomFull) {
		t.Errorf("fourth join: %v", err)
	}
	if _, err := app.Join(ctx, "zzz-zzzz-zzz", neuronmeet.Guest{Name: "Eve"}); !errors.Is(err, neuronmeet.ErrRoomNotFound) {
		t.Errorf("unknown room: %v", err)
	}
	must(app.Send(ctx, p.ID, "hello"))
	must(app.Send(ctx, g.ID, "hi bob"))
	ok(t, app.Leave(ctx, g.ID))
	ok(t, app.Leave(ctx, g.ID)) // twice is fine
	if _, err := app.Send(ctx, g.ID, "still there?"); !errors.Is(err, neuronmeet.ErrNotInRoom) {
		t.Errorf("send after leaving: %v", err)
	}
	must(app.Join(ctx, room.Code, neuronmeet.Guest{Name: "Mallory"})) // Eve's place is free

	ok(t, app.SetLocked(ctx, room.ID, true))
	if st := must(app.DB.RoomSettings.FindUnique(ctx, db.RoomSettingsFindUnique{Where: db.RoomSettingsWhereUnique{RoomID: &room.ID}})); st == nil || !st.IsLocked {
		t.Errorf("the settings are not locked with the room: %+v", st)
	}
	if err := app.SetLocked(ctx, "no-such-room", true); !errors.Is(err, client.ErrNotFound) {
		t.Errorf("locking a missing room: %v", err)
	}
	if _, err := app.Join(ctx, room.Code, neuronmeet.Guest{Name: "Trent"}); !errors.Is(err, neuronmeet.ErrRoomLocked) {
		t.Errorf("locked room: %v", err)
	}
	view := must(app.RoomView(ctx, room.Code, 3))
	var names []string
	for _, p := range view.Participants {
		names = append(names, nameOf(p))
	}
	if strings.Join(names, ",") != "Host,Bob,Mallory" || view.Host.ID != host.ID || !view.IsLocked {
		t.Errorf("view participants %v host %v", names, view.Host)
	}
	var msgs []string
	for _, m := range view.Messages {
		msgs = append(msgs, string(m.Type)+":"+m.Content)
	}
	if strings.Join(msgs, "|") != "SYSTEM:Mallory joined|SYSTEM:Eve left|TEXT:hi bob" {
		t.Errorf("last messages %v", msgs)
	}
	n := must(app.EndRoom(ctx, room.ID))
	if n != 3 {
		t.Errorf("end room sent %d away", n)
	}
	if _, err := app.Join(ctx, room.Code, neuronmeet.Guest{UserID: &bob.ID}); !errors.Is(err, neuronmeet.ErrRoomEnded) {
		t.Errorf("ended room: %v", err)
	}
	ended := must(app.RoomView(ctx, room.Code, 0))
	if ended.IsActive || ended.EndedAt == nil || len(ended.Participants) != 0 {
		t.Errorf("ended room %+v", ended)
	}
	if _, err := app.RoomView(ctx, "nope", 1); !errors.Is(err, neuronmeet.ErrRoomNotFound) {
		t.Errorf("view of an unknown room: %v", err)
	}
}

func nameOf(p db.Participant) string {
	if p.User != nil {
		return p.User.Name
	}
	return *p.GuestName
}

func TestHistoryAndDashboard(t *testing.T) {
	t.Parallel()
	app, host, room := meeting(t, neuronmeet.RoomOptions{})
	hp := must(app.DB.Participant.FindFirst(ctx, db.ParticipantFindFirst{Where: db.ParticipantWhere{IsHost: client.BoolFilter{Equals: client.Ptr(true)}}}))
	for i := 0; i < 7; i++ {
		must(app.Send(ctx, hp.ID, fmt.Sprint("m", i)))
	}
	var pages []string
	var before *string
	for {
		page := must(app.History(ctx, room.ID, before, 3))
		if len(page) == 0 {
			break
		}
		var texts []string
		for _, m := range page {
			texts = append(texts, m.Content)
		}
		pages = append(pages, strings.Join(texts, ","))
		before = &page[len(page)-1].ID
	}
	if got := strings.Join(pages, " | "); got != "m6,m5,m4 | m3,m2,m1 | m0" {
		t.Errorf("history pages: %s", got)
	}
	must(app.Join(ctx, room.Code, neuronmeet.Guest{Name: "Eve"}))
	byType := must(app.MessagesByType(ctx, room.ID))
	if byType[db.MessageTypeText] != 7 || byType[db.MessageTypeSystem] != 1 || byType[db.MessageTypeFile] != 0 {
		t.Errorf("messages by type: %v", byType)
	}
	second := must(app.CreateRoom(ctx, host.ID, "Retro", neuronmeet.RoomOptions{}))
	rooms := must(app.HostedRooms(ctx, host.ID))
	want := []neuronmeet.RoomSummary{
		{Code: second.Code, Name: "Retro", Active: true, Participants: 1, Messages: 0},
		{Code: room.Code, Name: "Stand-up", Active: true, Participants: 2, Messages: 7},
	}
	if len(rooms) != 2 || rooms[0] != want[0] || rooms[1] != want[1] {
		t.Errorf("hosted rooms:\n got %+v\nwant %+v", rooms, want)
	}
}

func TestChatDisabledAndGuestsRefused(t *testing.T) {
	t.Parallel()
	app, _, room := meeting(t, neuronmeet.RoomOptions{AllowChat: client.Ptr(false)})
	must(app.DB.RoomSettings.Update(ctx, db.RoomSettingsUpdate{
		Where: db.RoomSettingsWhereUnique{RoomID: &room.ID},
		Data:  db.RoomSettingsUpdateInput{AllowGuestAccess: client.Set(false)},
	}))
	if _, err := app.Join(ctx, room.Code, neuronmeet.Guest{Name: "Eve"}); !errors.Is(err, neuronmeet.ErrRoomLocked) {
		t.Errorf("guest in a members-only room: %v", err)
	}
	bob := must(app.SignUp(ctx, "bob@neuron.meet", "Bob", "pw"))
	p := must(app.Join(ctx, room.Code, neuronmeet.Guest{UserID: &bob.ID}))
	if _, err := app.Send(ctx, p.ID, "hello"); !errors.Is(err, neuronmeet.ErrChatDisabled) {
		t.Errorf("chat disabled: %v", err)
	}
}

// Ten people race for the last two places: the serializable transaction
// and Retry let exactly two in.
func TestJoinRace(t *testing.T) {
	t.Parallel()
	app, _, room := meeting(t, neuronmeet.RoomOptions{MaxParticipants: client.Ptr(3)})
	var wg sync.WaitGroup
	errs := make([]error, 10)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = app.Join(ctx, room.Code, neuronmeet.Guest{Name: "guest"})
		}()
	}
	wg.Wait()
	joined := 0
	for _, err := range errs {
		switch {
		case err == nil:
			joined++
		case errors.Is(err, neuronmeet.ErrRoomFull), errors.Is(err, client.ErrWriteConflict):
		default:
			t.Errorf("join: %v", err)
		}
	}
	n := must(app.DB.Participant.Count(ctx, db.ParticipantCount{Where: db.ParticipantWhere{IsActive: client.BoolFilter{Equals: client.Ptr(true)}}}))
	if joined != 2 || n != 3 {
		t.Errorf("%d joined, %d participants; want 2 and 3", joined, n)
	}
}

func TestDeleteRoomCascades(t *testing.T) {
	t.Parallel()
	app, _, room := meeting(t, neuronmeet.RoomOptions{})
	p := must(app.Join(ctx, room.Code, neuronmeet.Guest{Name: "Eve"}))
	must(app.Send(ctx, p.ID, "bye"))
	ok(t, app.DeleteRoom(ctx, room.ID))
	for name, n := range map[string]int64{
		"settings":     must(app.DB.RoomSettings.Count(ctx, db.RoomSettingsCount{})),
		"participants": must(app.DB.Participant.Count(ctx, db.ParticipantCount{})),
		"messages":     must(app.DB.Message.Count(ctx, db.MessageCount{})),
	} {
		if n != 0 {
			t.Errorf("%d %s left after the room was deleted", n, name)
		}
	}
	if err := app.DeleteRoom(ctx, room.ID); !errors.Is(err, client.ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
}

func TestEndRoomUsesTheClock(t *testing.T) {
	t.Parallel()
	app, _, room := meeting(t, neuronmeet.RoomOptions{})
	at := time.Date(2030, 1, 2, 3, 4, 5, 6_000_000, time.UTC)
	app.Now = func() time.Time { return at }
	must(app.EndRoom(ctx, room.ID))
	r := must(app.DB.Room.FindUnique(ctx, db.RoomFindUnique{Where: db.RoomWhereUnique{ID: &room.ID}}))
	if r.EndedAt == nil || !r.EndedAt.Equal(at) {
		t.Errorf("endedAt %v, want %v", r.EndedAt, at)
	}
}
