-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "WorkspaceSubscriptionTier" AS ENUM ('FREE', 'PRO', 'TEAM', 'UNLIMITED');

-- CreateEnum
CREATE TYPE "WorkspaceTaskEnum" AS ENUM ('Pending', 'Success', 'Failed');

-- CreateEnum
CREATE TYPE "WebsiteLighthouseReportStatus" AS ENUM ('Pending', 'Success', 'Failed');

-- CreateEnum
CREATE TYPE "WorkspaceAuditLogType" AS ENUM ('Monitor', 'Notification', 'Task', 'FunctionWorker', 'SharedModule', 'User', 'Workspace');

-- CreateEnum
CREATE TYPE "FeedChannelNotifyFrequency" AS ENUM ('none', 'event', 'day', 'week', 'month');

-- CreateEnum
CREATE TYPE "FeedStateStatus" AS ENUM ('Ongoing', 'Resolved');

-- CreateEnum
CREATE TYPE "AIRouterLogsStatus" AS ENUM ('Success', 'Failed', 'Partial');

-- CreateEnum
CREATE TYPE "AIGatewayLogsStatus" AS ENUM ('Pending', 'Success', 'Failed');

-- CreateEnum
CREATE TYPE "FunctionWorkerVisibility" AS ENUM ('Public', 'Private');

-- CreateEnum
CREATE TYPE "FunctionWorkerEnvironmentVariableType" AS ENUM ('Text', 'Secret');

-- CreateEnum
CREATE TYPE "FunctionWorkerExecutionStatus" AS ENUM ('Pending', 'Success', 'Failed');

-- CreateEnum
CREATE TYPE "ShortLinkType" AS ENUM ('Builtin', 'Manual');

-- CreateTable
CREATE TABLE "User" (
    "id" VARCHAR(30) NOT NULL,
    "username" VARCHAR(255) NOT NULL,
    "password" VARCHAR(60) NOT NULL,
    "email" TEXT,
    "emailVerified" TIMESTAMP(3),
    "nickname" VARCHAR(255),
    "avatar" TEXT,
    "role" VARCHAR(50) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "deletedAt" TIMESTAMPTZ(6),
    "currentWorkspaceId" VARCHAR(30),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserApiKey" (
    "apiKey" VARCHAR(128) NOT NULL,
    "userId" TEXT NOT NULL,
    "usage" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "expiredAt" TIMESTAMP(3),

    CONSTRAINT "UserApiKey_pkey" PRIMARY KEY ("apiKey")
);

