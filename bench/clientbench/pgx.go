package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Hand-written pgx: what a careful Go developer writes without a client,
// the same code as shared/peers/pgx-baseline (statement cache on, rows
// scanned into typed structs, COPY for the bulk insert, one LEFT JOIN for
// an include of one parent, the children of many parents in one unnamed
// "= ANY($1)" statement).
type pgxRunner struct{ pool *pgxpool.Pool }

type pPerson struct {
	ID, Name, Email, PhoneNumber string
	CreatedAt, UpdatedAt         time.Time
}

type pAccount struct {
	ID, UserID, Type, Provider, ProviderAccountID string
	RefreshToken, AccessToken                     *string
	ExpiresAt                                     *int32
	TokenType, Scope, IDToken, SessionState       *string
}

type pUser struct {
	ID            string
	Name          *string
	Email         string
	EmailVerified *time.Time
	Image         *string
	Accounts      []pAccount
}

const (
	pPersonCols  = `id, name, email, phone_number, created_at, updated_at`
	pUserCols    = `id, name, email, email_verified, image`
	pAccountCols = `id, user_id, type, provider, provider_account_id, refresh_token, access_token, expires_at, token_type, scope, id_token, session_state`
)

func newPgx(ctx context.Context, c *config) (*pgxRunner, error) {
	pc, err := pgxpool.ParseConfig(c.url)
	if err != nil {
		return nil, err
	}
	pc.MaxConns = int32(c.pool)
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, err
	}
	return &pgxRunner{pool: pool}, nil
}

func (r *pgxRunner) close() { r.pool.Close() }

func (r *pgxRunner) create(ctx context.Context, i int, email string) error {
	now := time.Now().UTC()
	var p pPerson
	return r.pool.QueryRow(ctx, `INSERT INTO people (`+pPersonCols+`) VALUES ($1, $2, $3, $4, $5, $6) RETURNING `+pPersonCols,
		cuid(), fmt.Sprintf("Person %d", i), email, fmt.Sprintf("+1-555-%06d", i), now, now).
		Scan(&p.ID, &p.Name, &p.Email, &p.PhoneNumber, &p.CreatedAt, &p.UpdatedAt)
}

func (r *pgxRunner) createMany(ctx context.Context, n int) error {
	now := time.Now().UTC()
	rows := make([][]any, n)
	for i := range rows {
		rows[i] = []any{cuid(), fmt.Sprintf("Bulk %d", i), fmt.Sprintf("b%d@example.com", i), fmt.Sprintf("+1-666-%d", i), now, now}
	}
	got, err := r.pool.CopyFrom(ctx, pgx.Identifier{"people"}, []string{"id", "name", "email", "phone_number", "created_at", "updated_at"}, pgx.CopyFromRows(rows))
	if err == nil && int(got) != n {
		err = fmt.Errorf("copied %d rows", got)
	}
	return err
}

func (r *pgxRunner) findUnique(ctx context.Context, email string) (bool, error) {
	var p pPerson
	err := r.pool.QueryRow(ctx, `SELECT `+pPersonCols+` FROM people WHERE email = $1 LIMIT 1`, email).
		Scan(&p.ID, &p.Name, &p.Email, &p.PhoneNumber, &p.CreatedAt, &p.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

func (r *pgxRunner) findMany100(ctx context.Context) (int, error) {
	rows, err := r.pool.Query(ctx, `SELECT `+pPersonCols+` FROM people ORDER BY created_at DESC LIMIT 100`)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	page := make([]pPerson, 0, 100)
	for rows.Next() {
		var p pPerson
		if err := rows.Scan(&p.ID, &p.Name, &p.Email, &p.PhoneNumber, &p.CreatedAt, &p.UpdatedAt); err != nil {
			return 0, err
		}
		page = append(page, p)
	}
	return len(page), rows.Err()
}

func (r *pgxRunner) userWithAccounts(ctx context.Context, id string) (int, error) {
	rows, err := r.pool.Query(ctx, `SELECT u.id, u.name, u.email, u.email_verified, u.image,
  a.id, a.user_id, a.type, a.provider, a.provider_account_id, a.refresh_token, a.access_token, a.expires_at, a.token_type, a.scope, a.id_token, a.session_state
FROM users u LEFT JOIN accounts a ON a.user_id = u.id WHERE u.id = $1`, id)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var u *pUser
	for rows.Next() {
		var uu pUser
		var a pAccount
		var aid, auid, atype, aprov, apaid *string
		if err := rows.Scan(&uu.ID, &uu.Name, &uu.Email, &uu.EmailVerified, &uu.Image,
			&aid, &auid, &atype, &aprov, &apaid, &a.RefreshToken, &a.AccessToken, &a.ExpiresAt, &a.TokenType, &a.Scope, &a.IDToken, &a.SessionState); err != nil {
			return 0, err
		}
		if u == nil {
			uu.Accounts = make([]pAccount, 0, 4)
			u = &uu
		}
		if aid != nil {
			a.ID, a.UserID, a.Type, a.Provider, a.ProviderAccountID = *aid, *auid, *atype, *aprov, *apaid
			u.Accounts = append(u.Accounts, a)
		}
	}
	if err := rows.Err(); err != nil || u == nil {
		return 0, err
	}
	return len(u.Accounts), nil
}

func (r *pgxRunner) allUsersWithAccounts(ctx context.Context) (int, int, error) {
	rows, err := r.pool.Query(ctx, `SELECT `+pUserCols+` FROM users`)
	if err != nil {
		return 0, 0, err
	}
	users := make([]pUser, 0, 1000)
	for rows.Next() {
		var u pUser
		if err := rows.Scan(&u.ID, &u.Name, &u.Email, &u.EmailVerified, &u.Image); err != nil {
			rows.Close()
			return 0, 0, err
		}
		users = append(users, u)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, 0, err
	}
	byID := make(map[string]int, len(users))
	ids := make([]string, len(users))
	for i := range users {
		byID[users[i].ID] = i
		ids[i] = users[i].ID
	}
	rows, err = r.pool.Query(ctx, `SELECT `+pAccountCols+` FROM accounts WHERE user_id = ANY($1)`, pgx.QueryExecModeExec, ids)
	if err != nil {
		return 0, 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var a pAccount
		if err := rows.Scan(&a.ID, &a.UserID, &a.Type, &a.Provider, &a.ProviderAccountID, &a.RefreshToken, &a.AccessToken,
			&a.ExpiresAt, &a.TokenType, &a.Scope, &a.IDToken, &a.SessionState); err != nil {
			return 0, 0, err
		}
		if i, ok := byID[a.UserID]; ok {
			users[i].Accounts = append(users[i].Accounts, a)
			n++
		}
	}
	return len(users), n, rows.Err()
}
