package client

import (
	"crypto/rand"
	"crypto/sha3"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// GenerateID returns a new value for a client-side default, in the format
// Prisma's client writes:
//
//	cuid()    25 characters: "c", the time, a counter, a host fingerprint
//	          and random blocks in base 36 (cuid v1)
//	cuid(2)   24 characters, a lower-case letter then base 36 of a SHA3
//	          hash (cuid2)
//	uuid()    a random RFC 9562 version 4 UUID, lower-case, hyphenated
//	uuid(7)   a version 7 UUID (time-ordered)
//	nanoid(n) n characters (21 by default) of A-Z a-z 0-9 _ -
//	ulid()    26 characters of Crockford's base 32, time-ordered
func GenerateID(f DefaultFunc, arg int) (string, error) {
	switch f {
	case DefaultCUID:
		return cuid(), nil
	case DefaultCUID2:
		return cuid2(24), nil
	case DefaultUUID4:
		return uuid4(), nil
	case DefaultUUID7:
		return uuid7(time.Now()), nil
	case DefaultNanoID:
		if arg <= 0 {
			arg = 21
		}
		return nanoid(arg), nil
	case DefaultULID:
		return ulid(time.Now()), nil
	}
	return "", fmt.Errorf("client: no generator for default %d", f)
}

// digits36 are the digits of base 36, as strconv writes them.
const digits36 = "0123456789abcdefghijklmnopqrstuvwxyz"

// putBase36 writes the last len(dst) base-36 digits of v into dst,
// zero-padded: what pad(strconv.FormatUint(v, 36), len(dst)) gives,
// without allocating.
func putBase36(dst []byte, v uint64) {
	for i := len(dst) - 1; i >= 0; i-- {
		dst[i] = digits36[v%36]
		v /= 36
	}
}

// cuidCounter is the process-wide cuid counter: a cuid is unique per
// process by construction, so this is the one piece of shared state.
var cuidCounter atomic.Uint32

var fingerprint = sync.OnceValue(func() string {
	host, _ := os.Hostname()
	sum := len(host) + 36
	for _, r := range host {
		sum += int(r)
	}
	pid := strconv.FormatInt(int64(os.Getpid()), 36)
	return pad(pid, 2) + pad(strconv.FormatInt(int64(sum), 36), 2)
})

// pad keeps the last n characters of s, left-padded with zeros.
func pad(s string, n int) string {
	if len(s) >= n {
		return s[len(s)-n:]
	}
	return strings.Repeat("0", n-len(s)) + s
}

// cuid is a cuid v1: "c", 8 digits of the time in ms, 4 of a counter, the
// 4-character host fingerprint and two random blocks of 4, all base 36.
// It is built in one buffer: one allocation, the string.
func cuid() string {
	var b [25]byte
	var r [8]byte
	_, _ = rand.Read(r[:]) // crypto/rand.Read never fails (Go 1.24+)
	b[0] = 'c'
	putBase36(b[1:9], uint64(time.Now().UnixMilli()))
	putBase36(b[9:13], uint64(cuidCounter.Add(1)%(36*36*36*36)))
	copy(b[13:17], fingerprint())
	putBase36(b[17:21], uint64(binary.BigEndian.Uint32(r[0:4])%(36*36*36*36)))
	putBase36(b[21:25], uint64(binary.BigEndian.Uint32(r[4:8])%(36*36*36*36)))
	return string(b[:])
}

func cuid2(length int) string {
	var r [33]byte
	_, _ = rand.Read(r[:])
	letter := "abcdefghijklmnopqrstuvwxyz"[int(r[32])%26]
	c := cuidCounter.Add(1)
	input := strconv.FormatInt(time.Now().UnixMilli(), 36) + hex.EncodeToString(r[:32]) +
		strconv.FormatUint(uint64(c), 36) + fingerprint()
	sum := sha3.Sum512([]byte(input))
	s := new(big.Int).SetBytes(sum[:]).Text(36)
	// Drop the first character, which is biased, as cuid2 does.
	s = s[1:]
	if len(s) < length-1 {
		s = pad(s, length-1)
	}
	return string(letter) + s[:length-1]
}

func formatUUID(b *[16]byte) string {
	var out [36]byte
	hex.Encode(out[0:8], b[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], b[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], b[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], b[8:10])
	out[23] = '-'
	hex.Encode(out[24:], b[10:])
	return string(out[:])
}

func uuid4() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return formatUUID(&b)
}

func uuid7(t time.Time) string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	ms := uint64(t.UnixMilli())
	b[0], b[1], b[2], b[3], b[4], b[5] = byte(ms>>40), byte(ms>>32), byte(ms>>24), byte(ms>>16), byte(ms>>8), byte(ms)
	b[6] = b[6]&0x0f | 0x70
	b[8] = b[8]&0x3f | 0x80
	return formatUUID(&b)
}

const nanoidAlphabet = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict"

func nanoid(n int) string {
	var small [64]byte
	b := small[:0]
	if n <= len(small) {
		b = small[:n]
	} else {
		b = make([]byte, n)
	}
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = nanoidAlphabet[b[i]&63]
	}
	return string(b)
}

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// ulid is 48 bits of time in ms and 80 random bits, as 26 characters of
// Crockford's base 32 (the top two of the 130 bits are zero).
func ulid(t time.Time) string {
	var v [16]byte
	ms := uint64(t.UnixMilli())
	for i := 0; i < 6; i++ {
		v[i] = byte(ms >> (40 - 8*i))
	}
	_, _ = rand.Read(v[6:])
	hi, lo := binary.BigEndian.Uint64(v[:8]), binary.BigEndian.Uint64(v[8:])
	var out [26]byte
	for i := 25; i >= 0; i-- {
		out[i] = crockford[lo&31]
		lo = lo>>5 | hi<<59
		hi >>= 5
	}
	return string(out[:])
}
