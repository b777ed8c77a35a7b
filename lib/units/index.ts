export * from "./table";
export * from "./convert";
export * from "./format";
export * from "./parse";
