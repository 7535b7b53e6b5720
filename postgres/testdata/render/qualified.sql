-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "app" VERSION "1.6";

-- CreateEnum
CREATE TYPE "app"."Mood" AS ENUM ('OK', 'BAD');

-- CreateTable
CREATE TABLE "app"."users" (
    "id" BIGSERIAL NOT NULL,
    "name" VARCHAR(255) DEFAULT 'it''s',
    "mood" "app"."Mood" NOT NULL DEFAULT 'OK',
    "seen" TIMESTAMPTZ(6) DEFAULT '2024-05-06 07:08:09.500 +02:00',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "data" JSONB NOT NULL DEFAULT '{"a": "b"}',
    "geom" geometry(Point, 4326),
    "n" DECIMAL(10,2) NOT NULL DEFAULT 0.5,
    "on" BOOLEAN NOT NULL DEFAULT false,
    "uid" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "users_pkey" PRIMARY KEY ("id","name")
);

-- CreateIndex
CREATE INDEX "users_name_idx" ON "app"."users" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "users_live_key" ON "app"."users"("name" DESC, lower(name)) WHERE ("on" = true);

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_user_fkey" FOREIGN KEY ("user_id", "user_name") REFERENCES "app"."users"("id", "name") ON DELETE SET NULL ON UPDATE NO ACTION;

-- RenameIndex
ALTER INDEX "app"."a" RENAME TO "b";

-- RenameForeignKey
ALTER TABLE "app"."users" RENAME CONSTRAINT "c" TO "d";

-- AlterTable
ALTER TABLE "app"."users" RENAME CONSTRAINT "e" TO "f";

-- DropIndex
DROP INDEX "app"."old_idx";

-- DropForeignKey
ALTER TABLE "app"."users" DROP CONSTRAINT "old_fkey";

-- DropTable
DROP TABLE "app"."users";

-- DropEnum
DROP TYPE "app"."Mood";

-- AlterExtension
ALTER EXTENSION "x" UPDATE TO "2";
ALTER EXTENSION "x" SET SCHEMA "b";

-- CreateSequence
CREATE SEQUENCE "app"."counter";

-- DropSequence
DROP SEQUENCE "counter";
