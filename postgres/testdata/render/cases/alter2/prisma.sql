-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Role" ADD VALUE 'A1';
ALTER TYPE "Role" ADD VALUE 'A2';

-- AlterTable
ALTER TABLE "B" RENAME CONSTRAINT "b_pk_old" TO "b_pk_new";

-- AlterTable
ALTER TABLE "C" DROP CONSTRAINT "C_pkey",
ADD COLUMN     "k3" INTEGER NOT NULL,
ADD CONSTRAINT "C_pkey" PRIMARY KEY ("k1", "k3");

-- AlterTable
ALTER TABLE "NoPk" ADD CONSTRAINT "NoPk_pkey" PRIMARY KEY ("u");

-- DropIndex
DROP INDEX "NoPk_u_key";

-- DropTable
DROP TABLE "D";

-- DropTable
DROP TABLE "E";

-- RenameForeignKey
ALTER TABLE "B" RENAME CONSTRAINT "b_a_old" TO "b_a_new";

