package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/stratadb/strata/bench/clientbench/peerdb"
	"github.com/stratadb/strata/client"
)

// strata's generated client (package peerdb), as an application uses it.
type strataRunner struct{ c *peerdb.Client }

func newStrata(ctx context.Context, c *config) (*strataRunner, error) {
	u := c.prismaURL + "&connection_limit=" + strconv.Itoa(c.pool)
	db, err := peerdb.Open(ctx, u)
	if err != nil {
		return nil, err
	}
	return &strataRunner{c: db}, nil
}

func (r *strataRunner) close() { r.c.Close() }

func (r *strataRunner) create(ctx context.Context, i int, email string) error {
	_, err := r.c.Person.Create(ctx, peerdb.PersonCreate{Data: peerdb.PersonCreateInput{
		Name: fmt.Sprintf("Person %d", i), Email: email, PhoneNumber: fmt.Sprintf("+1-555-%06d", i),
	}})
	return err
}

func (r *strataRunner) createMany(ctx context.Context, n int) error {
	data := make([]peerdb.PersonCreateInput, n)
	for i := range data {
		data[i] = peerdb.PersonCreateInput{Name: fmt.Sprintf("Bulk %d", i), Email: fmt.Sprintf("b%d@example.com", i), PhoneNumber: fmt.Sprintf("+1-666-%d", i)}
	}
	got, err := r.c.Person.CreateMany(ctx, peerdb.PersonCreateMany{Data: data})
	if err == nil && int(got) != n {
		err = fmt.Errorf("createMany inserted %d", got)
	}
	return err
}

func (r *strataRunner) findUnique(ctx context.Context, email string) (bool, error) {
	p, err := r.c.Person.FindUnique(ctx, peerdb.PersonFindUnique{Where: peerdb.PersonWhereUnique{Email: &email}})
	return p != nil, err
}

func (r *strataRunner) findMany100(ctx context.Context) (int, error) {
	ps, err := r.c.Person.FindMany(ctx, peerdb.PersonFindMany{Take: client.Ptr(100), OrderBy: []peerdb.PersonOrderBy{{CreatedAt: client.Desc}}})
	return len(ps), err
}

func (r *strataRunner) userWithAccounts(ctx context.Context, id string) (int, error) {
	u, err := r.c.User.FindUnique(ctx, peerdb.UserFindUnique{Where: peerdb.UserWhereUnique{ID: &id}, Include: &peerdb.UserInclude{Accounts: &peerdb.AccountFindMany{}}})
	if err != nil || u == nil {
		return 0, err
	}
	return len(u.Accounts), nil
}

func (r *strataRunner) allUsersWithAccounts(ctx context.Context) (int, int, error) {
	us, err := r.c.User.FindMany(ctx, peerdb.UserFindMany{Include: &peerdb.UserInclude{Accounts: &peerdb.AccountFindMany{}}})
	n := 0
	for i := range us {
		n += len(us[i].Accounts)
	}
	return len(us), n, err
}
