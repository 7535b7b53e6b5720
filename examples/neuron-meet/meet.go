// Package neuronmeet is the Neuron Meet example app: the rooms, settings,
// participants and chat of a video conference server, written against the
// Go client that `strata generate` writes from prisma/schema.prisma (into
// the db folder beside it). It owns the app's rules (who may join a room,
// when chat is allowed, what ending a room does); every query is the
// generated client's. cmd/neuron-meet runs it against DATABASE_URL, and
// README.md is the client's tutorial, with snippets taken from here.
package neuronmeet

import (
	"context"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/stratadb/strata/client"
	"github.com/stratadb/strata/examples/neuron-meet/db"
)

// Errors of the app's rules, for errors.Is.
var (
	ErrEmailTaken   = errors.New("email already registered")
	ErrRoomNotFound = errors.New("no such room")
	ErrRoomEnded    = errors.New("the room has ended")
	ErrRoomLocked   = errors.New("the room is locked")
	ErrRoomFull     = errors.New("the room is full")
	ErrChatDisabled = errors.New("chat is disabled in this room")
	ErrNotInRoom    = errors.New("not a participant of this room")
	ErrBadPassword  = errors.New("wrong email or password")
)

// App is the server's logic over a generated client.
type App struct {
	DB *db.Client
	// Now returns the current time (time.Now when nil).
	Now func() time.Time
}

func (a *App) now() time.Time {
	if a.Now != nil {
		return a.Now().UTC()
	}
	return time.Now().UTC()
}

// SignUp creates a user account. A taken email is ErrEmailTaken, found
// with errors.As on the client's *client.UniqueViolation (Prisma's P2002).
func (a *App) SignUp(ctx context.Context, email, name, password string) (*db.User, error) {
	hash, err := HashPassword(password)
	if err != nil {
		return nil, err
	}
	u, err := a.DB.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{
		Email:    strings.ToLower(email),
		Name:     name,
		Password: hash,
	}})
	var uv *client.UniqueViolation
	if errors.As(err, &uv) && len(uv.Fields) == 1 && uv.Fields[0] == "email" {
		return nil, fmt.Errorf("sign up %s: %w", email, ErrEmailTaken)
	}
	if err != nil {
		return nil, fmt.Errorf("sign up %s: %w", email, err)
	}
	return u, nil
}

// LogIn returns the user with this email and password.
func (a *App) LogIn(ctx context.Context, email, password string) (*db.User, error) {
	u, err := a.DB.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{Email: client.Ptr(strings.ToLower(email))}})
	if err != nil {
		return nil, fmt.Errorf("log in: %w", err)
	}
	if u == nil || !CheckPassword(u.Password, password) {
		return nil, ErrBadPassword
	}
	return u, nil
}

// RoomOptions are the settings a host picks when creating a room; nil
// fields keep the schema's defaults.
type RoomOptions struct {
	AllowChat       *bool
	WaitingRoom     *bool
	MaxParticipants *int
}

// CreateRoom creates a room hosted by hostID with its settings and the
// host as its first participant: one nested create, which the client runs
// as one transaction, so either all three rows exist or none. The room's
// code is random ("abc-defg-hij"); a code that is already taken is drawn
// again.
func (a *App) CreateRoom(ctx context.Context, hostID, name string, opts RoomOptions) (*db.Room, error) {
	for attempt := 0; ; attempt++ {
		code, err := RoomCode()
		if err != nil {
			return nil, err
		}
		room, err := a.DB.Room.Create(ctx, db.RoomCreate{
			Data: db.RoomCreateInput{
				Code:   code,
				Name:   name,
				HostID: hostID,
				Settings: &db.RoomSettingsCreateNestedOne{Create: &db.RoomSettingsCreateInput{
					AllowChat:       opts.AllowChat,
					WaitingRoom:     opts.WaitingRoom,
					MaxParticipants: opts.MaxParticipants,
				}},
				Participants: &db.ParticipantCreateNestedMany{Create: []db.ParticipantCreateInput{
					{UserID: &hostID, IsHost: client.Ptr(true)},
				}},
			},
			Include: &db.RoomInclude{Settings: &db.RoomSettingsInclude{}},
		})
		var uv *client.UniqueViolation
		if errors.As(err, &uv) && uv.Model == "Room" && attempt < 3 {
			continue // the code was taken: draw another
		}
		if err != nil {
			return nil, fmt.Errorf("create room %q: %w", name, err)
		}
		return room, nil
	}
}

// Guest is who joins a room: a user (UserID) or a guest (Name).
type Guest struct {
	UserID *string
	Name   string
}

