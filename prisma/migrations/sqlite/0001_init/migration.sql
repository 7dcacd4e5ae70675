-- CreateTable
CREATE TABLE "control_planes" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "cluster_type" TEXT NOT NULL,
    "auth_type" TEXT NOT NULL,
    "cloud_gateway" BOOLEAN NOT NULL,
    "proxy_urls" TEXT NOT NULL,
    "config_version" INTEGER NOT NULL DEFAULT 0,
    "config_updated_at" DATETIME NOT NULL,
    "created_at" DATETIME NOT NULL,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "control_plane_labels" (
    "control_plane_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("control_plane_id", "key"),
    CONSTRAINT "control_plane_labels_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "services" (
    "control_plane_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT,
    "tags" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,

    PRIMARY KEY ("control_plane_id", "id"),
    CONSTRAINT "services_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "routes" (
    "control_plane_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT,
    "service_id" TEXT,
    "tags" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,

    PRIMARY KEY ("control_plane_id", "id"),
    CONSTRAINT "routes_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "routes_control_plane_id_service_id_fkey" FOREIGN KEY ("control_plane_id", "service_id") REFERENCES "services" ("control_plane_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "consumers" (
    "control_plane_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "username" TEXT,
    "custom_id" TEXT,
    "tags" TEXT NOT NULL DEFAULT '',
    "data" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,

    PRIMARY KEY ("control_plane_id", "id"),
    CONSTRAINT "consumers_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "plugins" (
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
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL,

    PRIMARY KEY ("control_plane_id", "id"),
    CONSTRAINT "plugins_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "plugins_control_plane_id_service_id_fkey" FOREIGN KEY ("control_plane_id", "service_id") REFERENCES "services" ("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "plugins_control_plane_id_route_id_fkey" FOREIGN KEY ("control_plane_id", "route_id") REFERENCES "routes" ("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "plugins_control_plane_id_consumer_id_fkey" FOREIGN KEY ("control_plane_id", "consumer_id") REFERENCES "consumers" ("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "dp_tokens" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "control_plane_id" TEXT NOT NULL,
    "name" TEXT,
    "token_hash" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL,
    "expires_at" DATETIME,
    "last_used_at" DATETIME,
    CONSTRAINT "dp_tokens_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "nodes" (
    "control_plane_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "config_hash" TEXT NOT NULL,
    "last_ping" DATETIME NOT NULL,
    "created_at" DATETIME NOT NULL,
    "updated_at" DATETIME NOT NULL,

    PRIMARY KEY ("control_plane_id", "id"),
    CONSTRAINT "nodes_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL,
    "expires_at" DATETIME,
    "last_used_at" DATETIME,
    "revoked_at" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "control_planes_name_key" ON "control_planes"("name");

-- CreateIndex
CREATE INDEX "control_planes_created_at_idx" ON "control_planes"("created_at");

-- CreateIndex
CREATE INDEX "control_plane_labels_key_value_idx" ON "control_plane_labels"("key", "value");

-- CreateIndex
CREATE UNIQUE INDEX "services_control_plane_id_name_key" ON "services"("control_plane_id", "name");

-- CreateIndex
CREATE INDEX "routes_control_plane_id_service_id_idx" ON "routes"("control_plane_id", "service_id");

-- CreateIndex
CREATE UNIQUE INDEX "routes_control_plane_id_name_key" ON "routes"("control_plane_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "consumers_control_plane_id_username_key" ON "consumers"("control_plane_id", "username");

-- CreateIndex
CREATE UNIQUE INDEX "consumers_control_plane_id_custom_id_key" ON "consumers"("control_plane_id", "custom_id");

-- CreateIndex
CREATE INDEX "plugins_control_plane_id_service_id_idx" ON "plugins"("control_plane_id", "service_id");

-- CreateIndex
CREATE INDEX "plugins_control_plane_id_route_id_idx" ON "plugins"("control_plane_id", "route_id");

-- CreateIndex
CREATE INDEX "plugins_control_plane_id_consumer_id_idx" ON "plugins"("control_plane_id", "consumer_id");

-- CreateIndex
CREATE UNIQUE INDEX "plugins_control_plane_id_name_scope_key_key" ON "plugins"("control_plane_id", "name", "scope_key");

-- CreateIndex
CREATE UNIQUE INDEX "plugins_control_plane_id_instance_name_key" ON "plugins"("control_plane_id", "instance_name");

-- CreateIndex
CREATE UNIQUE INDEX "dp_tokens_token_hash_key" ON "dp_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "dp_tokens_control_plane_id_idx" ON "dp_tokens"("control_plane_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

