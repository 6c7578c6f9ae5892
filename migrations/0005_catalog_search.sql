CREATE INDEX "catalog_version_themes_idx" ON "catalog_item_version" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "catalog_version_lead_department_idx" ON "catalog_item_version" USING btree ("lead_department_id");--> statement-breakpoint
CREATE INDEX "catalog_version_joint_departments_idx" ON "catalog_item_version" USING gin ("joint_departments" jsonb_path_ops);