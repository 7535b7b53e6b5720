package neuronmeet_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stratadb/strata/client"
	"github.com/stratadb/strata/examples/neuron-meet/db"
)

// Reads beyond findMany: relation counts, select, distinct, cursors,
// aggregate, groupBy, and ordering through relations. The schema has no
// scalar list or Json field, so list and JSON filters are tested in package
// client only.

func TestRelationCounts(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	rooms := must(w.c.Room.FindMany(ctx, db.RoomFindMany{
		OrderBy: []db.RoomOrderBy{{Code: client.Asc}},
		Include: &db.RoomInclude{Count: &db.RoomCountInclude{Participants: true, Messages: true}},
	}))
	if c := rooms[0].Count; c == nil || c.Participants != 3 || c.Messages != 3 {
		t.Errorf("r0 counts %+v", c)
	}
	if c := rooms[1].Count; c == nil || c.Participants != 0 || c.Messages != 0 {
		t.Errorf("r1 counts %+v", c)
	}
	if js := string(must(json.Marshal(rooms[0]))); !strings.Contains(js, `"_count":{"participants":3,"messages":3}`) {
		t.Errorf("JSON %s", js)
	}
	// Without Include.Count, Count is nil and left out of JSON.
	plain := must(w.c.Room.FindFirst(ctx, db.RoomFindFirst{}))
	if plain.Count != nil || strings.Contains(string(must(json.Marshal(plain))), "_count") {
		t.Errorf("count not included: %+v", plain.Count)
	}
	// Order by a relation's count, and through a to-one relation.
	busiest := must(w.c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{{Messages: &client.CountOrder{Count: client.Desc}}, {Email: client.Asc}}}))
	if emails(busiest) != "ann bob cy" {
		t.Errorf("by message count: %s", emails(busiest))
	}
	byHost := must(w.c.Room.FindMany(ctx, db.RoomFindMany{OrderBy: []db.RoomOrderBy{{Host: &db.UserOrderBy{Name: client.Desc}}}}))
	if byHost[0].Code != "bbb-bbbb-bbb" {
		t.Errorf("by host name desc: %s first", byHost[0].Code)
	}
}

func TestSelectAndDistinct(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	// Select reads only the fields asked for; the others stay zero.
	us := must(c.User.FindMany(ctx, db.UserFindMany{Select: &db.UserSelect{Email: true}, OrderBy: []db.UserOrderBy{{Email: client.Asc}}}))
	if len(us) != 3 || us[0].Email != "ann@Neuron.Meet" || us[0].ID != "" || us[0].Password != "" || !us[0].CreatedAt.IsZero() {
		t.Errorf("select email: %+v", us[0])
	}
	one := must(c.User.FindUniqueOrThrow(ctx, db.UserFindUnique{
		Where:   db.UserWhereUnique{Email: client.Ptr("cy@Neuron.Meet")},
		Select:  &db.UserSelect{ID: true, DisplayName: true},
		Include: &db.UserInclude{Participants: &db.ParticipantFindMany{}},
	}))
	if one.ID != w.users["cy"].ID || one.DisplayName == nil || *one.DisplayName != "C." || one.Email != "" || one.Password != "" || one.Participants == nil {
		t.Errorf("findUnique with select: %+v", one)
	}
	// Distinct: one row per sender.
	for i := 0; i < 2; i++ {
		must(c.Message.Create(ctx, db.MessageCreate{Data: db.MessageCreateInput{RoomID: w.rooms[0].ID, UserID: &w.users["bob"].ID, Content: fmt.Sprint("bob ", i)}}))
	}
	ms := must(c.Message.FindMany(ctx, db.MessageFindMany{
		Distinct: &db.MessageSelect{UserID: true},
		OrderBy:  []db.MessageOrderBy{{UserID: client.Asc}, {CreatedAt: client.Asc}},
	}))
	if len(ms) != 2 {
		t.Fatalf("distinct senders: %d rows", len(ms))
	}
	senders := map[string]string{}
	for _, m := range ms {
		senders[*m.UserID] = m.Content
	}
	if senders[w.users["ann"].ID] != "first" || senders[w.users["bob"].ID] != "bob 0" {
		t.Errorf("distinct keeps each sender's first message: %v", senders)
	}
}

