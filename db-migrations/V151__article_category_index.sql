-- The members' feed filtered by category (GET /articles?category=legal_qa) walked (org_id, status, feed_key) past every article
-- of the other categories: a rare category in an organisation with thousands of news items read them all for one page. This index
-- gives each organisation's published articles of one category in feed order, so such a page reads at most a page per
-- organisation, as the unfiltered feed does with ix_article_org_feed (kept: the feed without a category uses it).
CREATE INDEX ix_article_org_category_feed ON article (org_id, status, category, feed_key);
