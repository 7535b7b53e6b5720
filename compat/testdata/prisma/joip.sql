-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MediaType" AS ENUM ('image', 'video', 'gif');

-- CreateTable
CREATE TABLE "users" (
    "id" VARCHAR NOT NULL,
    "email" TEXT,
    "name" TEXT,
    "avatar" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "is_admin" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "content_sessions" (
    "id" SERIAL NOT NULL,
    "user_id" VARCHAR NOT NULL,
    "title" TEXT NOT NULL,
    "subreddits" TEXT[],
    "interval_min" INTEGER NOT NULL DEFAULT 5,
    "interval_max" INTEGER NOT NULL DEFAULT 10,
    "transition" TEXT NOT NULL DEFAULT 'fade',
    "ai_prompt" TEXT,
    "caption_theme" TEXT,
    "is_public" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_media" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "media_url" TEXT NOT NULL,
    "caption" TEXT,
    "type" "MediaType" NOT NULL DEFAULT 'image',
    "order" INTEGER NOT NULL,

    CONSTRAINT "session_media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_media" (
    "id" UUID NOT NULL,
    "user_id" VARCHAR NOT NULL,
    "storage_path" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "filesize" BIGINT NOT NULL,
    "content_type" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_usage_stats" (
    "user_id" VARCHAR NOT NULL,
    "sessions_created" INTEGER NOT NULL DEFAULT 0,
    "media_uploaded" INTEGER NOT NULL DEFAULT 0,
    "api_calls" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_usage_stats_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "activity_logs" (
    "id" BIGSERIAL NOT NULL,
    "user_id" VARCHAR NOT NULL,
    "action" TEXT NOT NULL,
    "metadata" JSONB,
    "timestamp" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shared_sessions" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "share_code" UUID NOT NULL DEFAULT gen_random_uuid(),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "shared_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "subreddit_collections" (
    "id" SERIAL NOT NULL,
    "user_id" VARCHAR NOT NULL,
    "name" TEXT NOT NULL,
    "subreddits" TEXT[],

    CONSTRAINT "subreddit_collections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "content_sessions_user_id_idx" ON "content_sessions"("user_id");

-- CreateIndex
CREATE INDEX "session_media_session_id_idx" ON "session_media"("session_id");

-- CreateIndex
CREATE INDEX "session_media_session_id_order_idx" ON "session_media"("session_id", "order");

-- CreateIndex
CREATE INDEX "user_media_user_id_idx" ON "user_media"("user_id");

-- CreateIndex
CREATE INDEX "activity_logs_user_id_idx" ON "activity_logs"("user_id");

-- CreateIndex
CREATE INDEX "activity_logs_timestamp_idx" ON "activity_logs"("timestamp" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "shared_sessions_share_code_key" ON "shared_sessions"("share_code");

-- CreateIndex
CREATE UNIQUE INDEX "subreddit_collections_user_id_name_key" ON "subreddit_collections"("user_id", "name");

-- AddForeignKey
ALTER TABLE "content_sessions" ADD CONSTRAINT "content_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_media" ADD CONSTRAINT "session_media_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "content_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_media" ADD CONSTRAINT "user_media_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_usage_stats" ADD CONSTRAINT "user_usage_stats_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shared_sessions" ADD CONSTRAINT "shared_sessions_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "content_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subreddit_collections" ADD CONSTRAINT "subreddit_collections_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

