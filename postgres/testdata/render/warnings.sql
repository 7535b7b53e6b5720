/*
  Warnings:

  - You are about to drop the column `body` on the `posts` table. All the data in the column will be lost.
  - Made the column `n` on table `posts` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "posts" DROP COLUMN "body",
ALTER COLUMN "n" SET NOT NULL,
ALTER COLUMN "n" DROP DEFAULT,
ALTER COLUMN "n" SET DATA TYPE BIGINT,
ALTER COLUMN "s" DROP DEFAULT;
DROP SEQUENCE "s_seq";
