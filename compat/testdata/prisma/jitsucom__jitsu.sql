-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "EmailLog" (
    "id" TEXT NOT NULL,
    "time" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email" JSONB NOT NULL,
    "error" TEXT,
    "previewUrl" TEXT,
    "messageId" TEXT,
    "status" TEXT NOT NULL,

    CONSTRAINT "EmailLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserPreferences" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT NOT NULL,
    "workspaceId" TEXT,
    "scope" TEXT,
    "preferences" JSONB NOT NULL,

    CONSTRAINT "UserPreferences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserProfile" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "admin" BOOLEAN DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "loginProvider" TEXT NOT NULL,
    "externalUsername" TEXT,
    "externalId" TEXT NOT NULL,

    CONSTRAINT "UserProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserPassword" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "changeAtNextLogin" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "UserPassword_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "slug" TEXT,
    "featuresEnabled" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceOptions" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "workspaceId" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "value" JSONB NOT NULL,

    CONSTRAINT "WorkspaceOptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceAccess" (
    "workspaceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT NOT NULL,

    CONSTRAINT "WorkspaceAccess_pkey" PRIMARY KEY ("userId","workspaceId")
);

-- CreateTable
CREATE TABLE "WorkspaceUserProperties" (
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lastUsed" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceUserProperties_pkey" PRIMARY KEY ("workspaceId","userId")
);

-- CreateTable
CREATE TABLE "UserApiToken" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsed" TIMESTAMP(3),
    "hint" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "UserApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvitationToken" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "token" TEXT NOT NULL,
    "usedBy" TEXT,

    CONSTRAINT "InvitationToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfigurationObject" (
    "id" TEXT NOT NULL,
    "deleted" BOOLEAN DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "config" JSONB,

    CONSTRAINT "ConfigurationObject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfigurationObjectLink" (
    "id" TEXT NOT NULL,
    "deleted" BOOLEAN DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT DEFAULT 'push',
    "data" JSONB,
    "workspaceId" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,

    CONSTRAINT "ConfigurationObjectLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConnectorPackage" (
    "id" TEXT NOT NULL,
    "packageId" TEXT NOT NULL,
    "packageType" TEXT NOT NULL DEFAULT 'airbyte',
    "meta" JSONB,
    "logoSvg" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConnectorPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "timestamp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "userId" TEXT,
    "workspaceId" TEXT,
    "objectId" TEXT,
    "changes" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlobalProps" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "value" JSONB,

    CONSTRAINT "GlobalProps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_spec" (
    "package" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "specs" JSONB,
    "timestamp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error" TEXT,

    CONSTRAINT "source_spec_pkey" PRIMARY KEY ("package","version")
);

-- CreateTable
CREATE TABLE "source_check" (
    "package" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "description" TEXT,
    "timestamp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_check_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "source_catalog" (
    "package" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "catalog" JSONB,
    "timestamp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "source_catalog_pkey" PRIMARY KEY ("package","version","key")
);

-- CreateTable
CREATE TABLE "source_state" (
    "sync_id" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_state_pkey" PRIMARY KEY ("sync_id","stream")
);

-- CreateTable
CREATE TABLE "source_task" (
    "sync_id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "package" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_by" JSONB,
    "status" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "source_task_pkey" PRIMARY KEY ("task_id")
);

-- CreateTable
CREATE TABLE "task_log" (
    "id" UUID NOT NULL,
    "level" TEXT NOT NULL,
    "logger" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "sync_id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileBuilder" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "deleted" BOOLEAN DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "workspaceId" TEXT NOT NULL,
    "intermediateStorageCredentials" JSONB NOT NULL,
    "destinationId" TEXT NOT NULL,
    "connectionOptions" JSONB,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProfileBuilder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileBuilderFunction" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "profileBuilderId" TEXT NOT NULL,
    "functionId" TEXT NOT NULL,

    CONSTRAINT "ProfileBuilderFunction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileBuilderState" (
    "profileBuilderId" TEXT NOT NULL,
    "profileBuilderVersion" INTEGER NOT NULL,
    "instanceIndex" INTEGER NOT NULL,
    "totalInstances" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastTimestamp" TIMESTAMP(3) NOT NULL,
    "processedUsers" INTEGER NOT NULL,
    "totalUsers" INTEGER NOT NULL,
    "errorUsers" INTEGER NOT NULL,
    "speed" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ProfileBuilderState_pkey" PRIMARY KEY ("profileBuilderId","profileBuilderVersion","totalInstances","instanceIndex")
);

-- CreateIndex
CREATE INDEX "UserProfile_externalId_idx" ON "UserProfile"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "UserProfile_loginProvider_externalId_key" ON "UserProfile"("loginProvider", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "UserPassword_userId_key" ON "UserPassword"("userId");

-- CreateIndex
CREATE INDEX "Workspace_slug_idx" ON "Workspace"("slug");

-- CreateIndex
CREATE INDEX "Workspace_updatedAt_idx" ON "Workspace"("updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");

-- CreateIndex
CREATE INDEX "WorkspaceOptions_workspaceId_namespace_idx" ON "WorkspaceOptions"("workspaceId", "namespace");

-- CreateIndex
CREATE INDEX "ConfigurationObject_updatedAt_idx" ON "ConfigurationObject"("updatedAt" DESC);

-- CreateIndex
CREATE INDEX "ConfigurationObjectLink_updatedAt_idx" ON "ConfigurationObjectLink"("updatedAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_timestamp_idx" ON "AuditLog"("timestamp");

-- CreateIndex
CREATE INDEX "AuditLog_type_idx" ON "AuditLog"("type");

-- CreateIndex
CREATE INDEX "source_task_sync_id_idx" ON "source_task"("sync_id");

-- CreateIndex
CREATE INDEX "source_task_started_at_idx" ON "source_task"("started_at");

-- CreateIndex
CREATE INDEX "task_log_sync_id_idx" ON "task_log"("sync_id");

-- CreateIndex
CREATE INDEX "task_log_task_id_idx" ON "task_log"("task_id");

-- CreateIndex
CREATE INDEX "task_log_timestamp_idx" ON "task_log"("timestamp");

-- AddForeignKey
ALTER TABLE "UserPreferences" ADD CONSTRAINT "UserPreferences_userId_fkey" FOREIGN KEY ("userId") REFERENCES "UserProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPreferences" ADD CONSTRAINT "UserPreferences_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPassword" ADD CONSTRAINT "UserPassword_userId_fkey" FOREIGN KEY ("userId") REFERENCES "UserProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceOptions" ADD CONSTRAINT "WorkspaceOptions_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceAccess" ADD CONSTRAINT "WorkspaceAccess_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceAccess" ADD CONSTRAINT "WorkspaceAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "UserProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceUserProperties" ADD CONSTRAINT "WorkspaceUserProperties_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceUserProperties" ADD CONSTRAINT "WorkspaceUserProperties_userId_fkey" FOREIGN KEY ("userId") REFERENCES "UserProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserApiToken" ADD CONSTRAINT "UserApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "UserProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigurationObject" ADD CONSTRAINT "ConfigurationObject_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigurationObjectLink" ADD CONSTRAINT "ConfigurationObjectLink_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigurationObjectLink" ADD CONSTRAINT "ConfigurationObjectLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "ConfigurationObject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigurationObjectLink" ADD CONSTRAINT "ConfigurationObjectLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "ConfigurationObject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileBuilder" ADD CONSTRAINT "ProfileBuilder_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileBuilder" ADD CONSTRAINT "ProfileBuilder_destinationId_fkey" FOREIGN KEY ("destinationId") REFERENCES "ConfigurationObject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileBuilderFunction" ADD CONSTRAINT "ProfileBuilderFunction_profileBuilderId_fkey" FOREIGN KEY ("profileBuilderId") REFERENCES "ProfileBuilder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileBuilderFunction" ADD CONSTRAINT "ProfileBuilderFunction_functionId_fkey" FOREIGN KEY ("functionId") REFERENCES "ConfigurationObject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

