-- CreateEnum
CREATE TYPE "AssociationStatus" AS ENUM ('pending', 'active', 'suspended', 'withdrawn', 'rejected');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('under_review', 'info_requested', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "ApplicationEventKind" AS ENUM ('submitted', 'info_requested', 'responded', 'document_added', 'approved', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('member', 'representative');

-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('pending', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "CharterKind" AS ENUM ('charter', 'internal_rules');

-- CreateTable
CREATE TABLE "regions" (
    "code" TEXT NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "fields_of_action" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 100,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fields_of_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "associations" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_fr" TEXT,
    "city" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "founded_year" INTEGER,
    "registration_ref" TEXT,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "website" TEXT,
    "description_md" TEXT NOT NULL DEFAULT '',
    "description_html" TEXT NOT NULL DEFAULT '',
    "logo_file" TEXT,
    "national_scope" BOOLEAN NOT NULL,
    "voluntary" BOOLEAN NOT NULL,
    "non_profit" BOOLEAN NOT NULL,
    "non_political" BOOLEAN NOT NULL,
    "status" "AssociationStatus" NOT NULL DEFAULT 'pending',
    "suspension_reason" TEXT,
    "suspended_until" TIMESTAMPTZ(3),
    "member_since" TIMESTAMPTZ(3),
    "search_text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "associations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "association_fields" (
    "association_id" UUID NOT NULL,
    "field_id" UUID NOT NULL,

    CONSTRAINT "association_fields_pkey" PRIMARY KEY ("association_id","field_id")
);

-- CreateTable
CREATE TABLE "association_members" (
    "association_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'member',
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "association_members_pkey" PRIMARY KEY ("association_id","user_id")
);

-- CreateTable
CREATE TABLE "association_delegates" (
    "association_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "association_delegates_pkey" PRIMARY KEY ("association_id")
);

-- CreateTable
CREATE TABLE "association_status_changes" (
    "id" SERIAL NOT NULL,
    "association_id" UUID NOT NULL,
    "status" "AssociationStatus" NOT NULL,
    "effective_from" TIMESTAMPTZ(3) NOT NULL,
    "suspended_until" TIMESTAMPTZ(3),
    "reason" TEXT,
    "actor_id" UUID,

    CONSTRAINT "association_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delegate_changes" (
    "id" SERIAL NOT NULL,
    "association_id" UUID NOT NULL,
    "delegate_id" UUID,
    "effective_from" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" UUID,

    CONSTRAINT "delegate_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership_applications" (
    "id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "applicant_id" UUID NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'under_review',
    "rejection_reason" TEXT,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "membership_applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_events" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "kind" "ApplicationEventKind" NOT NULL,
    "note" TEXT,
    "actor_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_documents" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "stored_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "uploaded_by_id" UUID NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "charter_versions" (
    "id" UUID NOT NULL,
    "kind" "CharterKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body_md" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_by_id" UUID,

    CONSTRAINT "charter_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "charter_acceptances" (
    "association_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "charter_acceptances_pkey" PRIMARY KEY ("association_id","version_id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "invited_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "accepted_by_id" UUID,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "join_requests" (
    "id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "message" TEXT,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,

    CONSTRAINT "join_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "electorate_snapshots" (
    "id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "electorate_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "electorate_entries" (
    "snapshot_id" UUID NOT NULL,
    "association_id" UUID NOT NULL,
    "name_ar" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "delegate_id" UUID,
    "delegate_name" TEXT,

    CONSTRAINT "electorate_entries_pkey" PRIMARY KEY ("snapshot_id","association_id")
);

-- CreateTable
CREATE TABLE "outbound_emails" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbound_emails_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entries" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "association_id" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "fields_of_action_code_key" ON "fields_of_action"("code");

-- CreateIndex
CREATE UNIQUE INDEX "associations_slug_key" ON "associations"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "associations_registration_ref_key" ON "associations"("registration_ref");

-- CreateIndex
CREATE INDEX "associations_status_region_code_idx" ON "associations"("status", "region_code");

-- CreateIndex
CREATE INDEX "associations_status_city_idx" ON "associations"("status", "city");

-- CreateIndex
CREATE INDEX "association_fields_field_id_idx" ON "association_fields"("field_id");

-- CreateIndex
CREATE INDEX "association_members_user_id_idx" ON "association_members"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "association_delegates_association_id_user_id_key" ON "association_delegates"("association_id", "user_id");

-- CreateIndex
CREATE INDEX "association_status_changes_association_id_effective_from_idx" ON "association_status_changes"("association_id", "effective_from");

-- CreateIndex
CREATE INDEX "delegate_changes_association_id_effective_from_idx" ON "delegate_changes"("association_id", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "membership_applications_association_id_key" ON "membership_applications"("association_id");

-- CreateIndex
CREATE INDEX "membership_applications_status_submitted_at_idx" ON "membership_applications"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "application_events_application_id_at_idx" ON "application_events"("application_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "application_documents_stored_name_key" ON "application_documents"("stored_name");

-- CreateIndex
CREATE INDEX "application_documents_application_id_idx" ON "application_documents"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "charter_versions_kind_version_key" ON "charter_versions"("kind", "version");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");

-- CreateIndex
CREATE INDEX "invitations_association_id_created_at_idx" ON "invitations"("association_id", "created_at");

-- CreateIndex
CREATE INDEX "join_requests_association_id_status_idx" ON "join_requests"("association_id", "status");

-- CreateIndex
CREATE INDEX "join_requests_user_id_idx" ON "join_requests"("user_id");

-- CreateIndex
CREATE INDEX "outbound_emails_to_created_at_idx" ON "outbound_emails"("to", "created_at");

-- CreateIndex
CREATE INDEX "audit_entries_at_idx" ON "audit_entries"("at");

-- CreateIndex
CREATE INDEX "audit_entries_action_at_idx" ON "audit_entries"("action", "at");

-- CreateIndex
CREATE INDEX "audit_entries_target_type_target_id_idx" ON "audit_entries"("target_type", "target_id");

-- CreateIndex
CREATE INDEX "audit_entries_association_id_idx" ON "audit_entries"("association_id");

-- AddForeignKey
ALTER TABLE "associations" ADD CONSTRAINT "associations_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "association_fields" ADD CONSTRAINT "association_fields_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "association_fields" ADD CONSTRAINT "association_fields_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "fields_of_action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "association_members" ADD CONSTRAINT "association_members_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "association_members" ADD CONSTRAINT "association_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "association_delegates" ADD CONSTRAINT "association_delegates_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "association_delegates" ADD CONSTRAINT "association_delegates_association_id_user_id_fkey" FOREIGN KEY ("association_id", "user_id") REFERENCES "association_members"("association_id", "user_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "association_status_changes" ADD CONSTRAINT "association_status_changes_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "association_status_changes" ADD CONSTRAINT "association_status_changes_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegate_changes" ADD CONSTRAINT "delegate_changes_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegate_changes" ADD CONSTRAINT "delegate_changes_delegate_id_fkey" FOREIGN KEY ("delegate_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegate_changes" ADD CONSTRAINT "delegate_changes_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership_applications" ADD CONSTRAINT "membership_applications_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership_applications" ADD CONSTRAINT "membership_applications_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "membership_applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_documents" ADD CONSTRAINT "application_documents_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "membership_applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_documents" ADD CONSTRAINT "application_documents_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charter_versions" ADD CONSTRAINT "charter_versions_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charter_acceptances" ADD CONSTRAINT "charter_acceptances_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charter_acceptances" ADD CONSTRAINT "charter_acceptances_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "charter_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charter_acceptances" ADD CONSTRAINT "charter_acceptances_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_id_fkey" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "electorate_snapshots" ADD CONSTRAINT "electorate_snapshots_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "electorate_entries" ADD CONSTRAINT "electorate_entries_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "electorate_snapshots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "electorate_entries" ADD CONSTRAINT "electorate_entries_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "electorate_entries" ADD CONSTRAINT "electorate_entries_delegate_id_fkey" FOREIGN KEY ("delegate_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Reference data: Morocco's twelve regions (2015 division), by ISO 3166-2 code.
INSERT INTO "regions" ("code", "name_ar", "name_fr", "sort_order") VALUES
  ('MA-01', 'طنجة - تطوان - الحسيمة', 'Tanger-Tétouan-Al Hoceïma', 1),
  ('MA-02', 'الشرق', 'L''Oriental', 2),
  ('MA-03', 'فاس - مكناس', 'Fès-Meknès', 3),
  ('MA-04', 'الرباط - سلا - القنيطرة', 'Rabat-Salé-Kénitra', 4),
  ('MA-05', 'بني ملال - خنيفرة', 'Béni Mellal-Khénifra', 5),
  ('MA-06', 'الدار البيضاء - سطات', 'Casablanca-Settat', 6),
  ('MA-07', 'مراكش - آسفي', 'Marrakech-Safi', 7),
  ('MA-08', 'درعة - تافيلالت', 'Drâa-Tafilalet', 8),
  ('MA-09', 'سوس - ماسة', 'Souss-Massa', 9),
  ('MA-10', 'كلميم - واد نون', 'Guelmim-Oued Noun', 10),
  ('MA-11', 'العيون - الساقية الحمراء', 'Laâyoune-Sakia El Hamra', 11),
  ('MA-12', 'الداخلة - وادي الذهب', 'Dakhla-Oued Ed-Dahab', 12);

-- Reference data: fields of action (admins add, rename and deactivate more).
INSERT INTO "fields_of_action" ("id", "code", "name_ar", "name_fr", "sort_order") VALUES
  (gen_random_uuid(), 'social', 'العمل الاجتماعي', 'Action sociale', 1),
  (gen_random_uuid(), 'economic', 'التنمية الاقتصادية', 'Développement économique', 2),
  (gen_random_uuid(), 'cultural', 'الثقافة', 'Culture', 3),
  (gen_random_uuid(), 'human_rights', 'حقوق الإنسان', 'Droits humains', 4),
  (gen_random_uuid(), 'womens_rights', 'حقوق المرأة', 'Droits des femmes', 5),
  (gen_random_uuid(), 'environment', 'البيئة', 'Environnement', 6),
  (gen_random_uuid(), 'health', 'الصحة', 'Santé', 7),
  (gen_random_uuid(), 'employment', 'الشغل والإدماج المهني', 'Emploi et insertion', 8),
  (gen_random_uuid(), 'education', 'التربية والتعليم', 'Éducation', 9),
  (gen_random_uuid(), 'youth', 'الشباب', 'Jeunesse', 10),
  (gen_random_uuid(), 'disability', 'الأشخاص في وضعية إعاقة', 'Handicap', 11),
  (gen_random_uuid(), 'childhood', 'الطفولة', 'Enfance', 12),
  (gen_random_uuid(), 'rural_development', 'التنمية القروية', 'Développement rural', 13),
  (gen_random_uuid(), 'citizenship', 'المواطنة والديمقراطية التشاركية', 'Citoyenneté et démocratie participative', 14),
  (gen_random_uuid(), 'migration', 'الهجرة', 'Migration', 15),
  (gen_random_uuid(), 'training', 'التكوين وتقوية القدرات', 'Formation et renforcement des capacités', 16),
  (gen_random_uuid(), 'sport', 'الرياضة', 'Sport', 17);

-- Append-only tables: the audit log and the two histories the electorate reads. PostgreSQL itself
-- refuses to change or remove their rows, whatever the application does.
CREATE FUNCTION "refuse_change_of_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_entries_append_only" BEFORE UPDATE OR DELETE ON "audit_entries"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_append_only"();
CREATE TRIGGER "audit_entries_no_truncate" BEFORE TRUNCATE ON "audit_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_of_append_only"();
CREATE TRIGGER "association_status_changes_append_only" BEFORE UPDATE OR DELETE ON "association_status_changes"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_append_only"();
CREATE TRIGGER "delegate_changes_append_only" BEFORE UPDATE OR DELETE ON "delegate_changes"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_append_only"();
