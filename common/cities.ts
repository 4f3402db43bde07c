/**
 * Moroccan cities and towns with their usual French names, so that a city typed in Arabic reads in
 * French in the French interface (and one typed in French reads in Arabic in the Arabic one). A city
 * not listed here is shown as it was typed.
 */
import { normalizeArabic } from "./arabic.js";

const cities: readonly (readonly [ar: string, fr: string])[] = [
  ["الرباط", "Rabat"],
  ["الدار البيضاء", "Casablanca"],
  ["فاس", "Fès"],
  ["مراكش", "Marrakech"],
  ["طنجة", "Tanger"],
  ["مكناس", "Meknès"],
  ["أكادير", "Agadir"],
  ["وجدة", "Oujda"],
  ["القنيطرة", "Kénitra"],
  ["تطوان", "Tétouan"],
  ["سلا", "Salé"],
  ["آسفي", "Safi"],
  ["الجديدة", "El Jadida"],
  ["بني ملال", "Béni Mellal"],
  ["الناظور", "Nador"],
  ["تازة", "Taza"],
  ["سطات", "Settat"],
  ["خريبكة", "Khouribga"],
  ["العرائش", "Larache"],
  ["الحسيمة", "Al Hoceïma"],
  ["ورزازات", "Ouarzazate"],
  ["الرشيدية", "Errachidia"],
  ["العيون", "Laâyoune"],
  ["الداخلة", "Dakhla"],
  ["كلميم", "Guelmim"],
  ["تيزنيت", "Tiznit"],
  ["تارودانت", "Taroudant"],
  ["الصويرة", "Essaouira"],
  ["خنيفرة", "Khénifra"],
  ["إفران", "Ifrane"],
  ["شفشاون", "Chefchaouen"],
  ["المحمدية", "Mohammedia"],
  ["تمارة", "Témara"],
  ["الصخيرات", "Skhirat"],
  ["برشيد", "Berrechid"],
  ["بنسليمان", "Benslimane"],
  ["القصر الكبير", "Ksar El Kébir"],
  ["أصيلة", "Asilah"],
  ["الفنيدق", "Fnideq"],
  ["المضيق", "M’diq"],
  ["وزان", "Ouezzane"],
  ["زاكورة", "Zagora"],
  ["ميدلت", "Midelt"],
  ["تنغير", "Tinghir"],
  ["الفقيه بن صالح", "Fquih Ben Salah"],
  ["قلعة السراغنة", "El Kelâa des Sraghna"],
  ["اليوسفية", "Youssoufia"],
  ["أزيلال", "Azilal"],
  ["سيدي قاسم", "Sidi Kacem"],
  ["سيدي سليمان", "Sidi Slimane"],
  ["الخميسات", "Khémisset"],
  ["صفرو", "Sefrou"],
  ["تاونات", "Taounate"],
  ["الحاجب", "El Hajeb"],
  ["بولمان", "Boulemane"],
  ["بركان", "Berkane"],
  ["جرادة", "Jerada"],
  ["فجيج", "Figuig"],
  ["طانطان", "Tan-Tan"],
  ["السمارة", "Smara"],
  ["بوجدور", "Boujdour"],
  ["أسا", "Assa"],
  ["طاطا", "Tata"],
  ["سيدي إفني", "Sidi Ifni"],
  ["إنزكان", "Inezgane"],
  ["آيت ملول", "Aït Melloul"],
];

const key = (name: string) =>
  normalizeArabic(name)
    .replace(/[\s'’-]+/g, " ")
    .trim();

const byName = new Map<string, { ar: string; fr: string }>();
for (const [ar, fr] of cities) {
  const entry = { ar, fr };
  if (!byName.has(key(ar))) byName.set(key(ar), entry);
  if (!byName.has(key(fr))) byName.set(key(fr), entry);
}

/**
 * A city's name in the interface's language when the list knows it, whatever the script and spelling
 * it was typed in («الرباط», «الربّاط», «rabat»); otherwise the name as typed.
 */
export function cityName(city: string, locale: "ar" | "fr"): string {
  const known = byName.get(key(city));
  return known ? known[locale] : city;
}
