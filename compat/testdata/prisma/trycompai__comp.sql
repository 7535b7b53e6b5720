-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "AttachmentEntityType" AS ENUM ('task', 'vendor', 'risk', 'comment', 'trust_nda', 'task_item', 'background_check', 'employment_onboard', 'employment_offboard', 'offboarding_checklist');

-- CreateEnum
CREATE TYPE "AttachmentType" AS ENUM ('image', 'video', 'audio', 'document', 'other');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('owner', 'admin', 'auditor', 'employee', 'contractor');

-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('draft', 'published', 'needs_review');

-- CreateEnum
CREATE TYPE "EvidenceAutomationRunStatus" AS ENUM ('pending', 'running', 'completed', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "EvidenceAutomationTrigger" AS ENUM ('manual', 'scheduled', 'api');

-- CreateEnum
CREATE TYPE "EvidenceAutomationEvaluationStatus" AS ENUM ('pass', 'fail');

-- CreateEnum
CREATE TYPE "BackgroundCheckStatus" AS ENUM ('invited', 'in_progress', 'in_review', 'completed', 'completed_with_flags', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "BrowserAuthProfileStatus" AS ENUM ('unverified', 'verified', 'needs_reauth', 'blocked');

-- CreateEnum
CREATE TYPE "BrowserAutomationEvaluationStatus" AS ENUM ('pass', 'fail');

-- CreateEnum
CREATE TYPE "BrowserAutomationRunStatus" AS ENUM ('pending', 'running', 'completed', 'failed', 'blocked');

-- CreateEnum
CREATE TYPE "BrowserAutomationFailureCode" AS ENUM ('needs_reauth', 'needs_user_action', 'rate_limited', 'captcha_blocked', 'timeout', 'browser_session_lost', 'evaluation_failed', 'unknown');

-- CreateEnum
CREATE TYPE "BrowserAutomationFailureStage" AS ENUM ('auth', 'navigation', 'action', 'screenshot', 'evaluation', 'upload', 'session', 'unknown');

-- CreateEnum
CREATE TYPE "CommentEntityType" AS ENUM ('task', 'vendor', 'risk', 'policy', 'finding');

-- CreateEnum
CREATE TYPE "DevicePlatform" AS ENUM ('macos', 'windows', 'linux');

-- CreateEnum
CREATE TYPE "DeviceSource" AS ENUM ('agent', 'fleet', 'integration');

-- CreateEnum
CREATE TYPE "FindingResolutionMethod" AS ENUM ('platform_fix', 'external_fix', 'resource_deleted', 'exception_marked');

-- CreateEnum
CREATE TYPE "FindingType" AS ENUM ('soc2', 'iso27001', 'pci_dss', 'hipaa', 'gdpr', 'iso9001', 'iso42001');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('open', 'ready_for_review', 'needs_revision', 'closed');

-- CreateEnum
CREATE TYPE "FindingSeverity" AS ENUM ('low', 'medium', 'high', 'critical');

-- CreateEnum
CREATE TYPE "FindingArea" AS ENUM ('people', 'documents', 'compliance', 'risks', 'vendors', 'policies', 'other');

-- CreateEnum
CREATE TYPE "FrameworkEditorFrameworkFamilyStatus" AS ENUM ('visible', 'hidden', 'under_construction', 'partial');

-- CreateEnum
CREATE TYPE "FrameworkSyncOperationKind" AS ENUM ('SYNC', 'ROLLBACK');

-- CreateEnum
CREATE TYPE "IntegrationConnectionStatus" AS ENUM ('pending', 'active', 'error', 'paused', 'disconnected');

-- CreateEnum
CREATE TYPE "IntegrationRunJobType" AS ENUM ('full_sync', 'delta_sync', 'webhook', 'manual', 'test_connection');

-- CreateEnum
CREATE TYPE "IntegrationRunStatus" AS ENUM ('pending', 'running', 'success', 'failed', 'cancelled', 'inconclusive');

-- CreateEnum
CREATE TYPE "IntegrationFindingSeverity" AS ENUM ('info', 'low', 'medium', 'high', 'critical');

-- CreateEnum
CREATE TYPE "IntegrationFindingStatus" AS ENUM ('open', 'resolved', 'ignored');

-- CreateEnum
CREATE TYPE "IntegrationSyncLogStatus" AS ENUM ('pending', 'running', 'success', 'failed');

-- CreateEnum
CREATE TYPE "IsmsDocumentType" AS ENUM ('context_of_organization', 'interested_parties_register', 'interested_parties_requirements', 'isms_scope', 'leadership_commitment', 'roles_and_responsibilities', 'risk_assessment_methodology', 'risk_treatment_plan', 'objectives_plan', 'monitoring', 'internal_audit', 'management_review');

-- CreateEnum
CREATE TYPE "IsmsDocumentStatus" AS ENUM ('draft', 'in_progress', 'needs_review', 'approved', 'declined');

-- CreateEnum
CREATE TYPE "IsmsContextIssueKind" AS ENUM ('internal', 'external');

-- CreateEnum
CREATE TYPE "IsmsContextSource" AS ENUM ('derived', 'manual');

-- CreateEnum
CREATE TYPE "IsmsObjectiveStatus" AS ENUM ('not_started', 'on_track', 'at_risk', 'met');

-- CreateEnum
CREATE TYPE "IsmsCompetenceBasis" AS ENUM ('education', 'training', 'experience', 'combination');

-- CreateEnum
CREATE TYPE "IsmsAuditRoute" AS ENUM ('in_house', 'external', 'training_planned');

-- CreateEnum
CREATE TYPE "IsmsMetricCadence" AS ENUM ('monthly', 'quarterly');

-- CreateEnum
CREATE TYPE "IsmsAuditStatus" AS ENUM ('planned', 'in_progress', 'complete');

-- CreateEnum
CREATE TYPE "IsmsAuditConclusionVerdict" AS ENUM ('conform', 'substantially_conform', 'not_yet_conform');

-- CreateEnum
CREATE TYPE "IsmsAuditControlResult" AS ENUM ('conformity_confirmed', 'nonconformity_raised', 'observation_raised', 'not_sampled');

-- CreateEnum
CREATE TYPE "IsmsAuditFindingType" AS ENUM ('nc_major', 'nc_minor', 'ofi', 'observation');

-- CreateEnum
CREATE TYPE "IsmsAuditFindingStatus" AS ENUM ('open', 'in_progress', 'closed');

-- CreateEnum
CREATE TYPE "IsmsReviewStatus" AS ENUM ('planned', 'in_progress', 'complete');

-- CreateEnum
CREATE TYPE "IsmsReviewConclusionVerdict" AS ENUM ('suitable', 'adequate', 'effective');

-- CreateEnum
CREATE TYPE "IsmsReviewActionStatus" AS ENUM ('open', 'in_progress', 'closed');

-- CreateEnum
CREATE TYPE "KnowledgeBaseDocumentProcessingStatus" AS ENUM ('pending', 'processing', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "PolicyDisplayFormat" AS ENUM ('EDITOR', 'PDF');

-- CreateEnum
CREATE TYPE "PolicyVisibility" AS ENUM ('ALL', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "QuestionnaireStatus" AS ENUM ('parsing', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "QuestionnaireAnswerStatus" AS ENUM ('untouched', 'generated', 'manual');

-- CreateEnum
CREATE TYPE "RiskTreatmentType" AS ENUM ('accept', 'avoid', 'mitigate', 'transfer');

-- CreateEnum
CREATE TYPE "RiskCategory" AS ENUM ('customer', 'fraud', 'governance', 'operations', 'other', 'people', 'regulatory', 'reporting', 'resilience', 'technology', 'vendor_management');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('open', 'pending', 'closed', 'archived');

-- CreateEnum
CREATE TYPE "AuditLogEntityType" AS ENUM ('organization', 'framework', 'requirement', 'control', 'policy', 'task', 'people', 'risk', 'vendor', 'tests', 'integration', 'trust', 'finding', 'pentest');

-- CreateEnum
CREATE TYPE "EvidenceFormType" AS ENUM ('board-meeting', 'it-leadership-meeting', 'risk-committee-meeting', 'meeting', 'access-request', 'whistleblower-report', 'penetration-test', 'rbac-matrix', 'infrastructure-inventory', 'employee-performance-evaluation', 'network-diagram', 'tabletop-exercise', 'account-types');

-- CreateEnum
CREATE TYPE "Departments" AS ENUM ('none', 'admin', 'gov', 'hr', 'it', 'itsm', 'qms');

-- CreateEnum
CREATE TYPE "Frequency" AS ENUM ('monthly', 'quarterly', 'yearly');

-- CreateEnum
CREATE TYPE "Likelihood" AS ENUM ('very_unlikely', 'unlikely', 'possible', 'likely', 'very_likely');

-- CreateEnum
CREATE TYPE "Impact" AS ENUM ('insignificant', 'minor', 'moderate', 'major', 'severe');

-- CreateEnum
CREATE TYPE "SOADocumentStatus" AS ENUM ('draft', 'in_progress', 'needs_review', 'completed');

-- CreateEnum
CREATE TYPE "SOAAnswerStatus" AS ENUM ('untouched', 'generated', 'manual');

-- CreateEnum
CREATE TYPE "TaskItemStatus" AS ENUM ('todo', 'in_progress', 'in_review', 'done', 'canceled');

-- CreateEnum
CREATE TYPE "TaskItemPriority" AS ENUM ('urgent', 'high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "TaskItemEntityType" AS ENUM ('vendor', 'risk');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('todo', 'in_progress', 'in_review', 'done', 'not_relevant', 'failed');

-- CreateEnum
CREATE TYPE "TaskFrequency" AS ENUM ('daily', 'weekly', 'monthly', 'quarterly', 'yearly');

-- CreateEnum
CREATE TYPE "TaskAutomationStatus" AS ENUM ('AUTOMATED', 'MANUAL');

-- CreateEnum
CREATE TYPE "TimelineStatus" AS ENUM ('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "TimelinePhaseStatus" AS ENUM ('PENDING', 'IN_PROGRESS', 'COMPLETED');

-- CreateEnum
CREATE TYPE "PhaseCompletionType" AS ENUM ('AUTO_TASKS', 'AUTO_POLICIES', 'AUTO_PEOPLE', 'AUTO_FINDINGS', 'AUTO_UPLOAD', 'MANUAL');

-- CreateEnum
CREATE TYPE "TrustStatus" AS ENUM ('draft', 'published');

-- CreateEnum
CREATE TYPE "FrameworkStatus" AS ENUM ('started', 'in_progress', 'compliant');

-- CreateEnum
CREATE TYPE "TrustFramework" AS ENUM ('iso_27001', 'iso_42001', 'gdpr', 'hipaa', 'soc2_type1', 'soc2_type2', 'soc3', 'pci_dss', 'nen_7510', 'iso_9001', 'pipeda', 'ccpa');

-- CreateEnum
CREATE TYPE "TrustAccessRequestStatus" AS ENUM ('under_review', 'approved', 'denied', 'canceled');

-- CreateEnum
CREATE TYPE "TrustAccessGrantStatus" AS ENUM ('active', 'expired', 'revoked');

-- CreateEnum
CREATE TYPE "TrustNDAStatus" AS ENUM ('pending', 'signed', 'void');

-- CreateEnum
CREATE TYPE "VendorCategory" AS ENUM ('cloud', 'infrastructure', 'software_as_a_service', 'finance', 'marketing', 'sales', 'hr', 'other');

-- CreateEnum
CREATE TYPE "VendorStatus" AS ENUM ('not_assessed', 'in_progress', 'assessed');

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('att'::text),
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "type" "AttachmentType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "entityType" "AttachmentEntityType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" TEXT NOT NULL,
    "commentId" TEXT,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('usr'::text),
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL,
    "image" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastLogin" TIMESTAMP(3),
    "emailNotificationsUnsubscribed" BOOLEAN NOT NULL DEFAULT false,
    "emailPreferences" JSONB DEFAULT '{"policyNotifications":true,"taskReminders":true,"weeklyTaskDigest":true,"unassignedItemsNotifications":true}',
    "role" TEXT DEFAULT 'user',
    "banned" BOOLEAN,
    "banReason" TEXT,
    "banExpires" TIMESTAMP(3),
    "isPlatformAdmin" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployeeTrainingVideoCompletion" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('evc'::text),
    "completedAt" TIMESTAMP(3),
    "videoId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "EmployeeTrainingVideoCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ses'::text),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "activeOrganizationId" TEXT,
    "impersonatedBy" TEXT,
    "deviceAgent" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('acc'::text),
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ver'::text),
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oauth_application" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('oap'::text),
    "name" TEXT NOT NULL,
    "icon" TEXT,
    "metadata" TEXT,
    "clientId" TEXT NOT NULL,
    "clientSecret" TEXT,
    "redirectUrls" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "disabled" BOOLEAN DEFAULT false,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "oauth_application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oauth_access_token" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('oat'::text),
    "accessToken" TEXT NOT NULL,
    "refreshToken" TEXT NOT NULL,
    "accessTokenExpiresAt" TIMESTAMP(3) NOT NULL,
    "refreshTokenExpiresAt" TIMESTAMP(3) NOT NULL,
    "clientId" TEXT NOT NULL,
    "userId" TEXT,
    "scopes" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "oauth_access_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oauth_consent" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('oac'::text),
    "clientId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "consentGiven" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "oauth_consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mcp_org_binding" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('mob'::text),
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mcp_org_binding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jwks" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('jwk'::text),
    "publicKey" TEXT NOT NULL,
    "privateKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),

    CONSTRAINT "jwks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('mem'::text),
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "department" TEXT NOT NULL DEFAULT 'none',
    "jobTitle" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "deactivated" BOOLEAN NOT NULL DEFAULT false,
    "backgroundCheckExempt" BOOLEAN NOT NULL DEFAULT false,
    "backgroundCheckExemptReason" TEXT,
    "backgroundCheckExemptJustification" TEXT,
    "onboardDate" TIMESTAMP(3),
    "offboardDate" TIMESTAMP(3),
    "externalUserId" TEXT,
    "externalUserSource" TEXT,
    "fleetDmLabelId" INTEGER,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('inv'::text),
    "organizationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "inviterId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_role" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('rol'::text),
    "name" TEXT NOT NULL,
    "permissions" TEXT NOT NULL,
    "obligations" TEXT NOT NULL DEFAULT '{}',
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organization_role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceAutomationRun" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ear'::text),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "evidenceAutomationId" TEXT NOT NULL,
    "status" "EvidenceAutomationRunStatus" NOT NULL DEFAULT 'pending',
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "success" BOOLEAN,
    "error" TEXT,
    "logs" JSONB,
    "output" JSONB,
    "evaluationStatus" "EvidenceAutomationEvaluationStatus",
    "evaluationReason" TEXT,
    "triggeredBy" "EvidenceAutomationTrigger" NOT NULL DEFAULT 'scheduled',
    "runDuration" INTEGER,
    "version" INTEGER,
    "taskId" TEXT,

    CONSTRAINT "EvidenceAutomationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceAutomationVersion" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('eav'::text),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "evidenceAutomationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "scriptKey" TEXT NOT NULL,
    "publishedBy" TEXT,
    "changelog" TEXT,

    CONSTRAINT "EvidenceAutomationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceAutomation" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('aut'::text),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isEnabled" BOOLEAN NOT NULL DEFAULT false,
    "scheduleFrequency" "TaskFrequency" NOT NULL DEFAULT 'daily',
    "lastRunAt" TIMESTAMP(3),
    "chatHistory" TEXT,
    "evaluationCriteria" TEXT,
    "taskId" TEXT NOT NULL,

    CONSTRAINT "EvidenceAutomation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "background_check_requests" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bcr'::text),
    "organizationId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "employeeEmail" TEXT NOT NULL,
    "employeeName" TEXT NOT NULL,
    "requesterNotes" TEXT,
    "identityBackgroundCheckId" TEXT,
    "candidateUrl" TEXT,
    "status" "BackgroundCheckStatus" NOT NULL DEFAULT 'invited',
    "identityStatus" TEXT,
    "employmentStatus" TEXT,
    "referenceStatus" TEXT,
    "rightToWorkStatus" TEXT,
    "adjudicationStatus" TEXT,
    "rerunCount" INTEGER NOT NULL DEFAULT 0,
    "stripePaymentIntentId" TEXT,
    "stripePaymentStatus" TEXT,
    "stripeRefundId" TEXT,
    "stripeAmountCents" INTEGER,
    "stripeCurrency" TEXT,
    "lastWebhookEventId" TEXT,
    "lastSyncedAt" TIMESTAMP(3),
    "reportSnapshot" JSONB,
    "reportSyncedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "background_check_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "background_check_webhook_events" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bcw'::text),
    "eventId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "backgroundCheckRequestId" TEXT,
    "identityBackgroundCheckId" TEXT,
    "payload" JSONB NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "background_check_webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrowserbaseContext" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bbc'::text),
    "organizationId" TEXT NOT NULL,
    "contextId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrowserbaseContext_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrowserAuthProfile" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bap'::text),
    "organizationId" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "loginIdentity" TEXT NOT NULL DEFAULT '',
    "displayName" TEXT NOT NULL,
    "identifierLabel" TEXT,
    "contextId" TEXT NOT NULL,
    "status" "BrowserAuthProfileStatus" NOT NULL DEFAULT 'unverified',
    "lastVerifiedAt" TIMESTAMP(3),
    "lastAuthCheckUrl" TEXT,
    "blockedReason" TEXT,
    "lastSignInOutcome" TEXT,
    "lastSignInDetail" TEXT,
    "lastSignInAt" TIMESTAMP(3),
    "vaultProvider" TEXT,
    "vaultExternalItemRef" TEXT,
    "vaultConnectionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrowserAuthProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrowserAutomation" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bau'::text),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "taskId" TEXT NOT NULL,
    "targetUrl" TEXT NOT NULL,
    "instruction" TEXT NOT NULL,
    "evaluationCriteria" TEXT,
    "isEnabled" BOOLEAN NOT NULL DEFAULT false,
    "scheduleFrequency" "TaskFrequency" NOT NULL DEFAULT 'daily',
    "lastRunAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrowserAutomation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrowserAutomationRun" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bar'::text),
    "automationId" TEXT NOT NULL,
    "profileId" TEXT,
    "status" "BrowserAutomationRunStatus" NOT NULL DEFAULT 'pending',
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "screenshotUrl" TEXT,
    "focusScreenshotUrl" TEXT,
    "evaluationStatus" "BrowserAutomationEvaluationStatus",
    "evaluationReason" TEXT,
    "error" TEXT,
    "failureCode" "BrowserAutomationFailureCode",
    "failureStage" "BrowserAutomationFailureStage",
    "attemptCount" INTEGER NOT NULL DEFAULT 1,
    "blockedReason" TEXT,
    "finalUrl" TEXT,
    "logs" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BrowserAutomationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrowserAutomationDraft" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bad'::text),
    "taskId" TEXT NOT NULL,
    "createdById" TEXT,
    "name" TEXT,
    "steps" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrowserAutomationDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrowserAutomationStep" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bas'::text),
    "automationId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "profileId" TEXT,
    "targetUrl" TEXT NOT NULL,
    "instruction" TEXT NOT NULL,
    "evaluationCriteria" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrowserAutomationStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrowserAutomationStepRun" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('basr'::text),
    "runId" TEXT NOT NULL,
    "stepId" TEXT,
    "order" INTEGER NOT NULL,
    "status" "BrowserAutomationRunStatus" NOT NULL DEFAULT 'pending',
    "screenshotUrl" TEXT,
    "focusScreenshotUrl" TEXT,
    "evaluationStatus" "BrowserAutomationEvaluationStatus",
    "evaluationReason" TEXT,
    "error" TEXT,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BrowserAutomationStepRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckDefinition" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('chd'::text),
    "organizationId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "passCriteria" TEXT NOT NULL,
    "failCriteria" TEXT NOT NULL,
    "whyItMatters" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "generatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('cmt'::text),
    "content" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "entityType" "CommentEntityType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Context" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ctx'::text),
    "organizationId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "tags" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Context_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ControlDocumentType" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('cdt'::text),
    "controlId" TEXT NOT NULL,
    "formType" "EvidenceFormType" NOT NULL,

    CONSTRAINT "ControlDocumentType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Control" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ctl'::text),
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "lastReviewDate" TIMESTAMP(3),
    "nextReviewDate" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "organizationId" TEXT NOT NULL,
    "controlTemplateId" TEXT,

    CONSTRAINT "Control_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkControlFamily" (
    "frameworkInstanceId" TEXT NOT NULL,
    "controlId" TEXT NOT NULL,
    "controlFamily" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CustomFramework" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('cfrm'::text),
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "version" TEXT NOT NULL DEFAULT '1.0.0',
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomFramework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomRequirement" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('creq'::text),
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "customFrameworkId" TEXT,
    "frameworkInstanceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('dev'::text),
    "name" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "platform" "DevicePlatform" NOT NULL,
    "osVersion" TEXT NOT NULL,
    "serialNumber" TEXT,
    "hardwareModel" TEXT,
    "memberId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "agentSessionId" TEXT,
    "isCompliant" BOOLEAN NOT NULL DEFAULT false,
    "diskEncryptionEnabled" BOOLEAN NOT NULL DEFAULT false,
    "antivirusEnabled" BOOLEAN NOT NULL DEFAULT false,
    "passwordPolicySet" BOOLEAN NOT NULL DEFAULT false,
    "screenLockEnabled" BOOLEAN NOT NULL DEFAULT false,
    "checkDetails" JSONB,
    "lastCheckIn" TIMESTAMP(3),
    "agentVersion" TEXT,
    "installedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "source" "DeviceSource" NOT NULL DEFAULT 'agent',
    "integrationConnectionId" TEXT,
    "externalDeviceId" TEXT,
    "sourceCompliance" JSONB,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DynamicIntegration" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('din'::text),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "logoUrl" TEXT NOT NULL,
    "docsUrl" TEXT,
    "baseUrl" TEXT,
    "defaultHeaders" JSONB,
    "authConfig" JSONB NOT NULL,
    "capabilities" JSONB NOT NULL DEFAULT '["checks"]',
    "supportsMultipleConnections" BOOLEAN NOT NULL DEFAULT false,
    "syncDefinition" JSONB,
    "deviceSyncDefinition" JSONB,
    "services" JSONB,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DynamicIntegration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DynamicCheck" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('dck'::text),
    "integrationId" TEXT NOT NULL,
    "checkSlug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "taskMapping" TEXT,
    "defaultSeverity" TEXT NOT NULL DEFAULT 'medium',
    "service" TEXT,
    "definition" JSONB NOT NULL,
    "variables" JSONB NOT NULL DEFAULT '[]',
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DynamicCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DynamicCheckVersion" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('dckv'::text),
    "checkId" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "variables" JSONB NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'api',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DynamicCheckVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceSubmission" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('evs'::text),
    "organizationId" TEXT NOT NULL,
    "formType" "EvidenceFormType" NOT NULL,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFormSetting" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('efs'::text),
    "organizationId" TEXT NOT NULL,
    "formType" "EvidenceFormType" NOT NULL,
    "isNotRelevant" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceFormSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingException" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fex'::text),
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewedBy" TEXT,
    "expiresAt" TIMESTAMP(3),
    "markedById" TEXT NOT NULL,
    "markedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "FindingException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingResolution" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fres'::text),
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "resourceType" TEXT,
    "resolvedAt" TIMESTAMP(3) NOT NULL,
    "resolutionMethod" "FindingResolutionMethod" NOT NULL,
    "resolvedById" TEXT,
    "remediationActionId" TEXT,
    "resolvedFromRunId" TEXT NOT NULL,
    "detectedInRunId" TEXT NOT NULL,
    "daysOpen" INTEGER,

    CONSTRAINT "FindingResolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingRegression" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('freg'::text),
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "previouslyResolvedAt" TIMESTAMP(3) NOT NULL,
    "previousResolutionId" TEXT,
    "regressedAt" TIMESTAMP(3) NOT NULL,
    "detectedInRunId" TEXT NOT NULL,
    "daysClean" INTEGER,

    CONSTRAINT "FindingRegression_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingTemplate" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fnd_t'::text),
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FindingTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fnd'::text),
    "type" "FindingType" NOT NULL DEFAULT 'soc2',
    "status" "FindingStatus" NOT NULL DEFAULT 'open',
    "severity" "FindingSeverity" NOT NULL DEFAULT 'medium',
    "content" TEXT NOT NULL,
    "revisionNote" TEXT,
    "area" "FindingArea",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "taskId" TEXT,
    "evidenceSubmissionId" TEXT,
    "evidenceFormType" "EvidenceFormType",
    "policyId" TEXT,
    "vendorId" TEXT,
    "riskId" TEXT,
    "memberId" TEXT,
    "deviceId" TEXT,
    "templateId" TEXT,
    "createdById" TEXT,
    "createdByAdminId" TEXT,
    "organizationId" TEXT NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FleetPolicyResult" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fpr'::text),
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "fleetPolicyId" INTEGER NOT NULL,
    "fleetPolicyName" TEXT NOT NULL,
    "fleetPolicyResponse" TEXT NOT NULL,
    "attachments" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FleetPolicyResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorVideo" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('frk_vi'::text),
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "youtubeId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorVideo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorFrameworkFamily" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('frk_fam'::text),
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "FrameworkEditorFrameworkFamilyStatus" NOT NULL DEFAULT 'hidden',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorFrameworkFamily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorFramework" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('frk'::text),
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "visible" BOOLEAN NOT NULL DEFAULT false,
    "familyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorFramework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorRequirement" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('frk_rq'::text),
    "frameworkId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "identifier" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL,
    "requirementFamily" TEXT,
    "sortOrder" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorIsmsDocumentTemplate" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('frk_isd'::text),
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "documentType" "IsmsDocumentType" NOT NULL,
    "clause" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorIsmsDocumentTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorIsmsDocumentRequirementLink" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('frk_idr'::text),
    "frameworkId" TEXT NOT NULL,
    "ismsDocumentTemplateId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorIsmsDocumentRequirementLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorControlIsmsDocumentLink" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fcid'::text),
    "frameworkId" TEXT NOT NULL,
    "controlTemplateId" TEXT NOT NULL,
    "ismsDocumentTemplateId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorControlIsmsDocumentLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorPolicyTemplate" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('frk_pt'::text),
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "frequency" "Frequency" NOT NULL,
    "department" "Departments" NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorPolicyTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorTaskTemplate" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('frk_tt'::text),
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "frequency" "Frequency" NOT NULL,
    "department" "Departments" NOT NULL,
    "automationStatus" "TaskAutomationStatus" NOT NULL DEFAULT 'AUTOMATED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorTaskTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorControlTemplate" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('frk_ct'::text),
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "controlFamily" TEXT,
    "documentTypes" "EvidenceFormType"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorControlTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorControlPolicyTemplateLink" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fcp'::text),
    "frameworkId" TEXT NOT NULL,
    "controlTemplateId" TEXT NOT NULL,
    "policyTemplateId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorControlPolicyTemplateLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorControlTaskTemplateLink" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fct'::text),
    "frameworkId" TEXT NOT NULL,
    "controlTemplateId" TEXT NOT NULL,
    "taskTemplateId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorControlTaskTemplateLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkEditorControlDocumentTypeLink" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fcd'::text),
    "frameworkId" TEXT NOT NULL,
    "controlTemplateId" TEXT NOT NULL,
    "formType" "EvidenceFormType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkEditorControlDocumentTypeLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkSyncOperation" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fso'::text),
    "frameworkInstanceId" TEXT NOT NULL,
    "fromVersionId" TEXT NOT NULL,
    "toVersionId" TEXT NOT NULL,
    "kind" "FrameworkSyncOperationKind" NOT NULL,
    "performedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "performedById" TEXT,
    "rollbackExpiresAt" TIMESTAMP(3),
    "rolledBackByOperationId" TEXT,
    "undoPayload" JSONB NOT NULL,
    "summary" JSONB NOT NULL,

    CONSTRAINT "FrameworkSyncOperation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fvr'::text),
    "frameworkId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "releaseNotes" TEXT,
    "manifest" JSONB NOT NULL,

    CONSTRAINT "FrameworkVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkInstance" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('frm'::text),
    "organizationId" TEXT NOT NULL,
    "frameworkId" TEXT,
    "customFrameworkId" TEXT,
    "currentVersionId" TEXT,

    CONSTRAINT "FrameworkInstance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkControlPolicyLink" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fpl'::text),
    "frameworkInstanceId" TEXT NOT NULL,
    "controlId" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkControlPolicyLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkControlTaskLink" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ftl'::text),
    "frameworkInstanceId" TEXT NOT NULL,
    "controlId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkControlTaskLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkControlDocumentTypeLink" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('fdl'::text),
    "frameworkInstanceId" TEXT NOT NULL,
    "controlId" TEXT NOT NULL,
    "formType" "EvidenceFormType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkControlDocumentTypeLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationOAuthError" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ioe'::text),
    "organizationId" TEXT NOT NULL,
    "userId" TEXT,
    "providerSlug" TEXT NOT NULL,
    "errorCode" TEXT,
    "errorDescription" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationOAuthError_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationProvider" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('prv'::text),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "manifestHash" TEXT,
    "capabilities" JSONB NOT NULL DEFAULT '[]',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntegrationProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationConnection" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('icn'::text),
    "providerId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" "IntegrationConnectionStatus" NOT NULL DEFAULT 'pending',
    "authStrategy" TEXT NOT NULL,
    "activeCredentialVersionId" TEXT,
    "lastSyncAt" TIMESTAMP(3),
    "nextSyncAt" TIMESTAMP(3),
    "syncCadence" TEXT,
    "metadata" JSONB,
    "variables" JSONB,
    "errorMessage" TEXT,
    "refreshLeaseUntil" TIMESTAMP(3),
    "refreshLeaseToken" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntegrationConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationCredentialVersion" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('icv'::text),
    "connectionId" TEXT NOT NULL,
    "encryptedPayload" JSONB NOT NULL,
    "version" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "rotatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationCredentialVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationRun" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('irn'::text),
    "connectionId" TEXT NOT NULL,
    "jobType" "IntegrationRunJobType" NOT NULL,
    "status" "IntegrationRunStatus" NOT NULL DEFAULT 'pending',
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "findingsCount" INTEGER NOT NULL DEFAULT 0,
    "error" JSONB,
    "metadata" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationPlatformFinding" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ipf'::text),
    "runId" TEXT,
    "connectionId" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "severity" "IntegrationFindingSeverity" NOT NULL DEFAULT 'info',
    "status" "IntegrationFindingStatus" NOT NULL DEFAULT 'open',
    "remediation" TEXT,
    "rawPayload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntegrationPlatformFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationOAuthState" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ios'::text),
    "state" TEXT NOT NULL,
    "providerSlug" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeVerifier" TEXT,
    "redirectUrl" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationOAuthState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationOAuthApp" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ioa'::text),
    "providerSlug" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "encryptedClientId" JSONB NOT NULL,
    "encryptedClientSecret" JSONB NOT NULL,
    "customScopes" TEXT[],
    "customSettings" JSONB,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntegrationOAuthApp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationCheckRun" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('icr'::text),
    "connectionId" TEXT NOT NULL,
    "taskId" TEXT,
    "checkId" TEXT NOT NULL,
    "checkName" TEXT NOT NULL,
    "status" "IntegrationRunStatus" NOT NULL DEFAULT 'pending',
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "totalChecked" INTEGER NOT NULL DEFAULT 0,
    "passedCount" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "errorMessage" TEXT,
    "logs" JSONB,
    "scannedServices" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "failedServices" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "scanMode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationCheckRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationCheckResult" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('icx'::text),
    "checkRunId" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "severity" "IntegrationFindingSeverity",
    "remediation" TEXT,
    "evidence" JSONB,
    "collectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationCheckResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationPlatformCredential" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ipc'::text),
    "providerSlug" TEXT NOT NULL,
    "encryptedClientId" JSONB NOT NULL,
    "encryptedClientSecret" JSONB NOT NULL,
    "clientIdHint" TEXT,
    "clientSecretHint" TEXT,
    "customScopes" TEXT[],
    "customSettings" JSONB,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntegrationPlatformCredential_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationSyncLog" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isl'::text),
    "connectionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "status" "IntegrationSyncLogStatus" NOT NULL DEFAULT 'pending',
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "result" JSONB,
    "error" TEXT,
    "triggeredBy" TEXT,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrationSyncLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Integration" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('int'::text),
    "name" TEXT NOT NULL,
    "integrationId" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "userSettings" JSONB NOT NULL,
    "organizationId" TEXT NOT NULL,
    "lastRunAt" TIMESTAMP(3),

    CONSTRAINT "Integration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationResult" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('itr'::text),
    "title" TEXT,
    "description" TEXT,
    "remediation" TEXT,
    "status" TEXT,
    "severity" TEXT,
    "resultDetails" JSONB,
    "completedAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "integrationId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "assignedUserId" TEXT,

    CONSTRAINT "IntegrationResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsDocument" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_doc'::text),
    "organizationId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "requirementId" TEXT,
    "templateId" TEXT,
    "type" "IsmsDocumentType" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "IsmsDocumentStatus" NOT NULL DEFAULT 'draft',
    "preparedBy" TEXT NOT NULL DEFAULT 'Comp AI',
    "approverId" TEXT,
    "approvedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "currentVersionId" TEXT,
    "draftNarrative" JSONB,
    "draftSnapshot" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsDocumentVersion" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_ver'::text),
    "documentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isLatest" BOOLEAN NOT NULL DEFAULT true,
    "narrative" JSONB NOT NULL,
    "contentSnapshot" JSONB,
    "sourceSnapshot" JSONB,
    "pdfUrl" TEXT,
    "docxUrl" TEXT,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "changelog" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsContextIssue" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_ci'::text),
    "documentId" TEXT NOT NULL,
    "kind" "IsmsContextIssueKind" NOT NULL,
    "category" TEXT,
    "description" TEXT NOT NULL,
    "effect" TEXT NOT NULL,
    "source" "IsmsContextSource" NOT NULL DEFAULT 'derived',
    "derivedFrom" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsContextIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsProfile" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_pf'::text),
    "organizationId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsInterestedParty" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_ip'::text),
    "documentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "needsExpectations" TEXT NOT NULL,
    "source" "IsmsContextSource" NOT NULL DEFAULT 'derived',
    "derivedFrom" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsInterestedParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsInterestedPartyRequirement" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_ipr'::text),
    "documentId" TEXT NOT NULL,
    "interestedPartyId" TEXT,
    "partyName" TEXT NOT NULL,
    "requirement" TEXT NOT NULL,
    "treatment" TEXT NOT NULL,
    "source" "IsmsContextSource" NOT NULL DEFAULT 'derived',
    "derivedFrom" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsInterestedPartyRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsObjective" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_obj'::text),
    "documentId" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "target" TEXT,
    "ownerMemberId" TEXT,
    "cadence" TEXT,
    "plan" TEXT,
    "measurementMethod" TEXT,
    "status" "IsmsObjectiveStatus" NOT NULL DEFAULT 'not_started',
    "source" "IsmsContextSource" NOT NULL DEFAULT 'derived',
    "derivedFrom" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsRole" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_role'::text),
    "documentId" TEXT NOT NULL,
    "roleKey" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "responsibilities" TEXT NOT NULL,
    "authorities" TEXT NOT NULL,
    "authorityGrantedBy" TEXT NOT NULL,
    "requiredCompetence" TEXT NOT NULL,
    "auditRoute" "IsmsAuditRoute",
    "auditRouteMemberId" TEXT,
    "auditFirmName" TEXT,
    "auditEvidenceRef" TEXT,
    "auditCourse" TEXT,
    "auditDueDate" TIMESTAMP(3),
    "source" "IsmsContextSource" NOT NULL DEFAULT 'derived',
    "derivedFrom" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsRoleAssignment" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_ra'::text),
    "roleId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "basisOfCompetence" "IsmsCompetenceBasis",
    "evidenceRetained" TEXT,
    "gap" TEXT,
    "remediationAction" TEXT,
    "remediationDueDate" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsRoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsMetric" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_met'::text),
    "documentId" TEXT NOT NULL,
    "metricKey" TEXT,
    "name" TEXT NOT NULL,
    "whatIsMeasured" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "cadence" "IsmsMetricCadence",
    "monitorMemberId" TEXT,
    "analyzeMemberId" TEXT,
    "target" TEXT,
    "objectiveId" TEXT,
    "dataSource" TEXT NOT NULL DEFAULT 'manual',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "source" "IsmsContextSource" NOT NULL DEFAULT 'derived',
    "derivedFrom" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsMeasurement" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_msr'::text),
    "metricId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "value" TEXT NOT NULL,
    "note" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "enteredById" TEXT,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsAudit" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_aud'::text),
    "documentId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "auditorName" TEXT,
    "plannedStartDate" DATE,
    "plannedEndDate" DATE,
    "status" "IsmsAuditStatus" NOT NULL DEFAULT 'planned',
    "conclusionVerdict" "IsmsAuditConclusionVerdict",
    "conclusionNotes" TEXT,
    "signoffAuditorName" TEXT,
    "signoffAuditorDate" DATE,
    "signoffSpoName" TEXT,
    "signoffSpoDate" DATE,
    "signoffTopMgmtName" TEXT,
    "signoffTopMgmtDate" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsAudit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsAuditControl" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_ac'::text),
    "auditId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "controlKey" TEXT,
    "controlRef" TEXT NOT NULL,
    "whatWasTested" TEXT NOT NULL,
    "whereToFind" TEXT NOT NULL,
    "result" "IsmsAuditControlResult",
    "notes" TEXT,
    "source" "IsmsContextSource" NOT NULL DEFAULT 'derived',
    "derivedFrom" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsAuditControl_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsAuditFinding" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_af'::text),
    "auditId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "type" "IsmsAuditFindingType" NOT NULL,
    "controlId" TEXT,
    "clauseOrControl" TEXT,
    "description" TEXT NOT NULL,
    "ownerMemberId" TEXT,
    "dueDate" DATE,
    "status" "IsmsAuditFindingStatus" NOT NULL DEFAULT 'open',
    "closureEvidence" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsAuditFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsManagementReview" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_mr'::text),
    "documentId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "meetingDate" DATE,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "chairName" TEXT,
    "attendees" JSONB NOT NULL DEFAULT '[]',
    "status" "IsmsReviewStatus" NOT NULL DEFAULT 'planned',
    "conclusionVerdict" "IsmsReviewConclusionVerdict",
    "conclusionNotes" TEXT,
    "decisionsText" TEXT,
    "changesText" TEXT,
    "signoffChairName" TEXT,
    "signoffChairDate" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsManagementReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsReviewInput" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_mri'::text),
    "reviewId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "inputKey" TEXT,
    "inputRef" TEXT NOT NULL,
    "whatItCovers" TEXT NOT NULL,
    "whereToFind" TEXT NOT NULL,
    "discussionNotes" TEXT,
    "discussed" BOOLEAN NOT NULL DEFAULT false,
    "source" "IsmsContextSource" NOT NULL DEFAULT 'derived',
    "derivedFrom" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsReviewInput_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsReviewAction" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('isms_mra'::text),
    "reviewId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerMemberId" TEXT,
    "dueDate" DATE,
    "status" "IsmsReviewActionStatus" NOT NULL DEFAULT 'open',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmsReviewAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmsDocumentControlLink" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('idc'::text),
    "ismsDocumentId" TEXT NOT NULL,
    "controlId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsmsDocumentControlLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeBaseDocument" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('kbd'::text),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "s3Key" TEXT NOT NULL,
    "fileType" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "processingStatus" "KnowledgeBaseDocumentProcessingStatus" NOT NULL DEFAULT 'pending',
    "processedAt" TIMESTAMP(3),
    "triggerRunId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" TEXT NOT NULL,

    CONSTRAINT "KnowledgeBaseDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role_notification_setting" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('rns'::text),
    "organizationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "policyNotifications" BOOLEAN NOT NULL DEFAULT true,
    "taskReminders" BOOLEAN NOT NULL DEFAULT true,
    "taskAssignments" BOOLEAN NOT NULL DEFAULT true,
    "taskMentions" BOOLEAN NOT NULL DEFAULT true,
    "weeklyTaskDigest" BOOLEAN NOT NULL DEFAULT true,
    "findingNotifications" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "role_notification_setting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OffboardingChecklistTemplate" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('oct'::text),
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "evidenceRequired" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "isAccessRevocation" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OffboardingChecklistTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OffboardingChecklistCompletion" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('occ'::text),
    "organizationId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "templateItemId" TEXT,
    "completedById" TEXT,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notes" TEXT,

    CONSTRAINT "OffboardingChecklistCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OffboardingAccessRevocation" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('oar'::text),
    "organizationId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "revokedById" TEXT,
    "revokedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notes" TEXT,

    CONSTRAINT "OffboardingAccessRevocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Onboarding" (
    "organizationId" TEXT NOT NULL,
    "policies" BOOLEAN NOT NULL DEFAULT false,
    "employees" BOOLEAN NOT NULL DEFAULT false,
    "vendors" BOOLEAN NOT NULL DEFAULT false,
    "integrations" BOOLEAN NOT NULL DEFAULT false,
    "risk" BOOLEAN NOT NULL DEFAULT false,
    "team" BOOLEAN NOT NULL DEFAULT false,
    "tasks" BOOLEAN NOT NULL DEFAULT false,
    "callBooked" BOOLEAN NOT NULL DEFAULT false,
    "companyBookingDetails" JSONB,
    "companyDetails" JSONB,
    "triggerJobId" TEXT,
    "triggerJobCompleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Onboarding_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "OrganizationChart" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('och'::text),
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT 'Organization Chart',
    "type" TEXT NOT NULL DEFAULT 'interactive',
    "nodes" JSONB NOT NULL DEFAULT '[]',
    "edges" JSONB NOT NULL DEFAULT '[]',
    "uploadedImageUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationChart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_billing" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('obil'::text),
    "organization_id" TEXT NOT NULL,
    "stripe_customer_id" TEXT NOT NULL,
    "stripe_payment_method_id" TEXT,
    "payment_method_updated_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organization_billing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_billing_subscriptions" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('obs'::text),
    "organization_id" TEXT NOT NULL,
    "sku_key" TEXT NOT NULL,
    "stripe_subscription_id" TEXT NOT NULL,
    "stripe_subscription_item_id" TEXT NOT NULL,
    "stripe_price_id" TEXT NOT NULL,
    "stripe_status" TEXT NOT NULL,
    "current_period_start" TIMESTAMP(3),
    "current_period_end" TIMESTAMP(3),
    "included_quantity" INTEGER NOT NULL,
    "used_quantity" INTEGER NOT NULL DEFAULT 0,
    "cancel_at_period_end" BOOLEAN NOT NULL DEFAULT false,
    "canceled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organization_billing_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_usage_events" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bue'::text),
    "organization_id" TEXT NOT NULL,
    "sku_key" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "source_resource_id" TEXT,
    "idempotency_key" TEXT NOT NULL,
    "stripe_event_id" TEXT,
    "stripe_invoice_id" TEXT,
    "stripe_subscription_item_id" TEXT,
    "period_start" TIMESTAMP(3),
    "period_end" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_usage_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stripe_webhook_events" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('swe'::text),
    "stripe_event_id" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'processed',
    "error" TEXT,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stripe_webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_audit_events" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bae'::text),
    "organization_id" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "sku_key" TEXT,
    "stripe_event_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_credit_balances" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bcb'::text),
    "organization_id" TEXT NOT NULL,
    "product_key" TEXT NOT NULL,
    "sku_key" TEXT,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "total_granted" INTEGER NOT NULL DEFAULT 0,
    "total_consumed" INTEGER NOT NULL DEFAULT 0,
    "total_refunded" INTEGER NOT NULL DEFAULT 0,
    "last_source" TEXT NOT NULL DEFAULT 'manual',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "billing_credit_balances_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_credit_events" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('bce'::text),
    "organization_id" TEXT NOT NULL,
    "balance_id" TEXT NOT NULL,
    "product_key" TEXT NOT NULL,
    "sku_key" TEXT,
    "event_type" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "admin_user_id" TEXT,
    "source_resource_id" TEXT,
    "linked_event_id" TEXT,
    "idempotency_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_credit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('org'::text),
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL DEFAULT generate_prefixed_cuid('slug'::text),
    "logo" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "metadata" TEXT,
    "website" TEXT,
    "onboardingCompleted" BOOLEAN NOT NULL DEFAULT false,
    "hasAccess" BOOLEAN NOT NULL DEFAULT false,
    "isInternal" BOOLEAN NOT NULL DEFAULT false,
    "advancedModeEnabled" BOOLEAN NOT NULL DEFAULT false,
    "evidenceApprovalEnabled" BOOLEAN NOT NULL DEFAULT false,
    "deviceAgentStepEnabled" BOOLEAN NOT NULL DEFAULT true,
    "securityTrainingStepEnabled" BOOLEAN NOT NULL DEFAULT true,
    "backgroundCheckStepEnabled" BOOLEAN NOT NULL DEFAULT true,
    "whistleblowerReportEnabled" BOOLEAN NOT NULL DEFAULT true,
    "accessRequestFormEnabled" BOOLEAN NOT NULL DEFAULT true,
    "fleetDmLabelId" INTEGER,
    "isFleetSetupCompleted" BOOLEAN NOT NULL DEFAULT false,
    "employeeSyncProvider" TEXT,
    "deviceSyncProvider" TEXT,
    "twoFactorSource" TEXT,
    "primaryColor" TEXT,
    "trustPortalFaqs" JSONB,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pentest_credits" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('pcr'::text),
    "organization_id" TEXT NOT NULL,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "total_granted" INTEGER NOT NULL DEFAULT 0,
    "total_consumed" INTEGER NOT NULL DEFAULT 0,
    "last_grant_source" TEXT NOT NULL DEFAULT 'trial',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pentest_credits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('pol'::text),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "PolicyStatus" NOT NULL DEFAULT 'draft',
    "content" JSONB[],
    "draftContent" JSONB[] DEFAULT ARRAY[]::JSONB[],
    "frequency" "Frequency",
    "department" TEXT,
    "isRequiredToSign" BOOLEAN NOT NULL DEFAULT true,
    "signedBy" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reviewDate" TIMESTAMP(3),
    "isArchived" BOOLEAN NOT NULL DEFAULT false,
    "displayFormat" "PolicyDisplayFormat" NOT NULL DEFAULT 'EDITOR',
    "pdfUrl" TEXT,
    "visibility" "PolicyVisibility" NOT NULL DEFAULT 'ALL',
    "visibleToDepartments" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastArchivedAt" TIMESTAMP(3),
    "lastPublishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "organizationId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "approverId" TEXT,
    "policyTemplateId" TEXT,
    "currentVersionId" TEXT,
    "pendingVersionId" TEXT,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('pv'::text),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "policyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB[],
    "pdfUrl" TEXT,
    "publishedById" TEXT,
    "changelog" TEXT,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('qst'::text),
    "filename" TEXT NOT NULL,
    "s3Key" TEXT NOT NULL,
    "fileType" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "status" "QuestionnaireStatus" NOT NULL DEFAULT 'parsing',
    "parsedAt" TIMESTAMP(3),
    "totalQuestions" INTEGER NOT NULL DEFAULT 0,
    "answeredQuestions" INTEGER NOT NULL DEFAULT 0,
    "source" TEXT NOT NULL DEFAULT 'internal',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" TEXT NOT NULL,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireQuestionAnswer" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('qqa'::text),
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "status" "QuestionnaireAnswerStatus" NOT NULL DEFAULT 'untouched',
    "questionIndex" INTEGER NOT NULL,
    "sources" JSONB,
    "generatedAt" TIMESTAMP(3),
    "updatedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "questionnaireId" TEXT NOT NULL,

    CONSTRAINT "QuestionnaireQuestionAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemediationAction" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('rma'::text),
    "checkResultId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "initiatedById" TEXT NOT NULL,
    "remediationKey" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "previousState" JSONB NOT NULL,
    "appliedState" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "riskLevel" TEXT,
    "acknowledgmentText" TEXT,
    "acknowledgedAt" TIMESTAMP(3),
    "errorMessage" TEXT,
    "executedAt" TIMESTAMP(3),
    "rolledBackAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RemediationAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemediationBatch" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('rmb'::text),
    "connectionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "initiatedById" TEXT NOT NULL,
    "triggerRunId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "findings" JSONB NOT NULL DEFAULT '[]',
    "fixed" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RemediationBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementMap" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('req'::text),
    "requirementId" TEXT,
    "customRequirementId" TEXT,
    "controlId" TEXT NOT NULL,
    "frameworkInstanceId" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "RequirementMap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskAcceptance" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('rska'::text),
    "organizationId" TEXT NOT NULL,
    "riskId" TEXT,
    "vendorId" TEXT,
    "acceptedById" TEXT,
    "acceptedByName" TEXT NOT NULL,
    "notes" TEXT,
    "residualLikelihood" "Likelihood" NOT NULL,
    "residualImpact" "Impact" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('rsk'::text),
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "RiskCategory" NOT NULL,
    "department" TEXT,
    "status" "RiskStatus" NOT NULL DEFAULT 'open',
    "likelihood" "Likelihood" NOT NULL DEFAULT 'very_unlikely',
    "impact" "Impact" NOT NULL DEFAULT 'insignificant',
    "residualLikelihood" "Likelihood" NOT NULL DEFAULT 'very_unlikely',
    "residualImpact" "Impact" NOT NULL DEFAULT 'insignificant',
    "treatmentStrategyDescription" TEXT,
    "treatmentStrategy" "RiskTreatmentType" NOT NULL DEFAULT 'mitigate',
    "strategyDescriptions" JSONB,
    "autoLinkRunId" TEXT,
    "autoLinkRunStartedAt" TIMESTAMP(3),
    "embeddingHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" TEXT NOT NULL,
    "assigneeId" TEXT,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "secrets" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('sec'::text),
    "organization_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT,
    "last_used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "secrets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security_penetration_test_finding_contexts" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ptfc'::text),
    "organization_id" TEXT NOT NULL,
    "provider_issue_id" TEXT NOT NULL,
    "provider_run_id" TEXT NOT NULL,
    "target_url" TEXT NOT NULL,
    "issue_title" TEXT NOT NULL,
    "context" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "security_penetration_test_finding_contexts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security_penetration_test_runs" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('ptr'::text),
    "organization_id" TEXT NOT NULL,
    "provider_run_id" TEXT NOT NULL,
    "billing_usage_source_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "root_run_id" TEXT,
    "attempt_number" INTEGER NOT NULL DEFAULT 1,
    "retry_of_provider_run_id" TEXT,
    "retry_triggered_at" TIMESTAMP(3),
    "retry_blocked_at" TIMESTAMP(3),
    "scan_params" JSONB,
    "credit_refunded_at" TIMESTAMP(3),
    "completed_audit_at" TIMESTAMP(3),

    CONSTRAINT "security_penetration_test_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecurityQuestionnaireManualAnswer" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('sqma'::text),
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sourceQuestionnaireId" TEXT,
    "createdBy" TEXT,
    "updatedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" TEXT NOT NULL,

    CONSTRAINT "SecurityQuestionnaireManualAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('apk'::text),
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "keyPrefix" TEXT,
    "salt" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "organizationId" TEXT NOT NULL,
    "createdByMemberId" TEXT,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('aud'::text),
    "timestamp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "memberId" TEXT,
    "data" JSONB NOT NULL,
    "description" TEXT,
    "entityId" TEXT,
    "entityType" "AuditLogEntityType",

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlobalVendors" (
    "website" TEXT NOT NULL,
    "company_name" TEXT,
    "legal_name" TEXT,
    "company_description" TEXT,
    "company_hq_address" TEXT,
    "privacy_policy_url" TEXT,
    "terms_of_service_url" TEXT,
    "service_level_agreement_url" TEXT,
    "security_page_url" TEXT,
    "trust_page_url" TEXT,
    "security_certifications" TEXT[],
    "subprocessors" TEXT[],
    "type_of_company" TEXT,
    "riskAssessmentData" JSONB,
    "riskAssessmentVersion" TEXT,
    "riskAssessmentUpdatedAt" TIMESTAMP(3),
    "approved" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlobalVendors_pkey" PRIMARY KEY ("website")
);

-- CreateTable
CREATE TABLE "SOAFrameworkConfiguration" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('soa_cfg'::text),
    "frameworkId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isLatest" BOOLEAN NOT NULL DEFAULT true,
    "columns" JSONB NOT NULL,
    "questions" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SOAFrameworkConfiguration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SOADocument" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('soa_doc'::text),
    "frameworkId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "configurationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isLatest" BOOLEAN NOT NULL DEFAULT true,
    "status" "SOADocumentStatus" NOT NULL DEFAULT 'draft',
    "totalQuestions" INTEGER NOT NULL DEFAULT 0,
    "answeredQuestions" INTEGER NOT NULL DEFAULT 0,
    "preparedBy" TEXT NOT NULL DEFAULT 'Comp AI',
    "approverId" TEXT,
    "approvedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SOADocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SOAAnswer" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('soa_ans'::text),
    "documentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answer" TEXT,
    "isApplicable" BOOLEAN,
    "status" "SOAAnswerStatus" NOT NULL DEFAULT 'untouched',
    "sources" JSONB,
    "generatedAt" TIMESTAMP(3),
    "answerVersion" INTEGER NOT NULL DEFAULT 1,
    "isLatestAnswer" BOOLEAN NOT NULL DEFAULT true,
    "createdBy" TEXT,
    "updatedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SOAAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskItem" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tski'::text),
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" "TaskItemStatus" NOT NULL DEFAULT 'todo',
    "priority" "TaskItemPriority" NOT NULL DEFAULT 'medium',
    "entityId" TEXT NOT NULL,
    "entityType" "TaskItemEntityType" NOT NULL,
    "assigneeId" TEXT,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaskItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tsk'::text),
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'todo',
    "automationStatus" "TaskAutomationStatus" NOT NULL DEFAULT 'AUTOMATED',
    "frequency" "TaskFrequency",
    "integrationScheduleFrequency" "TaskFrequency" NOT NULL DEFAULT 'daily',
    "integrationLastRunAt" TIMESTAMP(3),
    "department" TEXT DEFAULT 'none',
    "order" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastCompletedAt" TIMESTAMP(3),
    "reviewDate" TIMESTAMP(3),
    "assigneeId" TEXT,
    "organizationId" TEXT NOT NULL,
    "taskTemplateId" TEXT,
    "approverId" TEXT,
    "approvedAt" TIMESTAMP(3),
    "previousStatus" "TaskStatus",
    "notRelevantJustification" TEXT,
    "archivedAt" TIMESTAMP(3),
    "embeddingHash" TEXT,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineTemplate" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tml'::text),
    "frameworkId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "trackKey" TEXT NOT NULL DEFAULT 'primary',
    "cycleNumber" INTEGER NOT NULL,
    "templateKey" TEXT,
    "nextTemplateKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimelineTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelinePhaseTemplate" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tpt'::text),
    "templateId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "groupLabel" TEXT,
    "orderIndex" INTEGER NOT NULL,
    "defaultDurationWeeks" INTEGER NOT NULL,
    "completionType" "PhaseCompletionType" NOT NULL DEFAULT 'MANUAL',
    "locksTimelineOnComplete" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimelinePhaseTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineInstance" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tli'::text),
    "organizationId" TEXT NOT NULL,
    "frameworkInstanceId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "trackKey" TEXT NOT NULL DEFAULT 'primary',
    "cycleNumber" INTEGER NOT NULL,
    "status" "TimelineStatus" NOT NULL DEFAULT 'DRAFT',
    "startDate" TIMESTAMP(3),
    "pausedAt" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),
    "lockedById" TEXT,
    "unlockedAt" TIMESTAMP(3),
    "unlockedById" TEXT,
    "unlockReason" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimelineInstance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelinePhase" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tlp'::text),
    "instanceId" TEXT NOT NULL,
    "phaseTemplateId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "groupLabel" TEXT,
    "orderIndex" INTEGER NOT NULL,
    "status" "TimelinePhaseStatus" NOT NULL DEFAULT 'PENDING',
    "startDate" TIMESTAMP(3),
    "endDate" TIMESTAMP(3),
    "durationWeeks" INTEGER NOT NULL,
    "completionType" "PhaseCompletionType" NOT NULL DEFAULT 'MANUAL',
    "locksTimelineOnComplete" BOOLEAN NOT NULL DEFAULT false,
    "regressedAt" TIMESTAMP(3),
    "datesPinned" BOOLEAN NOT NULL DEFAULT false,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "readyForReview" BOOLEAN NOT NULL DEFAULT false,
    "readyForReviewAt" TIMESTAMP(3),
    "documentUrl" TEXT,
    "documentName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimelinePhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trust" (
    "organizationId" TEXT NOT NULL,
    "friendlyUrl" TEXT,
    "domain" TEXT,
    "domainVerified" BOOLEAN NOT NULL DEFAULT false,
    "isVercelDomain" BOOLEAN NOT NULL DEFAULT false,
    "vercelVerification" TEXT,
    "status" "TrustStatus" NOT NULL DEFAULT 'published',
    "contactEmail" TEXT,
    "allowedDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "allowedEmails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "email" TEXT,
    "privacyPolicy" TEXT,
    "soc2" BOOLEAN NOT NULL DEFAULT false,
    "soc2type1" BOOLEAN NOT NULL DEFAULT false,
    "soc2type2" BOOLEAN NOT NULL DEFAULT false,
    "soc3" BOOLEAN NOT NULL DEFAULT false,
    "iso27001" BOOLEAN NOT NULL DEFAULT false,
    "iso42001" BOOLEAN NOT NULL DEFAULT false,
    "nen7510" BOOLEAN NOT NULL DEFAULT false,
    "gdpr" BOOLEAN NOT NULL DEFAULT false,
    "hipaa" BOOLEAN NOT NULL DEFAULT false,
    "pci_dss" BOOLEAN NOT NULL DEFAULT false,
    "iso9001" BOOLEAN NOT NULL DEFAULT false,
    "pipeda" BOOLEAN NOT NULL DEFAULT false,
    "ccpa" BOOLEAN NOT NULL DEFAULT false,
    "soc2_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "soc2type1_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "soc2type2_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "soc3_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "iso27001_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "iso42001_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "nen7510_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "gdpr_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "hipaa_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "pci_dss_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "iso9001_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "pipeda_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "ccpa_status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "overviewTitle" TEXT,
    "overviewContent" TEXT,
    "showOverview" BOOLEAN NOT NULL DEFAULT false,
    "favicon" TEXT,
    "securityQuestionnaireEnabled" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Trust_pkey" PRIMARY KEY ("status","organizationId")
);

-- CreateTable
CREATE TABLE "TrustResource" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tcr'::text),
    "organizationId" TEXT NOT NULL,
    "framework" "TrustFramework",
    "customFrameworkId" TEXT,
    "s3Key" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustCustomFramework" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tcf'::text),
    "organizationId" TEXT NOT NULL,
    "customFrameworkId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "status" "FrameworkStatus" NOT NULL DEFAULT 'started',
    "badgeS3Key" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustCustomFramework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustAccessRequest" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tar'::text),
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "company" TEXT,
    "jobTitle" TEXT,
    "purpose" TEXT,
    "requestedDurationDays" INTEGER,
    "status" "TrustAccessRequestStatus" NOT NULL DEFAULT 'under_review',
    "reviewerMemberId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustAccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustAccessGrant" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tag'::text),
    "accessRequestId" TEXT NOT NULL,
    "subjectEmail" TEXT NOT NULL,
    "status" "TrustAccessGrantStatus" NOT NULL DEFAULT 'active',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "accessToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "issuedByMemberId" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedByMemberId" TEXT,
    "revokeReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustAccessGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustNDAAgreement" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tna'::text),
    "organizationId" TEXT NOT NULL,
    "accessRequestId" TEXT NOT NULL,
    "grantId" TEXT,
    "signerName" TEXT,
    "signerEmail" TEXT,
    "status" "TrustNDAStatus" NOT NULL DEFAULT 'pending',
    "signToken" TEXT NOT NULL,
    "signTokenExpiresAt" TIMESTAMP(3) NOT NULL,
    "pdfTemplateKey" TEXT,
    "pdfSignedKey" TEXT,
    "signedAt" TIMESTAMP(3),
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustNDAAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustDocument" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tdoc'::text),
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "s3Key" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustCustomLink" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('tcl'::text),
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "url" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustCustomLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vendor" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('vnd'::text),
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "VendorCategory" NOT NULL DEFAULT 'other',
    "status" "VendorStatus" NOT NULL DEFAULT 'not_assessed',
    "inherentProbability" "Likelihood" NOT NULL DEFAULT 'very_unlikely',
    "inherentImpact" "Impact" NOT NULL DEFAULT 'insignificant',
    "residualProbability" "Likelihood" NOT NULL DEFAULT 'very_unlikely',
    "residualImpact" "Impact" NOT NULL DEFAULT 'insignificant',
    "treatmentStrategy" "RiskTreatmentType" NOT NULL DEFAULT 'mitigate',
    "treatmentStrategyDescription" TEXT,
    "strategyDescriptions" JSONB,
    "website" TEXT,
    "isSubProcessor" BOOLEAN NOT NULL DEFAULT false,
    "logoUrl" TEXT,
    "showOnTrustPortal" BOOLEAN NOT NULL DEFAULT false,
    "trustPortalOrder" INTEGER,
    "complianceBadges" JSONB,
    "autoLinkRunId" TEXT,
    "autoLinkRunStartedAt" TIMESTAMP(3),
    "embeddingHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" TEXT NOT NULL,
    "assigneeId" TEXT,

    CONSTRAINT "Vendor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorContact" (
    "id" TEXT NOT NULL DEFAULT generate_prefixed_cuid('vct'::text),
    "vendorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VendorContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ControlToTask" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ControlToTask_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ControlToPolicy" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ControlToPolicy_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FrameworkEditorControlTemplateToFrameworkEditorPolicyTemplate" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FrameworkEditorControlTemplateToFrameworkEditorPolicyT_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FrameworkEditorControlTemplateToFrameworkEditorRequirement" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FrameworkEditorControlTemplateToFrameworkEditorRequire_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FrameworkEditorControlTemplateToFrameworkEditorTaskTemplate" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FrameworkEditorControlTemplateToFrameworkEditorTaskTem_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_RiskToTask" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_RiskToTask_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_TaskToVendor" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_TaskToVendor_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Attachment_entityId_entityType_idx" ON "Attachment"("entityId", "entityType");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "EmployeeTrainingVideoCompletion_memberId_idx" ON "EmployeeTrainingVideoCompletion"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "EmployeeTrainingVideoCompletion_memberId_videoId_key" ON "EmployeeTrainingVideoCompletion"("memberId", "videoId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_deviceAgent_idx" ON "Session"("deviceAgent");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE UNIQUE INDEX "oauth_application_clientId_key" ON "oauth_application"("clientId");

-- CreateIndex
CREATE INDEX "oauth_application_userId_idx" ON "oauth_application"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "oauth_access_token_accessToken_key" ON "oauth_access_token"("accessToken");

-- CreateIndex
CREATE UNIQUE INDEX "oauth_access_token_refreshToken_key" ON "oauth_access_token"("refreshToken");

-- CreateIndex
CREATE INDEX "oauth_access_token_clientId_idx" ON "oauth_access_token"("clientId");

-- CreateIndex
CREATE INDEX "oauth_access_token_userId_idx" ON "oauth_access_token"("userId");

-- CreateIndex
CREATE INDEX "oauth_consent_clientId_idx" ON "oauth_consent"("clientId");

-- CreateIndex
CREATE INDEX "oauth_consent_userId_idx" ON "oauth_consent"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "mcp_org_binding_userId_key" ON "mcp_org_binding"("userId");

-- CreateIndex
CREATE INDEX "mcp_org_binding_organizationId_idx" ON "mcp_org_binding"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "organization_role_organizationId_name_key" ON "organization_role"("organizationId", "name");

-- CreateIndex
CREATE INDEX "EvidenceAutomationRun_evidenceAutomationId_idx" ON "EvidenceAutomationRun"("evidenceAutomationId");

-- CreateIndex
CREATE INDEX "EvidenceAutomationRun_status_idx" ON "EvidenceAutomationRun"("status");

-- CreateIndex
CREATE INDEX "EvidenceAutomationRun_createdAt_idx" ON "EvidenceAutomationRun"("createdAt");

-- CreateIndex
CREATE INDEX "EvidenceAutomationRun_version_idx" ON "EvidenceAutomationRun"("version");

-- CreateIndex
CREATE INDEX "EvidenceAutomationVersion_evidenceAutomationId_idx" ON "EvidenceAutomationVersion"("evidenceAutomationId");

-- CreateIndex
CREATE INDEX "EvidenceAutomationVersion_createdAt_idx" ON "EvidenceAutomationVersion"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceAutomationVersion_evidenceAutomationId_version_key" ON "EvidenceAutomationVersion"("evidenceAutomationId", "version");

-- CreateIndex
CREATE INDEX "EvidenceAutomation_taskId_idx" ON "EvidenceAutomation"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "background_check_requests_identityBackgroundCheckId_key" ON "background_check_requests"("identityBackgroundCheckId");

-- CreateIndex
CREATE INDEX "background_check_requests_organizationId_idx" ON "background_check_requests"("organizationId");

-- CreateIndex
CREATE INDEX "background_check_requests_memberId_idx" ON "background_check_requests"("memberId");

-- CreateIndex
CREATE INDEX "background_check_requests_status_idx" ON "background_check_requests"("status");

-- CreateIndex
CREATE UNIQUE INDEX "background_check_requests_organizationId_memberId_key" ON "background_check_requests"("organizationId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "background_check_webhook_events_eventId_key" ON "background_check_webhook_events"("eventId");

-- CreateIndex
CREATE INDEX "background_check_webhook_events_backgroundCheckRequestId_idx" ON "background_check_webhook_events"("backgroundCheckRequestId");

-- CreateIndex
CREATE INDEX "background_check_webhook_events_identityBackgroundCheckId_idx" ON "background_check_webhook_events"("identityBackgroundCheckId");

-- CreateIndex
CREATE UNIQUE INDEX "BrowserbaseContext_organizationId_key" ON "BrowserbaseContext"("organizationId");

-- CreateIndex
CREATE INDEX "BrowserbaseContext_organizationId_idx" ON "BrowserbaseContext"("organizationId");

-- CreateIndex
CREATE INDEX "BrowserAuthProfile_organizationId_idx" ON "BrowserAuthProfile"("organizationId");

-- CreateIndex
CREATE INDEX "BrowserAuthProfile_organizationId_hostname_idx" ON "BrowserAuthProfile"("organizationId", "hostname");

-- CreateIndex
CREATE INDEX "BrowserAuthProfile_status_idx" ON "BrowserAuthProfile"("status");

-- CreateIndex
CREATE UNIQUE INDEX "BrowserAuthProfile_organizationId_hostname_loginIdentity_key" ON "BrowserAuthProfile"("organizationId", "hostname", "loginIdentity");

-- CreateIndex
CREATE INDEX "BrowserAutomation_taskId_idx" ON "BrowserAutomation"("taskId");

-- CreateIndex
CREATE INDEX "BrowserAutomationRun_automationId_idx" ON "BrowserAutomationRun"("automationId");

-- CreateIndex
CREATE INDEX "BrowserAutomationRun_profileId_idx" ON "BrowserAutomationRun"("profileId");

-- CreateIndex
CREATE INDEX "BrowserAutomationRun_status_idx" ON "BrowserAutomationRun"("status");

-- CreateIndex
CREATE INDEX "BrowserAutomationRun_failureCode_idx" ON "BrowserAutomationRun"("failureCode");

-- CreateIndex
CREATE INDEX "BrowserAutomationRun_createdAt_idx" ON "BrowserAutomationRun"("createdAt");

-- CreateIndex
CREATE INDEX "BrowserAutomationDraft_taskId_idx" ON "BrowserAutomationDraft"("taskId");

-- CreateIndex
CREATE INDEX "BrowserAutomationStep_automationId_idx" ON "BrowserAutomationStep"("automationId");

-- CreateIndex
CREATE INDEX "BrowserAutomationStep_profileId_idx" ON "BrowserAutomationStep"("profileId");

-- CreateIndex
CREATE INDEX "BrowserAutomationStepRun_runId_idx" ON "BrowserAutomationStepRun"("runId");

-- CreateIndex
CREATE INDEX "BrowserAutomationStepRun_stepId_idx" ON "BrowserAutomationStepRun"("stepId");

-- CreateIndex
CREATE INDEX "CheckDefinition_organizationId_idx" ON "CheckDefinition"("organizationId");

-- CreateIndex
CREATE INDEX "CheckDefinition_checkId_idx" ON "CheckDefinition"("checkId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckDefinition_organizationId_checkId_key" ON "CheckDefinition"("organizationId", "checkId");

-- CreateIndex
CREATE INDEX "Comment_entityId_idx" ON "Comment"("entityId");

-- CreateIndex
CREATE INDEX "Context_organizationId_idx" ON "Context"("organizationId");

-- CreateIndex
CREATE INDEX "Context_question_idx" ON "Context"("question");

-- CreateIndex
CREATE INDEX "Context_answer_idx" ON "Context"("answer");

-- CreateIndex
CREATE INDEX "Context_tags_idx" ON "Context"("tags");

-- CreateIndex
CREATE INDEX "ControlDocumentType_controlId_idx" ON "ControlDocumentType"("controlId");

-- CreateIndex
CREATE UNIQUE INDEX "ControlDocumentType_controlId_formType_key" ON "ControlDocumentType"("controlId", "formType");

-- CreateIndex
CREATE INDEX "Control_organizationId_idx" ON "Control"("organizationId");

-- CreateIndex
CREATE INDEX "Control_organizationId_archivedAt_idx" ON "Control"("organizationId", "archivedAt");

-- CreateIndex
CREATE INDEX "FrameworkControlFamily_frameworkInstanceId_idx" ON "FrameworkControlFamily"("frameworkInstanceId");

-- CreateIndex
CREATE INDEX "FrameworkControlFamily_controlId_idx" ON "FrameworkControlFamily"("controlId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkControlFamily_frameworkInstanceId_controlId_key" ON "FrameworkControlFamily"("frameworkInstanceId", "controlId");

-- CreateIndex
CREATE INDEX "CustomFramework_organizationId_idx" ON "CustomFramework"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomFramework_id_organizationId_key" ON "CustomFramework"("id", "organizationId");

-- CreateIndex
CREATE INDEX "CustomRequirement_organizationId_idx" ON "CustomRequirement"("organizationId");

-- CreateIndex
CREATE INDEX "CustomRequirement_frameworkInstanceId_idx" ON "CustomRequirement"("frameworkInstanceId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomRequirement_customFrameworkId_identifier_key" ON "CustomRequirement"("customFrameworkId", "identifier");

-- CreateIndex
CREATE UNIQUE INDEX "CustomRequirement_frameworkInstanceId_identifier_key" ON "CustomRequirement"("frameworkInstanceId", "identifier");

-- CreateIndex
CREATE INDEX "Device_memberId_idx" ON "Device"("memberId");

-- CreateIndex
CREATE INDEX "Device_organizationId_idx" ON "Device"("organizationId");

-- CreateIndex
CREATE INDEX "Device_isCompliant_idx" ON "Device"("isCompliant");

-- CreateIndex
CREATE INDEX "Device_agentSessionId_idx" ON "Device"("agentSessionId");

-- CreateIndex
CREATE INDEX "Device_integrationConnectionId_idx" ON "Device"("integrationConnectionId");

-- CreateIndex
CREATE UNIQUE INDEX "Device_serialNumber_organizationId_key" ON "Device"("serialNumber", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Device_integrationConnectionId_externalDeviceId_key" ON "Device"("integrationConnectionId", "externalDeviceId");

-- CreateIndex
CREATE UNIQUE INDEX "DynamicIntegration_slug_key" ON "DynamicIntegration"("slug");

-- CreateIndex
CREATE INDEX "DynamicIntegration_slug_idx" ON "DynamicIntegration"("slug");

-- CreateIndex
CREATE INDEX "DynamicIntegration_category_idx" ON "DynamicIntegration"("category");

-- CreateIndex
CREATE INDEX "DynamicIntegration_isActive_idx" ON "DynamicIntegration"("isActive");

-- CreateIndex
CREATE INDEX "DynamicCheck_integrationId_idx" ON "DynamicCheck"("integrationId");

-- CreateIndex
CREATE INDEX "DynamicCheck_isEnabled_idx" ON "DynamicCheck"("isEnabled");

-- CreateIndex
CREATE UNIQUE INDEX "DynamicCheck_integrationId_checkSlug_key" ON "DynamicCheck"("integrationId", "checkSlug");

-- CreateIndex
CREATE INDEX "DynamicCheckVersion_checkId_createdAt_idx" ON "DynamicCheckVersion"("checkId", "createdAt");

-- CreateIndex
CREATE INDEX "EvidenceSubmission_organizationId_formType_submittedAt_idx" ON "EvidenceSubmission"("organizationId", "formType", "submittedAt");

-- CreateIndex
CREATE INDEX "EvidenceSubmission_organizationId_formType_idx" ON "EvidenceSubmission"("organizationId", "formType");

-- CreateIndex
CREATE INDEX "EvidenceSubmission_submittedById_status_idx" ON "EvidenceSubmission"("submittedById", "status");

-- CreateIndex
CREATE INDEX "EvidenceFormSetting_organizationId_idx" ON "EvidenceFormSetting"("organizationId");

-- CreateIndex
CREATE INDEX "EvidenceFormSetting_organizationId_isNotRelevant_idx" ON "EvidenceFormSetting"("organizationId", "isNotRelevant");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFormSetting_organizationId_formType_key" ON "EvidenceFormSetting"("organizationId", "formType");

-- CreateIndex
CREATE INDEX "FindingException_organizationId_idx" ON "FindingException"("organizationId");

-- CreateIndex
CREATE INDEX "FindingException_connectionId_idx" ON "FindingException"("connectionId");

-- CreateIndex
CREATE INDEX "FindingException_expiresAt_idx" ON "FindingException"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "FindingException_organizationId_connectionId_checkId_resour_key" ON "FindingException"("organizationId", "connectionId", "checkId", "resourceId");

-- CreateIndex
CREATE INDEX "FindingResolution_organizationId_idx" ON "FindingResolution"("organizationId");

-- CreateIndex
CREATE INDEX "FindingResolution_connectionId_idx" ON "FindingResolution"("connectionId");

-- CreateIndex
CREATE INDEX "FindingResolution_resolvedAt_idx" ON "FindingResolution"("resolvedAt");

-- CreateIndex
CREATE INDEX "FindingResolution_resolutionMethod_idx" ON "FindingResolution"("resolutionMethod");

-- CreateIndex
CREATE INDEX "FindingResolution_checkId_resourceId_idx" ON "FindingResolution"("checkId", "resourceId");

-- CreateIndex
CREATE INDEX "FindingRegression_organizationId_idx" ON "FindingRegression"("organizationId");

-- CreateIndex
CREATE INDEX "FindingRegression_connectionId_idx" ON "FindingRegression"("connectionId");

-- CreateIndex
CREATE INDEX "FindingRegression_regressedAt_idx" ON "FindingRegression"("regressedAt");

-- CreateIndex
CREATE INDEX "FindingRegression_checkId_resourceId_idx" ON "FindingRegression"("checkId", "resourceId");

-- CreateIndex
CREATE INDEX "Finding_taskId_idx" ON "Finding"("taskId");

-- CreateIndex
CREATE INDEX "Finding_evidenceSubmissionId_idx" ON "Finding"("evidenceSubmissionId");

-- CreateIndex
CREATE INDEX "Finding_evidenceFormType_idx" ON "Finding"("evidenceFormType");

-- CreateIndex
CREATE INDEX "Finding_policyId_idx" ON "Finding"("policyId");

-- CreateIndex
CREATE INDEX "Finding_vendorId_idx" ON "Finding"("vendorId");

-- CreateIndex
CREATE INDEX "Finding_riskId_idx" ON "Finding"("riskId");

-- CreateIndex
CREATE INDEX "Finding_memberId_idx" ON "Finding"("memberId");

-- CreateIndex
CREATE INDEX "Finding_deviceId_idx" ON "Finding"("deviceId");

-- CreateIndex
CREATE INDEX "Finding_organizationId_status_idx" ON "Finding"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Finding_organizationId_severity_idx" ON "Finding"("organizationId", "severity");

-- CreateIndex
CREATE INDEX "FleetPolicyResult_userId_idx" ON "FleetPolicyResult"("userId");

-- CreateIndex
CREATE INDEX "FleetPolicyResult_organizationId_idx" ON "FleetPolicyResult"("organizationId");

-- CreateIndex
CREATE INDEX "FrameworkEditorFramework_familyId_idx" ON "FrameworkEditorFramework"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkEditorIsmsDocumentTemplate_documentType_key" ON "FrameworkEditorIsmsDocumentTemplate"("documentType");

-- CreateIndex
CREATE INDEX "FrameworkEditorIsmsDocumentRequirementLink_ismsDocumentTemp_idx" ON "FrameworkEditorIsmsDocumentRequirementLink"("ismsDocumentTemplateId");

-- CreateIndex
CREATE INDEX "FrameworkEditorIsmsDocumentRequirementLink_requirementId_idx" ON "FrameworkEditorIsmsDocumentRequirementLink"("requirementId");

-- CreateIndex
CREATE INDEX "FrameworkEditorIsmsDocumentRequirementLink_frameworkId_idx" ON "FrameworkEditorIsmsDocumentRequirementLink"("frameworkId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkEditorIsmsDocumentRequirementLink_frameworkId_isms_key" ON "FrameworkEditorIsmsDocumentRequirementLink"("frameworkId", "ismsDocumentTemplateId", "requirementId");

-- CreateIndex
CREATE INDEX "FrameworkEditorControlIsmsDocumentLink_controlTemplateId_idx" ON "FrameworkEditorControlIsmsDocumentLink"("controlTemplateId");

-- CreateIndex
CREATE INDEX "FrameworkEditorControlIsmsDocumentLink_ismsDocumentTemplate_idx" ON "FrameworkEditorControlIsmsDocumentLink"("ismsDocumentTemplateId");

-- CreateIndex
CREATE INDEX "FrameworkEditorControlIsmsDocumentLink_frameworkId_idx" ON "FrameworkEditorControlIsmsDocumentLink"("frameworkId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkEditorControlIsmsDocumentLink_frameworkId_controlT_key" ON "FrameworkEditorControlIsmsDocumentLink"("frameworkId", "controlTemplateId", "ismsDocumentTemplateId");

-- CreateIndex
CREATE INDEX "FrameworkEditorControlPolicyTemplateLink_controlTemplateId_idx" ON "FrameworkEditorControlPolicyTemplateLink"("controlTemplateId");

-- CreateIndex
CREATE INDEX "FrameworkEditorControlPolicyTemplateLink_policyTemplateId_idx" ON "FrameworkEditorControlPolicyTemplateLink"("policyTemplateId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkEditorControlPolicyTemplateLink_frameworkId_contro_key" ON "FrameworkEditorControlPolicyTemplateLink"("frameworkId", "controlTemplateId", "policyTemplateId");

-- CreateIndex
CREATE INDEX "FrameworkEditorControlTaskTemplateLink_controlTemplateId_idx" ON "FrameworkEditorControlTaskTemplateLink"("controlTemplateId");

-- CreateIndex
CREATE INDEX "FrameworkEditorControlTaskTemplateLink_taskTemplateId_idx" ON "FrameworkEditorControlTaskTemplateLink"("taskTemplateId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkEditorControlTaskTemplateLink_frameworkId_controlT_key" ON "FrameworkEditorControlTaskTemplateLink"("frameworkId", "controlTemplateId", "taskTemplateId");

-- CreateIndex
CREATE INDEX "FrameworkEditorControlDocumentTypeLink_controlTemplateId_idx" ON "FrameworkEditorControlDocumentTypeLink"("controlTemplateId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkEditorControlDocumentTypeLink_frameworkId_controlT_key" ON "FrameworkEditorControlDocumentTypeLink"("frameworkId", "controlTemplateId", "formType");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkSyncOperation_rolledBackByOperationId_key" ON "FrameworkSyncOperation"("rolledBackByOperationId");

-- CreateIndex
CREATE INDEX "FrameworkSyncOperation_frameworkInstanceId_performedAt_idx" ON "FrameworkSyncOperation"("frameworkInstanceId", "performedAt");

-- CreateIndex
CREATE INDEX "FrameworkSyncOperation_frameworkInstanceId_kind_idx" ON "FrameworkSyncOperation"("frameworkInstanceId", "kind");

-- CreateIndex
CREATE INDEX "FrameworkVersion_frameworkId_publishedAt_idx" ON "FrameworkVersion"("frameworkId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkVersion_frameworkId_version_key" ON "FrameworkVersion"("frameworkId", "version");

-- CreateIndex
CREATE INDEX "FrameworkInstance_customFrameworkId_idx" ON "FrameworkInstance"("customFrameworkId");

-- CreateIndex
CREATE INDEX "FrameworkInstance_currentVersionId_idx" ON "FrameworkInstance"("currentVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkInstance_id_organizationId_key" ON "FrameworkInstance"("id", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkInstance_organizationId_frameworkId_key" ON "FrameworkInstance"("organizationId", "frameworkId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkInstance_organizationId_customFrameworkId_key" ON "FrameworkInstance"("organizationId", "customFrameworkId");

-- CreateIndex
CREATE INDEX "FrameworkControlPolicyLink_controlId_idx" ON "FrameworkControlPolicyLink"("controlId");

-- CreateIndex
CREATE INDEX "FrameworkControlPolicyLink_policyId_idx" ON "FrameworkControlPolicyLink"("policyId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkControlPolicyLink_frameworkInstanceId_controlId_po_key" ON "FrameworkControlPolicyLink"("frameworkInstanceId", "controlId", "policyId");

-- CreateIndex
CREATE INDEX "FrameworkControlTaskLink_controlId_idx" ON "FrameworkControlTaskLink"("controlId");

-- CreateIndex
CREATE INDEX "FrameworkControlTaskLink_taskId_idx" ON "FrameworkControlTaskLink"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkControlTaskLink_frameworkInstanceId_controlId_task_key" ON "FrameworkControlTaskLink"("frameworkInstanceId", "controlId", "taskId");

-- CreateIndex
CREATE INDEX "FrameworkControlDocumentTypeLink_controlId_idx" ON "FrameworkControlDocumentTypeLink"("controlId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkControlDocumentTypeLink_frameworkInstanceId_contro_key" ON "FrameworkControlDocumentTypeLink"("frameworkInstanceId", "controlId", "formType");

-- CreateIndex
CREATE INDEX "IntegrationOAuthError_organizationId_providerSlug_idx" ON "IntegrationOAuthError"("organizationId", "providerSlug");

-- CreateIndex
CREATE INDEX "IntegrationOAuthError_createdAt_idx" ON "IntegrationOAuthError"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationProvider_slug_key" ON "IntegrationProvider"("slug");

-- CreateIndex
CREATE INDEX "IntegrationProvider_slug_idx" ON "IntegrationProvider"("slug");

-- CreateIndex
CREATE INDEX "IntegrationProvider_category_idx" ON "IntegrationProvider"("category");

-- CreateIndex
CREATE INDEX "IntegrationConnection_organizationId_idx" ON "IntegrationConnection"("organizationId");

-- CreateIndex
CREATE INDEX "IntegrationConnection_providerId_idx" ON "IntegrationConnection"("providerId");

-- CreateIndex
CREATE INDEX "IntegrationConnection_providerId_organizationId_idx" ON "IntegrationConnection"("providerId", "organizationId");

-- CreateIndex
CREATE INDEX "IntegrationConnection_status_idx" ON "IntegrationConnection"("status");

-- CreateIndex
CREATE INDEX "IntegrationCredentialVersion_connectionId_idx" ON "IntegrationCredentialVersion"("connectionId");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationCredentialVersion_connectionId_version_key" ON "IntegrationCredentialVersion"("connectionId", "version");

-- CreateIndex
CREATE INDEX "IntegrationRun_connectionId_idx" ON "IntegrationRun"("connectionId");

-- CreateIndex
CREATE INDEX "IntegrationRun_status_idx" ON "IntegrationRun"("status");

-- CreateIndex
CREATE INDEX "IntegrationRun_createdAt_idx" ON "IntegrationRun"("createdAt");

-- CreateIndex
CREATE INDEX "IntegrationPlatformFinding_connectionId_idx" ON "IntegrationPlatformFinding"("connectionId");

-- CreateIndex
CREATE INDEX "IntegrationPlatformFinding_runId_idx" ON "IntegrationPlatformFinding"("runId");

-- CreateIndex
CREATE INDEX "IntegrationPlatformFinding_resourceType_resourceId_idx" ON "IntegrationPlatformFinding"("resourceType", "resourceId");

-- CreateIndex
CREATE INDEX "IntegrationPlatformFinding_severity_idx" ON "IntegrationPlatformFinding"("severity");

-- CreateIndex
CREATE INDEX "IntegrationPlatformFinding_status_idx" ON "IntegrationPlatformFinding"("status");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationOAuthState_state_key" ON "IntegrationOAuthState"("state");

-- CreateIndex
CREATE INDEX "IntegrationOAuthState_state_idx" ON "IntegrationOAuthState"("state");

-- CreateIndex
CREATE INDEX "IntegrationOAuthState_expiresAt_idx" ON "IntegrationOAuthState"("expiresAt");

-- CreateIndex
CREATE INDEX "IntegrationOAuthApp_organizationId_idx" ON "IntegrationOAuthApp"("organizationId");

-- CreateIndex
CREATE INDEX "IntegrationOAuthApp_providerSlug_idx" ON "IntegrationOAuthApp"("providerSlug");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationOAuthApp_providerSlug_organizationId_key" ON "IntegrationOAuthApp"("providerSlug", "organizationId");

-- CreateIndex
CREATE INDEX "IntegrationCheckRun_connectionId_idx" ON "IntegrationCheckRun"("connectionId");

-- CreateIndex
CREATE INDEX "IntegrationCheckRun_taskId_idx" ON "IntegrationCheckRun"("taskId");

-- CreateIndex
CREATE INDEX "IntegrationCheckRun_checkId_idx" ON "IntegrationCheckRun"("checkId");

-- CreateIndex
CREATE INDEX "IntegrationCheckRun_status_idx" ON "IntegrationCheckRun"("status");

-- CreateIndex
CREATE INDEX "IntegrationCheckRun_createdAt_idx" ON "IntegrationCheckRun"("createdAt");

-- CreateIndex
CREATE INDEX "IntegrationCheckResult_checkRunId_idx" ON "IntegrationCheckResult"("checkRunId");

-- CreateIndex
CREATE INDEX "IntegrationCheckResult_passed_idx" ON "IntegrationCheckResult"("passed");

-- CreateIndex
CREATE INDEX "IntegrationCheckResult_resourceType_resourceId_idx" ON "IntegrationCheckResult"("resourceType", "resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationPlatformCredential_providerSlug_key" ON "IntegrationPlatformCredential"("providerSlug");

-- CreateIndex
CREATE INDEX "IntegrationPlatformCredential_providerSlug_idx" ON "IntegrationPlatformCredential"("providerSlug");

-- CreateIndex
CREATE INDEX "IntegrationSyncLog_connectionId_idx" ON "IntegrationSyncLog"("connectionId");

-- CreateIndex
CREATE INDEX "IntegrationSyncLog_organizationId_idx" ON "IntegrationSyncLog"("organizationId");

-- CreateIndex
CREATE INDEX "IntegrationSyncLog_provider_idx" ON "IntegrationSyncLog"("provider");

-- CreateIndex
CREATE INDEX "IntegrationSyncLog_createdAt_idx" ON "IntegrationSyncLog"("createdAt");

-- CreateIndex
CREATE INDEX "Integration_organizationId_idx" ON "Integration"("organizationId");

-- CreateIndex
CREATE INDEX "IntegrationResult_integrationId_idx" ON "IntegrationResult"("integrationId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsDocument_currentVersionId_key" ON "IsmsDocument"("currentVersionId");

-- CreateIndex
CREATE INDEX "IsmsDocument_organizationId_type_idx" ON "IsmsDocument"("organizationId", "type");

-- CreateIndex
CREATE INDEX "IsmsDocument_frameworkId_idx" ON "IsmsDocument"("frameworkId");

-- CreateIndex
CREATE INDEX "IsmsDocument_requirementId_idx" ON "IsmsDocument"("requirementId");

-- CreateIndex
CREATE INDEX "IsmsDocument_status_idx" ON "IsmsDocument"("status");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsDocument_organizationId_frameworkId_type_key" ON "IsmsDocument"("organizationId", "frameworkId", "type");

-- CreateIndex
CREATE INDEX "IsmsDocumentVersion_documentId_idx" ON "IsmsDocumentVersion"("documentId");

-- CreateIndex
CREATE INDEX "IsmsDocumentVersion_documentId_isLatest_idx" ON "IsmsDocumentVersion"("documentId", "isLatest");

-- CreateIndex
CREATE INDEX "IsmsDocumentVersion_documentId_publishedAt_idx" ON "IsmsDocumentVersion"("documentId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsDocumentVersion_documentId_version_key" ON "IsmsDocumentVersion"("documentId", "version");

-- CreateIndex
CREATE INDEX "IsmsContextIssue_documentId_kind_idx" ON "IsmsContextIssue"("documentId", "kind");

-- CreateIndex
CREATE INDEX "IsmsProfile_organizationId_idx" ON "IsmsProfile"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsProfile_organizationId_frameworkId_key" ON "IsmsProfile"("organizationId", "frameworkId");

-- CreateIndex
CREATE INDEX "IsmsInterestedParty_documentId_idx" ON "IsmsInterestedParty"("documentId");

-- CreateIndex
CREATE INDEX "IsmsInterestedPartyRequirement_documentId_idx" ON "IsmsInterestedPartyRequirement"("documentId");

-- CreateIndex
CREATE INDEX "IsmsInterestedPartyRequirement_interestedPartyId_idx" ON "IsmsInterestedPartyRequirement"("interestedPartyId");

-- CreateIndex
CREATE INDEX "IsmsObjective_documentId_idx" ON "IsmsObjective"("documentId");

-- CreateIndex
CREATE INDEX "IsmsRole_documentId_idx" ON "IsmsRole"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsRole_documentId_roleKey_key" ON "IsmsRole"("documentId", "roleKey");

-- CreateIndex
CREATE INDEX "IsmsRoleAssignment_roleId_idx" ON "IsmsRoleAssignment"("roleId");

-- CreateIndex
CREATE INDEX "IsmsRoleAssignment_documentId_idx" ON "IsmsRoleAssignment"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsRoleAssignment_roleId_memberId_key" ON "IsmsRoleAssignment"("roleId", "memberId");

-- CreateIndex
CREATE INDEX "IsmsMetric_documentId_idx" ON "IsmsMetric"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsMetric_documentId_metricKey_key" ON "IsmsMetric"("documentId", "metricKey");

-- CreateIndex
CREATE INDEX "IsmsMeasurement_metricId_periodStart_idx" ON "IsmsMeasurement"("metricId", "periodStart");

-- CreateIndex
CREATE INDEX "IsmsMeasurement_documentId_idx" ON "IsmsMeasurement"("documentId");

-- CreateIndex
CREATE INDEX "IsmsAudit_documentId_idx" ON "IsmsAudit"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsAudit_documentId_reference_key" ON "IsmsAudit"("documentId", "reference");

-- CreateIndex
CREATE INDEX "IsmsAuditControl_auditId_idx" ON "IsmsAuditControl"("auditId");

-- CreateIndex
CREATE INDEX "IsmsAuditControl_documentId_idx" ON "IsmsAuditControl"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsAuditControl_auditId_controlKey_key" ON "IsmsAuditControl"("auditId", "controlKey");

-- CreateIndex
CREATE INDEX "IsmsAuditFinding_auditId_idx" ON "IsmsAuditFinding"("auditId");

-- CreateIndex
CREATE INDEX "IsmsAuditFinding_documentId_idx" ON "IsmsAuditFinding"("documentId");

-- CreateIndex
CREATE INDEX "IsmsAuditFinding_controlId_idx" ON "IsmsAuditFinding"("controlId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsAuditFinding_auditId_reference_key" ON "IsmsAuditFinding"("auditId", "reference");

-- CreateIndex
CREATE INDEX "IsmsManagementReview_documentId_idx" ON "IsmsManagementReview"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsManagementReview_documentId_reference_key" ON "IsmsManagementReview"("documentId", "reference");

-- CreateIndex
CREATE INDEX "IsmsReviewInput_reviewId_idx" ON "IsmsReviewInput"("reviewId");

-- CreateIndex
CREATE INDEX "IsmsReviewInput_documentId_idx" ON "IsmsReviewInput"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsReviewInput_reviewId_inputKey_key" ON "IsmsReviewInput"("reviewId", "inputKey");

-- CreateIndex
CREATE INDEX "IsmsReviewAction_reviewId_idx" ON "IsmsReviewAction"("reviewId");

-- CreateIndex
CREATE INDEX "IsmsReviewAction_documentId_idx" ON "IsmsReviewAction"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsReviewAction_reviewId_reference_key" ON "IsmsReviewAction"("reviewId", "reference");

-- CreateIndex
CREATE INDEX "IsmsDocumentControlLink_ismsDocumentId_idx" ON "IsmsDocumentControlLink"("ismsDocumentId");

-- CreateIndex
CREATE INDEX "IsmsDocumentControlLink_controlId_idx" ON "IsmsDocumentControlLink"("controlId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmsDocumentControlLink_ismsDocumentId_controlId_key" ON "IsmsDocumentControlLink"("ismsDocumentId", "controlId");

-- CreateIndex
CREATE INDEX "KnowledgeBaseDocument_organizationId_idx" ON "KnowledgeBaseDocument"("organizationId");

-- CreateIndex
CREATE INDEX "KnowledgeBaseDocument_organizationId_processingStatus_idx" ON "KnowledgeBaseDocument"("organizationId", "processingStatus");

-- CreateIndex
CREATE INDEX "KnowledgeBaseDocument_s3Key_idx" ON "KnowledgeBaseDocument"("s3Key");

-- CreateIndex
CREATE INDEX "KnowledgeBaseDocument_triggerRunId_idx" ON "KnowledgeBaseDocument"("triggerRunId");

-- CreateIndex
CREATE UNIQUE INDEX "role_notification_setting_organizationId_role_key" ON "role_notification_setting"("organizationId", "role");

-- CreateIndex
CREATE INDEX "OffboardingChecklistTemplate_organizationId_idx" ON "OffboardingChecklistTemplate"("organizationId");

-- CreateIndex
CREATE INDEX "OffboardingChecklistTemplate_organizationId_isEnabled_idx" ON "OffboardingChecklistTemplate"("organizationId", "isEnabled");

-- CreateIndex
CREATE INDEX "OffboardingChecklistCompletion_organizationId_idx" ON "OffboardingChecklistCompletion"("organizationId");

-- CreateIndex
CREATE INDEX "OffboardingChecklistCompletion_memberId_idx" ON "OffboardingChecklistCompletion"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "OffboardingChecklistCompletion_memberId_templateItemId_key" ON "OffboardingChecklistCompletion"("memberId", "templateItemId");

-- CreateIndex
CREATE INDEX "OffboardingAccessRevocation_organizationId_idx" ON "OffboardingAccessRevocation"("organizationId");

-- CreateIndex
CREATE INDEX "OffboardingAccessRevocation_memberId_idx" ON "OffboardingAccessRevocation"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "OffboardingAccessRevocation_memberId_vendorId_key" ON "OffboardingAccessRevocation"("memberId", "vendorId");

-- CreateIndex
CREATE INDEX "Onboarding_organizationId_idx" ON "Onboarding"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationChart_organizationId_key" ON "OrganizationChart"("organizationId");

-- CreateIndex
CREATE INDEX "OrganizationChart_organizationId_idx" ON "OrganizationChart"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "organization_billing_organization_id_key" ON "organization_billing"("organization_id");

-- CreateIndex
CREATE INDEX "organization_billing_subscriptions_organization_id_idx" ON "organization_billing_subscriptions"("organization_id");

-- CreateIndex
CREATE INDEX "organization_billing_subscriptions_stripe_subscription_id_idx" ON "organization_billing_subscriptions"("stripe_subscription_id");

-- CreateIndex
CREATE INDEX "organization_billing_subscriptions_sku_key_idx" ON "organization_billing_subscriptions"("sku_key");

-- CreateIndex
CREATE UNIQUE INDEX "organization_billing_subscriptions_organization_id_sku_key_key" ON "organization_billing_subscriptions"("organization_id", "sku_key");

-- CreateIndex
CREATE UNIQUE INDEX "org_billing_subs_stripe_sub_item_key" ON "organization_billing_subscriptions"("stripe_subscription_id", "stripe_subscription_item_id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_usage_events_idempotency_key_key" ON "billing_usage_events"("idempotency_key");

-- CreateIndex
CREATE INDEX "billing_usage_events_organization_id_sku_key_idx" ON "billing_usage_events"("organization_id", "sku_key");

-- CreateIndex
CREATE INDEX "billing_usage_events_stripe_event_id_idx" ON "billing_usage_events"("stripe_event_id");

-- CreateIndex
CREATE INDEX "billing_usage_events_stripe_invoice_id_idx" ON "billing_usage_events"("stripe_invoice_id");

-- CreateIndex
CREATE UNIQUE INDEX "stripe_webhook_events_stripe_event_id_key" ON "stripe_webhook_events"("stripe_event_id");

-- CreateIndex
CREATE INDEX "stripe_webhook_events_event_type_idx" ON "stripe_webhook_events"("event_type");

-- CreateIndex
CREATE INDEX "stripe_webhook_events_status_idx" ON "stripe_webhook_events"("status");

-- CreateIndex
CREATE INDEX "billing_audit_events_organization_id_idx" ON "billing_audit_events"("organization_id");

-- CreateIndex
CREATE INDEX "billing_audit_events_stripe_event_id_idx" ON "billing_audit_events"("stripe_event_id");

-- CreateIndex
CREATE INDEX "billing_audit_events_sku_key_idx" ON "billing_audit_events"("sku_key");

-- CreateIndex
CREATE INDEX "billing_credit_balances_organization_id_product_key_idx" ON "billing_credit_balances"("organization_id", "product_key");

-- CreateIndex
CREATE UNIQUE INDEX "billing_credit_events_idempotency_key_key" ON "billing_credit_events"("idempotency_key");

-- CreateIndex
CREATE INDEX "billing_credit_events_organization_id_product_key_idx" ON "billing_credit_events"("organization_id", "product_key");

-- CreateIndex
CREATE INDEX "billing_credit_events_source_resource_id_idx" ON "billing_credit_events"("source_resource_id");

-- CreateIndex
CREATE INDEX "billing_credit_events_linked_event_id_idx" ON "billing_credit_events"("linked_event_id");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_slug_idx" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "pentest_credits_organization_id_key" ON "pentest_credits"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_currentVersionId_key" ON "Policy"("currentVersionId");

-- CreateIndex
CREATE INDEX "Policy_organizationId_idx" ON "Policy"("organizationId");

-- CreateIndex
CREATE INDEX "Policy_organizationId_archivedAt_idx" ON "Policy"("organizationId", "archivedAt");

-- CreateIndex
CREATE INDEX "PolicyVersion_policyId_idx" ON "PolicyVersion"("policyId");

-- CreateIndex
CREATE INDEX "PolicyVersion_createdAt_idx" ON "PolicyVersion"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_policyId_version_key" ON "PolicyVersion"("policyId", "version");

-- CreateIndex
CREATE INDEX "Questionnaire_organizationId_idx" ON "Questionnaire"("organizationId");

-- CreateIndex
CREATE INDEX "Questionnaire_organizationId_createdAt_idx" ON "Questionnaire"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Questionnaire_status_idx" ON "Questionnaire"("status");

-- CreateIndex
CREATE INDEX "Questionnaire_source_idx" ON "Questionnaire"("source");

-- CreateIndex
CREATE INDEX "QuestionnaireQuestionAnswer_questionnaireId_idx" ON "QuestionnaireQuestionAnswer"("questionnaireId");

-- CreateIndex
CREATE INDEX "QuestionnaireQuestionAnswer_questionnaireId_questionIndex_idx" ON "QuestionnaireQuestionAnswer"("questionnaireId", "questionIndex");

-- CreateIndex
CREATE INDEX "QuestionnaireQuestionAnswer_status_idx" ON "QuestionnaireQuestionAnswer"("status");

-- CreateIndex
CREATE INDEX "RemediationAction_connectionId_idx" ON "RemediationAction"("connectionId");

-- CreateIndex
CREATE INDEX "RemediationAction_organizationId_idx" ON "RemediationAction"("organizationId");

-- CreateIndex
CREATE INDEX "RemediationAction_checkResultId_idx" ON "RemediationAction"("checkResultId");

-- CreateIndex
CREATE INDEX "RemediationBatch_connectionId_idx" ON "RemediationBatch"("connectionId");

-- CreateIndex
CREATE INDEX "RemediationBatch_organizationId_idx" ON "RemediationBatch"("organizationId");

-- CreateIndex
CREATE INDEX "RemediationBatch_status_idx" ON "RemediationBatch"("status");

-- CreateIndex
CREATE INDEX "RequirementMap_requirementId_frameworkInstanceId_idx" ON "RequirementMap"("requirementId", "frameworkInstanceId");

-- CreateIndex
CREATE INDEX "RequirementMap_customRequirementId_frameworkInstanceId_idx" ON "RequirementMap"("customRequirementId", "frameworkInstanceId");

-- CreateIndex
CREATE INDEX "RequirementMap_frameworkInstanceId_archivedAt_idx" ON "RequirementMap"("frameworkInstanceId", "archivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementMap_controlId_frameworkInstanceId_requirementId_key" ON "RequirementMap"("controlId", "frameworkInstanceId", "requirementId");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementMap_controlId_frameworkInstanceId_customRequirem_key" ON "RequirementMap"("controlId", "frameworkInstanceId", "customRequirementId");

-- CreateIndex
CREATE INDEX "RiskAcceptance_organizationId_idx" ON "RiskAcceptance"("organizationId");

-- CreateIndex
CREATE INDEX "RiskAcceptance_riskId_idx" ON "RiskAcceptance"("riskId");

-- CreateIndex
CREATE INDEX "RiskAcceptance_vendorId_idx" ON "RiskAcceptance"("vendorId");

-- CreateIndex
CREATE INDEX "Risk_organizationId_idx" ON "Risk"("organizationId");

-- CreateIndex
CREATE INDEX "Risk_category_idx" ON "Risk"("category");

-- CreateIndex
CREATE INDEX "Risk_status_idx" ON "Risk"("status");

-- CreateIndex
CREATE UNIQUE INDEX "secrets_organization_id_name_key" ON "secrets"("organization_id", "name");

-- CreateIndex
CREATE INDEX "security_penetration_test_finding_contexts_organization_id__idx" ON "security_penetration_test_finding_contexts"("organization_id", "target_url");

-- CreateIndex
CREATE UNIQUE INDEX "security_penetration_test_finding_contexts_organization_id__key" ON "security_penetration_test_finding_contexts"("organization_id", "provider_issue_id");

-- CreateIndex
CREATE INDEX "security_penetration_test_runs_organization_id_idx" ON "security_penetration_test_runs"("organization_id");

-- CreateIndex
CREATE INDEX "security_penetration_test_runs_root_run_id_idx" ON "security_penetration_test_runs"("root_run_id");

-- CreateIndex
CREATE UNIQUE INDEX "security_penetration_test_runs_provider_run_id_key" ON "security_penetration_test_runs"("provider_run_id");

-- CreateIndex
CREATE INDEX "SecurityQuestionnaireManualAnswer_organizationId_idx" ON "SecurityQuestionnaireManualAnswer"("organizationId");

-- CreateIndex
CREATE INDEX "SecurityQuestionnaireManualAnswer_organizationId_question_idx" ON "SecurityQuestionnaireManualAnswer"("organizationId", "question");

-- CreateIndex
CREATE INDEX "SecurityQuestionnaireManualAnswer_tags_idx" ON "SecurityQuestionnaireManualAnswer"("tags");

-- CreateIndex
CREATE INDEX "SecurityQuestionnaireManualAnswer_createdAt_idx" ON "SecurityQuestionnaireManualAnswer"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SecurityQuestionnaireManualAnswer_organizationId_question_key" ON "SecurityQuestionnaireManualAnswer"("organizationId", "question");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_key_key" ON "ApiKey"("key");

-- CreateIndex
CREATE INDEX "ApiKey_organizationId_idx" ON "ApiKey"("organizationId");

-- CreateIndex
CREATE INDEX "ApiKey_key_idx" ON "ApiKey"("key");

-- CreateIndex
CREATE INDEX "ApiKey_keyPrefix_idx" ON "ApiKey"("keyPrefix");

-- CreateIndex
CREATE INDEX "ApiKey_createdByMemberId_idx" ON "ApiKey"("createdByMemberId");

-- CreateIndex
CREATE INDEX "AuditLog_userId_idx" ON "AuditLog"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_organizationId_idx" ON "AuditLog"("organizationId");

-- CreateIndex
CREATE INDEX "AuditLog_memberId_idx" ON "AuditLog"("memberId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_idx" ON "AuditLog"("entityType");

-- CreateIndex
CREATE UNIQUE INDEX "GlobalVendors_website_key" ON "GlobalVendors"("website");

-- CreateIndex
CREATE INDEX "GlobalVendors_website_idx" ON "GlobalVendors"("website");

-- CreateIndex
CREATE INDEX "SOAFrameworkConfiguration_frameworkId_idx" ON "SOAFrameworkConfiguration"("frameworkId");

-- CreateIndex
CREATE INDEX "SOAFrameworkConfiguration_frameworkId_version_idx" ON "SOAFrameworkConfiguration"("frameworkId", "version");

-- CreateIndex
CREATE INDEX "SOAFrameworkConfiguration_frameworkId_isLatest_idx" ON "SOAFrameworkConfiguration"("frameworkId", "isLatest");

-- CreateIndex
CREATE UNIQUE INDEX "SOAFrameworkConfiguration_frameworkId_version_key" ON "SOAFrameworkConfiguration"("frameworkId", "version");

-- CreateIndex
CREATE INDEX "SOADocument_frameworkId_organizationId_idx" ON "SOADocument"("frameworkId", "organizationId");

-- CreateIndex
CREATE INDEX "SOADocument_frameworkId_organizationId_version_idx" ON "SOADocument"("frameworkId", "organizationId", "version");

-- CreateIndex
CREATE INDEX "SOADocument_frameworkId_organizationId_isLatest_idx" ON "SOADocument"("frameworkId", "organizationId", "isLatest");

-- CreateIndex
CREATE INDEX "SOADocument_configurationId_idx" ON "SOADocument"("configurationId");

-- CreateIndex
CREATE INDEX "SOADocument_status_idx" ON "SOADocument"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SOADocument_frameworkId_organizationId_version_key" ON "SOADocument"("frameworkId", "organizationId", "version");

-- CreateIndex
CREATE INDEX "SOAAnswer_documentId_idx" ON "SOAAnswer"("documentId");

-- CreateIndex
CREATE INDEX "SOAAnswer_documentId_questionId_idx" ON "SOAAnswer"("documentId", "questionId");

-- CreateIndex
CREATE INDEX "SOAAnswer_documentId_questionId_isLatestAnswer_idx" ON "SOAAnswer"("documentId", "questionId", "isLatestAnswer");

-- CreateIndex
CREATE INDEX "SOAAnswer_status_idx" ON "SOAAnswer"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SOAAnswer_documentId_questionId_answerVersion_key" ON "SOAAnswer"("documentId", "questionId", "answerVersion");

-- CreateIndex
CREATE INDEX "TaskItem_entityId_entityType_idx" ON "TaskItem"("entityId", "entityType");

-- CreateIndex
CREATE INDEX "TaskItem_organizationId_idx" ON "TaskItem"("organizationId");

-- CreateIndex
CREATE INDEX "TaskItem_assigneeId_idx" ON "TaskItem"("assigneeId");

-- CreateIndex
CREATE INDEX "TaskItem_status_idx" ON "TaskItem"("status");

-- CreateIndex
CREATE INDEX "TaskItem_priority_idx" ON "TaskItem"("priority");

-- CreateIndex
CREATE INDEX "Task_organizationId_archivedAt_idx" ON "Task"("organizationId", "archivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineTemplate_frameworkId_trackKey_cycleNumber_key" ON "TimelineTemplate"("frameworkId", "trackKey", "cycleNumber");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineTemplate_frameworkId_templateKey_key" ON "TimelineTemplate"("frameworkId", "templateKey");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineInstance_frameworkInstanceId_trackKey_cycleNumber_key" ON "TimelineInstance"("frameworkInstanceId", "trackKey", "cycleNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Trust_friendlyUrl_key" ON "Trust"("friendlyUrl");

-- CreateIndex
CREATE INDEX "Trust_organizationId_idx" ON "Trust"("organizationId");

-- CreateIndex
CREATE INDEX "Trust_friendlyUrl_idx" ON "Trust"("friendlyUrl");

-- CreateIndex
CREATE UNIQUE INDEX "Trust_organizationId_key" ON "Trust"("organizationId");

-- CreateIndex
CREATE INDEX "TrustResource_organizationId_idx" ON "TrustResource"("organizationId");

-- CreateIndex
CREATE INDEX "TrustResource_customFrameworkId_idx" ON "TrustResource"("customFrameworkId");

-- CreateIndex
CREATE UNIQUE INDEX "TrustResource_organizationId_framework_key" ON "TrustResource"("organizationId", "framework");

-- CreateIndex
CREATE UNIQUE INDEX "TrustResource_organizationId_customFrameworkId_key" ON "TrustResource"("organizationId", "customFrameworkId");

-- CreateIndex
CREATE INDEX "TrustCustomFramework_organizationId_idx" ON "TrustCustomFramework"("organizationId");

-- CreateIndex
CREATE INDEX "TrustCustomFramework_customFrameworkId_idx" ON "TrustCustomFramework"("customFrameworkId");

-- CreateIndex
CREATE UNIQUE INDEX "TrustCustomFramework_organizationId_customFrameworkId_key" ON "TrustCustomFramework"("organizationId", "customFrameworkId");

-- CreateIndex
CREATE INDEX "TrustAccessRequest_organizationId_idx" ON "TrustAccessRequest"("organizationId");

-- CreateIndex
CREATE INDEX "TrustAccessRequest_email_idx" ON "TrustAccessRequest"("email");

-- CreateIndex
CREATE INDEX "TrustAccessRequest_status_idx" ON "TrustAccessRequest"("status");

-- CreateIndex
CREATE INDEX "TrustAccessRequest_organizationId_status_idx" ON "TrustAccessRequest"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TrustAccessGrant_accessRequestId_key" ON "TrustAccessGrant"("accessRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "TrustAccessGrant_accessToken_key" ON "TrustAccessGrant"("accessToken");

-- CreateIndex
CREATE INDEX "TrustAccessGrant_accessRequestId_idx" ON "TrustAccessGrant"("accessRequestId");

-- CreateIndex
CREATE INDEX "TrustAccessGrant_subjectEmail_idx" ON "TrustAccessGrant"("subjectEmail");

-- CreateIndex
CREATE INDEX "TrustAccessGrant_status_idx" ON "TrustAccessGrant"("status");

-- CreateIndex
CREATE INDEX "TrustAccessGrant_expiresAt_idx" ON "TrustAccessGrant"("expiresAt");

-- CreateIndex
CREATE INDEX "TrustAccessGrant_status_expiresAt_idx" ON "TrustAccessGrant"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "TrustAccessGrant_accessToken_idx" ON "TrustAccessGrant"("accessToken");

-- CreateIndex
CREATE UNIQUE INDEX "TrustNDAAgreement_grantId_key" ON "TrustNDAAgreement"("grantId");

-- CreateIndex
CREATE UNIQUE INDEX "TrustNDAAgreement_signToken_key" ON "TrustNDAAgreement"("signToken");

-- CreateIndex
CREATE INDEX "TrustNDAAgreement_organizationId_idx" ON "TrustNDAAgreement"("organizationId");

-- CreateIndex
CREATE INDEX "TrustNDAAgreement_accessRequestId_idx" ON "TrustNDAAgreement"("accessRequestId");

-- CreateIndex
CREATE INDEX "TrustNDAAgreement_signToken_idx" ON "TrustNDAAgreement"("signToken");

-- CreateIndex
CREATE INDEX "TrustNDAAgreement_status_idx" ON "TrustNDAAgreement"("status");

-- CreateIndex
CREATE INDEX "TrustDocument_organizationId_idx" ON "TrustDocument"("organizationId");

-- CreateIndex
CREATE INDEX "TrustDocument_organizationId_isActive_idx" ON "TrustDocument"("organizationId", "isActive");

-- CreateIndex
CREATE INDEX "TrustCustomLink_organizationId_idx" ON "TrustCustomLink"("organizationId");

-- CreateIndex
CREATE INDEX "TrustCustomLink_organizationId_isActive_order_idx" ON "TrustCustomLink"("organizationId", "isActive", "order");

-- CreateIndex
CREATE INDEX "Vendor_organizationId_idx" ON "Vendor"("organizationId");

-- CreateIndex
CREATE INDEX "Vendor_assigneeId_idx" ON "Vendor"("assigneeId");

-- CreateIndex
CREATE INDEX "Vendor_category_idx" ON "Vendor"("category");

-- CreateIndex
CREATE INDEX "VendorContact_vendorId_idx" ON "VendorContact"("vendorId");

-- CreateIndex
CREATE INDEX "_ControlToTask_B_index" ON "_ControlToTask"("B");

-- CreateIndex
CREATE INDEX "_ControlToPolicy_B_index" ON "_ControlToPolicy"("B");

-- CreateIndex
CREATE INDEX "_FrameworkEditorControlTemplateToFrameworkEditorPolicyT_B_index" ON "_FrameworkEditorControlTemplateToFrameworkEditorPolicyTemplate"("B");

-- CreateIndex
CREATE INDEX "_FrameworkEditorControlTemplateToFrameworkEditorRequire_B_index" ON "_FrameworkEditorControlTemplateToFrameworkEditorRequirement"("B");

-- CreateIndex
CREATE INDEX "_FrameworkEditorControlTemplateToFrameworkEditorTaskTem_B_index" ON "_FrameworkEditorControlTemplateToFrameworkEditorTaskTemplate"("B");

-- CreateIndex
CREATE INDEX "_RiskToTask_B_index" ON "_RiskToTask"("B");

-- CreateIndex
CREATE INDEX "_TaskToVendor_B_index" ON "_TaskToVendor"("B");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeTrainingVideoCompletion" ADD CONSTRAINT "EmployeeTrainingVideoCompletion_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_application" ADD CONSTRAINT "oauth_application_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_access_token" ADD CONSTRAINT "oauth_access_token_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "oauth_application"("clientId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_access_token" ADD CONSTRAINT "oauth_access_token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_consent" ADD CONSTRAINT "oauth_consent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "oauth_application"("clientId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_consent" ADD CONSTRAINT "oauth_consent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mcp_org_binding" ADD CONSTRAINT "mcp_org_binding_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mcp_org_binding" ADD CONSTRAINT "mcp_org_binding_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_inviterId_fkey" FOREIGN KEY ("inviterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_role" ADD CONSTRAINT "organization_role_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceAutomationRun" ADD CONSTRAINT "EvidenceAutomationRun_evidenceAutomationId_fkey" FOREIGN KEY ("evidenceAutomationId") REFERENCES "EvidenceAutomation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceAutomationRun" ADD CONSTRAINT "EvidenceAutomationRun_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceAutomationVersion" ADD CONSTRAINT "EvidenceAutomationVersion_evidenceAutomationId_fkey" FOREIGN KEY ("evidenceAutomationId") REFERENCES "EvidenceAutomation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceAutomation" ADD CONSTRAINT "EvidenceAutomation_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "background_check_requests" ADD CONSTRAINT "background_check_requests_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "background_check_requests" ADD CONSTRAINT "background_check_requests_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "background_check_webhook_events" ADD CONSTRAINT "background_check_webhook_events_backgroundCheckRequestId_fkey" FOREIGN KEY ("backgroundCheckRequestId") REFERENCES "background_check_requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrowserbaseContext" ADD CONSTRAINT "BrowserbaseContext_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrowserAuthProfile" ADD CONSTRAINT "BrowserAuthProfile_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrowserAutomation" ADD CONSTRAINT "BrowserAutomation_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrowserAutomationRun" ADD CONSTRAINT "BrowserAutomationRun_automationId_fkey" FOREIGN KEY ("automationId") REFERENCES "BrowserAutomation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrowserAutomationRun" ADD CONSTRAINT "BrowserAutomationRun_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "BrowserAuthProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrowserAutomationDraft" ADD CONSTRAINT "BrowserAutomationDraft_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrowserAutomationStep" ADD CONSTRAINT "BrowserAutomationStep_automationId_fkey" FOREIGN KEY ("automationId") REFERENCES "BrowserAutomation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrowserAutomationStep" ADD CONSTRAINT "BrowserAutomationStep_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "BrowserAuthProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrowserAutomationStepRun" ADD CONSTRAINT "BrowserAutomationStepRun_runId_fkey" FOREIGN KEY ("runId") REFERENCES "BrowserAutomationRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrowserAutomationStepRun" ADD CONSTRAINT "BrowserAutomationStepRun_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "BrowserAutomationStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckDefinition" ADD CONSTRAINT "CheckDefinition_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Context" ADD CONSTRAINT "Context_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlDocumentType" ADD CONSTRAINT "ControlDocumentType_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "Control"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Control" ADD CONSTRAINT "Control_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Control" ADD CONSTRAINT "Control_controlTemplateId_fkey" FOREIGN KEY ("controlTemplateId") REFERENCES "FrameworkEditorControlTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkControlFamily" ADD CONSTRAINT "FrameworkControlFamily_frameworkInstanceId_fkey" FOREIGN KEY ("frameworkInstanceId") REFERENCES "FrameworkInstance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkControlFamily" ADD CONSTRAINT "FrameworkControlFamily_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "Control"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomFramework" ADD CONSTRAINT "CustomFramework_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomRequirement" ADD CONSTRAINT "CustomRequirement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomRequirement" ADD CONSTRAINT "CustomRequirement_customFrameworkId_organizationId_fkey" FOREIGN KEY ("customFrameworkId", "organizationId") REFERENCES "CustomFramework"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomRequirement" ADD CONSTRAINT "CustomRequirement_frameworkInstanceId_organizationId_fkey" FOREIGN KEY ("frameworkInstanceId", "organizationId") REFERENCES "FrameworkInstance"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_agentSessionId_fkey" FOREIGN KEY ("agentSessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DynamicCheck" ADD CONSTRAINT "DynamicCheck_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "DynamicIntegration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DynamicCheckVersion" ADD CONSTRAINT "DynamicCheckVersion_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "DynamicCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceSubmission" ADD CONSTRAINT "EvidenceSubmission_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceSubmission" ADD CONSTRAINT "EvidenceSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceSubmission" ADD CONSTRAINT "EvidenceSubmission_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFormSetting" ADD CONSTRAINT "EvidenceFormSetting_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingException" ADD CONSTRAINT "FindingException_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingException" ADD CONSTRAINT "FindingException_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingResolution" ADD CONSTRAINT "FindingResolution_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingResolution" ADD CONSTRAINT "FindingResolution_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingRegression" ADD CONSTRAINT "FindingRegression_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingRegression" ADD CONSTRAINT "FindingRegression_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingRegression" ADD CONSTRAINT "FindingRegression_previousResolutionId_fkey" FOREIGN KEY ("previousResolutionId") REFERENCES "FindingResolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_evidenceSubmissionId_fkey" FOREIGN KEY ("evidenceSubmissionId") REFERENCES "EvidenceSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "FindingTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_createdByAdminId_fkey" FOREIGN KEY ("createdByAdminId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FleetPolicyResult" ADD CONSTRAINT "FleetPolicyResult_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FleetPolicyResult" ADD CONSTRAINT "FleetPolicyResult_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorFramework" ADD CONSTRAINT "FrameworkEditorFramework_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "FrameworkEditorFrameworkFamily"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorRequirement" ADD CONSTRAINT "FrameworkEditorRequirement_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorIsmsDocumentRequirementLink" ADD CONSTRAINT "FrameworkEditorIsmsDocumentRequirementLink_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorIsmsDocumentRequirementLink" ADD CONSTRAINT "FrameworkEditorIsmsDocumentRequirementLink_ismsDocumentTem_fkey" FOREIGN KEY ("ismsDocumentTemplateId") REFERENCES "FrameworkEditorIsmsDocumentTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorIsmsDocumentRequirementLink" ADD CONSTRAINT "FrameworkEditorIsmsDocumentRequirementLink_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "FrameworkEditorRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlIsmsDocumentLink" ADD CONSTRAINT "FrameworkEditorControlIsmsDocumentLink_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlIsmsDocumentLink" ADD CONSTRAINT "FrameworkEditorControlIsmsDocumentLink_controlTemplateId_fkey" FOREIGN KEY ("controlTemplateId") REFERENCES "FrameworkEditorControlTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlIsmsDocumentLink" ADD CONSTRAINT "FrameworkEditorControlIsmsDocumentLink_ismsDocumentTemplat_fkey" FOREIGN KEY ("ismsDocumentTemplateId") REFERENCES "FrameworkEditorIsmsDocumentTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlPolicyTemplateLink" ADD CONSTRAINT "FrameworkEditorControlPolicyTemplateLink_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlPolicyTemplateLink" ADD CONSTRAINT "FrameworkEditorControlPolicyTemplateLink_controlTemplateId_fkey" FOREIGN KEY ("controlTemplateId") REFERENCES "FrameworkEditorControlTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlPolicyTemplateLink" ADD CONSTRAINT "FrameworkEditorControlPolicyTemplateLink_policyTemplateId_fkey" FOREIGN KEY ("policyTemplateId") REFERENCES "FrameworkEditorPolicyTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlTaskTemplateLink" ADD CONSTRAINT "FrameworkEditorControlTaskTemplateLink_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlTaskTemplateLink" ADD CONSTRAINT "FrameworkEditorControlTaskTemplateLink_controlTemplateId_fkey" FOREIGN KEY ("controlTemplateId") REFERENCES "FrameworkEditorControlTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlTaskTemplateLink" ADD CONSTRAINT "FrameworkEditorControlTaskTemplateLink_taskTemplateId_fkey" FOREIGN KEY ("taskTemplateId") REFERENCES "FrameworkEditorTaskTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlDocumentTypeLink" ADD CONSTRAINT "FrameworkEditorControlDocumentTypeLink_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkEditorControlDocumentTypeLink" ADD CONSTRAINT "FrameworkEditorControlDocumentTypeLink_controlTemplateId_fkey" FOREIGN KEY ("controlTemplateId") REFERENCES "FrameworkEditorControlTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkSyncOperation" ADD CONSTRAINT "FrameworkSyncOperation_frameworkInstanceId_fkey" FOREIGN KEY ("frameworkInstanceId") REFERENCES "FrameworkInstance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkSyncOperation" ADD CONSTRAINT "FrameworkSyncOperation_fromVersionId_fkey" FOREIGN KEY ("fromVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkSyncOperation" ADD CONSTRAINT "FrameworkSyncOperation_toVersionId_fkey" FOREIGN KEY ("toVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkSyncOperation" ADD CONSTRAINT "FrameworkSyncOperation_performedById_fkey" FOREIGN KEY ("performedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkSyncOperation" ADD CONSTRAINT "FrameworkSyncOperation_rolledBackByOperationId_fkey" FOREIGN KEY ("rolledBackByOperationId") REFERENCES "FrameworkSyncOperation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkInstance" ADD CONSTRAINT "FrameworkInstance_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkInstance" ADD CONSTRAINT "FrameworkInstance_customFrameworkId_organizationId_fkey" FOREIGN KEY ("customFrameworkId", "organizationId") REFERENCES "CustomFramework"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkInstance" ADD CONSTRAINT "FrameworkInstance_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkInstance" ADD CONSTRAINT "FrameworkInstance_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkControlPolicyLink" ADD CONSTRAINT "FrameworkControlPolicyLink_frameworkInstanceId_fkey" FOREIGN KEY ("frameworkInstanceId") REFERENCES "FrameworkInstance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkControlPolicyLink" ADD CONSTRAINT "FrameworkControlPolicyLink_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "Control"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkControlPolicyLink" ADD CONSTRAINT "FrameworkControlPolicyLink_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkControlTaskLink" ADD CONSTRAINT "FrameworkControlTaskLink_frameworkInstanceId_fkey" FOREIGN KEY ("frameworkInstanceId") REFERENCES "FrameworkInstance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkControlTaskLink" ADD CONSTRAINT "FrameworkControlTaskLink_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "Control"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkControlTaskLink" ADD CONSTRAINT "FrameworkControlTaskLink_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkControlDocumentTypeLink" ADD CONSTRAINT "FrameworkControlDocumentTypeLink_frameworkInstanceId_fkey" FOREIGN KEY ("frameworkInstanceId") REFERENCES "FrameworkInstance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkControlDocumentTypeLink" ADD CONSTRAINT "FrameworkControlDocumentTypeLink_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "Control"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationConnection" ADD CONSTRAINT "IntegrationConnection_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "IntegrationProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationConnection" ADD CONSTRAINT "IntegrationConnection_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationCredentialVersion" ADD CONSTRAINT "IntegrationCredentialVersion_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationRun" ADD CONSTRAINT "IntegrationRun_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationPlatformFinding" ADD CONSTRAINT "IntegrationPlatformFinding_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IntegrationRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationPlatformFinding" ADD CONSTRAINT "IntegrationPlatformFinding_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationOAuthApp" ADD CONSTRAINT "IntegrationOAuthApp_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationCheckRun" ADD CONSTRAINT "IntegrationCheckRun_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationCheckRun" ADD CONSTRAINT "IntegrationCheckRun_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationCheckResult" ADD CONSTRAINT "IntegrationCheckResult_checkRunId_fkey" FOREIGN KEY ("checkRunId") REFERENCES "IntegrationCheckRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationSyncLog" ADD CONSTRAINT "IntegrationSyncLog_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationSyncLog" ADD CONSTRAINT "IntegrationSyncLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationResult" ADD CONSTRAINT "IntegrationResult_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationResult" ADD CONSTRAINT "IntegrationResult_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsDocument" ADD CONSTRAINT "IsmsDocument_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsDocument" ADD CONSTRAINT "IsmsDocument_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsDocument" ADD CONSTRAINT "IsmsDocument_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "FrameworkEditorRequirement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsDocument" ADD CONSTRAINT "IsmsDocument_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "FrameworkEditorIsmsDocumentTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsDocument" ADD CONSTRAINT "IsmsDocument_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsDocument" ADD CONSTRAINT "IsmsDocument_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "IsmsDocumentVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsDocumentVersion" ADD CONSTRAINT "IsmsDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "IsmsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsDocumentVersion" ADD CONSTRAINT "IsmsDocumentVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsContextIssue" ADD CONSTRAINT "IsmsContextIssue_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "IsmsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsProfile" ADD CONSTRAINT "IsmsProfile_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsProfile" ADD CONSTRAINT "IsmsProfile_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsInterestedParty" ADD CONSTRAINT "IsmsInterestedParty_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "IsmsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsInterestedPartyRequirement" ADD CONSTRAINT "IsmsInterestedPartyRequirement_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "IsmsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsInterestedPartyRequirement" ADD CONSTRAINT "IsmsInterestedPartyRequirement_interestedPartyId_fkey" FOREIGN KEY ("interestedPartyId") REFERENCES "IsmsInterestedParty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsObjective" ADD CONSTRAINT "IsmsObjective_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "IsmsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsRole" ADD CONSTRAINT "IsmsRole_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "IsmsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsRoleAssignment" ADD CONSTRAINT "IsmsRoleAssignment_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "IsmsRole"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsMetric" ADD CONSTRAINT "IsmsMetric_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "IsmsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsMetric" ADD CONSTRAINT "IsmsMetric_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "IsmsObjective"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsMeasurement" ADD CONSTRAINT "IsmsMeasurement_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "IsmsMetric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsAudit" ADD CONSTRAINT "IsmsAudit_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "IsmsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsAuditControl" ADD CONSTRAINT "IsmsAuditControl_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "IsmsAudit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsAuditFinding" ADD CONSTRAINT "IsmsAuditFinding_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "IsmsAudit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsAuditFinding" ADD CONSTRAINT "IsmsAuditFinding_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "IsmsAuditControl"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsManagementReview" ADD CONSTRAINT "IsmsManagementReview_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "IsmsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsReviewInput" ADD CONSTRAINT "IsmsReviewInput_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "IsmsManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsReviewAction" ADD CONSTRAINT "IsmsReviewAction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "IsmsManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsDocumentControlLink" ADD CONSTRAINT "IsmsDocumentControlLink_ismsDocumentId_fkey" FOREIGN KEY ("ismsDocumentId") REFERENCES "IsmsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmsDocumentControlLink" ADD CONSTRAINT "IsmsDocumentControlLink_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "Control"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeBaseDocument" ADD CONSTRAINT "KnowledgeBaseDocument_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_notification_setting" ADD CONSTRAINT "role_notification_setting_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffboardingChecklistTemplate" ADD CONSTRAINT "OffboardingChecklistTemplate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffboardingChecklistCompletion" ADD CONSTRAINT "OffboardingChecklistCompletion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffboardingChecklistCompletion" ADD CONSTRAINT "OffboardingChecklistCompletion_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffboardingChecklistCompletion" ADD CONSTRAINT "OffboardingChecklistCompletion_templateItemId_fkey" FOREIGN KEY ("templateItemId") REFERENCES "OffboardingChecklistTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffboardingChecklistCompletion" ADD CONSTRAINT "OffboardingChecklistCompletion_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffboardingAccessRevocation" ADD CONSTRAINT "OffboardingAccessRevocation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffboardingAccessRevocation" ADD CONSTRAINT "OffboardingAccessRevocation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffboardingAccessRevocation" ADD CONSTRAINT "OffboardingAccessRevocation_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffboardingAccessRevocation" ADD CONSTRAINT "OffboardingAccessRevocation_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Onboarding" ADD CONSTRAINT "Onboarding_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationChart" ADD CONSTRAINT "OrganizationChart_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_billing" ADD CONSTRAINT "organization_billing_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_billing_subscriptions" ADD CONSTRAINT "organization_billing_subscriptions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_usage_events" ADD CONSTRAINT "billing_usage_events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_audit_events" ADD CONSTRAINT "billing_audit_events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_credit_balances" ADD CONSTRAINT "billing_credit_balances_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_credit_events" ADD CONSTRAINT "billing_credit_events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_credit_events" ADD CONSTRAINT "billing_credit_events_balance_id_fkey" FOREIGN KEY ("balance_id") REFERENCES "billing_credit_balances"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pentest_credits" ADD CONSTRAINT "pentest_credits_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_policyTemplateId_fkey" FOREIGN KEY ("policyTemplateId") REFERENCES "FrameworkEditorPolicyTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "PolicyVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireQuestionAnswer" ADD CONSTRAINT "QuestionnaireQuestionAnswer_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemediationAction" ADD CONSTRAINT "RemediationAction_checkResultId_fkey" FOREIGN KEY ("checkResultId") REFERENCES "IntegrationCheckResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemediationAction" ADD CONSTRAINT "RemediationAction_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemediationBatch" ADD CONSTRAINT "RemediationBatch_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "IntegrationConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementMap" ADD CONSTRAINT "RequirementMap_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "FrameworkEditorRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementMap" ADD CONSTRAINT "RequirementMap_customRequirementId_fkey" FOREIGN KEY ("customRequirementId") REFERENCES "CustomRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementMap" ADD CONSTRAINT "RequirementMap_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "Control"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementMap" ADD CONSTRAINT "RequirementMap_frameworkInstanceId_fkey" FOREIGN KEY ("frameworkInstanceId") REFERENCES "FrameworkInstance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "secrets" ADD CONSTRAINT "secrets_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "security_penetration_test_finding_contexts" ADD CONSTRAINT "security_penetration_test_finding_contexts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "security_penetration_test_runs" ADD CONSTRAINT "security_penetration_test_runs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecurityQuestionnaireManualAnswer" ADD CONSTRAINT "SecurityQuestionnaireManualAnswer_sourceQuestionnaireId_fkey" FOREIGN KEY ("sourceQuestionnaireId") REFERENCES "Questionnaire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecurityQuestionnaireManualAnswer" ADD CONSTRAINT "SecurityQuestionnaireManualAnswer_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdByMemberId_fkey" FOREIGN KEY ("createdByMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SOAFrameworkConfiguration" ADD CONSTRAINT "SOAFrameworkConfiguration_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SOADocument" ADD CONSTRAINT "SOADocument_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SOADocument" ADD CONSTRAINT "SOADocument_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SOADocument" ADD CONSTRAINT "SOADocument_configurationId_fkey" FOREIGN KEY ("configurationId") REFERENCES "SOAFrameworkConfiguration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SOADocument" ADD CONSTRAINT "SOADocument_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SOAAnswer" ADD CONSTRAINT "SOAAnswer_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SOADocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskItem" ADD CONSTRAINT "TaskItem_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskItem" ADD CONSTRAINT "TaskItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskItem" ADD CONSTRAINT "TaskItem_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskItem" ADD CONSTRAINT "TaskItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_taskTemplateId_fkey" FOREIGN KEY ("taskTemplateId") REFERENCES "FrameworkEditorTaskTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineTemplate" ADD CONSTRAINT "TimelineTemplate_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "FrameworkEditorFramework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelinePhaseTemplate" ADD CONSTRAINT "TimelinePhaseTemplate_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TimelineTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineInstance" ADD CONSTRAINT "TimelineInstance_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineInstance" ADD CONSTRAINT "TimelineInstance_frameworkInstanceId_fkey" FOREIGN KEY ("frameworkInstanceId") REFERENCES "FrameworkInstance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineInstance" ADD CONSTRAINT "TimelineInstance_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TimelineTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineInstance" ADD CONSTRAINT "TimelineInstance_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineInstance" ADD CONSTRAINT "TimelineInstance_unlockedById_fkey" FOREIGN KEY ("unlockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelinePhase" ADD CONSTRAINT "TimelinePhase_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "TimelineInstance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelinePhase" ADD CONSTRAINT "TimelinePhase_phaseTemplateId_fkey" FOREIGN KEY ("phaseTemplateId") REFERENCES "TimelinePhaseTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelinePhase" ADD CONSTRAINT "TimelinePhase_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trust" ADD CONSTRAINT "Trust_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustResource" ADD CONSTRAINT "TrustResource_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustResource" ADD CONSTRAINT "TrustResource_customFrameworkId_organizationId_fkey" FOREIGN KEY ("customFrameworkId", "organizationId") REFERENCES "CustomFramework"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustCustomFramework" ADD CONSTRAINT "TrustCustomFramework_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustCustomFramework" ADD CONSTRAINT "TrustCustomFramework_customFrameworkId_organizationId_fkey" FOREIGN KEY ("customFrameworkId", "organizationId") REFERENCES "CustomFramework"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustAccessRequest" ADD CONSTRAINT "TrustAccessRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustAccessRequest" ADD CONSTRAINT "TrustAccessRequest_reviewerMemberId_fkey" FOREIGN KEY ("reviewerMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustAccessGrant" ADD CONSTRAINT "TrustAccessGrant_accessRequestId_fkey" FOREIGN KEY ("accessRequestId") REFERENCES "TrustAccessRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustAccessGrant" ADD CONSTRAINT "TrustAccessGrant_issuedByMemberId_fkey" FOREIGN KEY ("issuedByMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustAccessGrant" ADD CONSTRAINT "TrustAccessGrant_revokedByMemberId_fkey" FOREIGN KEY ("revokedByMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustNDAAgreement" ADD CONSTRAINT "TrustNDAAgreement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustNDAAgreement" ADD CONSTRAINT "TrustNDAAgreement_accessRequestId_fkey" FOREIGN KEY ("accessRequestId") REFERENCES "TrustAccessRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustNDAAgreement" ADD CONSTRAINT "TrustNDAAgreement_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "TrustAccessGrant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustDocument" ADD CONSTRAINT "TrustDocument_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustCustomLink" ADD CONSTRAINT "TrustCustomLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorContact" ADD CONSTRAINT "VendorContact_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ControlToTask" ADD CONSTRAINT "_ControlToTask_A_fkey" FOREIGN KEY ("A") REFERENCES "Control"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ControlToTask" ADD CONSTRAINT "_ControlToTask_B_fkey" FOREIGN KEY ("B") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ControlToPolicy" ADD CONSTRAINT "_ControlToPolicy_A_fkey" FOREIGN KEY ("A") REFERENCES "Control"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ControlToPolicy" ADD CONSTRAINT "_ControlToPolicy_B_fkey" FOREIGN KEY ("B") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FrameworkEditorControlTemplateToFrameworkEditorPolicyTemplate" ADD CONSTRAINT "_FrameworkEditorControlTemplateToFrameworkEditorPolicyTe_A_fkey" FOREIGN KEY ("A") REFERENCES "FrameworkEditorControlTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FrameworkEditorControlTemplateToFrameworkEditorPolicyTemplate" ADD CONSTRAINT "_FrameworkEditorControlTemplateToFrameworkEditorPolicyTe_B_fkey" FOREIGN KEY ("B") REFERENCES "FrameworkEditorPolicyTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FrameworkEditorControlTemplateToFrameworkEditorRequirement" ADD CONSTRAINT "_FrameworkEditorControlTemplateToFrameworkEditorRequirem_A_fkey" FOREIGN KEY ("A") REFERENCES "FrameworkEditorControlTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FrameworkEditorControlTemplateToFrameworkEditorRequirement" ADD CONSTRAINT "_FrameworkEditorControlTemplateToFrameworkEditorRequirem_B_fkey" FOREIGN KEY ("B") REFERENCES "FrameworkEditorRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FrameworkEditorControlTemplateToFrameworkEditorTaskTemplate" ADD CONSTRAINT "_FrameworkEditorControlTemplateToFrameworkEditorTaskTemp_A_fkey" FOREIGN KEY ("A") REFERENCES "FrameworkEditorControlTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FrameworkEditorControlTemplateToFrameworkEditorTaskTemplate" ADD CONSTRAINT "_FrameworkEditorControlTemplateToFrameworkEditorTaskTemp_B_fkey" FOREIGN KEY ("B") REFERENCES "FrameworkEditorTaskTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RiskToTask" ADD CONSTRAINT "_RiskToTask_A_fkey" FOREIGN KEY ("A") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RiskToTask" ADD CONSTRAINT "_RiskToTask_B_fkey" FOREIGN KEY ("B") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TaskToVendor" ADD CONSTRAINT "_TaskToVendor_A_fkey" FOREIGN KEY ("A") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TaskToVendor" ADD CONSTRAINT "_TaskToVendor_B_fkey" FOREIGN KEY ("B") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

