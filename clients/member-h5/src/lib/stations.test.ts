import { describe, expect, it } from "vitest";
import { amenitiesText, distanceText, mapLinks, parseLocation } from "./stations";

describe("station texts and links", () => {
  it("words a distance in metres or kilometres", () => {
    expect(distanceText(111)).toBe("111 米");
    expect(distanceText(1112)).toBe("1.1 公里");
    expect(distanceText(15_400)).toBe("15 公里");
  });

  it("words the amenities", () => {
    expect(amenitiesText(["water", "charging", "toilet"])).toBe("饮水、充电、卫生间");
  });

  it("links to the phone's map apps by coordinates, with no tiles", () => {
    const links = mapLinks({ name: "朝阳门驿站", latitude: 39.9241, longitude: 116.4348 });
    expect(links.map((l) => l.href)).toEqual([
      "https://uri.amap.com/marker?position=116.434800,39.924100&name=%E6%9C%9D%E9%98%B3%E9%97%A8%E9%A9%BF%E7%AB%99&coordinate=wgs84&callnative=1&src=unionhub",
      "baidumap://map/marker?location=39.924100,116.434800&title=%E6%9C%9D%E9%98%B3%E9%97%A8%E9%A9%BF%E7%AB%99&content=%E6%9C%9D%E9%98%B3%E9%97%A8%E9%A9%BF%E7%AB%99&coord_type=wgs84&src=unionhub",
      "geo:39.924100,116.434800?q=39.924100,116.434800(%E6%9C%9D%E9%98%B3%E9%97%A8%E9%A9%BF%E7%AB%99)",
    ]);
  });

  it("reads a typed location, refusing one off the globe", () => {
    expect(parseLocation(" 39.9 ", "116.4")).toEqual({ lat: 39.9, lng: 116.4 });
    expect(parseLocation("", "116.4")).toBeNull();
    expect(parseLocation("91", "116.4")).toBeNull();
    expect(parseLocation("abc", "116.4")).toBeNull();
  });
});