// Join adds someone to the room with this code, or returns their current
// participation when they are already in it. It refuses ended, locked and
// full rooms. The check and the insert run in one serializable
// transaction, retried on a write conflict, so two people racing for the
// last place cannot both get it.
func (a *App) Join(ctx context.Context, code string, who Guest) (*db.Participant, error) {
	var p *db.Participant
	err := client.Retry(ctx, client.RetryOptions{}, func(ctx context.Context) error {
		return a.DB.Tx(ctx, func(tx *db.Client) error {
			room, err := tx.Room.FindUnique(ctx, db.RoomFindUnique{
				Where:   db.RoomWhereUnique{Code: &code},
				Include: &db.RoomInclude{Settings: &db.RoomSettingsInclude{}},
			})
			if err != nil {
				return err
			}
			switch {
			case room == nil:
				return ErrRoomNotFound
			case !room.IsActive:
				return ErrRoomEnded
			case room.IsLocked || room.Settings != nil && room.Settings.IsLocked:
				return ErrRoomLocked
			}
			if who.UserID != nil {
				p, err = tx.Participant.FindFirst(ctx, db.ParticipantFindFirst{Where: db.ParticipantWhere{
					RoomID: client.StringFilter{Equals: &room.ID}, UserID: client.StringFilter{Equals: who.UserID},
					IsActive: client.BoolFilter{Equals: client.Ptr(true)},
				}})
				if err != nil || p != nil {
					return err
				}
			} else if room.Settings != nil && !room.Settings.AllowGuestAccess {
				return ErrRoomLocked
			}
			active, err := tx.Participant.Count(ctx, db.ParticipantCount{Where: db.ParticipantWhere{
				RoomID: client.StringFilter{Equals: &room.ID}, IsActive: client.BoolFilter{Equals: client.Ptr(true)},
			}})
			if err != nil {
				return err
			}
			if room.Settings != nil && active >= int64(room.Settings.MaxParticipants) {
				return ErrRoomFull
			}
			in := db.ParticipantCreateInput{RoomID: room.ID, UserID: who.UserID}
			if who.UserID == nil {
				in.GuestName = &who.Name
			}
			p, err = tx.Participant.Create(ctx, db.ParticipantCreate{Data: in, Include: &db.ParticipantInclude{User: &db.UserInclude{}}})
			if err != nil {
				return err
			}
			_, err = tx.Message.Create(ctx, db.MessageCreate{Data: db.MessageCreateInput{
				RoomID: room.ID, Type: client.Ptr(db.MessageTypeSystem), Content: displayName(p) + " joined",
			}})
			return err
		}, client.TxOptions{Isolation: client.Serializable})
	})
	if err != nil {
		return nil, fmt.Errorf("join %s: %w", code, err)
	}
	return p, nil
}

// Leave marks a participant as gone. Leaving twice is not an error.
func (a *App) Leave(ctx context.Context, participantID string) error {
	return a.DB.Tx(ctx, func(tx *db.Client) error {
		n, err := tx.Participant.UpdateMany(ctx, db.ParticipantUpdateMany{
			Where: db.ParticipantWhere{ID: client.StringFilter{Equals: &participantID}, IsActive: client.BoolFilter{Equals: client.Ptr(true)}},
			Data:  db.ParticipantUpdateInput{IsActive: client.Set(false), LeftAt: client.Set(a.now())},
		})
		if err != nil || n == 0 {
			return err
		}
		p, err := tx.Participant.FindUniqueOrThrow(ctx, db.ParticipantFindUnique{
			Where: db.ParticipantWhereUnique{ID: &participantID}, Include: &db.ParticipantInclude{User: &db.UserInclude{}},
		})
		if err != nil {
			return err
		}
		_, err = tx.Message.Create(ctx, db.MessageCreate{Data: db.MessageCreateInput{
			RoomID: p.RoomID, Type: client.Ptr(db.MessageTypeSystem), Content: displayName(p) + " left",
		}})
		return err
	})
}

// Send posts a chat message from an active participant.
func (a *App) Send(ctx context.Context, participantID, content string) (*db.Message, error) {
	p, err := a.DB.Participant.FindUnique(ctx, db.ParticipantFindUnique{
		Where: db.ParticipantWhereUnique{ID: &participantID},
		Include: &db.ParticipantInclude{
			User: &db.UserInclude{},
			Room: &db.RoomInclude{Settings: &db.RoomSettingsInclude{}},
		},
	})
	if err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	switch {
	case p == nil || !p.IsActive:
		return nil, ErrNotInRoom
	case p.Room.Settings != nil && !p.Room.Settings.AllowChat:
		return nil, ErrChatDisabled
	}
	m, err := a.DB.Message.Create(ctx, db.MessageCreate{Data: db.MessageCreateInput{
		RoomID: p.RoomID, UserID: p.UserID, SenderName: client.Ptr(displayName(p)), Content: content,
	}})
	if err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	return m, nil
}

