-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "c" TEXT NOT NULL,
    "d" TEXT NOT NULL,
    "e" TEXT NOT NULL,
    "f" TEXT NOT NULL,
    "g" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_name_key" ON "Task"("name") WHERE ("deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "Task_e_idx" ON "Task"("e") WHERE ( (a IS NULL) );

-- CreateIndex
CREATE INDEX "Task_f_idx" ON "Task"("f") WHERE (a IS NULL));

-- CreateIndex
CREATE INDEX "Task_g_a_idx" ON "Task"("g", "a") WHERE (active AND kind <> 'x');

-- CreateIndex
CREATE UNIQUE INDEX "Task_a_key" ON "Task"("a") WHERE (a IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "Task_b_key" ON "Task"("b") WHERE (a IS NULL) AND (b IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "Task_c_key" ON "Task"("c") WHERE (  c <> 'x'  );

-- CreateIndex
CREATE UNIQUE INDEX "Task_d_key" ON "Task"("d") WHERE ((d IS NULL));

