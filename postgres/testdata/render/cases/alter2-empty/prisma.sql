-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER');

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "x" INTEGER NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,
    "aId" INTEGER NOT NULL,

    CONSTRAINT "b_pk_old" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "C" (
    "k1" INTEGER NOT NULL,
    "k2" INTEGER NOT NULL,

    CONSTRAINT "C_pkey" PRIMARY KEY ("k1","k2")
);

-- CreateTable
CREATE TABLE "D" (
    "id" INTEGER NOT NULL,
    "aId" INTEGER NOT NULL,
    "cId" INTEGER NOT NULL,

    CONSTRAINT "D_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "E" (
    "id" INTEGER NOT NULL,
    "dId" INTEGER NOT NULL,

    CONSTRAINT "E_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoPk" (
    "u" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "A_x_key" ON "A"("x");

-- CreateIndex
CREATE UNIQUE INDEX "NoPk_u_key" ON "NoPk"("u");

-- AddForeignKey
ALTER TABLE "B" ADD CONSTRAINT "b_a_old" FOREIGN KEY ("aId") REFERENCES "A"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

