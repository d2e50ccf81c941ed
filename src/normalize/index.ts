export * from "./text.js";
export * from "./numerals.js";
export * from "./fuzzy.js";
