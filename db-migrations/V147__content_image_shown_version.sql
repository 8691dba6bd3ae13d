-- A written row on which deleting an image and publishing an article that shows it serialise (DESIGN 12: a FOR UPDATE
-- only serialises on a cluster when the locked row is also written). Every publish, schedule or edit of a published or
-- scheduled article bumps the version of each of our images it shows, in its transaction; DeleteContentImage locks and
-- deletes the same row. So one commits first: a delete after the publish sees the article (409 content.image_in_use), a
-- publish after the delete finds the image gone (409 content.image_missing) and writes nothing. The value means nothing else.
ALTER TABLE content_image ADD COLUMN shown_version BIGINT NOT NULL DEFAULT 0;
