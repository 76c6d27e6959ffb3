-- A standard's document keeps the order its author wrote it in: a form lists its fields in the order of
-- its `properties`, and jsonb stores an object's keys sorted (shorter keys first), so every form came
-- back from the store with its fields shuffled. json keeps the document's text as written. Documents
-- stored before this migration keep the order jsonb gave them; saving a draft again writes its order.
ALTER TABLE standard_versions ALTER COLUMN standard TYPE json USING standard::json;
ALTER TABLE standard_drafts ALTER COLUMN standard TYPE json USING standard::json;
