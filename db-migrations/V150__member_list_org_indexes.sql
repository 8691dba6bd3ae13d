-- Member lists ("published by my organisation or one above it": activities, lotteries, surveys, group buys, hardship rounds,
-- articles) filter on org_id IN (the member's organisation and its ancestors, read from its path) instead of walking the whole
-- table with @MemberPath LIKE CONCAT(o.path, '%'). Each needs an index that starts with org_id and then gives the list's order.
-- activity, lottery and hardship_round have (org_id, id) already; survey and group_buy had (org_id) alone (InnoDB appends the
-- primary key, but MySQL and TiDB planners are not bound to range on it), article is listed by feed_key. One statement per
-- change, as TiDB before 6.2 takes one schema change an ALTER. The new indexes serve every query the old ones did.
CREATE INDEX ix_survey_org_id ON survey (org_id, id);
DROP INDEX ix_survey_org ON survey;
CREATE INDEX ix_group_buy_org_id ON group_buy (org_id, id);
DROP INDEX ix_group_buy_org ON group_buy;
CREATE INDEX ix_article_org_feed ON article (org_id, status, feed_key);
DROP INDEX ix_article_org ON article;
