-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN', 'OWNER', 'ROOT');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'ADMIN';
COMMIT;

-- AlterEnum
ALTER TYPE "Color" ADD VALUE 'BLUE';

-- DropForeignKey
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";

-- AlterTable
CREATE SEQUENCE user_seq_seq;
ALTER TABLE "User" DROP COLUMN "old",
ADD COLUMN     "added" TEXT NOT NULL,
ADD COLUMN     "addedOpt" DATE,
ALTER COLUMN "name" SET NOT NULL,
ALTER COLUMN "age" SET DATA TYPE BIGINT,
ALTER COLUMN "big" SET DATA TYPE INTEGER,
DROP COLUMN "code",
ADD COLUMN     "code" INTEGER NOT NULL,
ALTER COLUMN "score" SET DEFAULT 1.5,
ALTER COLUMN "role" SET DEFAULT 'ADMIN',
ALTER COLUMN "seq" SET DEFAULT nextval('user_seq_seq'),
ALTER COLUMN "nick" DROP DEFAULT,
ALTER COLUMN "tags" SET DEFAULT ARRAY['x', 'it''s']::TEXT[];
ALTER SEQUENCE user_seq_seq OWNED BY "User"."seq";

-- AlterTable
ALTER TABLE "Post" DROP COLUMN "gone",
ADD COLUMN     "data" JSONB NOT NULL DEFAULT '{"a": 1}';

-- DropTable
DROP TABLE "Dropped";

-- DropEnum
DROP TYPE "Gone";

-- CreateTable
CREATE TABLE "Fresh" (
    "id" TEXT NOT NULL,
    "color" "Color" NOT NULL,
    "bytes" BYTEA NOT NULL DEFAULT '\x010203',
    "dec" DECIMAL(65,30) NOT NULL DEFAULT 1.50,
    "big" BIGINT NOT NULL DEFAULT 9007199254740993,
    "flag" BOOLEAN NOT NULL DEFAULT true,
    "at" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-01 00:00:00 +00:00',
    "gen" TEXT NOT NULL DEFAULT gen_random_uuid(),
    "f" DOUBLE PRECISION NOT NULL DEFAULT 2,
    "ints" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],

    CONSTRAINT "Fresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_age_big_key" ON "User"("age", "big");

-- CreateIndex
CREATE INDEX "Post_data_idx" ON "Post" USING GIN ("data" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Post_title_id_idx" ON "Post"("title" DESC, "id");

-- CreateIndex
CREATE INDEX "Post_title_idx" ON "Post" USING HASH ("title");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "post_author_fk" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- RenameIndex
ALTER INDEX "old_name_idx" RENAME TO "new_name_idx";

