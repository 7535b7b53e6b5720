-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL,
    "chatId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "c" TEXT NOT NULL,
    "d" INTEGER NOT NULL,
    "e" TEXT NOT NULL,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Message_a_key" ON "Message"("a" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "Message_e_key" ON "Message"("e" DESC);

-- CreateIndex
CREATE INDEX "Message_d_c_idx" ON "Message"("d" ASC, "c" DESC);

-- CreateIndex
CREATE INDEX "Message_b_idx" ON "Message"("b" text_pattern_ops ASC);

-- CreateIndex
CREATE INDEX "Message_chatId_createdAt_idx" ON "Message"("chatId", "createdAt" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "Message_c_b_key" ON "Message"("c" ASC, "b");

