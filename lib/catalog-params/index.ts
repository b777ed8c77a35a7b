export * from "./filters";
export * from "./query";
export * from "./facets";
export * from "./compare";
export * from "./slug";
