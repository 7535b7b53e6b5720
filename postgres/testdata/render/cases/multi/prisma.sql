-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore" WITH VERSION "1.8";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "auth"."Kind" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "auth"."U" (
    "id" SERIAL NOT NULL,
    "kind" "auth"."Kind" NOT NULL,
    "name" CITEXT NOT NULL,

    CONSTRAINT "U_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P" (
    "id" INTEGER NOT NULL,
    "uId" INTEGER NOT NULL,

    CONSTRAINT "P_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "U_name_idx" ON "auth"."U" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "P_uId_key" ON "P"("uId");

-- AddForeignKey
ALTER TABLE "P" ADD CONSTRAINT "P_uId_fkey" FOREIGN KEY ("uId") REFERENCES "auth"."U"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