-- CreateTable
CREATE TABLE "Account" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "Session" (
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "Workspace" (
    "id" VARCHAR(30) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "dashboardOrder" TEXT[],
    "dashboardLayout" JSON,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "credit" INTEGER NOT NULL DEFAULT 0,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspacesOnUsers" (
    "userId" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "role" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "WorkspacesOnUsers_pkey" PRIMARY KEY ("userId","workspaceId")
);

-- CreateTable
CREATE TABLE "WorkspaceInvitation" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "inviterId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'readOnly',
    "token" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkspaceInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceSubscription" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "tier" "WorkspaceSubscriptionTier" NOT NULL DEFAULT 'FREE',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "WorkspaceSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceBill" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "type" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "WorkspaceBill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceTask" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "type" TEXT NOT NULL,
    "status" "WorkspaceTaskEnum" NOT NULL,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "WorkspaceTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LemonSqueezySubscription" (
    "subscriptionId" TEXT NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "storeId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "cardBrand" TEXT NOT NULL,
    "cardLastFour" TEXT NOT NULL,
    "renewsAt" TIMESTAMPTZ(6) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "LemonSqueezySubscription_pkey" PRIMARY KEY ("subscriptionId")
);

-- CreateTable
CREATE TABLE "LemonSqueezyWebhookEvent" (
    "id" VARCHAR(30) NOT NULL,
    "eventName" TEXT NOT NULL,
    "payload" JSON NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LemonSqueezyWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Website" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "domain" VARCHAR(500),
    "shareId" VARCHAR(50),
    "resetAt" TIMESTAMPTZ(6),
    "monitorId" VARCHAR(30),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "deletedAt" TIMESTAMPTZ(6),

    CONSTRAINT "Website_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebsiteSession" (
    "id" UUID NOT NULL,
    "websiteId" VARCHAR(30) NOT NULL,
    "hostname" VARCHAR(100),
    "browser" VARCHAR(20),
    "os" VARCHAR(20),
    "device" VARCHAR(20),
    "screen" VARCHAR(11),
    "language" VARCHAR(35),
    "ip" VARCHAR(45),
    "country" CHAR(2),
    "subdivision1" VARCHAR(20),
    "subdivision2" VARCHAR(50),
    "city" VARCHAR(50),
    "longitude" DOUBLE PRECISION,
    "latitude" DOUBLE PRECISION,
    "accuracyRadius" INTEGER,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebsiteSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebsiteEvent" (
    "id" VARCHAR(30) NOT NULL,
    "websiteId" VARCHAR(30) NOT NULL,
    "sessionId" UUID NOT NULL,
    "urlPath" VARCHAR(500) NOT NULL,
    "urlQuery" VARCHAR(500),
    "referrerPath" VARCHAR(500),
    "referrerQuery" VARCHAR(500),
    "referrerDomain" VARCHAR(500),
    "utmSource" VARCHAR(100),
    "utmMedium" VARCHAR(100),
    "utmCampaign" VARCHAR(100),
    "utmTerm" VARCHAR(100),
    "utmContent" VARCHAR(100),
    "pageTitle" VARCHAR(500),
    "eventType" INTEGER NOT NULL DEFAULT 1,
    "eventName" VARCHAR(50),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebsiteEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebsiteEventData" (
    "id" VARCHAR(30) NOT NULL,
    "websiteId" VARCHAR(30) NOT NULL,
    "websiteEventId" VARCHAR(30) NOT NULL,
    "eventKey" VARCHAR(500) NOT NULL,
    "stringValue" VARCHAR(500),
    "numberValue" DECIMAL(19,4),
    "dateValue" TIMESTAMPTZ(6),
    "dataType" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebsiteEventData_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebsiteSessionData" (
    "id" VARCHAR(30) NOT NULL,
    "websiteId" VARCHAR(30) NOT NULL,
    "sessionId" UUID NOT NULL,
    "key" VARCHAR(500) NOT NULL,
    "stringValue" VARCHAR(500),
    "numberValue" DECIMAL(19,4),
    "dateValue" TIMESTAMPTZ(6),
    "dataType" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebsiteSessionData_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "deletedAt" TIMESTAMPTZ(6),

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationSession" (
    "id" UUID NOT NULL,
    "applicationId" VARCHAR(30) NOT NULL,
    "os" VARCHAR(20),
    "language" VARCHAR(35),
    "version" VARCHAR(35),
    "sdkVersion" VARCHAR(35),
    "ip" VARCHAR(45),
    "country" CHAR(2),
    "subdivision1" VARCHAR(20),
    "subdivision2" VARCHAR(50),
    "city" VARCHAR(50),
    "longitude" DOUBLE PRECISION,
    "latitude" DOUBLE PRECISION,
    "accuracyRadius" INTEGER,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6),

    CONSTRAINT "ApplicationSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" VARCHAR(30) NOT NULL,
    "applicationId" VARCHAR(30) NOT NULL,
    "sessionId" UUID NOT NULL,
    "eventType" INTEGER NOT NULL DEFAULT 1,
    "eventName" VARCHAR(50),
    "screenName" VARCHAR(500),
    "screenParams" JSON,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationEventData" (
    "id" VARCHAR(30) NOT NULL,
    "applicationId" VARCHAR(30) NOT NULL,
    "applicationEventId" VARCHAR(30) NOT NULL,
    "eventKey" VARCHAR(500) NOT NULL,
    "stringValue" VARCHAR(500),
    "numberValue" DECIMAL(19,4),
    "dateValue" TIMESTAMPTZ(6),
    "dataType" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationEventData_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationSessionData" (
    "id" VARCHAR(30) NOT NULL,
    "applicationId" VARCHAR(30) NOT NULL,
    "sessionId" UUID NOT NULL,
    "key" VARCHAR(500) NOT NULL,
    "stringValue" VARCHAR(500),
    "numberValue" DECIMAL(19,4),
    "dateValue" TIMESTAMPTZ(6),
    "dataType" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationSessionData_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStoreInfo" (
    "applicationId" VARCHAR(30) NOT NULL,
    "storeType" VARCHAR(30) NOT NULL,
    "storeId" VARCHAR(100) NOT NULL,
    "appId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "releaseNotes" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "downloads" INTEGER,
    "score" DOUBLE PRECISION,
    "ratingCount" INTEGER,
    "reviews" INTEGER,
    "version" TEXT,
    "size" DOUBLE PRECISION,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "ApplicationStoreInfo_pkey" PRIMARY KEY ("applicationId","storeType")
);

-- CreateTable
CREATE TABLE "ApplicationStoreInfoHistory" (
    "id" VARCHAR(30) NOT NULL,
    "applicationId" VARCHAR(30) NOT NULL,
    "storeType" VARCHAR(30) NOT NULL,
    "storeId" VARCHAR(100) NOT NULL,
    "appId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "releaseNotes" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "downloads" INTEGER,
    "score" DOUBLE PRECISION,
    "ratingCount" INTEGER,
    "reviews" INTEGER,
    "version" TEXT,
    "size" DOUBLE PRECISION,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "ApplicationStoreInfoHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebsiteLighthouseReport" (
    "id" VARCHAR(30) NOT NULL,
    "websiteId" VARCHAR(30),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "url" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "status" "WebsiteLighthouseReportStatus" NOT NULL DEFAULT 'Pending',
    "performanceScore" INTEGER NOT NULL DEFAULT 0,
    "accessibilityScore" INTEGER NOT NULL DEFAULT 0,
    "bestPracticesScore" INTEGER NOT NULL DEFAULT 0,
    "seoScore" INTEGER NOT NULL DEFAULT 0,
    "errorMessage" TEXT,

    CONSTRAINT "WebsiteLighthouseReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Telemetry" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "deletedAt" TIMESTAMPTZ(6),

    CONSTRAINT "Telemetry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TelemetrySession" (
    "id" UUID NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "telemetryId" VARCHAR(30),
    "hostname" VARCHAR(100),
    "browser" VARCHAR(20),
    "os" VARCHAR(20),
    "ip" VARCHAR(45),
    "country" CHAR(2),
    "subdivision1" VARCHAR(20),
    "subdivision2" VARCHAR(50),
    "city" VARCHAR(50),
    "longitude" DOUBLE PRECISION,
    "latitude" DOUBLE PRECISION,
    "accuracyRadius" INTEGER,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TelemetrySession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TelemetryEvent" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "telemetryId" VARCHAR(30),
    "sessionId" UUID NOT NULL,
    "eventName" VARCHAR(100),
    "urlOrigin" VARCHAR(500) NOT NULL,
    "urlPath" VARCHAR(500) NOT NULL,
    "payload" JSON,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TelemetryEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "type" VARCHAR(100) NOT NULL,
    "payload" JSON NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Monitor" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "type" VARCHAR(100) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "interval" INTEGER NOT NULL DEFAULT 20,
    "maxRetries" INTEGER NOT NULL DEFAULT 0,
    "payload" JSON NOT NULL,
    "trendingMode" BOOLEAN NOT NULL DEFAULT false,
    "recentError" TEXT,
    "upMessageTemplate" VARCHAR(500),
    "downMessageTemplate" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Monitor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitorEvent" (
    "id" VARCHAR(30) NOT NULL,
    "message" VARCHAR(500) NOT NULL,
    "monitorId" VARCHAR(30) NOT NULL,
    "type" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitorEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitorData" (
    "id" VARCHAR(30) NOT NULL,
    "monitorId" VARCHAR(30) NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitorData_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitorStatus" (
    "monitorId" VARCHAR(30) NOT NULL,
    "statusName" VARCHAR(50) NOT NULL,
    "payload" JSON NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "MonitorStatus_pkey" PRIMARY KEY ("monitorId","statusName")
);

-- CreateTable
CREATE TABLE "MonitorStatusPage" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "slug" TEXT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "description" VARCHAR(1000) NOT NULL DEFAULT '',
    "body" JSONB NOT NULL DEFAULT '{}',
    "monitorList" JSONB NOT NULL DEFAULT '[]',
    "domain" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "MonitorStatusPage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusPageIncident" (
    "id" VARCHAR(30) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "payload" JSON NOT NULL,

    CONSTRAINT "StatusPageIncident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "type" VARCHAR(100) NOT NULL DEFAULT 'status',
    "slug" TEXT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "description" VARCHAR(1000) NOT NULL DEFAULT '',
    "domain" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceDailyUsage" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "date" DATE NOT NULL,
    "websiteAcceptedCount" INTEGER NOT NULL DEFAULT 0,
    "websiteEventCount" INTEGER NOT NULL DEFAULT 0,
    "monitorExecutionCount" INTEGER NOT NULL DEFAULT 0,
    "surveyCount" INTEGER NOT NULL DEFAULT 0,
    "feedEventCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceDailyUsage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceAuditLog" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "content" TEXT NOT NULL,
    "relatedId" TEXT,
    "relatedType" "WorkspaceAuditLogType",
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceAuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "name" TEXT NOT NULL,
    "desc" TEXT NOT NULL DEFAULT '',
    "payload" JSON NOT NULL,
    "feedChannelIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "feedTemplate" TEXT NOT NULL DEFAULT '',
    "webhookUrl" TEXT NOT NULL DEFAULT '',
    "recentSuggestionCategory" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResult" (
    "id" VARCHAR(30) NOT NULL,
    "surveyId" VARCHAR(30) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sessionId" UUID NOT NULL,
    "payload" JSON NOT NULL,
    "browser" VARCHAR(20),
    "os" VARCHAR(20),
    "language" VARCHAR(35),
    "ip" VARCHAR(45),
    "country" CHAR(2),
    "subdivision1" VARCHAR(20),
    "subdivision2" VARCHAR(50),
    "city" VARCHAR(50),
    "longitude" DOUBLE PRECISION,
    "latitude" DOUBLE PRECISION,
    "accuracyRadius" INTEGER,
    "aiCategory" TEXT,
    "aiTranslation" TEXT,

    CONSTRAINT "SurveyResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedChannel" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "name" TEXT NOT NULL,
    "webhookSignature" VARCHAR(100) NOT NULL DEFAULT '',
    "notifyFrequency" "FeedChannelNotifyFrequency" NOT NULL DEFAULT 'day',
    "publicShareId" VARCHAR(30),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "FeedChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedEvent" (
    "id" VARCHAR(30) NOT NULL,
    "channelId" VARCHAR(30) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "eventName" TEXT NOT NULL,
    "eventContent" TEXT NOT NULL,
    "tags" TEXT[],
    "source" TEXT NOT NULL,
    "senderId" TEXT,
    "senderName" TEXT,
    "url" TEXT,
    "important" BOOLEAN NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "payload" JSON,

    CONSTRAINT "FeedEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedState" (
    "id" VARCHAR(30) NOT NULL,
    "channelId" VARCHAR(30) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "eventId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "eventContent" TEXT NOT NULL,
    "tags" TEXT[],
    "source" TEXT NOT NULL,
    "senderId" TEXT,
    "senderName" TEXT,
    "url" TEXT,
    "important" BOOLEAN NOT NULL,
    "status" "FeedStateStatus" NOT NULL DEFAULT 'Ongoing',
    "resolvedAt" TIMESTAMP(3),
    "payload" JSON,

    CONSTRAINT "FeedState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AIGateway" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "name" TEXT NOT NULL,
    "modelApiKey" TEXT,
    "customModelBaseUrl" TEXT,
    "customModelName" TEXT,
    "customModelStrategy" JSON,
    "customModelInputPrice" DECIMAL(65,30),
    "customModelOutputPrice" DECIMAL(65,30),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "AIGateway_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AIRouter" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "AIRouter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AIRouterTier" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "routerId" VARCHAR(30) NOT NULL,
    "order" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "AIRouterTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AIRouterNode" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "routerId" VARCHAR(30) NOT NULL,
    "tierId" VARCHAR(30) NOT NULL,
    "gatewayId" VARCHAR(30) NOT NULL,
    "provider" TEXT NOT NULL DEFAULT 'openai',
    "order" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "weight" INTEGER NOT NULL DEFAULT 100,
    "modelOverride" TEXT,
    "timeoutMs" INTEGER NOT NULL DEFAULT 30000,
    "retryableStatusCodes" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "failOnEmptyContent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "AIRouterNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AIRouterLogs" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "routerId" VARCHAR(30) NOT NULL,
    "protocol" TEXT NOT NULL,
    "status" "AIRouterLogsStatus" NOT NULL,
    "finalGatewayId" VARCHAR(30),
    "finalGatewayLogId" VARCHAR(30),
    "attemptGatewayIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "attemptGatewayLogIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "attemptErrors" JSON,
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "duration" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AIRouterLogs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AIGatewayLogs" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "gatewayId" VARCHAR(30) NOT NULL,
    "inputToken" INTEGER NOT NULL DEFAULT 0,
    "outputToken" INTEGER NOT NULL DEFAULT 0,
    "cacheReadInputToken" INTEGER NOT NULL DEFAULT 0,
    "cacheWriteInputToken" INTEGER NOT NULL DEFAULT 0,
    "stream" BOOLEAN NOT NULL DEFAULT false,
    "modelName" TEXT NOT NULL,
    "modelProvider" TEXT NOT NULL DEFAULT '',
    "status" "AIGatewayLogsStatus" NOT NULL,
    "duration" INTEGER NOT NULL,
    "ttft" INTEGER NOT NULL DEFAULT -1,
    "tpot" INTEGER NOT NULL DEFAULT -1,
    "price" DECIMAL(30,13) NOT NULL DEFAULT 0.0,
    "requestPayload" JSONB NOT NULL DEFAULT '{}',
    "responsePayload" JSONB NOT NULL DEFAULT '{}',
    "userId" VARCHAR(30),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "AIGatewayLogs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AIGatewayQuotaAlert" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "gatewayId" VARCHAR(30) NOT NULL,
    "dailyQuota" DECIMAL(30,13) NOT NULL DEFAULT 0.0,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "notificationId" VARCHAR(30),
    "lastAlertSentAt" TIMESTAMPTZ(6),
    "alertLevel80Sent" BOOLEAN NOT NULL DEFAULT false,
    "alertLevel100Sent" BOOLEAN NOT NULL DEFAULT false,
    "alertLevel150Sent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "AIGatewayQuotaAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunctionWorker" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "creatorId" VARCHAR(30),
    "ownerId" VARCHAR(30),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "code" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "enableCron" BOOLEAN NOT NULL DEFAULT false,
    "cronExpression" TEXT,
    "visibility" "FunctionWorkerVisibility" NOT NULL DEFAULT 'Public',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "FunctionWorker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunctionWorkerEnvironmentVariable" (
    "id" VARCHAR(30) NOT NULL,
    "workerId" VARCHAR(30) NOT NULL,
    "key" VARCHAR(255) NOT NULL,
    "type" "FunctionWorkerEnvironmentVariableType" NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "FunctionWorkerEnvironmentVariable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunctionWorkerExecution" (
    "id" VARCHAR(30) NOT NULL,
    "workerId" VARCHAR(30) NOT NULL,
    "status" "FunctionWorkerExecutionStatus" NOT NULL,
    "requestPayload" JSON,
    "responsePayload" JSON,
    "error" TEXT,
    "duration" INTEGER,
    "memoryUsed" INTEGER,
    "cpuTime" INTEGER,
    "logs" JSON DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "FunctionWorkerExecution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunctionWorkerRevision" (
    "id" VARCHAR(30) NOT NULL,
    "workerId" VARCHAR(30) NOT NULL,
    "operatorId" VARCHAR(30),
    "revision" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FunctionWorkerRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SharedModule" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "ownerId" VARCHAR(30),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "importAlias" VARCHAR(255) NOT NULL,
    "latestRevision" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "SharedModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SharedModuleRevision" (
    "id" VARCHAR(30) NOT NULL,
    "moduleId" VARCHAR(30) NOT NULL,
    "operatorId" VARCHAR(30),
    "revision" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "compiledCode" TEXT NOT NULL,
    "declarationCode" TEXT NOT NULL,
    "exportsMetadata" JSONB NOT NULL DEFAULT '[]',
    "compilerVersion" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SharedModuleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunctionWorkerModuleBinding" (
    "id" VARCHAR(30) NOT NULL,
    "workerId" VARCHAR(30) NOT NULL,
    "moduleId" VARCHAR(30) NOT NULL,
    "moduleRevisionId" VARCHAR(30) NOT NULL,
    "importAlias" VARCHAR(255) NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "FunctionWorkerModuleBinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunctionWorkerRevisionModuleBinding" (
    "id" VARCHAR(30) NOT NULL,
    "workerRevisionId" VARCHAR(30) NOT NULL,
    "moduleId" VARCHAR(30) NOT NULL,
    "moduleRevisionId" VARCHAR(30) NOT NULL,
    "importAlias" VARCHAR(255) NOT NULL,

    CONSTRAINT "FunctionWorkerRevisionModuleBinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarehouseCohorts" (
    "id" VARCHAR(30) NOT NULL,
    "name" TEXT NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "warehouseApplicationId" TEXT NOT NULL,
    "filter" JSON NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "WarehouseCohorts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarehouseDatabase" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "connectionUri" TEXT NOT NULL,
    "dbDriver" TEXT NOT NULL DEFAULT 'mysql',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "WarehouseDatabase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarehouseDatabaseTable" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "databaseId" VARCHAR(30) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ddl" TEXT NOT NULL DEFAULT '',
    "prompt" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "WarehouseDatabaseTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceConfig" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "key" VARCHAR(255) NOT NULL,
    "value" JSON NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "WorkspaceConfig_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShortLink" (
    "id" VARCHAR(30) NOT NULL,
    "workspaceId" VARCHAR(30) NOT NULL,
    "code" VARCHAR(50) NOT NULL,
    "originalUrl" VARCHAR(2000) NOT NULL,
    "title" VARCHAR(200),
    "description" VARCHAR(500),
    "type" "ShortLinkType" NOT NULL DEFAULT 'Manual',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,
    "deletedAt" TIMESTAMPTZ(6),

    CONSTRAINT "ShortLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShortLinkAccess" (
    "id" VARCHAR(30) NOT NULL,
    "shortLinkId" VARCHAR(30) NOT NULL,
    "ip" VARCHAR(45),
    "country" CHAR(2),
    "subdivision1" VARCHAR(20),
    "subdivision2" VARCHAR(50),
    "city" VARCHAR(50),
    "longitude" DOUBLE PRECISION,
    "latitude" DOUBLE PRECISION,
    "accuracyRadius" INTEGER,
    "browser" VARCHAR(20),
    "os" VARCHAR(20),
    "device" VARCHAR(20),
    "language" VARCHAR(35),
    "referrer" VARCHAR(500),
    "userAgent" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShortLinkAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_MonitorToNotification" (
    "A" VARCHAR(30) NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_MonitorToNotification_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FeedChannelToNotification" (
    "A" VARCHAR(30) NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_FeedChannelToNotification_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_id_key" ON "User"("id");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "UserApiKey_apiKey_key" ON "UserApiKey"("apiKey");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_id_key" ON "Workspace"("id");

-- CreateIndex
CREATE INDEX "WorkspacesOnUsers_userId_idx" ON "WorkspacesOnUsers"("userId");

-- CreateIndex
CREATE INDEX "WorkspacesOnUsers_workspaceId_idx" ON "WorkspacesOnUsers"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceInvitation_token_key" ON "WorkspaceInvitation"("token");

-- CreateIndex
CREATE INDEX "WorkspaceInvitation_email_idx" ON "WorkspaceInvitation"("email");

-- CreateIndex
CREATE INDEX "WorkspaceInvitation_workspaceId_idx" ON "WorkspaceInvitation"("workspaceId");

-- CreateIndex
CREATE INDEX "WorkspaceInvitation_token_idx" ON "WorkspaceInvitation"("token");

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceSubscription_workspaceId_key" ON "WorkspaceSubscription"("workspaceId");

-- CreateIndex
CREATE INDEX "WorkspaceBill_type_idx" ON "WorkspaceBill"("type");

-- CreateIndex
CREATE INDEX "WorkspaceTask_workspaceId_type_idx" ON "WorkspaceTask"("workspaceId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "LemonSqueezySubscription_subscriptionId_key" ON "LemonSqueezySubscription"("subscriptionId");

-- CreateIndex
CREATE UNIQUE INDEX "LemonSqueezySubscription_workspaceId_key" ON "LemonSqueezySubscription"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "LemonSqueezyWebhookEvent_id_key" ON "LemonSqueezyWebhookEvent"("id");

-- CreateIndex
CREATE UNIQUE INDEX "Website_id_key" ON "Website"("id");

-- CreateIndex
CREATE UNIQUE INDEX "Website_shareId_key" ON "Website"("shareId");

-- CreateIndex
CREATE INDEX "Website_workspaceId_idx" ON "Website"("workspaceId");

-- CreateIndex
CREATE INDEX "Website_createdAt_idx" ON "Website"("createdAt");

-- CreateIndex
CREATE INDEX "Website_shareId_idx" ON "Website"("shareId");

-- CreateIndex
CREATE UNIQUE INDEX "WebsiteSession_id_key" ON "WebsiteSession"("id");

-- CreateIndex
CREATE INDEX "WebsiteSession_createdAt_idx" ON "WebsiteSession"("createdAt");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_idx" ON "WebsiteSession"("websiteId");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_createdAt_idx" ON "WebsiteSession"("websiteId", "createdAt");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_createdAt_hostname_idx" ON "WebsiteSession"("websiteId", "createdAt", "hostname");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_createdAt_browser_idx" ON "WebsiteSession"("websiteId", "createdAt", "browser");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_createdAt_os_idx" ON "WebsiteSession"("websiteId", "createdAt", "os");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_createdAt_device_idx" ON "WebsiteSession"("websiteId", "createdAt", "device");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_createdAt_screen_idx" ON "WebsiteSession"("websiteId", "createdAt", "screen");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_createdAt_language_idx" ON "WebsiteSession"("websiteId", "createdAt", "language");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_createdAt_country_idx" ON "WebsiteSession"("websiteId", "createdAt", "country");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_createdAt_subdivision1_idx" ON "WebsiteSession"("websiteId", "createdAt", "subdivision1");

-- CreateIndex
CREATE INDEX "WebsiteSession_websiteId_createdAt_city_idx" ON "WebsiteSession"("websiteId", "createdAt", "city");

-- CreateIndex
CREATE INDEX "WebsiteEvent_createdAt_idx" ON "WebsiteEvent"("createdAt");

-- CreateIndex
CREATE INDEX "WebsiteEvent_sessionId_idx" ON "WebsiteEvent"("sessionId");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_idx" ON "WebsiteEvent"("websiteId");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_createdAt_idx" ON "WebsiteEvent"("websiteId", "createdAt");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_createdAt_urlPath_idx" ON "WebsiteEvent"("websiteId", "createdAt", "urlPath");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_createdAt_urlQuery_idx" ON "WebsiteEvent"("websiteId", "createdAt", "urlQuery");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_createdAt_referrerDomain_idx" ON "WebsiteEvent"("websiteId", "createdAt", "referrerDomain");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_createdAt_pageTitle_idx" ON "WebsiteEvent"("websiteId", "createdAt", "pageTitle");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_createdAt_eventName_idx" ON "WebsiteEvent"("websiteId", "createdAt", "eventName");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_sessionId_createdAt_idx" ON "WebsiteEvent"("websiteId", "sessionId", "createdAt");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_createdAt_utmSource_idx" ON "WebsiteEvent"("websiteId", "createdAt", "utmSource");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_createdAt_utmMedium_idx" ON "WebsiteEvent"("websiteId", "createdAt", "utmMedium");

-- CreateIndex
CREATE INDEX "WebsiteEvent_websiteId_createdAt_utmCampaign_idx" ON "WebsiteEvent"("websiteId", "createdAt", "utmCampaign");

-- CreateIndex
CREATE INDEX "WebsiteEventData_createdAt_idx" ON "WebsiteEventData"("createdAt");

-- CreateIndex
CREATE INDEX "WebsiteEventData_websiteId_idx" ON "WebsiteEventData"("websiteId");

-- CreateIndex
CREATE INDEX "WebsiteEventData_websiteEventId_idx" ON "WebsiteEventData"("websiteEventId");

-- CreateIndex
CREATE INDEX "WebsiteEventData_websiteId_createdAt_idx" ON "WebsiteEventData"("websiteId", "createdAt");

-- CreateIndex
CREATE INDEX "WebsiteEventData_websiteId_createdAt_eventKey_idx" ON "WebsiteEventData"("websiteId", "createdAt", "eventKey");

-- CreateIndex
CREATE INDEX "WebsiteSessionData_createdAt_idx" ON "WebsiteSessionData"("createdAt");

-- CreateIndex
CREATE INDEX "WebsiteSessionData_websiteId_idx" ON "WebsiteSessionData"("websiteId");

-- CreateIndex
CREATE INDEX "WebsiteSessionData_sessionId_idx" ON "WebsiteSessionData"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_id_key" ON "Application"("id");

-- CreateIndex
CREATE INDEX "Application_workspaceId_idx" ON "Application"("workspaceId");

-- CreateIndex
CREATE INDEX "Application_createdAt_idx" ON "Application"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationSession_id_key" ON "ApplicationSession"("id");

-- CreateIndex
CREATE INDEX "ApplicationSession_createdAt_idx" ON "ApplicationSession"("createdAt");

-- CreateIndex
CREATE INDEX "ApplicationSession_applicationId_idx" ON "ApplicationSession"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationSession_applicationId_createdAt_idx" ON "ApplicationSession"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "ApplicationSession_applicationId_createdAt_os_idx" ON "ApplicationSession"("applicationId", "createdAt", "os");

-- CreateIndex
CREATE INDEX "ApplicationSession_applicationId_createdAt_language_idx" ON "ApplicationSession"("applicationId", "createdAt", "language");

-- CreateIndex
CREATE INDEX "ApplicationSession_applicationId_createdAt_country_idx" ON "ApplicationSession"("applicationId", "createdAt", "country");

-- CreateIndex
CREATE INDEX "ApplicationSession_applicationId_createdAt_subdivision1_idx" ON "ApplicationSession"("applicationId", "createdAt", "subdivision1");

-- CreateIndex
CREATE INDEX "ApplicationSession_applicationId_createdAt_city_idx" ON "ApplicationSession"("applicationId", "createdAt", "city");

-- CreateIndex
CREATE INDEX "ApplicationEvent_createdAt_idx" ON "ApplicationEvent"("createdAt");

-- CreateIndex
CREATE INDEX "ApplicationEvent_sessionId_idx" ON "ApplicationEvent"("sessionId");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_idx" ON "ApplicationEvent"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_createdAt_idx" ON "ApplicationEvent"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_createdAt_screenName_idx" ON "ApplicationEvent"("applicationId", "createdAt", "screenName");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_createdAt_eventName_idx" ON "ApplicationEvent"("applicationId", "createdAt", "eventName");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_sessionId_createdAt_idx" ON "ApplicationEvent"("applicationId", "sessionId", "createdAt");

-- CreateIndex
CREATE INDEX "ApplicationEventData_createdAt_idx" ON "ApplicationEventData"("createdAt");

-- CreateIndex
CREATE INDEX "ApplicationEventData_applicationId_idx" ON "ApplicationEventData"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationEventData_applicationEventId_idx" ON "ApplicationEventData"("applicationEventId");

-- CreateIndex
CREATE INDEX "ApplicationEventData_applicationId_createdAt_idx" ON "ApplicationEventData"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "ApplicationEventData_applicationId_createdAt_eventKey_idx" ON "ApplicationEventData"("applicationId", "createdAt", "eventKey");

-- CreateIndex
CREATE INDEX "ApplicationSessionData_createdAt_idx" ON "ApplicationSessionData"("createdAt");

-- CreateIndex
CREATE INDEX "ApplicationSessionData_applicationId_idx" ON "ApplicationSessionData"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationSessionData_sessionId_idx" ON "ApplicationSessionData"("sessionId");

-- CreateIndex
CREATE INDEX "ApplicationStoreInfoHistory_applicationId_storeType_created_idx" ON "ApplicationStoreInfoHistory"("applicationId", "storeType", "createdAt");

-- CreateIndex
CREATE INDEX "WebsiteLighthouseReport_createdAt_idx" ON "WebsiteLighthouseReport"("createdAt");

-- CreateIndex
CREATE INDEX "WebsiteLighthouseReport_websiteId_idx" ON "WebsiteLighthouseReport"("websiteId");

-- CreateIndex
CREATE UNIQUE INDEX "Telemetry_id_key" ON "Telemetry"("id");

-- CreateIndex
CREATE INDEX "Telemetry_workspaceId_idx" ON "Telemetry"("workspaceId");

-- CreateIndex
CREATE INDEX "Telemetry_createdAt_idx" ON "Telemetry"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TelemetrySession_id_key" ON "TelemetrySession"("id");

-- CreateIndex
CREATE INDEX "TelemetrySession_createdAt_idx" ON "TelemetrySession"("createdAt");

-- CreateIndex
CREATE INDEX "TelemetrySession_workspaceId_createdAt_idx" ON "TelemetrySession"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "TelemetryEvent_createdAt_idx" ON "TelemetryEvent"("createdAt");

-- CreateIndex
CREATE INDEX "TelemetryEvent_sessionId_idx" ON "TelemetryEvent"("sessionId");

-- CreateIndex
CREATE INDEX "TelemetryEvent_workspaceId_idx" ON "TelemetryEvent"("workspaceId");

-- CreateIndex
CREATE INDEX "TelemetryEvent_workspaceId_createdAt_idx" ON "TelemetryEvent"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_workspaceId_idx" ON "Notification"("workspaceId");

-- CreateIndex
CREATE INDEX "Monitor_workspaceId_idx" ON "Monitor"("workspaceId");

-- CreateIndex
CREATE INDEX "MonitorEvent_monitorId_idx" ON "MonitorEvent"("monitorId");

-- CreateIndex
CREATE INDEX "MonitorData_createdAt_idx" ON "MonitorData"("createdAt");

-- CreateIndex
CREATE INDEX "MonitorData_monitorId_createdAt_value_idx" ON "MonitorData"("monitorId", "createdAt", "value");

-- CreateIndex
CREATE UNIQUE INDEX "MonitorStatusPage_slug_key" ON "MonitorStatusPage"("slug");

-- CreateIndex
CREATE INDEX "MonitorStatusPage_slug_idx" ON "MonitorStatusPage"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Page_slug_key" ON "Page"("slug");

-- CreateIndex
CREATE INDEX "Page_slug_idx" ON "Page"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceDailyUsage_id_key" ON "WorkspaceDailyUsage"("id");

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceDailyUsage_workspaceId_date_key" ON "WorkspaceDailyUsage"("workspaceId", "date");

-- CreateIndex
CREATE INDEX "WorkspaceAuditLog_createdAt_idx" ON "WorkspaceAuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "Survey_workspaceId_idx" ON "Survey"("workspaceId");

-- CreateIndex
CREATE INDEX "SurveyResult_surveyId_idx" ON "SurveyResult"("surveyId");

-- CreateIndex
CREATE INDEX "SurveyResult_sessionId_idx" ON "SurveyResult"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedChannel_publicShareId_key" ON "FeedChannel"("publicShareId");

-- CreateIndex
CREATE INDEX "FeedChannel_workspaceId_idx" ON "FeedChannel"("workspaceId");

-- CreateIndex
CREATE INDEX "FeedEvent_channelId_idx" ON "FeedEvent"("channelId");

-- CreateIndex
CREATE INDEX "FeedState_channelId_idx" ON "FeedState"("channelId");

-- CreateIndex
CREATE INDEX "FeedState_status_idx" ON "FeedState"("status");

-- CreateIndex
CREATE UNIQUE INDEX "FeedState_source_eventId_key" ON "FeedState"("source", "eventId");

-- CreateIndex
CREATE INDEX "AIRouter_workspaceId_idx" ON "AIRouter"("workspaceId");

-- CreateIndex
CREATE INDEX "AIRouter_enabled_idx" ON "AIRouter"("enabled");

-- CreateIndex
CREATE UNIQUE INDEX "AIRouter_workspaceId_id_key" ON "AIRouter"("workspaceId", "id");

-- CreateIndex
CREATE INDEX "AIRouterTier_workspaceId_idx" ON "AIRouterTier"("workspaceId");

-- CreateIndex
CREATE INDEX "AIRouterTier_routerId_idx" ON "AIRouterTier"("routerId");

-- CreateIndex
CREATE UNIQUE INDEX "AIRouterTier_workspaceId_id_key" ON "AIRouterTier"("workspaceId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AIRouterTier_workspaceId_routerId_id_key" ON "AIRouterTier"("workspaceId", "routerId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AIRouterTier_routerId_order_key" ON "AIRouterTier"("routerId", "order");

-- CreateIndex
CREATE INDEX "AIRouterNode_workspaceId_idx" ON "AIRouterNode"("workspaceId");

-- CreateIndex
CREATE INDEX "AIRouterNode_routerId_idx" ON "AIRouterNode"("routerId");

-- CreateIndex
CREATE INDEX "AIRouterNode_tierId_idx" ON "AIRouterNode"("tierId");

-- CreateIndex
CREATE INDEX "AIRouterNode_gatewayId_idx" ON "AIRouterNode"("gatewayId");

-- CreateIndex
CREATE INDEX "AIRouterNode_enabled_idx" ON "AIRouterNode"("enabled");

-- CreateIndex
CREATE UNIQUE INDEX "AIRouterNode_routerId_tierId_order_key" ON "AIRouterNode"("routerId", "tierId", "order");

-- CreateIndex
CREATE INDEX "AIRouterLogs_workspaceId_idx" ON "AIRouterLogs"("workspaceId");

-- CreateIndex
CREATE INDEX "AIRouterLogs_routerId_idx" ON "AIRouterLogs"("routerId");

-- CreateIndex
CREATE INDEX "AIRouterLogs_protocol_idx" ON "AIRouterLogs"("protocol");

-- CreateIndex
CREATE INDEX "AIRouterLogs_status_idx" ON "AIRouterLogs"("status");

-- CreateIndex
CREATE INDEX "AIRouterLogs_createdAt_idx" ON "AIRouterLogs"("createdAt");

-- CreateIndex
CREATE INDEX "AIRouterLogs_workspaceId_createdAt_idx" ON "AIRouterLogs"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "AIRouterLogs_routerId_createdAt_idx" ON "AIRouterLogs"("routerId", "createdAt");

-- CreateIndex
CREATE INDEX "AIGatewayLogs_gatewayId_idx" ON "AIGatewayLogs"("gatewayId");

-- CreateIndex
CREATE INDEX "AIGatewayLogs_createdAt_idx" ON "AIGatewayLogs"("createdAt");

-- CreateIndex
CREATE INDEX "AIGatewayQuotaAlert_workspaceId_idx" ON "AIGatewayQuotaAlert"("workspaceId");

-- CreateIndex
CREATE INDEX "AIGatewayQuotaAlert_gatewayId_idx" ON "AIGatewayQuotaAlert"("gatewayId");

-- CreateIndex
CREATE INDEX "AIGatewayQuotaAlert_enabled_idx" ON "AIGatewayQuotaAlert"("enabled");

-- CreateIndex
CREATE UNIQUE INDEX "AIGatewayQuotaAlert_workspaceId_gatewayId_key" ON "AIGatewayQuotaAlert"("workspaceId", "gatewayId");

-- CreateIndex
CREATE INDEX "FunctionWorker_workspaceId_idx" ON "FunctionWorker"("workspaceId");

-- CreateIndex
CREATE INDEX "FunctionWorker_creatorId_idx" ON "FunctionWorker"("creatorId");

-- CreateIndex
CREATE INDEX "FunctionWorker_ownerId_idx" ON "FunctionWorker"("ownerId");

-- CreateIndex
CREATE INDEX "FunctionWorkerEnvironmentVariable_workerId_idx" ON "FunctionWorkerEnvironmentVariable"("workerId");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionWorkerEnvironmentVariable_workerId_key_key" ON "FunctionWorkerEnvironmentVariable"("workerId", "key");

-- CreateIndex
CREATE INDEX "FunctionWorkerExecution_workerId_idx" ON "FunctionWorkerExecution"("workerId");

-- CreateIndex
CREATE INDEX "FunctionWorkerRevision_workerId_createdAt_idx" ON "FunctionWorkerRevision"("workerId", "createdAt");

-- CreateIndex
CREATE INDEX "FunctionWorkerRevision_operatorId_idx" ON "FunctionWorkerRevision"("operatorId");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionWorkerRevision_workerId_revision_key" ON "FunctionWorkerRevision"("workerId", "revision");

-- CreateIndex
CREATE INDEX "SharedModule_workspaceId_archivedAt_idx" ON "SharedModule"("workspaceId", "archivedAt");

-- CreateIndex
CREATE INDEX "SharedModule_ownerId_idx" ON "SharedModule"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "SharedModule_workspaceId_importAlias_key" ON "SharedModule"("workspaceId", "importAlias");

-- CreateIndex
CREATE INDEX "SharedModuleRevision_moduleId_createdAt_idx" ON "SharedModuleRevision"("moduleId", "createdAt");

-- CreateIndex
CREATE INDEX "SharedModuleRevision_operatorId_idx" ON "SharedModuleRevision"("operatorId");

-- CreateIndex
CREATE UNIQUE INDEX "SharedModuleRevision_moduleId_revision_key" ON "SharedModuleRevision"("moduleId", "revision");

-- CreateIndex
CREATE INDEX "FunctionWorkerModuleBinding_moduleId_idx" ON "FunctionWorkerModuleBinding"("moduleId");

-- CreateIndex
CREATE INDEX "FunctionWorkerModuleBinding_moduleRevisionId_idx" ON "FunctionWorkerModuleBinding"("moduleRevisionId");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionWorkerModuleBinding_workerId_importAlias_key" ON "FunctionWorkerModuleBinding"("workerId", "importAlias");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionWorkerModuleBinding_workerId_moduleId_key" ON "FunctionWorkerModuleBinding"("workerId", "moduleId");

-- CreateIndex
CREATE INDEX "FunctionWorkerRevisionModuleBinding_moduleId_idx" ON "FunctionWorkerRevisionModuleBinding"("moduleId");

-- CreateIndex
CREATE INDEX "FunctionWorkerRevisionModuleBinding_moduleRevisionId_idx" ON "FunctionWorkerRevisionModuleBinding"("moduleRevisionId");

-- CreateIndex
CREATE UNIQUE INDEX "FunctionWorkerRevisionModuleBinding_workerRevisionId_import_key" ON "FunctionWorkerRevisionModuleBinding"("workerRevisionId", "importAlias");

-- CreateIndex
CREATE INDEX "WarehouseCohorts_workspaceId_idx" ON "WarehouseCohorts"("workspaceId");

-- CreateIndex
CREATE INDEX "WarehouseCohorts_createdAt_idx" ON "WarehouseCohorts"("createdAt");

-- CreateIndex
CREATE INDEX "WarehouseDatabase_workspaceId_idx" ON "WarehouseDatabase"("workspaceId");

-- CreateIndex
CREATE INDEX "WarehouseDatabaseTable_workspaceId_idx" ON "WarehouseDatabaseTable"("workspaceId");

-- CreateIndex
CREATE INDEX "WorkspaceConfig_workspaceId_idx" ON "WorkspaceConfig"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkspaceConfig_workspaceId_key_key" ON "WorkspaceConfig"("workspaceId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ShortLink_code_key" ON "ShortLink"("code");

-- CreateIndex
CREATE INDEX "ShortLink_workspaceId_idx" ON "ShortLink"("workspaceId");

-- CreateIndex
CREATE INDEX "ShortLink_code_idx" ON "ShortLink"("code");

-- CreateIndex
CREATE INDEX "ShortLink_enabled_idx" ON "ShortLink"("enabled");

-- CreateIndex
CREATE INDEX "ShortLinkAccess_shortLinkId_idx" ON "ShortLinkAccess"("shortLinkId");

-- CreateIndex
CREATE INDEX "ShortLinkAccess_createdAt_idx" ON "ShortLinkAccess"("createdAt");

-- CreateIndex
CREATE INDEX "ShortLinkAccess_shortLinkId_createdAt_idx" ON "ShortLinkAccess"("shortLinkId", "createdAt");

-- CreateIndex
CREATE INDEX "_MonitorToNotification_B_index" ON "_MonitorToNotification"("B");

-- CreateIndex
CREATE INDEX "_FeedChannelToNotification_B_index" ON "_FeedChannelToNotification"("B");

-- AddForeignKey
ALTER TABLE "UserApiKey" ADD CONSTRAINT "UserApiKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspacesOnUsers" ADD CONSTRAINT "WorkspacesOnUsers_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspacesOnUsers" ADD CONSTRAINT "WorkspacesOnUsers_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceInvitation" ADD CONSTRAINT "WorkspaceInvitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceInvitation" ADD CONSTRAINT "WorkspaceInvitation_inviterId_fkey" FOREIGN KEY ("inviterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceSubscription" ADD CONSTRAINT "WorkspaceSubscription_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Website" ADD CONSTRAINT "Website_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Website" ADD CONSTRAINT "Website_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebsiteSession" ADD CONSTRAINT "WebsiteSession_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebsiteEvent" ADD CONSTRAINT "WebsiteEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WebsiteSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebsiteEventData" ADD CONSTRAINT "WebsiteEventData_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebsiteEventData" ADD CONSTRAINT "WebsiteEventData_websiteEventId_fkey" FOREIGN KEY ("websiteEventId") REFERENCES "WebsiteEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebsiteSessionData" ADD CONSTRAINT "WebsiteSessionData_websiteId_fkey" FOREIGN KEY ("websiteId") REFERENCES "Website"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebsiteSessionData" ADD CONSTRAINT "WebsiteSessionData_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WebsiteSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSession" ADD CONSTRAINT "ApplicationSession_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ApplicationSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEventData" ADD CONSTRAINT "ApplicationEventData_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEventData" ADD CONSTRAINT "ApplicationEventData_applicationEventId_fkey" FOREIGN KEY ("applicationEventId") REFERENCES "ApplicationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSessionData" ADD CONSTRAINT "ApplicationSessionData_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSessionData" ADD CONSTRAINT "ApplicationSessionData_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ApplicationSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStoreInfo" ADD CONSTRAINT "ApplicationStoreInfo_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStoreInfoHistory" ADD CONSTRAINT "ApplicationStoreInfoHistory_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Telemetry" ADD CONSTRAINT "Telemetry_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TelemetrySession" ADD CONSTRAINT "TelemetrySession_telemetryId_fkey" FOREIGN KEY ("telemetryId") REFERENCES "Telemetry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TelemetryEvent" ADD CONSTRAINT "TelemetryEvent_telemetryId_fkey" FOREIGN KEY ("telemetryId") REFERENCES "Telemetry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TelemetryEvent" ADD CONSTRAINT "TelemetryEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TelemetrySession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Monitor" ADD CONSTRAINT "Monitor_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitorEvent" ADD CONSTRAINT "MonitorEvent_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitorData" ADD CONSTRAINT "MonitorData_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitorStatus" ADD CONSTRAINT "MonitorStatus_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitorStatusPage" ADD CONSTRAINT "MonitorStatusPage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceDailyUsage" ADD CONSTRAINT "WorkspaceDailyUsage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceAuditLog" ADD CONSTRAINT "WorkspaceAuditLog_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResult" ADD CONSTRAINT "SurveyResult_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedChannel" ADD CONSTRAINT "FeedChannel_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedEvent" ADD CONSTRAINT "FeedEvent_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "FeedChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedState" ADD CONSTRAINT "FeedState_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "FeedChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIGateway" ADD CONSTRAINT "AIGateway_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIRouter" ADD CONSTRAINT "AIRouter_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIRouterTier" ADD CONSTRAINT "AIRouterTier_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIRouterTier" ADD CONSTRAINT "AIRouterTier_workspaceId_routerId_fkey" FOREIGN KEY ("workspaceId", "routerId") REFERENCES "AIRouter"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIRouterNode" ADD CONSTRAINT "AIRouterNode_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIRouterNode" ADD CONSTRAINT "AIRouterNode_workspaceId_routerId_fkey" FOREIGN KEY ("workspaceId", "routerId") REFERENCES "AIRouter"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIRouterNode" ADD CONSTRAINT "AIRouterNode_workspaceId_routerId_tierId_fkey" FOREIGN KEY ("workspaceId", "routerId", "tierId") REFERENCES "AIRouterTier"("workspaceId", "routerId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIRouterNode" ADD CONSTRAINT "AIRouterNode_gatewayId_fkey" FOREIGN KEY ("gatewayId") REFERENCES "AIGateway"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIRouterLogs" ADD CONSTRAINT "AIRouterLogs_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIRouterLogs" ADD CONSTRAINT "AIRouterLogs_workspaceId_routerId_fkey" FOREIGN KEY ("workspaceId", "routerId") REFERENCES "AIRouter"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIGatewayLogs" ADD CONSTRAINT "AIGatewayLogs_gatewayId_fkey" FOREIGN KEY ("gatewayId") REFERENCES "AIGateway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIGatewayQuotaAlert" ADD CONSTRAINT "AIGatewayQuotaAlert_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIGatewayQuotaAlert" ADD CONSTRAINT "AIGatewayQuotaAlert_gatewayId_fkey" FOREIGN KEY ("gatewayId") REFERENCES "AIGateway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AIGatewayQuotaAlert" ADD CONSTRAINT "AIGatewayQuotaAlert_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorker" ADD CONSTRAINT "FunctionWorker_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorker" ADD CONSTRAINT "FunctionWorker_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorker" ADD CONSTRAINT "FunctionWorker_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorkerEnvironmentVariable" ADD CONSTRAINT "FunctionWorkerEnvironmentVariable_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "FunctionWorker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorkerExecution" ADD CONSTRAINT "FunctionWorkerExecution_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "FunctionWorker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorkerRevision" ADD CONSTRAINT "FunctionWorkerRevision_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "FunctionWorker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorkerRevision" ADD CONSTRAINT "FunctionWorkerRevision_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedModule" ADD CONSTRAINT "SharedModule_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedModule" ADD CONSTRAINT "SharedModule_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedModuleRevision" ADD CONSTRAINT "SharedModuleRevision_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "SharedModule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedModuleRevision" ADD CONSTRAINT "SharedModuleRevision_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorkerModuleBinding" ADD CONSTRAINT "FunctionWorkerModuleBinding_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "FunctionWorker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorkerModuleBinding" ADD CONSTRAINT "FunctionWorkerModuleBinding_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "SharedModule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorkerModuleBinding" ADD CONSTRAINT "FunctionWorkerModuleBinding_moduleRevisionId_fkey" FOREIGN KEY ("moduleRevisionId") REFERENCES "SharedModuleRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorkerRevisionModuleBinding" ADD CONSTRAINT "FunctionWorkerRevisionModuleBinding_workerRevisionId_fkey" FOREIGN KEY ("workerRevisionId") REFERENCES "FunctionWorkerRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorkerRevisionModuleBinding" ADD CONSTRAINT "FunctionWorkerRevisionModuleBinding_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "SharedModule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionWorkerRevisionModuleBinding" ADD CONSTRAINT "FunctionWorkerRevisionModuleBinding_moduleRevisionId_fkey" FOREIGN KEY ("moduleRevisionId") REFERENCES "SharedModuleRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseCohorts" ADD CONSTRAINT "WarehouseCohorts_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseDatabase" ADD CONSTRAINT "WarehouseDatabase_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseDatabaseTable" ADD CONSTRAINT "WarehouseDatabaseTable_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarehouseDatabaseTable" ADD CONSTRAINT "WarehouseDatabaseTable_databaseId_fkey" FOREIGN KEY ("databaseId") REFERENCES "WarehouseDatabase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkspaceConfig" ADD CONSTRAINT "WorkspaceConfig_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortLink" ADD CONSTRAINT "ShortLink_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortLinkAccess" ADD CONSTRAINT "ShortLinkAccess_shortLinkId_fkey" FOREIGN KEY ("shortLinkId") REFERENCES "ShortLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MonitorToNotification" ADD CONSTRAINT "_MonitorToNotification_A_fkey" FOREIGN KEY ("A") REFERENCES "Monitor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MonitorToNotification" ADD CONSTRAINT "_MonitorToNotification_B_fkey" FOREIGN KEY ("B") REFERENCES "Notification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FeedChannelToNotification" ADD CONSTRAINT "_FeedChannelToNotification_A_fkey" FOREIGN KEY ("A") REFERENCES "FeedChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FeedChannelToNotification" ADD CONSTRAINT "_FeedChannelToNotification_B_fkey" FOREIGN KEY ("B") REFERENCES "Notification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