// RoomView is a room with its host, settings, the people in it and its
// last messages (newest first), read with a fixed number of statements
// whatever the number of rows.
func (a *App) RoomView(ctx context.Context, code string, lastMessages int) (*db.Room, error) {
	r, err := a.DB.Room.FindUniqueOrThrow(ctx, db.RoomFindUnique{
		Where: db.RoomWhereUnique{Code: &code},
		Include: &db.RoomInclude{
			Host:     &db.UserInclude{},
			Settings: &db.RoomSettingsInclude{},
			Participants: &db.ParticipantFindMany{
				Where:   db.ParticipantWhere{IsActive: client.BoolFilter{Equals: client.Ptr(true)}},
				OrderBy: []db.ParticipantOrderBy{{JoinedAt: client.Asc}, {ID: client.Asc}},
				Include: &db.ParticipantInclude{User: &db.UserInclude{}},
			},
			Messages: &db.MessageFindMany{
				OrderBy: []db.MessageOrderBy{{CreatedAt: client.Desc}, {ID: client.Desc}},
				Take:    &lastMessages,
			},
		},
	})
	if errors.Is(err, client.ErrNotFound) {
		return nil, fmt.Errorf("room %s: %w", code, ErrRoomNotFound)
	}
	return r, err
}

// History returns a page of a room's chat, newest first: the n messages
// before the message with id before (the newest when before is nil). Pass
// the last message's id to get the next page: cursor pagination stays fast
// however far back the page is, where skip would read every row before it.
func (a *App) History(ctx context.Context, roomID string, before *string, n int) ([]db.Message, error) {
	args := db.MessageFindMany{
		Where:   db.MessageWhere{RoomID: client.StringFilter{Equals: &roomID}},
		OrderBy: []db.MessageOrderBy{{CreatedAt: client.Desc}, {ID: client.Desc}},
		Take:    &n,
	}
	if before != nil {
		args.Cursor = &db.MessageWhereUnique{ID: before}
		args.Skip = client.Ptr(1) // the cursor's row was on the previous page
	}
	return a.DB.Message.FindMany(ctx, args)
}

// RoomSummary is a line of a host's dashboard.
type RoomSummary struct {
	Code, Name   string
	Active       bool
	Participants int64 // everyone who ever joined
	Messages     int64 // chat messages, not the system's
}

// HostedRooms lists the rooms a user hosts, newest first, with how many
// people joined and how many chat messages they sent: the counts come with
// the rooms, in the same read, and only the fields shown are selected.
func (a *App) HostedRooms(ctx context.Context, userID string) ([]RoomSummary, error) {
	rooms, err := a.DB.Room.FindMany(ctx, db.RoomFindMany{
		Where:   db.RoomWhere{HostID: client.StringFilter{Equals: &userID}},
		OrderBy: []db.RoomOrderBy{{CreatedAt: client.Desc}, {ID: client.Desc}},
		Select:  &db.RoomSelect{Code: true, Name: true, IsActive: true},
		Include: &db.RoomInclude{Count: &db.RoomCountInclude{
			Participants:  true,
			Messages:      true,
			MessagesWhere: &db.MessageWhere{Type: client.EnumFilter[db.MessageType]{Equals: client.Ptr(db.MessageTypeText)}},
		}},
	})
	if err != nil {
		return nil, fmt.Errorf("hosted rooms: %w", err)
	}
	out := make([]RoomSummary, len(rooms))
	for i, r := range rooms {
		out[i] = RoomSummary{Code: r.Code, Name: r.Name, Active: r.IsActive, Participants: r.Count.Participants, Messages: r.Count.Messages}
	}
	return out, nil
}

// MessagesByType counts a room's messages per type (chat, system, file).
func (a *App) MessagesByType(ctx context.Context, roomID string) (map[db.MessageType]int64, error) {
	groups, err := a.DB.Message.GroupBy(ctx, db.MessageGroupBy{
		By:                     db.MessageSelect{Type: true},
		Where:                  db.MessageWhere{RoomID: client.StringFilter{Equals: &roomID}},
		MessageAggregateFields: db.MessageAggregateFields{Count: &db.MessageCountAggregate{All: true}},
	})
	if err != nil {
		return nil, fmt.Errorf("messages by type: %w", err)
	}
	out := make(map[db.MessageType]int64, len(groups))
	for _, g := range groups {
		out[g.By.Type] = g.Count.All
	}
	return out, nil
}

