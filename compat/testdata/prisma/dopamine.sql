-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "core_workspace_role" AS ENUM ('owner', 'admin', 'member');

-- CreateTable
CREATE TABLE "core_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "core_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core_workspace" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "owner_id" UUID NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "core_workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "core_workspace_member" (
    "workspace_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "core_workspace_role" NOT NULL DEFAULT 'member',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "core_workspace_member_pkey" PRIMARY KEY ("workspace_id","user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "core_user_email_key" ON "core_user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "core_workspace_slug_key" ON "core_workspace"("slug");

-- CreateIndex
CREATE INDEX "core_workspace_owner_id_idx" ON "core_workspace"("owner_id");

-- CreateIndex
CREATE INDEX "core_workspace_member_user_id_idx" ON "core_workspace_member"("user_id");

-- AddForeignKey
ALTER TABLE "core_workspace" ADD CONSTRAINT "core_workspace_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "core_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core_workspace_member" ADD CONSTRAINT "core_workspace_member_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "core_workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "core_workspace_member" ADD CONSTRAINT "core_workspace_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "core_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

