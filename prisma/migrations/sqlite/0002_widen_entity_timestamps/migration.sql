-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_services" (
    "control_plane_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT,
    "tags" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL,
    "created_at" BIGINT NOT NULL,
    "updated_at" BIGINT NOT NULL,

    PRIMARY KEY ("control_plane_id", "id"),
    CONSTRAINT "services_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_services" ("control_plane_id", "created_at", "data", "id", "name", "tags", "updated_at") SELECT "control_plane_id", "created_at", "data", "id", "name", "tags", "updated_at" FROM "services";
DROP TABLE "services";
ALTER TABLE "new_services" RENAME TO "services";
CREATE UNIQUE INDEX "services_control_plane_id_name_key" ON "services"("control_plane_id", "name");
CREATE TABLE "new_routes" (
    "control_plane_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT,
    "service_id" TEXT,
    "tags" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL,
    "created_at" BIGINT NOT NULL,
    "updated_at" BIGINT NOT NULL,

    PRIMARY KEY ("control_plane_id", "id"),
    CONSTRAINT "routes_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "routes_control_plane_id_service_id_fkey" FOREIGN KEY ("control_plane_id", "service_id") REFERENCES "services" ("control_plane_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
);
INSERT INTO "new_routes" ("control_plane_id", "created_at", "data", "id", "name", "service_id", "tags", "updated_at") SELECT "control_plane_id", "created_at", "data", "id", "name", "service_id", "tags", "updated_at" FROM "routes";
DROP TABLE "routes";
ALTER TABLE "new_routes" RENAME TO "routes";
CREATE INDEX "routes_control_plane_id_service_id_idx" ON "routes"("control_plane_id", "service_id");
CREATE UNIQUE INDEX "routes_control_plane_id_name_key" ON "routes"("control_plane_id", "name");
CREATE TABLE "new_consumers" (
    "control_plane_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "username" TEXT,
    "custom_id" TEXT,
    "tags" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL,
    "created_at" BIGINT NOT NULL,
    "updated_at" BIGINT NOT NULL,

    PRIMARY KEY ("control_plane_id", "id"),
    CONSTRAINT "consumers_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_consumers" ("control_plane_id", "created_at", "custom_id", "data", "id", "tags", "updated_at", "username") SELECT "control_plane_id", "created_at", "custom_id", "data", "id", "tags", "updated_at", "username" FROM "consumers";
DROP TABLE "consumers";
ALTER TABLE "new_consumers" RENAME TO "consumers";
CREATE UNIQUE INDEX "consumers_control_plane_id_username_key" ON "consumers"("control_plane_id", "username");
CREATE UNIQUE INDEX "consumers_control_plane_id_custom_id_key" ON "consumers"("control_plane_id", "custom_id");
CREATE TABLE "new_plugins" (
    "control_plane_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "instance_name" TEXT,
    "service_id" TEXT,
    "route_id" TEXT,
    "consumer_id" TEXT,
    "scope_key" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL,
    "created_at" BIGINT NOT NULL,
    "updated_at" BIGINT NOT NULL,

    PRIMARY KEY ("control_plane_id", "id"),
    CONSTRAINT "plugins_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "plugins_control_plane_id_service_id_fkey" FOREIGN KEY ("control_plane_id", "service_id") REFERENCES "services" ("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "plugins_control_plane_id_route_id_fkey" FOREIGN KEY ("control_plane_id", "route_id") REFERENCES "routes" ("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "plugins_control_plane_id_consumer_id_fkey" FOREIGN KEY ("control_plane_id", "consumer_id") REFERENCES "consumers" ("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
);
INSERT INTO "new_plugins" ("consumer_id", "control_plane_id", "created_at", "data", "id", "instance_name", "name", "route_id", "scope_key", "service_id", "tags", "updated_at") SELECT "consumer_id", "control_plane_id", "created_at", "data", "id", "instance_name", "name", "route_id", "scope_key", "service_id", "tags", "updated_at" FROM "plugins";
DROP TABLE "plugins";
ALTER TABLE "new_plugins" RENAME TO "plugins";
CREATE INDEX "plugins_control_plane_id_service_id_idx" ON "plugins"("control_plane_id", "service_id");
CREATE INDEX "plugins_control_plane_id_route_id_idx" ON "plugins"("control_plane_id", "route_id");
CREATE INDEX "plugins_control_plane_id_consumer_id_idx" ON "plugins"("control_plane_id", "consumer_id");
CREATE UNIQUE INDEX "plugins_control_plane_id_name_scope_key_key" ON "plugins"("control_plane_id", "name", "scope_key");
CREATE UNIQUE INDEX "plugins_control_plane_id_instance_name_key" ON "plugins"("control_plane_id", "instance_name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

