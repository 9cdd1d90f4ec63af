// A driver adapter that lets Prisma 6.19's Wasm schema engine introspect a database (`migrate diff` from a
// database). Its introspection queries read catalogue columns of type `name` and `"char"`, which
// @prisma/adapter-pg 6.19 rejects ("Column type 'name' could not be deserialized"). Postgres sends both as
// text; we tell the adapter so, and report `"char"` columns as characters, which is what the engine expects.
// Only the diff tool uses this; the app's own adapter (Prisma 7) is untouched.
import { PrismaPg } from "@prisma/adapter-pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

function readCatalogueTypes(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  let charColumns = [];
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    charColumns = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) charColumns.push(i);
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    });
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns) result.columnTypes[i] = CHARACTER_COLUMN;
    return result;
  };
  return queryable;
}

export function introspectionAdapter(connectionString) {
  const factory = new PrismaPg({ connectionString });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = readCatalogueTypes(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => readCatalogueTypes(await startTransaction(...args));
    return adapter;
  };
  // The "shadow database" of `--from-migrations` is the database itself (PGlite has no CREATE DATABASE); the
  // diff tool only ever passes an empty migrations folder, so nothing is applied to it.
  factory.connectToShadowDb = () => factory.connect();
  return factory;
}
