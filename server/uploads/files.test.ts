import { describe, expect, it } from "vitest";
import { downloadName, FileStore, sniffType } from "./files.js";

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((v) => (typeof v === "string" ? Buffer.from(v, "latin1") : Buffer.from([v]))));

describe("sniffType", () => {
  it.each([
    ["PNG", bytes(0x89, "PNG\r\n\x1a\n", "rest"), "image/png"],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, "JFIF"), "image/jpeg"],
    ["WebP", bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "), "image/webp"],
    ["PDF", bytes("%PDF-1.7\n"), "application/pdf"],
  ])("recognises %s by its magic bytes", (_label, input, expected) => {
    expect(sniffType(input)).toBe(expected);
  });

  it.each([
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["HTML", bytes("<!doctype html><html>")],
    ["a RIFF that is not WebP (WAV)", bytes("RIFF", 0, 0, 0, 0, "WAVEfmt ")],
    ["a truncated PNG signature", bytes(0x89, "PNG")],
    ["empty", Buffer.alloc(0)],
  ])("refuses %s", (_label, input) => {
    expect(sniffType(input)).toBeUndefined();
  });
});

describe("FileStore names", () => {
  it("accepts only names the store makes", () => {
    expect(FileStore.isStoredName(`${"a".repeat(32)}.png`)).toBe(true);
    expect(FileStore.isStoredName("../../etc/passwd")).toBe(false);
    expect(FileStore.isStoredName(`${"a".repeat(32)}.svg`)).toBe(false);
    expect(FileStore.isStoredName(`../${"a".repeat(29)}.png`)).toBe(false);
  });
});

describe("download names", () => {
  it.each([
    ["invoice\u202Efdp.exe", "application/pdf", "invoicefdp.pdf"],
    ["report.html", "application/pdf", "report.pdf"],
    ["القانون الأساسي.pdf", "application/pdf", "القانون الأساسي.pdf"],
    ["photo.PNG", "image/png", "photo.png"],
    ["../../etc/passwd", "image/jpeg", "etc_passwd.jpg"],
    ["a\u200b\u2066b\u2069.webp", "image/webp", "ab.webp"],
    ["\u202E.pdf", "application/pdf", "document.pdf"],
    ['quote"and;semi.pdf', "application/pdf", "quote_and_semi.pdf"],
  ] as const)("%s as %s → %s", (name, type, expected) => {
    expect(downloadName(name, type)).toBe(expected);
  });
});
