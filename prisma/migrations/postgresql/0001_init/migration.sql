-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "control_planes" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "cluster_type" TEXT NOT NULL,
    "auth_type" TEXT NOT NULL,
    "cloud_gateway" BOOLEAN NOT NULL,
    "proxy_urls" TEXT NOT NULL,
    "config_version" INTEGER NOT NULL DEFAULT 0,
    "config_updated_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "control_planes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "control_plane_labels" (
    "control_plane_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "control_plane_labels_pkey" PRIMARY KEY ("control_plane_id","key")
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

    CONSTRAINT "services_pkey" PRIMARY KEY ("control_plane_id","id")
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

    CONSTRAINT "routes_pkey" PRIMARY KEY ("control_plane_id","id")
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

    CONSTRAINT "consumers_pkey" PRIMARY KEY ("control_plane_id","id")
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

    CONSTRAINT "plugins_pkey" PRIMARY KEY ("control_plane_id","id")
);

-- CreateTable
CREATE TABLE "dp_tokens" (
    "id" TEXT NOT NULL,
    "control_plane_id" TEXT NOT NULL,
    "name" TEXT,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL,
    "expires_at" TIMESTAMP(3),
    "last_used_at" TIMESTAMP(3),

    CONSTRAINT "dp_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nodes" (
    "control_plane_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "config_hash" TEXT NOT NULL,
    "last_ping" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "nodes_pkey" PRIMARY KEY ("control_plane_id","id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL,
    "expires_at" TIMESTAMP(3),
    "last_used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "control_plane_labels" ADD CONSTRAINT "control_plane_labels_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routes" ADD CONSTRAINT "routes_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routes" ADD CONSTRAINT "routes_control_plane_id_service_id_fkey" FOREIGN KEY ("control_plane_id", "service_id") REFERENCES "services"("control_plane_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "consumers" ADD CONSTRAINT "consumers_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugins" ADD CONSTRAINT "plugins_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugins" ADD CONSTRAINT "plugins_control_plane_id_service_id_fkey" FOREIGN KEY ("control_plane_id", "service_id") REFERENCES "services"("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "plugins" ADD CONSTRAINT "plugins_control_plane_id_route_id_fkey" FOREIGN KEY ("control_plane_id", "route_id") REFERENCES "routes"("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "plugins" ADD CONSTRAINT "plugins_control_plane_id_consumer_id_fkey" FOREIGN KEY ("control_plane_id", "consumer_id") REFERENCES "consumers"("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "dp_tokens" ADD CONSTRAINT "dp_tokens_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nodes" ADD CONSTRAINT "nodes_control_plane_id_fkey" FOREIGN KEY ("control_plane_id") REFERENCES "control_planes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

