-- Rest stations and workers' homes (驿站, 职工之家; issue #21 item 4): places where couriers, riders and sanitation workers
-- rest, drink water and charge a phone. An organisation's staff keep them (its subtree's staff manage them); every member
-- sees every station, nearest first from a location the request carries and nothing stores. The phone is the station's
-- public phone, not personal data. A station's name is unique within its organisation (a re-imported file is refused, not
-- doubled). Amenities are a comma-separated list of known words (water, charging, toilet, ...).
CREATE TABLE station (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    org_id         BIGINT        NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    kind           VARCHAR(24)   NOT NULL,      -- rest_station | workers_home | other
    address        VARCHAR(200)  NOT NULL,
    latitude       DECIMAL(9,6)  NOT NULL,      -- WGS-84 degrees, as a phone's location gives them
    longitude      DECIMAL(9,6)  NOT NULL,
    opening_hours  VARCHAR(200)  NULL,          -- free text: 每天 08:00-20:00
    amenities      VARCHAR(200)  NOT NULL,
    phone          VARCHAR(32)   NULL,
    created_by     BIGINT        NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_station_org_name (org_id, name),
    KEY ix_station_lat_lng (latitude, longitude)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
