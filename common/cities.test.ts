import { describe, expect, it } from "vitest";
import { cityName } from "./cities.js";

describe("cityName", () => {
  it.each([
    ["الرباط", "fr", "Rabat"],
    ["الدار البيضاء", "fr", "Casablanca"],
    ["فاس", "fr", "Fès"],
    ["العيون", "fr", "Laâyoune"],
    ["الرّباط", "fr", "Rabat"],
    ["الداخلة", "ar", "الداخلة"],
    ["Casablanca", "ar", "الدار البيضاء"],
    ["casablanca", "fr", "Casablanca"],
    ["Fes", "ar", "فاس"],
    ["El-Jadida", "ar", "الجديدة"],
  ] as const)("%s in %s reads %s", (city, locale, expected) => {
    expect(cityName(city, locale)).toBe(expected);
  });

  it("leaves a city it does not know as typed", () => {
    expect(cityName("دوار أولاد علي", "fr")).toBe("دوار أولاد علي");
    expect(cityName("Timbuktu", "ar")).toBe("Timbuktu");
  });
});
