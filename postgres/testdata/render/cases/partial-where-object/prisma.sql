-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'USER');

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "prio" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "is_active" BOOLEAN NOT NULL,
    "role" "Role" NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "amount" DECIMAL(65,30) NOT NULL,
    "big" BIGINT NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_name_key" ON "Task"("name") WHERE ("deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "Task_status_idx" ON "Task"("status") WHERE ("status" != 'it''s' AND "prio" = -1);

-- CreateIndex
CREATE INDEX "Task_prio_idx" ON "Task"("prio") WHERE ("role" = 'ADMIN' AND "score" = 1.5);

-- CreateIndex
CREATE INDEX "Task_score_idx" ON "Task"("score") WHERE ("is_active" != false AND "amount" = 2.50 AND "big" = 10);

-- CreateIndex
CREATE INDEX "Task_name_prio_idx" ON "Task"("name", "prio") WHERE ("role" != 'USER' AND "deletedAt" IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "Task_title_key" ON "Task"("title") WHERE ("is_active" = true AND "deletedAt" IS NOT NULL);