func TestCursorPagination(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	rows := make([]db.MessageCreateInput, 10)
	for i := range rows {
		rows[i] = db.MessageCreateInput{ID: client.Ptr(fmt.Sprintf("m%02d", i)), RoomID: w.rooms[1].ID, Content: fmt.Sprint(i), CreatedAt: client.Ptr(time.Date(2025, 2, 1, 0, i, 0, 0, time.UTC))}
	}
	must(c.Message.CreateMany(ctx, db.MessageCreateMany{Data: rows}))
	page := func(cursor *string, skip, take int) string {
		t.Helper()
		args := db.MessageFindMany{
			Where:   db.MessageWhere{RoomID: client.StringFilter{Equals: &w.rooms[1].ID}},
			OrderBy: []db.MessageOrderBy{{CreatedAt: client.Asc}},
			Take:    &take,
		}
		if cursor != nil {
			args.Cursor = &db.MessageWhereUnique{ID: cursor}
			args.Skip = &skip
		}
		var ids []string
		for _, m := range must(c.Message.FindMany(ctx, args)) {
			ids = append(ids, m.ID)
		}
		return strings.Join(ids, " ")
	}
	if got := page(nil, 0, 3); got != "m00 m01 m02" {
		t.Errorf("first page: %s", got)
	}
	// The next page starts after the last row seen: cursor plus skip 1.
	if got := page(client.Ptr("m02"), 1, 3); got != "m03 m04 m05" {
		t.Errorf("next page: %s", got)
	}
	if got := page(client.Ptr("m02"), 0, 2); got != "m02 m03" {
		t.Errorf("cursor without skip includes the row: %s", got)
	}
	// A negative take pages backwards, in the same order.
	if got := page(client.Ptr("m05"), 1, -3); got != "m02 m03 m04" {
		t.Errorf("previous page: %s", got)
	}
	if got := page(client.Ptr("m08"), 1, 3); got != "m09" {
		t.Errorf("last page: %s", got)
	}
}

func TestAggregate(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	must(c.RoomSettings.Create(ctx, db.RoomSettingsCreate{Data: db.RoomSettingsCreateInput{RoomID: w.rooms[1].ID, MaxParticipants: client.Ptr(10)}}))
	a := must(c.RoomSettings.Aggregate(ctx, db.RoomSettingsAggregate{RoomSettingsAggregateFields: db.RoomSettingsAggregateFields{
		Count: &db.RoomSettingsCountAggregate{All: true},
		Sum:   &db.RoomSettingsNumAggregate{MaxParticipants: true},
		Avg:   &db.RoomSettingsNumAggregate{MaxParticipants: true},
		Min:   &db.RoomSettingsMinMaxAggregate{MaxParticipants: true},
		Max:   &db.RoomSettingsMinMaxAggregate{MaxParticipants: true},
	}}))
	if a.Count.All != 2 || *a.Sum.MaxParticipants != 15 || *a.Avg.MaxParticipants != 7.5 || *a.Min.MaxParticipants != 5 || *a.Max.MaxParticipants != 10 {
		t.Errorf("aggregate: %+v", a)
	}
	// Over no rows: counts are 0, the others nil.
	a = must(c.RoomSettings.Aggregate(ctx, db.RoomSettingsAggregate{
		Where:                       db.RoomSettingsWhere{MaxParticipants: client.IntFilter{Gt: client.Ptr(100)}},
		RoomSettingsAggregateFields: db.RoomSettingsAggregateFields{Count: &db.RoomSettingsCountAggregate{All: true}, Sum: &db.RoomSettingsNumAggregate{MaxParticipants: true}},
	}))
	if a.Count.All != 0 || a.Sum.MaxParticipants != nil {
		t.Errorf("aggregate of nothing: %+v", a)
	}
	// The first and last message, and how many have a sender.
	m := must(c.Message.Aggregate(ctx, db.MessageAggregate{MessageAggregateFields: db.MessageAggregateFields{
		Count: &db.MessageCountAggregate{All: true, UserID: true},
		Min:   &db.MessageMinMaxAggregate{CreatedAt: true, Content: true},
		Max:   &db.MessageMinMaxAggregate{CreatedAt: true},
	}}))
	if m.Count.All != 3 || m.Count.UserID != 3 || *m.Min.Content != "first" || !m.Max.CreatedAt.After(*m.Min.CreatedAt) {
		t.Errorf("message aggregate: %+v", m)
	}
}

