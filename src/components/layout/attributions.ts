/**
 * The attribution lines the open data licences require us to show (from the reference data README), kept in
 * one place so the footer and the About the data page never drift apart.
 */
export const attributionLines: readonly string[] = [
  "Source: Office for National Statistics licensed under the Open Government Licence v3.0.",
  "Contains OS data © Crown copyright and database right 2025.",
  "Contains Royal Mail data © Royal Mail copyright and database right 2025.",
  "English Indices of Deprivation 2025 / 2019, Ministry of Housing, Communities and Local Government (MHCLG), Open Government Licence v3.0.",
  "© OpenStreetMap contributors, ODbL 1.0.",
  "Data from the Mapping Museums project (www.mappingmuseums.org), Birkbeck, University of London, CC BY 4.0.",
  "Library data from LibrariesHacked (data licence not stated by the publisher); library opening hours and contacts: Libraries Hacked and the five councils, Open Government Licence v3.0.",
  "Map tiles © OpenStreetMap contributors.",
];
