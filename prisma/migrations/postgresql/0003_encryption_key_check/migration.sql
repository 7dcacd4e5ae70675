-- CreateTable
CREATE TABLE "store_settings" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "store_settings_pkey" PRIMARY KEY ("name")
);

