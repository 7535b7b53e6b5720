package neuronmeet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/stratadb/strata/client"
	"github.com/stratadb/strata/examples/neuron-meet/db"
)

// Run plays a short meeting and writes what it did to w: three users, a
// room with its settings (a transaction), people joining (one refused:
// the room is full), chat, someone leaving, the room with its
// participants and last messages (an include), older messages (a
// cursor), counts per message type (groupBy), a taken email (an error
// handled with errors.As), the room ended (a transaction), the host's
// rooms with relation counts, and the counts of rows. It can run again on the same database: users are upserted by
// email and each run makes a new room.
func Run(ctx context.Context, c *db.Client, w io.Writer) error {
	app := &App{DB: c}
	out := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }

	// Users: Upsert by the unique email, so that a second run finds them.
	people := []struct{ email, name, display string }{
		{"ada@neuron.meet", "Ada Lovelace", "Ada"},
		{"grace@neuron.meet", "Grace Hopper", ""},
		{"linus@neuron.meet", "Linus Torvalds", ""},
	}
	users := make([]*db.User, len(people))
	for i, p := range people {
		hash, err := HashPassword("correct horse battery staple")
		if err != nil {
			return err
		}
		in := db.UserCreateInput{Email: p.email, Name: p.name, Password: hash}
		if p.display != "" {
			in.DisplayName = &p.display
		}
		u, err := c.User.Upsert(ctx, db.UserUpsert{
			Where:  db.UserWhereUnique{Email: &p.email},
			Create: in,
			Update: db.UserUpdateInput{Name: client.Set(p.name)},
		})
		if err != nil {
			return fmt.Errorf("upsert user %s: %w", p.email, err)
		}
		users[i] = u
	}
	out("users: %s, %s and %s", users[0].Email, users[1].Email, users[2].Email)

	// A room with settings and its host as first participant: one transaction.
	room, err := app.CreateRoom(ctx, users[0].ID, "Weekly sync", RoomOptions{MaxParticipants: client.Ptr(3)})
	if err != nil {
		return err
	}
	out("room %q created with code %s (chat %v, at most %d people), hosted by %s",
		room.Name, room.Code, room.Settings.AllowChat, room.Settings.MaxParticipants, users[0].Name)

	host, err := c.Participant.FindFirst(ctx, db.ParticipantFindFirst{Where: db.ParticipantWhere{
		RoomID: client.StringFilter{Equals: &room.ID}, IsHost: client.BoolFilter{Equals: client.Ptr(true)},
	}})
	if err != nil {
		return err
	}
	grace, err := app.Join(ctx, room.Code, Guest{UserID: &users[1].ID})
	if err != nil {
		return err
	}
	guest, err := app.Join(ctx, room.Code, Guest{Name: "Visitor"})
	if err != nil {
		return err
	}
	out("joined: %s and the guest %s", grace.User.Name, *guest.GuestName)
	if _, err := app.Join(ctx, room.Code, Guest{UserID: &users[2].ID}); errors.Is(err, ErrRoomFull) {
		out("%s could not join: %v", users[2].Name, err)
	} else if err != nil {
		return err
	}

	for _, m := range []struct {
		p    *db.Participant
		text string
	}{
		{host, "Welcome, everyone!"},
		{grace, "Hi Ada. Shall we start with the compiler?"},
		{guest, "Hello from the guest seat."},
		{host, "Yes: Grace, over to you."},
	} {
		if _, err := app.Send(ctx, m.p.ID, m.text); err != nil {
			return err
		}
	}
	if err := app.Leave(ctx, guest.ID); err != nil {
		return err
	}
	linus, err := app.Join(ctx, room.Code, Guest{UserID: &users[2].ID})
	if err != nil {
		return err
	}
	if _, err := app.Send(ctx, linus.ID, "Sorry I am late."); err != nil {
		return err
	}
	out("4 messages sent, the guest left, %s joined in their place", linus.User.Name)

	// The room with its host, settings, participants and last messages.
	view, err := app.RoomView(ctx, room.Code, 4)
	if err != nil {
		return err
	}
	out("\nroom %s %q, host %s, active %v:", view.Code, view.Name, view.Host.Name, view.IsActive)
	for _, p := range view.Participants {
		role := ""
		if p.IsHost {
			role = " (host)"
		}
		out("  participant %s%s", displayName(&p), role)
	}
	out("  last %d messages, newest first:", len(view.Messages))
	for _, m := range view.Messages {
		from := string(m.Type)
		if m.SenderName != nil {
			from = *m.SenderName
		}
		out("    [%s] %s", from, m.Content)
	}

	// Older chat, a page at a time, with a cursor.
	older, err := app.History(ctx, room.ID, &view.Messages[len(view.Messages)-1].ID, 3)
	if err != nil {
		return err
	}
	var texts []string
	for _, m := range older {
		texts = append(texts, fmt.Sprintf("%q", m.Content))
	}
	out("  the 3 before them: %s", strings.Join(texts, ", "))
	byType, err := app.MessagesByType(ctx, room.ID)
	if err != nil {
		return err
	}
	out("  messages by type: %d TEXT, %d SYSTEM, %d FILE", byType[db.MessageTypeText], byType[db.MessageTypeSystem], byType[db.MessageTypeFile])

	// An error handled with errors.As: the email is taken (P2002).
	_, err = c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: users[1].Email, Name: "Another Grace", Password: "x"}})
	var uv *client.UniqueViolation
	if !errors.As(err, &uv) {
		return fmt.Errorf("want a unique violation, got %v", err)
	}
	out("\nsigning up %s again fails: %s on %s (%s)", users[1].Email, client.Code(err), strings.Join(uv.Fields, ", "), uv.Model)

	// Ending the room: the room and its participants in one transaction.
	n, err := app.EndRoom(ctx, room.ID)
	if err != nil {
		return err
	}
	out("room ended: %d participants left with it", n)

	hosted, err := app.HostedRooms(ctx, users[0].ID)
	if err != nil {
		return err
	}
	out("%s's rooms, newest first:", users[0].Name)
	for _, r := range hosted {
		out("  %s %q: %d joined, %d chat messages, active %v", r.Code, r.Name, r.Participants, r.Messages, r.Active)
	}

	counts := []struct {
		name string
		f    func() (int64, error)
	}{
		{"users", func() (int64, error) { return c.User.Count(ctx, db.UserCount{}) }},
		{"rooms", func() (int64, error) { return c.Room.Count(ctx, db.RoomCount{}) }},
		{"active rooms", func() (int64, error) {
			return c.Room.Count(ctx, db.RoomCount{Where: db.RoomWhere{IsActive: client.BoolFilter{Equals: client.Ptr(true)}}})
		}},
		{"participants", func() (int64, error) { return c.Participant.Count(ctx, db.ParticipantCount{}) }},
		{"messages", func() (int64, error) { return c.Message.Count(ctx, db.MessageCount{}) }},
	}
	var parts []string
	for _, k := range counts {
		n, err := k.f()
		if err != nil {
			return fmt.Errorf("count %s: %w", k.name, err)
		}
		parts = append(parts, fmt.Sprintf("%s %d", k.name, n))
	}
	out("\nin the database: %s", strings.Join(parts, ", "))
	return nil
}
