-- Data only (the schema does not change; written by hand, not by prisma migrate diff).
-- The API used to store a client-chosen UUID as given. It now lower-cases every UUID at the edge, so
-- an entity stored with an upper-case id could no longer be read, replaced or deleted by id. This
-- lower-cases every entity id, and every reference to it, whose lower-case spelling is free. An id
-- with another spelling of itself in the same control plane (the same entity created twice) is left
-- as it is; the API names such rows in a warning at start.
-- PostgreSQL: the references between entities are checked at the end of each statement, so they are
-- dropped while parents and children are renamed and re-created (and re-checked) at the end, exactly
-- as 0001 made them. All in the migration's one transaction.

-- Their control planes get a new config version: ids and list order change, so proxies must refetch.
UPDATE control_planes SET config_version = config_version + 1, config_updated_at = (now() AT TIME ZONE 'UTC')
WHERE EXISTS (SELECT 1 FROM services e WHERE e.control_plane_id = control_planes.id AND e.id <> lower(e.id))
   OR EXISTS (SELECT 1 FROM routes e WHERE e.control_plane_id = control_planes.id AND (e.id <> lower(e.id) OR e.service_id <> lower(e.service_id)))
   OR EXISTS (SELECT 1 FROM consumers e WHERE e.control_plane_id = control_planes.id AND e.id <> lower(e.id))
   OR EXISTS (SELECT 1 FROM plugins e WHERE e.control_plane_id = control_planes.id AND (e.id <> lower(e.id) OR e.service_id <> lower(e.service_id) OR e.route_id <> lower(e.route_id) OR e.consumer_id <> lower(e.consumer_id)));

ALTER TABLE "routes" DROP CONSTRAINT "routes_control_plane_id_service_id_fkey";
ALTER TABLE "plugins" DROP CONSTRAINT "plugins_control_plane_id_service_id_fkey";
ALTER TABLE "plugins" DROP CONSTRAINT "plugins_control_plane_id_route_id_fkey";
ALTER TABLE "plugins" DROP CONSTRAINT "plugins_control_plane_id_consumer_id_fkey";

-- Entities' own ids.
UPDATE services SET id = lower(id)
WHERE id <> lower(id)
  AND NOT EXISTS (SELECT 1 FROM services t WHERE t.control_plane_id = services.control_plane_id AND lower(t.id) = lower(services.id) AND t.id <> services.id);
UPDATE routes SET id = lower(id)
WHERE id <> lower(id)
  AND NOT EXISTS (SELECT 1 FROM routes t WHERE t.control_plane_id = routes.control_plane_id AND lower(t.id) = lower(routes.id) AND t.id <> routes.id);
UPDATE consumers SET id = lower(id)
WHERE id <> lower(id)
  AND NOT EXISTS (SELECT 1 FROM consumers t WHERE t.control_plane_id = consumers.control_plane_id AND lower(t.id) = lower(consumers.id) AND t.id <> consumers.id);
UPDATE plugins SET id = lower(id)
WHERE id <> lower(id)
  AND NOT EXISTS (SELECT 1 FROM plugins t WHERE t.control_plane_id = plugins.control_plane_id AND lower(t.id) = lower(plugins.id) AND t.id <> plugins.id);

-- References to renamed entities: the column and the same {id} inside the stored JSON.
UPDATE routes SET
  data = replace(data, '"service":{"id":"' || service_id || '"}', '"service":{"id":"' || lower(service_id) || '"}'),
  service_id = lower(service_id)
WHERE service_id <> lower(service_id)
  AND NOT EXISTS (SELECT 1 FROM services p WHERE p.control_plane_id = routes.control_plane_id AND p.id = routes.service_id);
UPDATE plugins SET
  data = replace(data, '"service":{"id":"' || service_id || '"}', '"service":{"id":"' || lower(service_id) || '"}'),
  service_id = lower(service_id)
WHERE service_id <> lower(service_id)
  AND NOT EXISTS (SELECT 1 FROM services p WHERE p.control_plane_id = plugins.control_plane_id AND p.id = plugins.service_id);
UPDATE plugins SET
  data = replace(data, '"route":{"id":"' || route_id || '"}', '"route":{"id":"' || lower(route_id) || '"}'),
  route_id = lower(route_id)
WHERE route_id <> lower(route_id)
  AND NOT EXISTS (SELECT 1 FROM routes p WHERE p.control_plane_id = plugins.control_plane_id AND p.id = plugins.route_id);
UPDATE plugins SET
  data = replace(data, '"consumer":{"id":"' || consumer_id || '"}', '"consumer":{"id":"' || lower(consumer_id) || '"}'),
  consumer_id = lower(consumer_id)
WHERE consumer_id <> lower(consumer_id)
  AND NOT EXISTS (SELECT 1 FROM consumers p WHERE p.control_plane_id = plugins.control_plane_id AND p.id = plugins.consumer_id);

-- One plugin of a name per scope: the scope key is made of the (now lower-case) references.
UPDATE plugins SET scope_key = coalesce(service_id, '') || '|' || coalesce(route_id, '') || '|' || coalesce(consumer_id, '')
WHERE scope_key <> coalesce(service_id, '') || '|' || coalesce(route_id, '') || '|' || coalesce(consumer_id, '');

-- Re-created as in 0001 (validated against every row).
ALTER TABLE "routes" ADD CONSTRAINT "routes_control_plane_id_service_id_fkey" FOREIGN KEY ("control_plane_id", "service_id") REFERENCES "services"("control_plane_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "plugins" ADD CONSTRAINT "plugins_control_plane_id_service_id_fkey" FOREIGN KEY ("control_plane_id", "service_id") REFERENCES "services"("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "plugins" ADD CONSTRAINT "plugins_control_plane_id_route_id_fkey" FOREIGN KEY ("control_plane_id", "route_id") REFERENCES "routes"("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "plugins" ADD CONSTRAINT "plugins_control_plane_id_consumer_id_fkey" FOREIGN KEY ("control_plane_id", "consumer_id") REFERENCES "consumers"("control_plane_id", "id") ON DELETE CASCADE ON UPDATE NO ACTION;
