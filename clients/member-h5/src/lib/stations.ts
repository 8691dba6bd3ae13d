import type { components } from "@unionhub/sdk";

export type Station = components["schemas"]["Stations.StationRules.StationResponse"];
export type NearbyStation = components["schemas"]["Stations.FindNearbyStations.NearbyStation"];

export const kindText: Record<string, string> = { rest_station: "户外劳动者驿站", workers_home: "职工之家", other: "服务点" };

export const amenityText: Record<string, string> = {
  water: "饮水", charging: "充电", toilet: "卫生间", microwave: "微波炉", rest_area: "休息区", wifi: "无线网络",
  first_aid: "急救药箱", air_conditioning: "空调", heating: "取暖", medicine: "常用药品",
};

/** "850 米", "1.2 公里", "15 公里". */
export function distanceText(metres: number): string {
  if (metres < 1000) return `${Math.round(metres)} 米`;
  const km = metres / 1000;
  return km < 10 ? `${km.toFixed(1)} 公里` : `${Math.round(km)} 公里`;
}

/** The amenities in words, in the order the API gives them. */
export function amenitiesText(amenities: readonly string[]): string {
  return amenities.map((a) => amenityText[a] ?? a).join("、");
}

/**
 * Links that open the station in the phone's own map app by its coordinates (WGS-84, as the API keeps them): the standard
 * geo: URI (Android map apps), Amap's and Baidu's URL schemes. No map tiles are loaded by this app.
 */
export function mapLinks(s: Pick<Station, "name" | "latitude" | "longitude">): { label: string; href: string }[] {
  const name = encodeURIComponent(s.name);
  const lat = s.latitude.toFixed(6);
  const lng = s.longitude.toFixed(6);
  return [
    { label: "高德地图", href: `https://uri.amap.com/marker?position=${lng},${lat}&name=${name}&coordinate=wgs84&callnative=1&src=unionhub` },
    { label: "百度地图", href: `baidumap://map/marker?location=${lat},${lng}&title=${name}&content=${name}&coord_type=wgs84&src=unionhub` },
    { label: "其他地图应用", href: `geo:${lat},${lng}?q=${lat},${lng}(${name})` },
  ];
}

/** A typed coordinate pair, or null when either is missing or off the globe. */
export function parseLocation(lat: string, lng: string): { lat: number; lng: number } | null {
  const a = Number(lat.trim());
  const b = Number(lng.trim());
  if (lat.trim() === "" || lng.trim() === "" || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  if (a < -90 || a > 90 || b < -180 || b > 180) return null;
  return { lat: a, lng: b };
}

/** City centres for members who do not share their location (the manual fallback). */
export const cities: { name: string; lat: number; lng: number }[] = [
  { name: "北京", lat: 39.9087, lng: 116.3975 },
  { name: "上海", lat: 31.2304, lng: 121.4737 },
  { name: "广州", lat: 23.1291, lng: 113.2644 },
  { name: "深圳", lat: 22.5431, lng: 114.0579 },
  { name: "杭州", lat: 30.2741, lng: 120.1551 },
  { name: "南京", lat: 32.0603, lng: 118.7969 },
  { name: "成都", lat: 30.5728, lng: 104.0668 },
  { name: "武汉", lat: 30.5928, lng: 114.3055 },
];