func TestGroupBy(t *testing.T) {
	t.Parallel()
	w := seedWorld(t)
	c := w.c
	bob := w.users["bob"]
	for _, text := range []string{"hey", "ho"} {
		must(c.Message.Create(ctx, db.MessageCreate{Data: db.MessageCreateInput{RoomID: w.rooms[1].ID, UserID: &bob.ID, Content: text}}))
	}
	must(c.Message.Create(ctx, db.MessageCreate{Data: db.MessageCreateInput{RoomID: w.rooms[1].ID, Content: "bob joined", Type: client.Ptr(db.MessageTypeSystem)}}))
	// Messages per room and type, busiest first.
	groups := must(c.Message.GroupBy(ctx, db.MessageGroupBy{
		By:                     db.MessageSelect{RoomID: true, Type: true},
		OrderBy:                []db.MessageGroupByOrderBy{{Count: &db.MessageOrderBy{ID: client.Desc}}, {MessageOrderBy: db.MessageOrderBy{Type: client.Asc}}},
		MessageAggregateFields: db.MessageAggregateFields{Count: &db.MessageCountAggregate{All: true}, Max: &db.MessageMinMaxAggregate{Content: true}},
	}))
	var got []string
	for _, g := range groups {
		room := map[string]string{w.rooms[0].ID: "r0", w.rooms[1].ID: "r1"}[g.By.RoomID]
		got = append(got, fmt.Sprintf("%s/%s:%d/%s", room, g.By.Type, g.Count.All, *g.Max.Content))
		if g.By.ID != "" || g.By.Content != "" {
			t.Errorf("fields not grouped by stay zero: %+v", g.By)
		}
	}
	if strings.Join(got, " ") != "r0/TEXT:3/third r1/TEXT:2/ho r1/SYSTEM:1/bob joined" {
		t.Errorf("groups: %v", got)
	}
	// Having: senders with more than two messages.
	chatty := must(c.Message.GroupBy(ctx, db.MessageGroupBy{
		By:                     db.MessageSelect{UserID: true},
		Where:                  db.MessageWhere{UserID: client.StringFilter{IsNull: client.Ptr(false)}},
		Having:                 db.MessageHaving{ID: client.Having[string]{Count: &client.Filter[int64]{Gt: client.Ptr(int64(2))}}},
		MessageAggregateFields: db.MessageAggregateFields{Count: &db.MessageCountAggregate{All: true}},
	}))
	if len(chatty) != 1 || *chatty[0].By.UserID != w.users["ann"].ID || chatty[0].Count.All != 3 {
		t.Errorf("having count > 2: %+v", chatty)
	}
	// Rooms' capacity per waiting-room setting.
	must(c.RoomSettings.Create(ctx, db.RoomSettingsCreate{Data: db.RoomSettingsCreateInput{RoomID: w.rooms[1].ID, MaxParticipants: client.Ptr(20), WaitingRoom: client.Ptr(true)}}))
	caps := must(c.RoomSettings.GroupBy(ctx, db.RoomSettingsGroupBy{
		By:                          db.RoomSettingsSelect{WaitingRoom: true},
		OrderBy:                     []db.RoomSettingsGroupByOrderBy{{RoomSettingsOrderBy: db.RoomSettingsOrderBy{WaitingRoom: client.Asc}}},
		RoomSettingsAggregateFields: db.RoomSettingsAggregateFields{Sum: &db.RoomSettingsNumAggregate{MaxParticipants: true}},
	}))
	if len(caps) != 2 || caps[0].By.WaitingRoom || *caps[0].Sum.MaxParticipants != 5 || *caps[1].Sum.MaxParticipants != 20 {
		t.Errorf("capacity per waiting room: %+v", caps)
	}
}
