import { importedServiceSchema, type ImportedService } from "@/lib/validation/oruk-import";
import { SAMPLE_IMPORTED_SERVICE_FIELDS } from "./imported-service-fields";

// One Open Referral service as the importer would have read it (src/lib/validation/oruk-import.ts), for the
// import diff's unit tests and the import factories (factories.ts). Pure: no database.

export function sampleImportedService(over: Partial<ImportedService> = {}): ImportedService {
  return importedServiceSchema.parse({
    ...SAMPLE_IMPORTED_SERVICE_FIELDS,
    ...over,
  });
}