// SetLocked locks or unlocks a room for newcomers. The room and its
// settings both carry the lock: one batch transaction changes both or
// neither.
func (a *App) SetLocked(ctx context.Context, roomID string, locked bool) error {
	err := a.DB.Batch(ctx, []client.Step{
		client.Do(nil, a.DB.Room.Update, db.RoomUpdate{Where: db.RoomWhereUnique{ID: &roomID}, Data: db.RoomUpdateInput{IsLocked: client.Set(locked)}}),
		client.Do(nil, a.DB.RoomSettings.UpdateMany, db.RoomSettingsUpdateMany{
			Where: db.RoomSettingsWhere{RoomID: client.StringFilter{Equals: &roomID}},
			Data:  db.RoomSettingsUpdateInput{IsLocked: client.Set(locked)},
		}),
	})
	if err != nil {
		return fmt.Errorf("lock room: %w", err)
	}
	return nil
}

// EndRoom ends a room: it is no longer active and everyone in it has
// left, in one transaction. It returns how many participants it sent away.
func (a *App) EndRoom(ctx context.Context, roomID string) (int64, error) {
	var n int64
	err := a.DB.Tx(ctx, func(tx *db.Client) error {
		now := a.now()
		if _, err := tx.Room.Update(ctx, db.RoomUpdate{
			Where: db.RoomWhereUnique{ID: &roomID},
			Data:  db.RoomUpdateInput{IsActive: client.Set(false), EndedAt: client.Set(now)},
		}); err != nil {
			return err
		}
		var err error
		n, err = tx.Participant.UpdateMany(ctx, db.ParticipantUpdateMany{
			Where: db.ParticipantWhere{RoomID: client.StringFilter{Equals: &roomID}, IsActive: client.BoolFilter{Equals: client.Ptr(true)}},
			Data:  db.ParticipantUpdateInput{IsActive: client.Set(false), LeftAt: client.Set(now)},
		})
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("end room: %w", err)
	}
	return n, nil
}

// DeleteRoom deletes a room; its settings, participants and messages go
// with it (onDelete: Cascade).
func (a *App) DeleteRoom(ctx context.Context, roomID string) error {
	_, err := a.DB.Room.Delete(ctx, db.RoomDelete{Where: db.RoomWhereUnique{ID: &roomID}})
	return err
}

// displayName is how a participant appears in the room.
func displayName(p *db.Participant) string {
	switch {
	case p.User != nil && p.User.DisplayName != nil:
		return *p.User.DisplayName
	case p.User != nil:
		return p.User.Name
	case p.GuestName != nil:
		return *p.GuestName
	}
	return "someone"
}

// RoomCode returns a random room code of the form "abc-defg-hij".
func RoomCode() (string, error) {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	var b [10]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("room code: %w", err)
	}
	var sb strings.Builder
	for i, c := range b {
		if i == 3 || i == 7 {
			sb.WriteByte('-')
		}
		sb.WriteByte(letters[int(c)%len(letters)])
	}
	return sb.String(), nil
}

// The guide's server stores bcrypt hashes; the example uses PBKDF2 from
// the standard library so that it needs no other module.
const pbkdf2Iterations = 10_000

// HashPassword returns a salted hash of password.
func HashPassword(password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	key, err := pbkdf2.Key(sha256.New, password, salt, pbkdf2Iterations, 32)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	enc := base64.RawStdEncoding
	return fmt.Sprintf("pbkdf2-sha256$%d$%s$%s", pbkdf2Iterations, enc.EncodeToString(salt), enc.EncodeToString(key)), nil
}

// CheckPassword reports whether password matches hash.
func CheckPassword(hash, password string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 4 || parts[0] != "pbkdf2-sha256" || parts[1] != fmt.Sprint(pbkdf2Iterations) {
		return false
	}
	enc := base64.RawStdEncoding
	salt, err1 := enc.DecodeString(parts[2])
	want, err2 := enc.DecodeString(parts[3])
	if err1 != nil || err2 != nil {
		return false
	}
	got, err := pbkdf2.Key(sha256.New, password, salt, pbkdf2Iterations, len(want))
	return err == nil && subtle.ConstantTimeCompare(got, want) == 1
}
