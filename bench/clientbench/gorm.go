package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// GORM as its documentation recommends for speed: no default transaction
// around single writes, prepared statements cached, logging off. Preload
// loads an include with a second statement (IN of the parents' keys).
type gormRunner struct{ db *gorm.DB }

type gPerson struct {
	ID          string `gorm:"primaryKey"`
	Name        string
	Email       string
	PhoneNumber string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

func (gPerson) TableName() string { return "people" }

type gUser struct {
	ID            string `gorm:"primaryKey"`
	Name          *string
	Email         string
	EmailVerified *time.Time
	Image         *string
	Accounts      []gAccount `gorm:"foreignKey:UserID"`
}

func (gUser) TableName() string { return "users" }

type gAccount struct {
	ID                string `gorm:"primaryKey"`
	UserID            string
	Type              string
	Provider          string
	ProviderAccountID string
	RefreshToken      *string
	AccessToken       *string
	ExpiresAt         *int32
	TokenType         *string
	Scope             *string
	IDToken           *string `gorm:"column:id_token"`
	SessionState      *string
}

func (gAccount) TableName() string { return "accounts" }

func newGorm(c *config) (*gormRunner, error) {
	db, err := gorm.Open(postgres.Open(c.url), &gorm.Config{
		SkipDefaultTransaction: true,
		PrepareStmt:            true,
		Logger:                 logger.Default.LogMode(logger.Silent),
	})
	if err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	sqlDB.SetMaxOpenConns(c.pool)
	sqlDB.SetMaxIdleConns(c.pool)
	return &gormRunner{db: db}, nil
}

func (r *gormRunner) close() {
	if sqlDB, err := r.db.DB(); err == nil {
		_ = sqlDB.Close()
	}
}

func (r *gormRunner) create(ctx context.Context, i int, email string) error {
	p := gPerson{ID: cuid(), Name: fmt.Sprintf("Person %d", i), Email: email, PhoneNumber: fmt.Sprintf("+1-555-%06d", i)}
	return r.db.WithContext(ctx).Create(&p).Error
}

func (r *gormRunner) createMany(ctx context.Context, n int) error {
	rows := make([]gPerson, n)
	for i := range rows {
		rows[i] = gPerson{ID: cuid(), Name: fmt.Sprintf("Bulk %d", i), Email: fmt.Sprintf("b%d@example.com", i), PhoneNumber: fmt.Sprintf("+1-666-%d", i)}
	}
	// One call, as Prisma's createMany; batches keep each INSERT under
	// PostgreSQL's 65,535 parameters (Prisma uses 5,461-row INSERTs too).
	res := r.db.WithContext(ctx).CreateInBatches(rows, 5461)
	if res.Error == nil && int(res.RowsAffected) != n {
		return fmt.Errorf("inserted %d", res.RowsAffected)
	}
	return res.Error
}

func (r *gormRunner) findUnique(ctx context.Context, email string) (bool, error) {
	var p gPerson
	err := r.db.WithContext(ctx).Where("email = ?", email).Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return false, nil
	}
	return err == nil, err
}

func (r *gormRunner) findMany100(ctx context.Context) (int, error) {
	var ps []gPerson
	err := r.db.WithContext(ctx).Order("created_at DESC").Limit(100).Find(&ps).Error
	return len(ps), err
}

func (r *gormRunner) userWithAccounts(ctx context.Context, id string) (int, error) {
	var u gUser
	if err := r.db.WithContext(ctx).Preload("Accounts").Where("id = ?", id).Take(&u).Error; err != nil {
		return 0, err
	}
	return len(u.Accounts), nil
}

func (r *gormRunner) allUsersWithAccounts(ctx context.Context) (int, int, error) {
	var us []gUser
	err := r.db.WithContext(ctx).Preload("Accounts").Find(&us).Error
	n := 0
	for i := range us {
		n += len(us[i].Accounts)
	}
	return len(us), n, err
}
